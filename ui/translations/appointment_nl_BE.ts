<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AppointmentChannel</name>
    <message>
        <source>at the counter</source>
        <translation>aan het loket</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>huisbezoek</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>videogesprek</translation>
    </message>
</context>
<context>
    <name>AppointmentServiceScreen</name>
    <message>
        <source>Book an appointment at the counter</source>
        <translation>Een afspraak aan het loket maken</translation>
    </message>
    <message>
        <source>What is the appointment for?</source>
        <translation>Waarvoor is de afspraak?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Your appointments:</source>
        <translation>Uw afspraken:</translation>
    </message>
    <message>
        <source>You have no appointments.</source>
        <translation>U hebt geen afspraken.</translation>
    </message>
    <message>
        <source>Check in now for your appointment</source>
        <translation>Nu inchecken voor uw afspraak</translation>
    </message>
    <message>
        <source>Book an appointment at the counter</source>
        <translation>Een afspraak aan het loket maken</translation>
    </message>
    <message>
        <source>Book a home visit</source>
        <translation>Een huisbezoek aanvragen</translation>
    </message>
    <message>
        <source>Book a video call</source>
        <translation>Een videogesprek boeken</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>{when}, {service} ({channel}): could not be kept, that time was fully booked. Please book another time.</source>
        <translation>{when}, {service} ({channel}): kon niet doorgaan, dat uur was volzet. Kies een ander moment.</translation>
    </message>
    <message>
        <source>{when}, {service} ({channel}): checked in</source>
        <translation>{when}, {service} ({channel}): ingecheckt</translation>
    </message>
    <message>
        <source>{when}, {service} ({channel}): booked</source>
        <translation>{when}, {service} ({channel}): geboekt</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <source>Your appointment</source>
        <translation>Uw afspraak</translation>
    </message>
    <message>
        <source>Booking your appointment...</source>
        <translation>Uw afspraak wordt geboekt...</translation>
    </message>
    <message>
        <source>Booked: {when}, {service} ({channel}). Keep this booking code to check in:</source>
        <translation>Geboekt: {when}, {service} ({channel}). Bewaar deze boekingscode om in te checken:</translation>
    </message>
    <message>
        <source>Saved: {when}, {service} ({channel}). The kiosk is offline: the booking is confirmed as soon as it is back online. If that time is full by then, you will see it at your next visit. Your booking code:</source>
        <translation>Bewaard: {when}, {service} ({channel}). De kiosk is offline: de boeking wordt bevestigd zodra hij weer online is. Is dat uur intussen volzet, dan ziet u dat bij uw volgende bezoek. Uw boekingscode:</translation>
    </message>
    <message>
        <source>Sorry, this time is fully booked. Please choose another time.</source>
        <translation>Sorry, dit uur is volzet. Kies een ander moment.</translation>
    </message>
    <message>
        <source>The appointment could not be booked. Please ask at the counter.</source>
        <translation>De afspraak kon niet worden geboekt. Vraag het aan het loket.</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Een ander moment kiezen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>SlotsScreen</name>
    <message>
        <source>Choose a time</source>
        <translation>Kies een moment</translation>
    </message>
    <message>
        <source>Free times ({channel}):</source>
        <translation>Vrije momenten ({channel}):</translation>
    </message>
    <message>
        <source>There are no free times in the coming days. Please ask at the counter.</source>
        <translation>Er zijn de komende dagen geen vrije momenten. Vraag het aan het loket.</translation>
    </message>
    <message>
        <source>{when}: {service}</source>
        <translation>{when}: {service}</translation>
    </message>
    <message>
        <source>Later times</source>
        <translation>Latere momenten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
</TS>
