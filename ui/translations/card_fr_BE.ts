<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AttractNotice</name>
    <message>
        <source>Your card was taken out too early. Nothing was kept. Insert it again.</source>
        <translation>Votre carte a été retirée trop tôt. Rien n'a été conservé. Insérez-la à nouveau.</translation>
    </message>
    <message>
        <source>Please take your identity card out of the reader.</source>
        <translation>Veuillez retirer votre carte d'identité du lecteur.</translation>
    </message>
</context>
<context>
    <name>CardMessageScreen</name>
    <message>
        <source>Continue as a guest</source>
        <translation>Continuer comme invité</translation>
    </message>
    <message>
        <source>Services that need no identity card</source>
        <translation>Services sans carte d'identité</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to your services</source>
        <translation>Retour à vos services</translation>
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
        <source>This is not a Belgian identity card</source>
        <translation>Ce n'est pas une carte d'identité belge</translation>
    </message>
    <message>
        <source>Your card could not be checked</source>
        <translation>Votre carte n'a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>Your identity card is not valid</source>
        <translation>Votre carte d'identité n'est pas valable</translation>
    </message>
    <message>
        <source>The kiosk can only read Belgian identity cards (eID). Please take your card out of the reader.</source>
        <translation>La borne ne peut lire que les cartes d'identité belges (eID). Veuillez retirer votre carte du lecteur.</translation>
    </message>
    <message>
        <source>The data on your card could not be confirmed as genuine. It may be damaged. Please take your card out of the reader; a staff member can help you at the counter.</source>
        <translation>Nous n'avons pas pu confirmer que les données de votre carte sont authentiques. Elle est peut-être abîmée. Veuillez retirer votre carte du lecteur ; un agent peut vous aider au guichet.</translation>
    </message>
    <message>
        <source>Your card has expired or is not valid yet. Please take your card out of the reader; you can ask for a new card at the counter.</source>
        <translation>Votre carte est expirée ou pas encore valable. Veuillez retirer votre carte du lecteur ; vous pouvez demander une nouvelle carte au guichet.</translation>
    </message>
    <message>
        <source>Your card could not be read</source>
        <translation>Votre carte n'a pas pu être lue</translation>
    </message>
    <message>
        <source>Take your card out and put it in again, with the chip first. If it still does not work, a staff member can help you.</source>
        <translation>Retirez votre carte et insérez-la à nouveau, puce en premier. Si cela ne fonctionne toujours pas, un agent peut vous aider.</translation>
    </message>
    <message>
        <source>Renew your identity card</source>
        <translation>Renouveler votre carte d'identité</translation>
    </message>
    <message>
        <source>Appointments cannot be booked at this kiosk yet. Please ask at the counter to renew your card.</source>
        <translation>On ne peut pas encore prendre rendez-vous à cette borne. Demandez au guichet pour renouveler votre carte.</translation>
    </message>
    <message>
        <source>Your request was sent</source>
        <translation>Votre demande a été envoyée</translation>
    </message>
    <message>
        <source>Someone from the municipality will contact you to plan a visit at home.</source>
        <translation>Quelqu'un de la commune vous contactera pour planifier une visite à domicile.</translation>
    </message>
    <message>
        <source>Your request could not be saved</source>
        <translation>Votre demande n'a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Please try again later, or ask a staff member.</source>
        <translation>Réessayez plus tard ou demandez à un agent.</translation>
    </message>
</context>
<context>
    <name>OfferButton</name>
    <message>
        <source>Renew your eID</source>
        <translation>Renouveler l'eID</translation>
    </message>
    <message>
        <source>Your card expires within three months</source>
        <translation>Votre carte expire dans les trois mois</translation>
    </message>
    <message>
        <source>Ask for a home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <source>Someone from the municipality comes to help you at home</source>
        <translation>Quelqu'un de la commune vient vous aider chez vous</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>{count} digits typed</source>
        <translation>{count} chiffres tapés</translation>
    </message>
    <message>
        <source>Type your PIN code</source>
        <translation>Tapez votre code PIN</translation>
    </message>
    <message>
        <source>Your identity card's PIN code.</source>
        <translation>Le code PIN de votre carte d'identité.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check the PIN code</source>
        <translation>Vérifier le code PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Go back without the PIN</source>
        <translation>Revenir sans code PIN</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Appeler un agent</translation>
    </message>
    <message>
        <source>Your PIN code is blocked</source>
        <translation>Votre code PIN est bloqué</translation>
    </message>
    <message>
        <source>The card was given a wrong PIN code too often. The counter can unblock it for you. Please ask a staff member.</source>
        <translation>Un code PIN erroné a été saisi trop souvent. Le guichet peut débloquer votre carte. Veuillez demander à un agent.</translation>
    </message>
    <message>
        <source>Checking your PIN code...</source>
        <translation>Vérification de votre code PIN...</translation>
    </message>
    <message>
        <source>Wrong PIN code. Tries left: {tries}.</source>
        <translation>Code PIN erroné. Essais restants : {tries}.</translation>
    </message>
    <message>
        <source>Tries left: {tries}.</source>
        <translation>Essais restants : {tries}.</translation>
    </message>
    <message>
        <source>Type 4 to 12 digits, then press OK.</source>
        <translation>Tapez 4 à 12 chiffres, puis appuyez sur OK.</translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Reading your identity card...</source>
        <translation>Lecture de votre carte d'identité...</translation>
    </message>
    <message>
        <source>Please leave your card in the reader.</source>
        <translation>Veuillez laisser votre carte dans le lecteur.</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Étape {step} sur {steps}</translation>
    </message>
</context>
</TS>
