<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>Certificate</name>
    <message>
        <source>to receive your certificate</source>
        <translation>pour recevoir votre certificat</translation>
    </message>
    <message>
        <source>Proof of residence</source>
        <translation>Certificat de résidence</translation>
    </message>
    <message>
        <source>Proof of residence with history</source>
        <translation>Certificat de résidence avec historique</translation>
    </message>
    <message>
        <source>Household composition</source>
        <translation>Composition de ménage</translation>
    </message>
    <message>
        <source>Life certificate</source>
        <translation>Certificat de vie</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Voter certificate</source>
        <translation>Certificat d'électeur</translation>
    </message>
    <message>
        <source>Legal cohabitation</source>
        <translation>Cohabitation légale</translation>
    </message>
</context>
<context>
    <name>CertificateKindScreen</name>
    <message>
        <source>Which certificate do you need?</source>
        <translation>De quel certificat avez-vous besoin ?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Other certificates</source>
        <translation>Autres certificats</translation>
    </message>
    <message>
        <source>Nationality, voter certificate, legal cohabitation</source>
        <translation>Nationalité, certificat d'électeur, cohabitation légale</translation>
    </message>
</context>
<context>
    <name>CertificateOptionsScreen</name>
    <message>
        <source>In which language?</source>
        <translation>Dans quelle langue ?</translation>
    </message>
    <message>
        <source>With my previous addresses: yes</source>
        <translation>Avec mes adresses précédentes : oui</translation>
    </message>
    <message>
        <source>With my previous addresses: no</source>
        <translation>Avec mes adresses précédentes : non</translation>
    </message>
    <message>
        <source>Press to change</source>
        <translation>Appuyez pour changer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Confirm with your PIN</source>
        <translation>Confirmez avec votre code PIN</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Choose another certificate</source>
        <translation>Choisir un autre certificat</translation>
    </message>
</context>
<context>
    <name>CertificateResultScreen</name>
    <message>
        <source>Verification code: {code}</source>
        <translation>Code de vérification : {code}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print the certificate here</source>
        <translation>Imprimer le certificat ici</translation>
    </message>
    <message>
        <source>Collect it at the town hall</source>
        <translation>Le retirer à la maison communale</translation>
    </message>
    <message>
        <source>Send it by post</source>
        <translation>L'envoyer par la poste</translation>
    </message>
    <message>
        <source>Back to my services</source>
        <translation>Retour à mes services</translation>
    </message>
    <message>
        <source>Preparing your certificate</source>
        <translation>Préparation de votre certificat</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Your certificate is ready</source>
        <translation>Votre certificat est prêt</translation>
    </message>
    <message>
        <source>{title}, valid until {date}. Press Print to take it with you.</source>
        <translation>{title}, valable jusqu'au {date}. Appuyez sur Imprimer pour l'emporter.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Your certificate is being printed.</source>
        <translation>Votre certificat est en cours d'impression.</translation>
    </message>
    <message>
        <source>Your certificate is printed</source>
        <translation>Votre certificat est imprimé</translation>
    </message>
    <message>
        <source>Take it from the printer ({printer}).</source>
        <translation>Prenez-le dans l'imprimante ({printer}).</translation>
    </message>
    <message>
        <source>No printer here</source>
        <translation>Pas d'imprimante ici</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Your certificate was saved as a PDF file ({file}); staff can print it for you.</source>
        <translation>Cette borne n'a pas d'imprimante. Votre certificat a été enregistré comme fichier PDF ({file}) ; le personnel peut l'imprimer pour vous.</translation>
    </message>
    <message>
        <source>The certificate cannot be made right now</source>
        <translation>Le certificat ne peut pas être établi maintenant</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the municipality's register now. We keep your request. How would you like to receive the certificate?</source>
        <translation>La borne ne peut pas joindre le registre de la commune pour le moment. Nous gardons votre demande. Comment souhaitez-vous recevoir le certificat ?</translation>
    </message>
    <message>
        <source>Saving your request</source>
        <translation>Enregistrement de votre demande</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>Un instant, s'il vous plaît.</translation>
    </message>
    <message>
        <source>Your request is saved</source>
        <translation>Votre demande est enregistrée</translation>
    </message>
    <message>
        <source>Your certificate will be printed at the town hall counter. You can collect it there from {date}.</source>
        <translation>Votre certificat sera imprimé au guichet de la maison communale. Vous pourrez l'y retirer à partir du {date}.</translation>
    </message>
    <message>
        <source>Your certificate will be posted to your home address. It should reach you by {date}.</source>
        <translation>Votre certificat sera envoyé par la poste à votre adresse. Vous devriez le recevoir au plus tard le {date}.</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Pas de certificat</translation>
    </message>
    <message>
        <source>The population register has no record of you. Please ask at the counter.</source>
        <translation>Le registre de la population ne vous connaît pas. Adressez-vous au guichet.</translation>
    </message>
    <message>
        <source>The register does not allow this certificate. Please ask at the counter.</source>
        <translation>Le registre ne permet pas ce certificat. Adressez-vous au guichet.</translation>
    </message>
    <message>
        <source>You are not on the voters' list of this municipality. Please ask at the counter.</source>
        <translation>Vous n'êtes pas inscrit sur la liste des électeurs de cette commune. Adressez-vous au guichet.</translation>
    </message>
    <message>
        <source>The register holds no declaration of legal cohabitation for you.</source>
        <translation>Le registre ne contient pas de déclaration de cohabitation légale à votre nom.</translation>
    </message>
    <message>
        <source>Your request cannot be saved at this kiosk now. Please ask at the counter.</source>
        <translation>Votre demande ne peut pas être enregistrée sur cette borne maintenant. Adressez-vous au guichet.</translation>
    </message>
    <message>
        <source>Printing did not work. Please call staff: they can print it for you.</source>
        <translation>L'impression n'a pas fonctionné. Appelez le personnel : il peut l'imprimer pour vous.</translation>
    </message>
    <message>
        <source>This kiosk cannot issue certificates now. Please ask at the counter.</source>
        <translation>Cette borne ne peut pas délivrer de certificats maintenant. Adressez-vous au guichet.</translation>
    </message>
</context>
</TS>
