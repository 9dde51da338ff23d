<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BookingCodeScreen</name>
    <message>
        <source>Check in for your appointment</source>
        <translation>Check in for your appointment</translation>
    </message>
    <message>
        <source>Type the booking code of your appointment (6 letters and digits).</source>
        <translation>Type the booking code of your appointment (6 letters and digits).</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>CounterService</name>
    <message>
        <source>Population and address</source>
        <translation>Population and address</translation>
    </message>
    <message>
        <source>Identity cards and passports</source>
        <translation>Identity cards and passports</translation>
    </message>
    <message>
        <source>Civil status</source>
        <translation>Civil status</translation>
    </message>
    <message>
        <source>Building permits</source>
        <translation>Building permits</translation>
    </message>
</context>
<context>
    <name>ServiceChoiceScreen</name>
    <message>
        <source>Take a queue ticket</source>
        <translation>Take a queue ticket</translation>
    </message>
    <message>
        <source>Which counter do you need?</source>
        <translation>Which counter do you need?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>I have an appointment</translation>
    </message>
    <message>
        <source>Check in with the booking code of your appointment</source>
        <translation>Check in with the booking code of your appointment</translation>
    </message>
</context>
<context>
    <name>TicketFlow</name>
    <message>
        <source>That is not a booking code. It has 6 letters and digits.</source>
        <translation>That is not a booking code. It has 6 letters and digits.</translation>
    </message>
    <message>
        <source>Checking your booking code...</source>
        <translation>Checking your booking code...</translation>
    </message>
    <message>
        <source>No appointment has this booking code. Please check it, or ask at the counter.</source>
        <translation>No appointment has this booking code. Please check it, or ask at the counter.</translation>
    </message>
    <message>
        <source>Your appointment is not today. Please come back on the day of your appointment.</source>
        <translation>Your appointment is not today. Please come back on the day of your appointment.</translation>
    </message>
    <message>
        <source>This appointment is not at the counter (a home visit or a video call).</source>
        <translation>This appointment is not at the counter (a home visit or a video call).</translation>
    </message>
    <message>
        <source>Checking in is not possible now. Please ask at the counter.</source>
        <translation>Checking in is not possible now. Please ask at the counter.</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Queue ticket</translation>
    </message>
    <message>
        <source>You are checked in for your appointment.</source>
        <translation>You are checked in for your appointment.</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>Please wait until your number is called.</translation>
    </message>
    <message>
        <source>Expected wait: about {minutes} minutes</source>
        <translation>Expected wait: about {minutes} minutes</translation>
    </message>
    <message>
        <source>It will be your turn soon</source>
        <translation>It will be your turn soon</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Taking your number...</source>
        <translation>Taking your number...</translation>
    </message>
    <message>
        <source>Printing your ticket...</source>
        <translation>Printing your ticket...</translation>
    </message>
    <message>
        <source>Take your ticket from the printer.</source>
        <translation>Take your ticket from the printer.</translation>
    </message>
    <message>
        <source>There is no printer here: your ticket was saved as the file {file}. Please remember your number.</source>
        <translation>There is no printer here: your ticket was saved as the file {file}. Please remember your number.</translation>
    </message>
    <message>
        <source>Your ticket could not be printed. Please remember your number.</source>
        <translation>Your ticket could not be printed. Please remember your number.</translation>
    </message>
    <message>
        <source>Sorry, no number could be given. Please ask at the counter or call staff.</source>
        <translation>Sorry, no number could be given. Please ask at the counter or call staff.</translation>
    </message>
</context>
</TS>
