<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppointmentChannel</name>
    <message>
        <source>at the counter</source>
        <translation>at the counter</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>home visit</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>video call</translation>
    </message>
</context>
<context>
    <name>AppointmentServiceScreen</name>
    <message>
        <source>Book an appointment at the counter</source>
        <translation>Book an appointment at the counter</translation>
    </message>
    <message>
        <source>What is the appointment for?</source>
        <translation>What is the appointment for?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Your appointments:</source>
        <translation>Your appointments:</translation>
    </message>
    <message>
        <source>You have no appointments.</source>
        <translation>You have no appointments.</translation>
    </message>
    <message>
        <source>Check in now for your appointment</source>
        <translation>Check in now for your appointment</translation>
    </message>
    <message>
        <source>Book an appointment at the counter</source>
        <translation>Book an appointment at the counter</translation>
    </message>
    <message>
        <source>Book a home visit</source>
        <translation>Book a home visit</translation>
    </message>
    <message>
        <source>Book a video call</source>
        <translation>Book a video call</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>{when}, {service} ({channel}): could not be kept, that time was fully booked. Please book another time.</source>
        <translation>{when}, {service} ({channel}): could not be kept, that time was fully booked. Please book another time.</translation>
    </message>
    <message>
        <source>{when}, {service} ({channel}): checked in</source>
        <translation>{when}, {service} ({channel}): checked in</translation>
    </message>
    <message>
        <source>{when}, {service} ({channel}): booked</source>
        <translation>{when}, {service} ({channel}): booked</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <source>Your appointment</source>
        <translation>Your appointment</translation>
    </message>
    <message>
        <source>Booking your appointment...</source>
        <translation>Booking your appointment...</translation>
    </message>
    <message>
        <source>Booked: {when}, {service} ({channel}). Keep this booking code to check in:</source>
        <translation>Booked: {when}, {service} ({channel}). Keep this booking code to check in:</translation>
    </message>
    <message>
        <source>Saved: {when}, {service} ({channel}). The kiosk is offline: the booking is confirmed as soon as it is back online. If that time is full by then, you will see it at your next visit. Your booking code:</source>
        <translation>Saved: {when}, {service} ({channel}). The kiosk is offline: the booking is confirmed as soon as it is back online. If that time is full by then, you will see it at your next visit. Your booking code:</translation>
    </message>
    <message>
        <source>Sorry, this time is fully booked. Please choose another time.</source>
        <translation>Sorry, this time is fully booked. Please choose another time.</translation>
    </message>
    <message>
        <source>The appointment could not be booked. Please ask at the counter.</source>
        <translation>The appointment could not be booked. Please ask at the counter.</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Choose another time</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>SlotsScreen</name>
    <message>
        <source>Choose a time</source>
        <translation>Choose a time</translation>
    </message>
    <message>
        <source>Free times ({channel}):</source>
        <translation>Free times ({channel}):</translation>
    </message>
    <message>
        <source>There are no free times in the coming days. Please ask at the counter.</source>
        <translation>There are no free times in the coming days. Please ask at the counter.</translation>
    </message>
    <message>
        <source>{when}: {service}</source>
        <translation>{when}: {service}</translation>
    </message>
    <message>
        <source>Later times</source>
        <translation>Later times</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
</TS>
