<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>MeldingAddressScreen</name>
    <message>
        <source>Where is the problem?</source>
        <translation>Où se trouve le problème ?</translation>
    </message>
    <message>
        <source>Type the street and house number, for example: Kerkstraat 12</source>
        <translation>Tapez la rue et le numéro, par exemple : Kerkstraat 12</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>No address found. Check the street name, or type only the street.</source>
        <translation>Aucune adresse trouvée. Vérifiez le nom de la rue, ou tapez seulement la rue.</translation>
    </message>
</context>
<context>
    <name>MeldingCameraPhotoScreen</name>
    <message>
        <source>Is the problem clearly visible?</source>
        <translation>Le problème est-il bien visible ?</translation>
    </message>
    <message>
        <source>Press Use this photo. Or press Take another to take the photo again.</source>
        <translation>Appuyez sur Utiliser cette photo. Ou appuyez sur Reprendre pour prendre la photo à nouveau.</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>Votre photo</translation>
    </message>
    <message>
        <source>Take another</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Utiliser cette photo</translation>
    </message>
</context>
<context>
    <name>MeldingCameraScreen</name>
    <message>
        <source>Take a photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>Point the camera at the problem. Then press the button Take photo.</source>
        <translation>Dirigez la caméra vers le problème. Appuyez ensuite sur le bouton Prendre la photo.</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un instant…</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Prendre la photo</translation>
    </message>
</context>
<context>
    <name>MeldingCategoryScreen</name>
    <message>
        <source>What is the problem about?</source>
        <translation>De quel problème s'agit-il ?</translation>
    </message>
    <message>
        <source>Reporting a problem is not possible at this kiosk right now. Please ask at the counter or call staff.</source>
        <translation>Signaler un problème n'est pas possible à cette borne pour le moment. Adressez-vous au guichet ou appelez un collaborateur.</translation>
    </message>
    <message>
        <source>More choices</source>
        <translation>Plus de choix</translation>
    </message>
</context>
<context>
    <name>MeldingConfirmScreen</name>
    <message>
        <source>Is this correct?</source>
        <translation>Est-ce correct ?</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Envoyer le signalement</translation>
    </message>
</context>
<context>
    <name>MeldingDescriptionScreen</name>
    <message>
        <source>Describe the problem</source>
        <translation>Décrivez le problème</translation>
    </message>
    <message>
        <source>This is optional. For example: the lamp in front of number 12 has been out for a week.</source>
        <translation>C'est facultatif. Par exemple : la lampe devant le numéro 12 ne s'allume plus depuis une semaine.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>MeldingDoneScreen</name>
    <message>
        <source>Thank you. Your report was received.</source>
        <translation>Merci. Votre signalement a été reçu.</translation>
    </message>
    <message>
        <source>Your reference number:</source>
        <translation>Votre numéro de référence :</translation>
    </message>
    <message>
        <source>Write this number down. With it you can follow your report at any kiosk. It will be sent to the municipality as soon as this kiosk is connected.</source>
        <translation>Notez ce numéro. Avec lui, vous pouvez suivre votre signalement à chaque borne. Il sera envoyé à la commune dès que cette borne sera connectée.</translation>
    </message>
    <message>
        <source>Write this number down. With it you can follow your report at any kiosk.</source>
        <translation>Notez ce numéro. Avec lui, vous pouvez suivre votre signalement à chaque borne.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>MeldingFlow</name>
    <message>
        <source>A photo taken with the camera</source>
        <translation>Une photo prise avec la caméra</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please call staff.</source>
        <translation>Désolé, cela n'a pas fonctionné. Appelez un collaborateur.</translation>
    </message>
</context>
<context>
    <name>MeldingFollow</name>
    <message>
        <source>This is not a reference number. Please check it.</source>
        <translation>Ce n'est pas un numéro de référence. Vérifiez-le.</translation>
    </message>
    <message>
        <source>This number cannot be looked up now. Please try again later.</source>
        <translation>Ce numéro ne peut pas être recherché maintenant. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>No report or question with this number was found.</source>
        <translation>Aucun signalement ni question ne porte ce numéro.</translation>
    </message>
</context>
<context>
    <name>MeldingPhotoScreen</name>
    <message>
        <source>Add a photo?</source>
        <translation>Ajouter une photo ?</translation>
    </message>
    <message>
        <source>The camera does not work at the moment. You can continue without a photo.</source>
        <translation>La caméra ne fonctionne pas pour le moment. Vous pouvez continuer sans photo.</translation>
    </message>
    <message>
        <source>Choose a photo from your USB stick, or take one with the camera. This is optional.</source>
        <translation>Choisissez une photo sur votre clé USB, ou prenez-en une avec la caméra. C'est facultatif.</translation>
    </message>
    <message>
        <source>Choose a photo from your USB stick. This is optional.</source>
        <translation>Choisissez une photo sur votre clé USB. C'est facultatif.</translation>
    </message>
    <message>
        <source>Take a photo with the camera, or insert a USB stick with a photo. This is optional.</source>
        <translation>Prenez une photo avec la caméra, ou insérez une clé USB avec une photo. C'est facultatif.</translation>
    </message>
    <message>
        <source>No photo found. Insert a USB stick with a photo, or continue without a photo.</source>
        <translation>Aucune photo trouvée. Insérez une clé USB avec une photo, ou continuez sans photo.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>Continue without a photo</source>
        <translation>Continuer sans photo</translation>
    </message>
</context>
<context>
    <name>MeldingQuestionScreen</name>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Question {number} sur {total}</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>A question about the problem</source>
        <translation>Une question sur le problème</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Passer cette question</translation>
    </message>
</context>
<context>
    <name>MeldingStartScreen</name>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>A broken street light, litter, a pothole, noise.</source>
        <translation>Un lampadaire en panne, des déchets, un nid-de-poule, du bruit.</translation>
    </message>
    <message>
        <source>Report a new problem</source>
        <translation>Signaler un nouveau problème</translation>
    </message>
    <message>
        <source>Follow a report or question</source>
        <translation>Suivre signalement ou question</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>Mes signalements</translation>
    </message>
</context>
<context>
    <name>MeldingStatus</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Assigned to a team</source>
        <translation>Confié à une équipe</translation>
    </message>
    <message>
        <source>Being looked into</source>
        <translation>En cours d'examen</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Réintroduit</translation>
    </message>
    <message>
        <source>Not admissible</source>
        <translation>Irrecevable</translation>
    </message>
    <message>
        <source>Closed for good</source>
        <translation>Clôturé définitivement</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
</context>
<context>
    <name>MyMeldingenScreen</name>
    <message>
        <source>{reference} ({category}): {status}</source>
        <translation>{reference} ({category}) : {status}</translation>
    </message>
    <message>
        <source>Your reports</source>
        <translation>Vos signalements</translation>
    </message>
    <message>
        <source>You have no reports yet.</source>
        <translation>Vous n'avez pas encore de signalements.</translation>
    </message>
</context>
<context>
    <name>ReferenceLookupScreen</name>
    <message>
        <source>Report {reference}</source>
        <translation>Signalement {reference}</translation>
    </message>
    <message>
        <source>About: {category}</source>
        <translation>Sujet : {category}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>État : {status}</translation>
    </message>
    <message>
        <source>Last change: {day}</source>
        <translation>Dernière modification : {day}</translation>
    </message>
    <message>
        <source>Your question: {text}</source>
        <translation>Votre question : {text}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Réponse : {answer}</translation>
    </message>
    <message>
        <source>No answer yet. You will get one within 30 days.</source>
        <translation>Pas encore de réponse. Vous recevrez une réponse dans les 30 jours.</translation>
    </message>
    <message>
        <source>Follow a report or question</source>
        <translation>Suivre signalement ou question</translation>
    </message>
    <message>
        <source>Type the number you were given, for example M-7K3Q-9F2A.</source>
        <translation>Tapez le numéro reçu, par exemple M-7K3Q-9F2A.</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
</TS>
