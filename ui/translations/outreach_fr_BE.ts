<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>ConflictsScreen</name>
    <message>
        <source>Changes made on two laptops at once</source>
        <translation>Modifications faites sur deux portables en même temps</translation>
    </message>
    <message>
        <source>Back to the day list</source>
        <translation>Retour à la liste du jour</translation>
    </message>
    <message>
        <source>Kept for now</source>
        <translation>Gardé pour l'instant</translation>
    </message>
    <message>
        <source>The other change</source>
        <translation>L'autre modification</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Garder celle-ci</translation>
    </message>
    <message>
        <source>Keep this one instead</source>
        <translation>Garder plutôt celle-ci</translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation>Rien à résoudre.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Résolu.</translation>
    </message>
    <message>
        <source>Already resolved elsewhere.</source>
        <translation>Déjà résolu ailleurs.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>1. Consent</source>
        <translation>1. Consentement</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <source>Form number or legal ground</source>
        <translation>Numéro du formulaire ou base légale</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <source>eID read</source>
        <translation>Lecture de l'eID</translation>
    </message>
    <message>
        <source>Signature on screen</source>
        <translation>Signature à l'écran</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Formulaire papier</translation>
    </message>
    <message>
        <source>Legal ground (no consent needed)</source>
        <translation>Base légale (pas de consentement requis)</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>Consent recorded: you can fill in the visit.</source>
        <translation>Consentement enregistré : vous pouvez remplir la visite.</translation>
    </message>
    <message>
        <source>Consent by eID: read the resident's eID below to record it.</source>
        <translation>Consentement par eID : lisez ci-dessous l'eID du résident pour l'enregistrer.</translation>
    </message>
    <message>
        <source>Record consent or a legal ground first: nothing about the resident is stored before that.</source>
        <translation>Enregistrez d'abord le consentement ou une base légale : rien sur l'habitant n'est conservé avant cela.</translation>
    </message>
    <message>
        <source>Digital help at home (e-inclusion)</source>
        <translation>Aide numérique à domicile (e-inclusion)</translation>
    </message>
    <message>
        <source>Consent not recorded: fill in the purpose, and the form number for paper.</source>
        <translation>Consentement non enregistré : indiquez la finalité, et le numéro du formulaire papier.</translation>
    </message>
</context>
<context>
    <name>DayScreen</name>
    <message>
        <source>Visits on {day}</source>
        <translation>Visites du {day}</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Ouvrir la visite</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Asked for a visit at the kiosk</source>
        <translation>Visite demandée à la borne</translation>
    </message>
    <message>
        <source>Move the visit to this time</source>
        <translation>Déplacer la visite à cette heure</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Annuler la visite</translation>
    </message>
    <message>
        <source>Plan a visit at this time</source>
        <translation>Planifier une visite à cette heure</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Conflicts to resolve: {count}</source>
        <translation>Conflits à résoudre : {count}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>à faire maintenant</translation>
    </message>
    <message>
        <source>Visit moved.</source>
        <translation>Visite déplacée.</translation>
    </message>
    <message>
        <source>Visit cancelled.</source>
        <translation>Visite annulée.</translation>
    </message>
    <message>
        <source>Visit planned.</source>
        <translation>Visite planifiée.</translation>
    </message>
    <message>
        <source>That change is not possible.</source>
        <translation>Cette modification n'est pas possible.</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>4. Tasks and referrals</source>
        <translation>4. Tâches et orientations</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Tâche de suivi</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter la tâche</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Digipunt</source>
        <translation>Digipunt</translation>
    </message>
    <message>
        <source>Social house (OCMW)</source>
        <translation>Maison sociale (CPAS)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Device lending</source>
        <translation>Prêt d'appareils</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Orienter vers</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Orienter</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>État de l'orientation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Enregistrer le résultat</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in to start your home visits</source>
        <translation>Connectez-vous pour commencer vos visites à domicile</translation>
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
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Wrong user name or password. {tries} tries left.</source>
        <translation>Nom d'utilisateur ou mot de passe incorrect. Encore {tries} essais.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again after {time}.</source>
        <translation>Trop de mots de passe incorrects. Réessayez après {time}.</translation>
    </message>
    <message>
        <source>Your sign-in was revoked. Ask an administrator.</source>
        <translation>Votre accès a été révoqué. Adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>You are not in the team of this laptop.</source>
        <translation>Vous ne faites pas partie de l'équipe de ce portable.</translation>
    </message>
    <message>
        <source>The first sign-in on this laptop needs a connection to the town hall.</source>
        <translation>La première connexion sur ce portable demande une liaison avec la maison communale.</translation>
    </message>
    <message>
        <source>Signing in did not work. Try again.</source>
        <translation>La connexion n'a pas fonctionné. Réessayez.</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>Back to the day list</source>
        <translation>Retour à la liste du jour</translation>
    </message>
    <message>
        <source>2. Needs</source>
        <translation>2. Besoins</translation>
    </message>
    <message>
        <source>eID PIN reset</source>
        <translation>Réinitialiser le code PIN eID</translation>
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
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Social tariffs</source>
        <translation>Tarifs sociaux</translation>
    </message>
    <message>
        <source>Loneliness signal</source>
        <translation>Signal de solitude</translation>
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
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Outcome of the visit</source>
        <translation>Résultat de la visite</translation>
    </message>
    <message>
        <source>Visit done</source>
        <translation>Visite faite</translation>
    </message>
    <message>
        <source>Visit to {name}</source>
        <translation>Visite chez {name}</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensible</translation>
    </message>
    <message>
        <source>Visit saved as done.</source>
        <translation>Visite enregistrée comme faite.</translation>
    </message>
    <message>
        <source>Record consent or a legal ground first.</source>
        <translation>Enregistrez d'abord le consentement ou une base légale.</translation>
    </message>
    <message>
        <source>That change is not possible.</source>
        <translation>Cette modification n'est pas possible.</translation>
    </message>
</context>
</TS>
