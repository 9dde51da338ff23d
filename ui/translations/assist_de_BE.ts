<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>StaffAssistScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Anmeldung für Mitarbeitende</translation>
    </message>
    <message>
        <source>Sign in with your own account to help this citizen.</source>
        <translation>Melden Sie sich mit Ihrem eigenen Konto an, um dieser Person zu helfen.</translation>
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
        <source>Wrong user name or password. {tries} tries left.</source>
        <translation>Falscher Benutzername oder falsches Passwort. Noch {tries} Versuche.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Staff sign-in is possible again in {minutes} minutes.</source>
        <translation>Zu viele falsche Passwörter. Die Anmeldung ist in {minutes} Minuten wieder möglich.</translation>
    </message>
    <message>
        <source>Your sign-in was stopped by an administrator.</source>
        <translation>Eine Administratorin oder ein Administrator hat Ihre Anmeldung gesperrt.</translation>
    </message>
    <message>
        <source>Your account cannot be used to help at the kiosk.</source>
        <translation>Mit Ihrem Konto können Sie am Kiosk nicht helfen.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the town hall's system now, so staff cannot sign in. Please try again in a moment.</source>
        <translation>Der Kiosk erreicht das System des Rathauses gerade nicht, daher ist keine Anmeldung möglich. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
</TS>
