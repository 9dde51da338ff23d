<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>AccessBar</name>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Appeler un agent</translation>
    </message>
    <message>
        <source>A staff member comes to help</source>
        <translation>Un agent vient vous aider</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Choose another language</source>
        <translation>Choisir une autre langue</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Grand texte</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lecture vocale</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Read this screen again</source>
        <translation>Relire cet écran à voix haute</translation>
    </message>
    <message>
        <source>With the help of {name}</source>
        <translation>Avec l'aide de {name}</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome to {municipality}</source>
        <translation>Bienvenue à {municipality}</translation>
    </message>
    <message>
        <source>Insert your identity card into the card reader.</source>
        <translation>Insérez votre carte d'identité dans le lecteur.</translation>
    </message>
    <message>
        <source>No identity card with you?</source>
        <translation>Pas de carte d'identité sur vous ?</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>Continuer en tant qu'invité</translation>
    </message>
    <message>
        <source>Services that need no identity card</source>
        <translation>Services accessibles sans carte d'identité</translation>
    </message>
</context>
<context>
    <name>CitizenHomeScreen</name>
    <message>
        <source>More services</source>
        <translation>Autres services</translation>
    </message>
    <message>
        <source>Appointments, my data, polls</source>
        <translation>Rendez-vous, mes données, consultations</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Good day, {name}</source>
        <translation>Bonjour, {name}</translation>
    </message>
</context>
<context>
    <name>CitizenMoreScreen</name>
    <message>
        <source>More services</source>
        <translation>Autres services</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Retour au début</translation>
    </message>
</context>
<context>
    <name>EnrollButton</name>
    <message>
        <source>Enroll this computer…</source>
        <translation>Inscrire cet ordinateur…</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enrolling this computer…</source>
        <translation>Inscription de cet ordinateur…</translation>
    </message>
    <message>
        <source>Enroll this computer</source>
        <translation>Inscrire cet ordinateur</translation>
    </message>
    <message>
        <source>Ask an administrator for a one-time enrollment code, then enter it here with the address of the central service.</source>
        <translation>Demandez à un administrateur un code d'inscription à usage unique, puis saisissez-le ici avec l'adresse du service central.</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>Adresse du service central</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Enrolled as {name}. Syncing starts now.</source>
        <translation>Inscrit sous le nom {name}. La synchronisation commence maintenant.</translation>
    </message>
    <message>
        <source>Not enrolled: {reason}</source>
        <translation>Pas inscrit : {reason}</translation>
    </message>
    <message>
        <source>Not enrolled because of an unexpected error; ask IT support.</source>
        <translation>Pas inscrit à cause d'une erreur inattendue ; demandez l'aide du service informatique.</translation>
    </message>
</context>
<context>
    <name>GuestHomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Que souhaitez-vous faire ?</translation>
    </message>
    <message>
        <source>Without an identity card you can use these services.</source>
        <translation>Sans carte d'identité, vous pouvez utiliser ces services.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
        <source>To protect your privacy, this visit ends in {seconds} seconds. Touch the screen or press a key to continue.</source>
        <translation>Pour protéger votre vie privée, cette visite se termine dans {seconds} secondes. Touchez l'écran ou appuyez sur une touche pour continuer.</translation>
    </message>
    <message>
        <source>{seconds} seconds left</source>
        <translation>encore {seconds} secondes</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Je suis toujours là</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <source>{button} (not available)</source>
        <translation>{button} (non disponible)</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>ServiceMenu</name>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Poser une question</translation>
    </message>
    <message>
        <source>Take a queue ticket</source>
        <translation>Prendre un ticket</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Mes données</translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Donnez votre avis</translation>
    </message>
    <message>
        <source>A broken street light, litter, a pothole</source>
        <translation>Un lampadaire en panne, des déchets, un nid-de-poule</translation>
    </message>
    <message>
        <source>A question to the municipality</source>
        <translation>Une question à la commune</translation>
    </message>
    <message>
        <source>A number for the counter</source>
        <translation>Un numéro pour le guichet</translation>
    </message>
    <message>
        <source>Book an appointment, or check in for one</source>
        <translation>Prendre rendez-vous, ou signaler votre arrivée</translation>
    </message>
    <message>
        <source>Proof of residence, household composition and more</source>
        <translation>Certificat de résidence, composition de ménage et plus</translation>
    </message>
    <message>
        <source>What the municipality holds about you, and who looked at it</source>
        <translation>Ce que la commune conserve à votre sujet, et qui l'a consulté</translation>
    </message>
    <message>
        <source>Polls and proposals for the municipality</source>
        <translation>Consultations et propositions pour la commune</translation>
    </message>
    <message>
        <source>These services are not available at this kiosk yet. Please ask at the counter or call staff.</source>
        <translation>Ces services ne sont pas encore disponibles sur cette borne. Adressez-vous au guichet ou appelez un agent.</translation>
    </message>
    <message>
        <source>Not available at this kiosk yet: {services}. Please ask at the counter or call staff.</source>
        <translation>Pas encore disponible sur cette borne : {services}. Adressez-vous au guichet ou appelez un agent.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>End your visit and start over</source>
        <translation>Terminer votre visite et recommencer</translation>
    </message>
</context>
<context>
    <name>StaffNotice</name>
    <message>
        <source>A staff member is on the way</source>
        <translation>Un agent arrive</translation>
    </message>
    <message>
        <source>Please stay here. You do not need to do anything else.</source>
        <translation>Restez ici, s'il vous plaît. Vous n'avez rien d'autre à faire.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>I am a staff member</source>
        <translation>Je fais partie du personnel</translation>
    </message>
    <message>
        <source>Sign in to help this citizen</source>
        <translation>Connectez-vous pour aider ce citoyen</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <source>Temporarily out of service</source>
        <translation>Temporairement hors service</translation>
    </message>
    <message>
        <source>The keyring of this computer is locked or missing, so no data can be stored safely. Unlock the keyring, then try again.</source>
        <translation>Le trousseau de clés de cet ordinateur est verrouillé ou absent : aucune donnée ne peut être enregistrée en sécurité. Déverrouillez le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The data storage cannot be used right now. Try again in a moment, or ask a staff member for help.</source>
        <translation>Le stockage des données est indisponible pour le moment. Réessayez dans un instant ou demandez de l’aide à un membre du personnel.</translation>
    </message>
    <message>
        <source>The data storage needs IT support. Please ask a staff member for help.</source>
        <translation>Le stockage des données nécessite le support informatique. Demandez de l’aide à un membre du personnel.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>SyncStatusView</name>
    <message>
        <source>Sync: waiting for the local data</source>
        <translation>Synchronisation : en attente des données locales</translation>
    </message>
    <message>
        <source>{count} changes waiting to be sent</source>
        <translation>{count} modifications en attente d'envoi</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>Rien en attente d'envoi</translation>
    </message>
    <message>
        <source>{count} conflicts waiting for you</source>
        <translation>{count} conflits vous attendent</translation>
    </message>
    <message>
        <source>{count} changes held back by central (quarantine)</source>
        <translation>{count} modifications retenues par le service central (quarantaine)</translation>
    </message>
    <message>
        <source>The clock of this computer is wrong: set the date and time</source>
        <translation>L'horloge de cet ordinateur est fausse : réglez la date et l'heure</translation>
    </message>
    <message>
        <source>Sync: this computer is not enrolled yet</source>
        <translation>Synchronisation : cet ordinateur n'est pas encore inscrit</translation>
    </message>
    <message>
        <source>Sync: this computer was revoked and no longer syncs</source>
        <translation>Synchronisation : cet ordinateur a été révoqué et ne se synchronise plus</translation>
    </message>
    <message>
        <source>Sync: not tried yet</source>
        <translation>Synchronisation : pas encore essayée</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Last sync: just now</source>
        <translation>Dernière synchronisation : à l'instant</translation>
    </message>
    <message>
        <source>Last sync: {minutes} min ago</source>
        <translation>Dernière synchronisation : il y a {minutes} min</translation>
    </message>
    <message>
        <source>Last sync: {hours} h ago</source>
        <translation>Dernière synchronisation : il y a {hours} h</translation>
    </message>
    <message>
        <source>Last sync: {days} days ago</source>
        <translation>Dernière synchronisation : il y a {days} jours</translation>
    </message>
</context>
</TS>
