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
    <name>GuestHomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Que souhaitez-vous faire ?</translation>
    </message>
    <message>
        <source>Without an identity card you can use these services.</source>
        <translation>Sans carte d'identité, vous pouvez utiliser ces services.</translation>
    </message>
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
</TS>
