<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>PersonButton</name>
    <message>
        <source>Resident overview</source>
        <translation>Overzicht van de bewoner</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>Back to the day list</source>
        <translation>Terug naar de daglijst</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Home visit: everything the team holds</source>
        <translation>Huisbezoek: alles wat het team bijhoudt</translation>
    </message>
    <message>
        <source>Follow-up: visits, consents, tasks and referrals</source>
        <translation>Opvolging: bezoeken, toestemmingen, taken en doorverwijzingen</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>Geschiedenis, nieuwste eerst</translation>
    </message>
    <message>
        <source>Overview of {name}</source>
        <translation>Overzicht van {name}</translation>
    </message>
    <message>
        <source>Nothing is known about this resident yet.</source>
        <translation>Over deze bewoner is nog niets bekend.</translation>
    </message>
    <message>
        <source>Sensitive notes of another team, not shown: {count}</source>
        <translation>Gevoelige notities van een ander team, niet getoond: {count}</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>gevoelig</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Aanvraag attest</translation>
    </message>
    <message>
        <source>Asked for a visit</source>
        <translation>Vroeg een bezoek</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>This overview cannot be opened.</source>
        <translation>Dit overzicht kan niet worden geopend.</translation>
    </message>
</context>
</TS>
