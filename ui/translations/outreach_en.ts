<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConflictsScreen</name>
    <message>
        <source>Changes made on two laptops at once</source>
        <translation>Changes made on two laptops at once</translation>
    </message>
    <message>
        <source>Back to the day list</source>
        <translation>Back to the day list</translation>
    </message>
    <message>
        <source>Kept for now</source>
        <translation>Kept for now</translation>
    </message>
    <message>
        <source>The other change</source>
        <translation>The other change</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Keep this one</translation>
    </message>
    <message>
        <source>Keep this one instead</source>
        <translation>Keep this one instead</translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation>Nothing to resolve.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Resolved.</translation>
    </message>
    <message>
        <source>Already resolved elsewhere.</source>
        <translation>Already resolved elsewhere.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>1. Consent</source>
        <translation>1. Consent</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Form number or legal ground</source>
        <translation>Form number or legal ground</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>eID read</source>
        <translation>eID read</translation>
    </message>
    <message>
        <source>Signature on screen</source>
        <translation>Signature on screen</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Paper form</translation>
    </message>
    <message>
        <source>Legal ground (no consent needed)</source>
        <translation>Legal ground (no consent needed)</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Consent recorded: you can fill in the visit.</source>
        <translation>Consent recorded: you can fill in the visit.</translation>
    </message>
    <message>
        <source>Consent by eID: read the resident's eID below to record it.</source>
        <translation>Consent by eID: read the resident's eID below to record it.</translation>
    </message>
    <message>
        <source>Record consent or a legal ground first: nothing about the resident is stored before that.</source>
        <translation>Record consent or a legal ground first: nothing about the resident is stored before that.</translation>
    </message>
    <message>
        <source>Digital help at home (e-inclusion)</source>
        <translation>Digital help at home (e-inclusion)</translation>
    </message>
    <message>
        <source>Consent not recorded: fill in the purpose, and the form number for paper.</source>
        <translation>Consent not recorded: fill in the purpose, and the form number for paper.</translation>
    </message>
</context>
<context>
    <name>DayScreen</name>
    <message>
        <source>Visits on {day}</source>
        <translation>Visits on {day}</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Open visit</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Asked for a visit at the kiosk</source>
        <translation>Asked for a visit at the kiosk</translation>
    </message>
    <message>
        <source>Move the visit to this time</source>
        <translation>Move the visit to this time</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Cancel the visit</translation>
    </message>
    <message>
        <source>Plan a visit at this time</source>
        <translation>Plan a visit at this time</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Conflicts to resolve: {count}</source>
        <translation>Conflicts to resolve: {count}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>due now</translation>
    </message>
    <message>
        <source>Visit moved.</source>
        <translation>Visit moved.</translation>
    </message>
    <message>
        <source>Visit cancelled.</source>
        <translation>Visit cancelled.</translation>
    </message>
    <message>
        <source>Visit planned.</source>
        <translation>Visit planned.</translation>
    </message>
    <message>
        <source>That change is not possible.</source>
        <translation>That change is not possible.</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>4. Tasks and referrals</source>
        <translation>4. Tasks and referrals</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Follow-up task</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Digipunt</source>
        <translation>Digipunt</translation>
    </message>
    <message>
        <source>Social house (OCMW)</source>
        <translation>Social house (OCMW)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Device lending</source>
        <translation>Device lending</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Refer to</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>Referral status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Save outcome</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in to start your home visits</source>
        <translation>Sign in to start your home visits</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Wrong user name or password. {tries} tries left.</source>
        <translation>Wrong user name or password. {tries} tries left.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again after {time}.</source>
        <translation>Too many wrong passwords. Try again after {time}.</translation>
    </message>
    <message>
        <source>Your sign-in was revoked. Ask an administrator.</source>
        <translation>Your sign-in was revoked. Ask an administrator.</translation>
    </message>
    <message>
        <source>You are not in the team of this laptop.</source>
        <translation>You are not in the team of this laptop.</translation>
    </message>
    <message>
        <source>The first sign-in on this laptop needs a connection to the town hall.</source>
        <translation>The first sign-in on this laptop needs a connection to the town hall.</translation>
    </message>
    <message>
        <source>Signing in did not work. Try again.</source>
        <translation>Signing in did not work. Try again.</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>Back to the day list</source>
        <translation>Back to the day list</translation>
    </message>
    <message>
        <source>2. Needs</source>
        <translation>2. Needs</translation>
    </message>
    <message>
        <source>eID PIN reset</source>
        <translation>eID PIN reset</translation>
    </message>
    <message>
        <source>itsme</source>
        <translation>itsme</translation>
    </message>
    <message>
        <source>eBox</source>
        <translation>eBox</translation>
    </message>
    <message>
        <source>Mijn Burgerprofiel</source>
        <translation>Mijn Burgerprofiel</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Social tariffs</source>
        <translation>Social tariffs</translation>
    </message>
    <message>
        <source>Loneliness signal</source>
        <translation>Loneliness signal</translation>
    </message>
    <message>
        <source>3. Notes</source>
        <translation>3. Notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Outcome of the visit</source>
        <translation>Outcome of the visit</translation>
    </message>
    <message>
        <source>Visit done</source>
        <translation>Visit done</translation>
    </message>
    <message>
        <source>Visit to {name}</source>
        <translation>Visit to {name}</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensitive</translation>
    </message>
    <message>
        <source>Visit saved as done.</source>
        <translation>Visit saved as done.</translation>
    </message>
    <message>
        <source>Record consent or a legal ground first.</source>
        <translation>Record consent or a legal ground first.</translation>
    </message>
    <message>
        <source>That change is not possible.</source>
        <translation>That change is not possible.</translation>
    </message>
</context>
</TS>
