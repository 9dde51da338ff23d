<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>MyData</name>
    <message>
        <source>to see your data</source>
        <translation>um Ihre Daten zu sehen</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Bescheinigungen</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>My data</source>
        <translation>Meine Daten</translation>
    </message>
    <message>
        <source>The municipality holds about you: {reports} reports, {questions} questions, {appointments} appointments, {certificates} certificates, {consents} consents.</source>
        <translation>Die Gemeinde speichert über Sie: {reports} Meldungen, {questions} Fragen, {appointments} Termine, {certificates} Bescheinigungen, {consents} Einwilligungen.</translation>
    </message>
    <message>
        <source>One moment, please: your data is being fetched…</source>
        <translation>Einen Moment: Ihre Daten werden abgerufen…</translation>
    </message>
    <message>
        <source>Your data cannot be fetched now: the kiosk is not connected. Please try again later or ask at the counter.</source>
        <translation>Ihre Daten können jetzt nicht abgerufen werden: Der Kiosk ist nicht verbunden. Bitte versuchen Sie es später oder fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>Your data is ready as a JSON-LD file and a PDF. They are deleted after {minutes} minutes or when you finish.</source>
        <translation>Ihre Daten liegen als JSON-LD-Datei und als PDF bereit. Sie werden nach {minutes} Minuten oder am Ende gelöscht.</translation>
    </message>
    <message>
        <source>Your shares were stopped. Nobody can use their QR codes now.</source>
        <translation>Ihre Freigaben wurden beendet. Niemand kann die QR-Codes mehr benutzen.</translation>
    </message>
    <message>
        <source>Download (JSON-LD, PDF)</source>
        <translation>Herunterladen (JSON-LD, PDF)</translation>
    </message>
    <message>
        <source>Your data as files</source>
        <translation>Ihre Daten als Dateien</translation>
    </message>
    <message>
        <source>Stop shares ({count})</source>
        <translation>Freigaben beenden ({count})</translation>
    </message>
    <message>
        <source>{when}: you, at a kiosk</source>
        <translation>{when}: Sie selbst, an einem Kiosk</translation>
    </message>
    <message>
        <source>{when}: someone with your QR code</source>
        <translation>{when}: jemand mit Ihrem QR-Code</translation>
    </message>
    <message>
        <source>{when}: {who} of the home-visit team, for a home visit</source>
        <translation>{when}: {who} vom Hausbesuchsteam, für einen Hausbesuch</translation>
    </message>
    <message>
        <source>{when}: {who} of the home-visit team, to follow up a visit</source>
        <translation>{when}: {who} vom Hausbesuchsteam, zur Nachverfolgung eines Besuchs</translation>
    </message>
    <message>
        <source>{when}: {who} ({why})</source>
        <translation>{when}: {who} ({why})</translation>
    </message>
    <message>
        <source>Who looked at your data:</source>
        <translation>Wer Ihre Daten eingesehen hat:</translation>
    </message>
    <message>
        <source>Share with a QR code</source>
        <translation>Mit einem QR-Code teilen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to your services</source>
        <translation>Zurück zu Ihren Diensten</translation>
    </message>
</context>
<context>
    <name>ShareChoiceScreen</name>
    <message>
        <source>Share some of your data</source>
        <translation>Einen Teil Ihrer Daten teilen</translation>
    </message>
    <message>
        <source>Choose what to share. You get a QR code that works for {hours} hours.</source>
        <translation>Wählen Sie, was Sie teilen. Sie erhalten einen QR-Code, der {hours} Stunden gilt.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <source>Make QR code</source>
        <translation>QR-Code erstellen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation>Zurück zu meinen Daten</translation>
    </message>
</context>
<context>
    <name>ShareQrScreen</name>
    <message>
        <source>Your QR code</source>
        <translation>Ihr QR-Code</translation>
    </message>
    <message>
        <source>This share was stopped. The QR code no longer works.</source>
        <translation>Diese Freigabe wurde beendet. Der QR-Code funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Show or photograph this code. It works until {until}, unless you stop it.</source>
        <translation>Zeigen oder fotografieren Sie diesen Code. Er gilt bis {until}, außer Sie beenden ihn.</translation>
    </message>
    <message>
        <source>QR code of your share</source>
        <translation>QR-Code Ihrer Freigabe</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Freigabe beenden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation>Zurück zu meinen Daten</translation>
    </message>
</context>
</TS>
