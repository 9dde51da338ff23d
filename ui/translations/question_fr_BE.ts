<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>QuestionDetailScreen</name>
    <message>
        <source>Your question</source>
        <translation>Votre question</translation>
    </message>
    <message>
        <source>Add information</source>
        <translation>Ajouter des informations</translation>
    </message>
    <message>
        <source>The municipality answered.</source>
        <translation>La commune a répondu.</translation>
    </message>
    <message>
        <source>No answer yet. You will get one before {day}.</source>
        <translation>Pas encore de réponse. Vous en recevrez une avant le {day}.</translation>
    </message>
</context>
<context>
    <name>QuestionDoneScreen</name>
    <message>
        <source>Thank you. Your information was added.</source>
        <translation>Merci. Vos informations ont été ajoutées.</translation>
    </message>
    <message>
        <source>Thank you. Your question was sent.</source>
        <translation>Merci. Votre question a été envoyée.</translation>
    </message>
    <message>
        <source>Your question number:</source>
        <translation>Le numéro de votre question :</translation>
    </message>
    <message>
        <source>The answer is shown here the next time you insert your identity card.</source>
        <translation>Vous verrez la réponse ici la prochaine fois que vous insérerez votre carte d'identité.</translation>
    </message>
    <message>
        <source>Write this number down. With it you can read the answer at any kiosk.</source>
        <translation>Notez ce numéro. Avec lui, vous pouvez lire la réponse à chaque borne.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>QuestionFlow</name>
    <message>
        <source>An answer to your question</source>
        <translation>Réponse à votre question</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please call staff.</source>
        <translation>Désolé, cela n'a pas fonctionné. Appelez un collaborateur.</translation>
    </message>
</context>
<context>
    <name>QuestionListScreen</name>
    <message>
        <source>Your questions</source>
        <translation>Vos questions</translation>
    </message>
    <message>
        <source>You have no questions yet.</source>
        <translation>Vous n'avez pas encore posé de questions.</translation>
    </message>
</context>
<context>
    <name>QuestionStartScreen</name>
    <message>
        <source>Ask a question</source>
        <translation>Poser une question</translation>
    </message>
    <message>
        <source>The municipality answers within 30 days.</source>
        <translation>La commune répond dans les 30 jours.</translation>
    </message>
    <message>
        <source>Ask a new question</source>
        <translation>Poser une nouvelle question</translation>
    </message>
    <message>
        <source>My questions and answers</source>
        <translation>Mes questions et réponses</translation>
    </message>
    <message>
        <source>Look up a question</source>
        <translation>Rechercher une question</translation>
    </message>
</context>
<context>
    <name>QuestionSupplementScreen</name>
    <message>
        <source>Add information to your question</source>
        <translation>Ajouter des informations à votre question</translation>
    </message>
    <message>
        <source>Do not type your national number or bank details.</source>
        <translation>Ne tapez pas votre numéro national ni vos données bancaires.</translation>
    </message>
    <message>
        <source>Extra information</source>
        <translation>Informations supplémentaires</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>QuestionTextScreen</name>
    <message>
        <source>Type your question</source>
        <translation>Tapez votre question</translation>
    </message>
    <message>
        <source>Do not type your national number or bank details.</source>
        <translation>Ne tapez pas votre numéro national ni vos données bancaires.</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Votre question</translation>
    </message>
    <message>
        <source>Send question</source>
        <translation>Envoyer la question</translation>
    </message>
</context>
</TS>
