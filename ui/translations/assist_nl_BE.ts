<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>StaffAssistScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Aanmelden als medewerker</translation>
    </message>
    <message>
        <source>Sign in with your own account to help this citizen.</source>
        <translation>Meld u aan met uw eigen account om deze burger te helpen.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Wrong user name or password. {tries} tries left.</source>
        <translation>Verkeerde gebruikersnaam of wachtwoord. Nog {tries} pogingen.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Staff sign-in is possible again in {minutes} minutes.</source>
        <translation>Te veel verkeerde wachtwoorden. Aanmelden als medewerker kan opnieuw over {minutes} minuten.</translation>
    </message>
    <message>
        <source>Your sign-in was stopped by an administrator.</source>
        <translation>Een beheerder heeft uw aanmelding stopgezet.</translation>
    </message>
    <message>
        <source>Your account cannot be used to help at the kiosk.</source>
        <translation>Met uw account kunt u niet helpen aan de kiosk.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the town hall's system now, so staff cannot sign in. Please try again in a moment.</source>
        <translation>De kiosk kan het systeem van het gemeentehuis nu niet bereiken, dus aanmelden als medewerker lukt niet. Probeer het straks opnieuw.</translation>
    </message>
</context>
</TS>
