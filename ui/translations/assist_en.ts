<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>StaffAssistScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>Sign in with your own account to help this citizen.</source>
        <translation>Sign in with your own account to help this citizen.</translation>
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
        <source>Wrong user name or password. {tries} tries left.</source>
        <translation>Wrong user name or password. {tries} tries left.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Staff sign-in is possible again in {minutes} minutes.</source>
        <translation>Too many wrong passwords. Staff sign-in is possible again in {minutes} minutes.</translation>
    </message>
    <message>
        <source>Your sign-in was stopped by an administrator.</source>
        <translation>Your sign-in was stopped by an administrator.</translation>
    </message>
    <message>
        <source>Your account cannot be used to help at the kiosk.</source>
        <translation>Your account cannot be used to help at the kiosk.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the town hall's system now, so staff cannot sign in. Please try again in a moment.</source>
        <translation>The kiosk cannot reach the town hall's system now, so staff cannot sign in. Please try again in a moment.</translation>
    </message>
</context>
</TS>
