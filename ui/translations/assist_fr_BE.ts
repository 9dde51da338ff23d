<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>StaffAssistScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Connexion du personnel</translation>
    </message>
    <message>
        <source>Sign in with your own account to help this citizen.</source>
        <translation>Connectez-vous avec votre propre compte pour aider ce citoyen.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Wrong user name or password. {tries} tries left.</source>
        <translation>Nom d'utilisateur ou mot de passe incorrect. Encore {tries} essais.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Staff sign-in is possible again in {minutes} minutes.</source>
        <translation>Trop de mots de passe incorrects. La connexion du personnel sera de nouveau possible dans {minutes} minutes.</translation>
    </message>
    <message>
        <source>Your sign-in was stopped by an administrator.</source>
        <translation>Un administrateur a désactivé votre connexion.</translation>
    </message>
    <message>
        <source>Your account cannot be used to help at the kiosk.</source>
        <translation>Votre compte ne permet pas d'aider à la borne.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the town hall's system now, so staff cannot sign in. Please try again in a moment.</source>
        <translation>La borne ne peut pas joindre le système de la maison communale pour le moment ; le personnel ne peut donc pas se connecter. Réessayez dans un instant.</translation>
    </message>
</context>
</TS>
