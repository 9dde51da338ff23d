<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>MyData</name>
    <message>
        <source>to see your data</source>
        <translation>om uw gegevens te bekijken</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attesten</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>My data</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>The municipality holds about you: {reports} reports, {questions} questions, {appointments} appointments, {certificates} certificates, {consents} consents.</source>
        <translation>De gemeente bewaart over u: {reports} meldingen, {questions} vragen, {appointments} afspraken, {certificates} attesten, {consents} toestemmingen.</translation>
    </message>
    <message>
        <source>One moment, please: your data is being fetched…</source>
        <translation>Een ogenblik: uw gegevens worden opgehaald…</translation>
    </message>
    <message>
        <source>Your data cannot be fetched now: the kiosk is not connected. Please try again later or ask at the counter.</source>
        <translation>Uw gegevens kunnen nu niet worden opgehaald: de kiosk heeft geen verbinding. Probeer het later opnieuw of vraag het aan het loket.</translation>
    </message>
    <message>
        <source>Your data is ready as a JSON-LD file and a PDF. They are deleted after {minutes} minutes or when you finish.</source>
        <translation>Uw gegevens staan klaar als JSON-LD-bestand en als pdf. Ze worden gewist na {minutes} minuten of wanneer u stopt.</translation>
    </message>
    <message>
        <source>Your shares were stopped. Nobody can use their QR codes now.</source>
        <translation>Uw deelcodes zijn gestopt. Niemand kan de QR-codes nog gebruiken.</translation>
    </message>
    <message>
        <source>Download (JSON-LD, PDF)</source>
        <translation>Downloaden (JSON-LD, pdf)</translation>
    </message>
    <message>
        <source>Your data as files</source>
        <translation>Uw gegevens als bestanden</translation>
    </message>
    <message>
        <source>Stop shares ({count})</source>
        <translation>Delen stoppen ({count})</translation>
    </message>
    <message>
        <source>{when}: you, at a kiosk</source>
        <translation>{when}: uzelf, aan een kiosk</translation>
    </message>
    <message>
        <source>{when}: someone with your QR code</source>
        <translation>{when}: iemand met uw QR-code</translation>
    </message>
    <message>
        <source>{when}: {who} of the home-visit team, for a home visit</source>
        <translation>{when}: {who} van het team huisbezoeken, voor een huisbezoek</translation>
    </message>
    <message>
        <source>{when}: {who} of the home-visit team, to follow up a visit</source>
        <translation>{when}: {who} van het team huisbezoeken, om een bezoek op te volgen</translation>
    </message>
    <message>
        <source>{when}: {who} ({why})</source>
        <translation>{when}: {who} ({why})</translation>
    </message>
    <message>
        <source>Who looked at your data:</source>
        <translation>Wie uw gegevens bekeek:</translation>
    </message>
    <message>
        <source>Share with a QR code</source>
        <translation>Delen met een QR-code</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to your services</source>
        <translation>Terug naar uw diensten</translation>
    </message>
</context>
<context>
    <name>ShareChoiceScreen</name>
    <message>
        <source>Share some of your data</source>
        <translation>Een deel van uw gegevens delen</translation>
    </message>
    <message>
        <source>Choose what to share. You get a QR code that works for {hours} hours.</source>
        <translation>Kies wat u deelt. U krijgt een QR-code die {hours} uur werkt.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gekozen</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>niet gekozen</translation>
    </message>
    <message>
        <source>Make QR code</source>
        <translation>QR-code maken</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation>Terug naar mijn gegevens</translation>
    </message>
</context>
<context>
    <name>ShareQrScreen</name>
    <message>
        <source>Your QR code</source>
        <translation>Uw QR-code</translation>
    </message>
    <message>
        <source>This share was stopped. The QR code no longer works.</source>
        <translation>Deze deelcode is gestopt. De QR-code werkt niet meer.</translation>
    </message>
    <message>
        <source>Show or photograph this code. It works until {until}, unless you stop it.</source>
        <translation>Toon of fotografeer deze code. Hij werkt tot {until}, tenzij u hem stopt.</translation>
    </message>
    <message>
        <source>QR code of your share</source>
        <translation>QR-code van uw deelcode</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Delen stoppen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation>Terug naar mijn gegevens</translation>
    </message>
</context>
</TS>
