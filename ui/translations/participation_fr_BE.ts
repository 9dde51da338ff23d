<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>Participation</name>
    <message>
        <source>to cast your vote</source>
        <translation>pour voter</translation>
    </message>
</context>
<context>
    <name>ParticipationResultScreen</name>
    <message>
        <source>One moment, please…</source>
        <translation>Un instant, s&apos;il vous plaît…</translation>
    </message>
    <message>
        <source>Thank you. Your vote was counted.</source>
        <translation>Merci. Votre vote a été compté.</translation>
    </message>
    <message>
        <source>Thank you. Your vote was recorded and will be counted as soon as the kiosk is connected again.</source>
        <translation>Merci. Votre vote est enregistré et sera compté dès que la borne sera à nouveau connectée.</translation>
    </message>
    <message>
        <source>You already voted in this poll. Your first vote stands.</source>
        <translation>Vous avez déjà voté pour cette consultation. Votre premier vote est maintenu.</translation>
    </message>
    <message>
        <source>Voting is not possible at this kiosk right now. Please try again later or ask at the counter.</source>
        <translation>Il n&apos;est pas possible de voter à cette borne pour le moment. Réessayez plus tard ou adressez-vous au guichet.</translation>
    </message>
    <message>
        <source>This poll is closed. Your vote was not recorded.</source>
        <translation>Cette consultation est clôturée. Votre vote n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Thank you. Your proposal was sent to the citizen forum.</source>
        <translation>Merci. Votre proposition a été envoyée au forum citoyen.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask at the counter.</source>
        <translation>Un problème est survenu. Adressez-vous au guichet.</translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Donnez votre avis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Back to the polls</source>
        <translation>Retour aux consultations</translation>
    </message>
</context>
<context>
    <name>PollsScreen</name>
    <message>
        <source>Have your say</source>
        <translation>Donnez votre avis</translation>
    </message>
    <message>
        <source>Choose a poll to vote in. Your vote is secret.</source>
        <translation>Choisissez une consultation pour voter. Votre vote est secret.</translation>
    </message>
    <message>
        <source>There are no open polls right now.</source>
        <translation>Il n&apos;y a pas de consultation ouverte pour le moment.</translation>
    </message>
    <message>
        <source>Make a proposal</source>
        <translation>Faire une proposition</translation>
    </message>
    <message>
        <source>A proposal to the citizen forum</source>
        <translation>Une proposition pour le forum citoyen</translation>
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
    <name>ProposalScreen</name>
    <message>
        <source>Please give your proposal a title and a text.</source>
        <translation>Donnez un titre et un texte à votre proposition.</translation>
    </message>
    <message>
        <source>A proposal for the citizen forum</source>
        <translation>Une proposition pour le forum citoyen</translation>
    </message>
    <message>
        <source>Type a title, then your proposal, and press Send.</source>
        <translation>Tapez un titre, puis votre proposition, et appuyez sur Envoyer.</translation>
    </message>
    <message>
        <source>Title of your proposal</source>
        <translation>Titre de votre proposition</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Your proposal</source>
        <translation>Votre proposition</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send your proposal</source>
        <translation>Envoyer votre proposition</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the polls</source>
        <translation>Retour aux consultations</translation>
    </message>
</context>
<context>
    <name>VoteScreen</name>
    <message>
        <source>Your vote</source>
        <translation>Votre vote</translation>
    </message>
    <message>
        <source>Choose your answer. You confirm it with your PIN. You can vote once.</source>
        <translation>Choisissez votre réponse. Vous la confirmez avec votre code PIN. Vous ne pouvez voter qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the polls</source>
        <translation>Retour aux consultations</translation>
    </message>
</context>
</TS>
