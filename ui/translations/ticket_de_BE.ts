<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>BookingCodeScreen</name>
    <message>
        <source>Check in for your appointment</source>
        <translation>Für Ihren Termin einchecken</translation>
    </message>
    <message>
        <source>Type the booking code of your appointment (6 letters and digits).</source>
        <translation>Geben Sie den Buchungscode Ihres Termins ein (6 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Buchungscode</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>CounterService</name>
    <message>
        <source>Population and address</source>
        <translation>Bevölkerung und Adresse</translation>
    </message>
    <message>
        <source>Identity cards and passports</source>
        <translation>Personalausweise und Reisepässe</translation>
    </message>
    <message>
        <source>Civil status</source>
        <translation>Standesamt</translation>
    </message>
    <message>
        <source>Building permits</source>
        <translation>Baugenehmigungen</translation>
    </message>
</context>
<context>
    <name>ServiceChoiceScreen</name>
    <message>
        <source>Take a queue ticket</source>
        <translation>Eine Wartenummer ziehen</translation>
    </message>
    <message>
        <source>Which counter do you need?</source>
        <translation>Welchen Schalter brauchen Sie?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>Ich habe einen Termin</translation>
    </message>
    <message>
        <source>Check in with the booking code of your appointment</source>
        <translation>Mit dem Buchungscode Ihres Termins einchecken</translation>
    </message>
</context>
<context>
    <name>TicketFlow</name>
    <message>
        <source>That is not a booking code. It has 6 letters and digits.</source>
        <translation>Das ist kein Buchungscode. Er hat 6 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Checking your booking code...</source>
        <translation>Ihr Buchungscode wird geprüft...</translation>
    </message>
    <message>
        <source>No appointment has this booking code. Please check it, or ask at the counter.</source>
        <translation>Kein Termin hat diesen Buchungscode. Bitte prüfen Sie ihn oder fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>Your appointment is not today. Please come back on the day of your appointment.</source>
        <translation>Ihr Termin ist nicht heute. Bitte kommen Sie am Tag Ihres Termins wieder.</translation>
    </message>
    <message>
        <source>This appointment is not at the counter (a home visit or a video call).</source>
        <translation>Dieser Termin ist nicht am Schalter (ein Hausbesuch oder ein Videogespräch).</translation>
    </message>
    <message>
        <source>Checking in is not possible now. Please ask at the counter.</source>
        <translation>Einchecken ist gerade nicht möglich. Bitte fragen Sie am Schalter.</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Your number</source>
        <translation>Ihre Wartenummer</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Wartenummer</translation>
    </message>
    <message>
        <source>You are checked in for your appointment.</source>
        <translation>Sie sind für Ihren Termin eingecheckt.</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>Bitte warten Sie, bis Ihre Nummer aufgerufen wird.</translation>
    </message>
    <message>
        <source>Expected wait: about {minutes} minutes</source>
        <translation>Erwartete Wartezeit: etwa {minutes} Minuten</translation>
    </message>
    <message>
        <source>It will be your turn soon</source>
        <translation>Sie sind gleich an der Reihe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Taking your number...</source>
        <translation>Ihre Nummer wird gezogen...</translation>
    </message>
    <message>
        <source>Printing your ticket...</source>
        <translation>Ihr Ticket wird gedruckt...</translation>
    </message>
    <message>
        <source>Take your ticket from the printer.</source>
        <translation>Nehmen Sie Ihr Ticket aus dem Drucker.</translation>
    </message>
    <message>
        <source>There is no printer here: your ticket was saved as the file {file}. Please remember your number.</source>
        <translation>Hier gibt es keinen Drucker: Ihr Ticket wurde als Datei {file} gespeichert. Bitte merken Sie sich Ihre Nummer.</translation>
    </message>
    <message>
        <source>Your ticket could not be printed. Please remember your number.</source>
        <translation>Ihr Ticket konnte nicht gedruckt werden. Bitte merken Sie sich Ihre Nummer.</translation>
    </message>
    <message>
        <source>Sorry, no number could be given. Please ask at the counter or call staff.</source>
        <translation>Leider konnte keine Nummer vergeben werden. Bitte fragen Sie am Schalter oder rufen Sie einen Mitarbeiter.</translation>
    </message>
</context>
</TS>
