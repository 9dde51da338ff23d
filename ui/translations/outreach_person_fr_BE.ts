<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>PersonButton</name>
    <message>
        <source>Resident overview</source>
        <translation>Aperçu du résident</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>Back to the day list</source>
        <translation>Retour à la liste du jour</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Home visit: everything the team holds</source>
        <translation>Visite à domicile : tout ce que l&apos;équipe conserve</translation>
    </message>
    <message>
        <source>Follow-up: visits, consents, tasks and referrals</source>
        <translation>Suivi : visites, consentements, tâches et orientations</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>Historique, le plus récent d&apos;abord</translation>
    </message>
    <message>
        <source>Overview of {name}</source>
        <translation>Aperçu de {name}</translation>
    </message>
    <message>
        <source>Nothing is known about this resident yet.</source>
        <translation>Rien n&apos;est encore connu sur ce résident.</translation>
    </message>
    <message>
        <source>Sensitive notes of another team, not shown: {count}</source>
        <translation>Notes sensibles d&apos;une autre équipe, non affichées : {count}</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensible</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Demande d&apos;attestation</translation>
    </message>
    <message>
        <source>Asked for a visit</source>
        <translation>A demandé une visite</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>This overview cannot be opened.</source>
        <translation>Cet aperçu ne peut pas être ouvert.</translation>
    </message>
</context>
</TS>
