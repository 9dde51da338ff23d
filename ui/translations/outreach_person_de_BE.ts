<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>PersonButton</name>
    <message>
        <source>Resident overview</source>
        <translation>Übersicht des Bewohners</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>Back to the day list</source>
        <translation>Zurück zur Tagesliste</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Home visit: everything the team holds</source>
        <translation>Hausbesuch: alles, was das Team führt</translation>
    </message>
    <message>
        <source>Follow-up: visits, consents, tasks and referrals</source>
        <translation>Nachverfolgung: Besuche, Einwilligungen, Aufgaben und Überweisungen</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>Verlauf, neueste zuerst</translation>
    </message>
    <message>
        <source>Overview of {name}</source>
        <translation>Übersicht von {name}</translation>
    </message>
    <message>
        <source>Nothing is known about this resident yet.</source>
        <translation>Über diesen Bewohner ist noch nichts bekannt.</translation>
    </message>
    <message>
        <source>Sensitive notes of another team, not shown: {count}</source>
        <translation>Vertrauliche Notizen eines anderen Teams, nicht angezeigt: {count}</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Bescheinigungsantrag</translation>
    </message>
    <message>
        <source>Asked for a visit</source>
        <translation>Hat um einen Besuch gebeten</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>This overview cannot be opened.</source>
        <translation>Diese Übersicht kann nicht geöffnet werden.</translation>
    </message>
</context>
</TS>
