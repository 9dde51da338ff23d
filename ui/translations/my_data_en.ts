<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MyData</name>
    <message>
        <source>to see your data</source>
        <translation>to see your data</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>My data</source>
        <translation>My data</translation>
    </message>
    <message>
        <source>The municipality holds about you: {reports} reports, {questions} questions, {appointments} appointments, {certificates} certificates, {consents} consents.</source>
        <translation>The municipality holds about you: {reports} reports, {questions} questions, {appointments} appointments, {certificates} certificates, {consents} consents.</translation>
    </message>
    <message>
        <source>One moment, please: your data is being fetched…</source>
        <translation>One moment, please: your data is being fetched…</translation>
    </message>
    <message>
        <source>Your data cannot be fetched now: the kiosk is not connected. Please try again later or ask at the counter.</source>
        <translation>Your data cannot be fetched now: the kiosk is not connected. Please try again later or ask at the counter.</translation>
    </message>
    <message>
        <source>Your data is ready as a JSON-LD file and a PDF. They are deleted after {minutes} minutes or when you finish.</source>
        <translation>Your data is ready as a JSON-LD file and a PDF. They are deleted after {minutes} minutes or when you finish.</translation>
    </message>
    <message>
        <source>Your shares were stopped. Nobody can use their QR codes now.</source>
        <translation>Your shares were stopped. Nobody can use their QR codes now.</translation>
    </message>
    <message>
        <source>Download (JSON-LD, PDF)</source>
        <translation>Download (JSON-LD, PDF)</translation>
    </message>
    <message>
        <source>Your data as files</source>
        <translation>Your data as files</translation>
    </message>
    <message>
        <source>Stop shares ({count})</source>
        <translation>Stop shares ({count})</translation>
    </message>
    <message>
        <source>{when}: you, at a kiosk</source>
        <translation>{when}: you, at a kiosk</translation>
    </message>
    <message>
        <source>{when}: someone with your QR code</source>
        <translation>{when}: someone with your QR code</translation>
    </message>
    <message>
        <source>{when}: {who} of the home-visit team, for a home visit</source>
        <translation>{when}: {who} of the home-visit team, for a home visit</translation>
    </message>
    <message>
        <source>{when}: {who} of the home-visit team, to follow up a visit</source>
        <translation>{when}: {who} of the home-visit team, to follow up a visit</translation>
    </message>
    <message>
        <source>{when}: {who} ({why})</source>
        <translation>{when}: {who} ({why})</translation>
    </message>
    <message>
        <source>Who looked at your data:</source>
        <translation>Who looked at your data:</translation>
    </message>
    <message>
        <source>Share with a QR code</source>
        <translation>Share with a QR code</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to your services</source>
        <translation>Back to your services</translation>
    </message>
</context>
<context>
    <name>ShareChoiceScreen</name>
    <message>
        <source>Share some of your data</source>
        <translation>Share some of your data</translation>
    </message>
    <message>
        <source>Choose what to share. You get a QR code that works for {hours} hours.</source>
        <translation>Choose what to share. You get a QR code that works for {hours} hours.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>Make QR code</source>
        <translation>Make QR code</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation>Back to my data</translation>
    </message>
</context>
<context>
    <name>ShareQrScreen</name>
    <message>
        <source>Your QR code</source>
        <translation>Your QR code</translation>
    </message>
    <message>
        <source>This share was stopped. The QR code no longer works.</source>
        <translation>This share was stopped. The QR code no longer works.</translation>
    </message>
    <message>
        <source>Show or photograph this code. It works until {until}, unless you stop it.</source>
        <translation>Show or photograph this code. It works until {until}, unless you stop it.</translation>
    </message>
    <message>
        <source>QR code of your share</source>
        <translation>QR code of your share</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Stop sharing</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation>Back to my data</translation>
    </message>
</context>
</TS>
