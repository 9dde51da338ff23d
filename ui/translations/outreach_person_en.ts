<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PersonButton</name>
    <message>
        <source>Resident overview</source>
        <translation>Resident overview</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>Back to the day list</source>
        <translation>Back to the day list</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Home visit: everything the team holds</source>
        <translation>Home visit: everything the team holds</translation>
    </message>
    <message>
        <source>Follow-up: visits, consents, tasks and referrals</source>
        <translation>Follow-up: visits, consents, tasks and referrals</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>History, newest first</translation>
    </message>
    <message>
        <source>Overview of {name}</source>
        <translation>Overview of {name}</translation>
    </message>
    <message>
        <source>Nothing is known about this resident yet.</source>
        <translation>Nothing is known about this resident yet.</translation>
    </message>
    <message>
        <source>Sensitive notes of another team, not shown: {count}</source>
        <translation>Sensitive notes of another team, not shown: {count}</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensitive</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Certificate request</translation>
    </message>
    <message>
        <source>Asked for a visit</source>
        <translation>Asked for a visit</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>This overview cannot be opened.</source>
        <translation>This overview cannot be opened.</translation>
    </message>
</context>
</TS>
