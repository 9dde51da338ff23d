<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>MyData</name>
    <message>
        <source>to see your data</source>
        <translation>pour voir vos données</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>My data</source>
        <translation>Mes données</translation>
    </message>
    <message>
        <source>The municipality holds about you: {reports} reports, {questions} questions, {appointments} appointments, {certificates} certificates, {consents} consents.</source>
        <translation>La commune conserve à votre sujet : {reports} signalements, {questions} questions, {appointments} rendez-vous, {certificates} attestations, {consents} consentements.</translation>
    </message>
    <message>
        <source>One moment, please: your data is being fetched…</source>
        <translation>Un instant : vos données sont en cours de chargement…</translation>
    </message>
    <message>
        <source>Your data cannot be fetched now: the kiosk is not connected. Please try again later or ask at the counter.</source>
        <translation>Vos données ne peuvent pas être chargées : la borne n'est pas connectée. Réessayez plus tard ou adressez-vous au guichet.</translation>
    </message>
    <message>
        <source>Your data is ready as a JSON-LD file and a PDF. They are deleted after {minutes} minutes or when you finish.</source>
        <translation>Vos données sont prêtes en fichier JSON-LD et en PDF. Elles sont effacées après {minutes} minutes ou quand vous terminez.</translation>
    </message>
    <message>
        <source>Your shares were stopped. Nobody can use their QR codes now.</source>
        <translation>Vos partages sont arrêtés. Plus personne ne peut utiliser leurs codes QR.</translation>
    </message>
    <message>
        <source>Download (JSON-LD, PDF)</source>
        <translation>Télécharger (JSON-LD, PDF)</translation>
    </message>
    <message>
        <source>Your data as files</source>
        <translation>Vos données en fichiers</translation>
    </message>
    <message>
        <source>Stop shares ({count})</source>
        <translation>Fin des partages ({count})</translation>
    </message>
    <message>
        <source>{when}: you, at a kiosk</source>
        <translation>{when} : vous-même, à une borne</translation>
    </message>
    <message>
        <source>{when}: someone with your QR code</source>
        <translation>{when} : quelqu'un avec votre code QR</translation>
    </message>
    <message>
        <source>{when}: {who} of the home-visit team, for a home visit</source>
        <translation>{when} : {who} de l'équipe des visites à domicile, pour une visite à domicile</translation>
    </message>
    <message>
        <source>{when}: {who} of the home-visit team, to follow up a visit</source>
        <translation>{when} : {who} de l'équipe des visites à domicile, pour le suivi d'une visite</translation>
    </message>
    <message>
        <source>{when}: {who} ({why})</source>
        <translation>{when} : {who} ({why})</translation>
    </message>
    <message>
        <source>Who looked at your data:</source>
        <translation>Qui a consulté vos données :</translation>
    </message>
    <message>
        <source>Share with a QR code</source>
        <translation>Partager avec un code QR</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to your services</source>
        <translation>Retour à vos services</translation>
    </message>
</context>
<context>
    <name>ShareChoiceScreen</name>
    <message>
        <source>Share some of your data</source>
        <translation>Partager une partie de vos données</translation>
    </message>
    <message>
        <source>Choose what to share. You get a QR code that works for {hours} hours.</source>
        <translation>Choisissez ce que vous partagez. Vous recevez un code QR valable {hours} heures.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>non choisi</translation>
    </message>
    <message>
        <source>Make QR code</source>
        <translation>Créer le code QR</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation>Retour à mes données</translation>
    </message>
</context>
<context>
    <name>ShareQrScreen</name>
    <message>
        <source>Your QR code</source>
        <translation>Votre code QR</translation>
    </message>
    <message>
        <source>This share was stopped. The QR code no longer works.</source>
        <translation>Ce partage est arrêté. Le code QR ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Show or photograph this code. It works until {until}, unless you stop it.</source>
        <translation>Montrez ou photographiez ce code. Il fonctionne jusqu'au {until}, sauf si vous l'arrêtez.</translation>
    </message>
    <message>
        <source>QR code of your share</source>
        <translation>Code QR de votre partage</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation>Retour à mes données</translation>
    </message>
</context>
</TS>
