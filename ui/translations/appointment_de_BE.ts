<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>AppointmentChannel</name>
    <message>
        <source>at the counter</source>
        <translation>am Schalter</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>Hausbesuch</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>Videogespräch</translation>
    </message>
</context>
<context>
    <name>AppointmentServiceScreen</name>
    <message>
        <source>Book an appointment at the counter</source>
        <translation>Einen Termin am Schalter buchen</translation>
    </message>
    <message>
        <source>What is the appointment for?</source>
        <translation>Wofür ist der Termin?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Your appointments:</source>
        <translation>Ihre Termine:</translation>
    </message>
    <message>
        <source>You have no appointments.</source>
        <translation>Sie haben keine Termine.</translation>
    </message>
    <message>
        <source>Check in now for your appointment</source>
        <translation>Jetzt für Ihren Termin einchecken</translation>
    </message>
    <message>
        <source>Book an appointment at the counter</source>
        <translation>Einen Termin am Schalter buchen</translation>
    </message>
    <message>
        <source>Book a home visit</source>
        <translation>Einen Hausbesuch buchen</translation>
    </message>
    <message>
        <source>Book a video call</source>
        <translation>Ein Videogespräch buchen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>{when}, {service} ({channel}): could not be kept, that time was fully booked. Please book another time.</source>
        <translation>{when}, {service} ({channel}): konnte nicht stattfinden, diese Zeit war ausgebucht. Bitte buchen Sie eine andere Zeit.</translation>
    </message>
    <message>
        <source>{when}, {service} ({channel}): checked in</source>
        <translation>{when}, {service} ({channel}): eingecheckt</translation>
    </message>
    <message>
        <source>{when}, {service} ({channel}): booked</source>
        <translation>{when}, {service} ({channel}): gebucht</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <source>Your appointment</source>
        <translation>Ihr Termin</translation>
    </message>
    <message>
        <source>Booking your appointment...</source>
        <translation>Ihr Termin wird gebucht...</translation>
    </message>
    <message>
        <source>Booked: {when}, {service} ({channel}). Keep this booking code to check in:</source>
        <translation>Gebucht: {when}, {service} ({channel}). Behalten Sie diesen Buchungscode zum Einchecken:</translation>
    </message>
    <message>
        <source>Saved: {when}, {service} ({channel}). The kiosk is offline: the booking is confirmed as soon as it is back online. If that time is full by then, you will see it at your next visit. Your booking code:</source>
        <translation>Gespeichert: {when}, {service} ({channel}). Das Terminal ist offline: Die Buchung wird bestätigt, sobald es wieder online ist. Ist diese Zeit bis dahin ausgebucht, sehen Sie das bei Ihrem nächsten Besuch. Ihr Buchungscode:</translation>
    </message>
    <message>
        <source>Sorry, this time is fully booked. Please choose another time.</source>
        <translation>Leider ist diese Zeit ausgebucht. Bitte wählen Sie eine andere Zeit.</translation>
    </message>
    <message>
        <source>The appointment could not be booked. Please ask at the counter.</source>
        <translation>Der Termin konnte nicht gebucht werden. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Eine andere Zeit wählen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>SlotsScreen</name>
    <message>
        <source>Choose a time</source>
        <translation>Wählen Sie eine Zeit</translation>
    </message>
    <message>
        <source>Free times ({channel}):</source>
        <translation>Freie Zeiten ({channel}):</translation>
    </message>
    <message>
        <source>There are no free times in the coming days. Please ask at the counter.</source>
        <translation>In den nächsten Tagen gibt es keine freien Zeiten. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>{when}: {service}</source>
        <translation>{when}: {service}</translation>
    </message>
    <message>
        <source>Later times</source>
        <translation>Spätere Zeiten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
</TS>
