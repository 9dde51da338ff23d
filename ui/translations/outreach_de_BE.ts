<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>ConflictsScreen</name>
    <message>
        <source>Changes made on two laptops at once</source>
        <translation>Gleichzeitige Änderungen auf zwei Laptops</translation>
    </message>
    <message>
        <source>Back to the day list</source>
        <translation>Zurück zur Tagesliste</translation>
    </message>
    <message>
        <source>Kept for now</source>
        <translation>Vorläufig behalten</translation>
    </message>
    <message>
        <source>The other change</source>
        <translation>Die andere Änderung</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Diese behalten</translation>
    </message>
    <message>
        <source>Keep this one instead</source>
        <translation>Lieber diese behalten</translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation>Nichts zu klären.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Geklärt.</translation>
    </message>
    <message>
        <source>Already resolved elsewhere.</source>
        <translation>Bereits anderswo geklärt.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>1. Consent</source>
        <translation>1. Einwilligung</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Erteilt durch</translation>
    </message>
    <message>
        <source>Form number or legal ground</source>
        <translation>Formularnummer oder Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>eID read</source>
        <translation>eID gelesen</translation>
    </message>
    <message>
        <source>Signature on screen</source>
        <translation>Unterschrift am Bildschirm</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Papierformular</translation>
    </message>
    <message>
        <source>Legal ground (no consent needed)</source>
        <translation>Rechtsgrundlage (keine Einwilligung nötig)</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>Consent recorded: you can fill in the visit.</source>
        <translation>Einwilligung erfasst: Sie können den Besuch ausfüllen.</translation>
    </message>
    <message>
        <source>Consent by eID: read the resident's eID below to record it.</source>
        <translation>Einwilligung per eID: Lesen Sie unten die eID des Bewohners, um sie zu erfassen.</translation>
    </message>
    <message>
        <source>Record consent or a legal ground first: nothing about the resident is stored before that.</source>
        <translation>Erfassen Sie zuerst die Einwilligung oder eine Rechtsgrundlage: vorher wird nichts über die Person gespeichert.</translation>
    </message>
    <message>
        <source>Digital help at home (e-inclusion)</source>
        <translation>Digitale Hilfe zu Hause (E-Inklusion)</translation>
    </message>
    <message>
        <source>Consent not recorded: fill in the purpose, and the form number for paper.</source>
        <translation>Einwilligung nicht erfasst: Geben Sie den Zweck an, bei Papier die Formularnummer.</translation>
    </message>
</context>
<context>
    <name>DayScreen</name>
    <message>
        <source>Visits on {day}</source>
        <translation>Besuche am {day}</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Besuch öffnen</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Asked for a visit at the kiosk</source>
        <translation>Besuch am Kiosk angefragt</translation>
    </message>
    <message>
        <source>Move the visit to this time</source>
        <translation>Besuch auf diese Zeit verschieben</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Besuch absagen</translation>
    </message>
    <message>
        <source>Plan a visit at this time</source>
        <translation>Besuch zu dieser Zeit planen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Conflicts to resolve: {count}</source>
        <translation>Zu klärende Konflikte: {count}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>Visit moved.</source>
        <translation>Besuch verschoben.</translation>
    </message>
    <message>
        <source>Visit cancelled.</source>
        <translation>Besuch abgesagt.</translation>
    </message>
    <message>
        <source>Visit planned.</source>
        <translation>Besuch geplant.</translation>
    </message>
    <message>
        <source>That change is not possible.</source>
        <translation>Diese Änderung ist nicht möglich.</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>4. Tasks and referrals</source>
        <translation>4. Aufgaben und Weiterleitungen</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Folgeaufgabe</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Digipunt</source>
        <translation>Digipunt</translation>
    </message>
    <message>
        <source>Social house (OCMW)</source>
        <translation>Sozialhaus (ÖSHZ)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Device lending</source>
        <translation>Geräteverleih</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Weiterleiten an</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>Stand der Weiterleitung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Ergebnis speichern</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in to start your home visits</source>
        <translation>Melden Sie sich an, um Ihre Hausbesuche zu beginnen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Wrong user name or password. {tries} tries left.</source>
        <translation>Falscher Benutzername oder falsches Passwort. Noch {tries} Versuche.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again after {time}.</source>
        <translation>Zu viele falsche Passwörter. Versuchen Sie es nach {time} erneut.</translation>
    </message>
    <message>
        <source>Your sign-in was revoked. Ask an administrator.</source>
        <translation>Ihre Anmeldung wurde widerrufen. Wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <source>You are not in the team of this laptop.</source>
        <translation>Sie gehören nicht zum Team dieses Laptops.</translation>
    </message>
    <message>
        <source>The first sign-in on this laptop needs a connection to the town hall.</source>
        <translation>Die erste Anmeldung auf diesem Laptop braucht eine Verbindung zum Rathaus.</translation>
    </message>
    <message>
        <source>Signing in did not work. Try again.</source>
        <translation>Die Anmeldung hat nicht geklappt. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>Back to the day list</source>
        <translation>Zurück zur Tagesliste</translation>
    </message>
    <message>
        <source>2. Needs</source>
        <translation>2. Bedarf</translation>
    </message>
    <message>
        <source>eID PIN reset</source>
        <translation>eID-PIN zurücksetzen</translation>
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
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Social tariffs</source>
        <translation>Sozialtarife</translation>
    </message>
    <message>
        <source>Loneliness signal</source>
        <translation>Hinweis auf Einsamkeit</translation>
    </message>
    <message>
        <source>3. Notes</source>
        <translation>3. Notizen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Outcome of the visit</source>
        <translation>Ergebnis des Besuchs</translation>
    </message>
    <message>
        <source>Visit done</source>
        <translation>Besuch erledigt</translation>
    </message>
    <message>
        <source>Visit to {name}</source>
        <translation>Besuch bei {name}</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <source>Visit saved as done.</source>
        <translation>Besuch als erledigt gespeichert.</translation>
    </message>
    <message>
        <source>Record consent or a legal ground first.</source>
        <translation>Erfassen Sie zuerst die Einwilligung oder eine Rechtsgrundlage.</translation>
    </message>
    <message>
        <source>That change is not possible.</source>
        <translation>Diese Änderung ist nicht möglich.</translation>
    </message>
</context>
</TS>
