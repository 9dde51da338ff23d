<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>Participation</name>
    <message>
        <source>to cast your vote</source>
        <translation>om uw stem uit te brengen</translation>
    </message>
</context>
<context>
    <name>ParticipationResultScreen</name>
    <message>
        <source>One moment, please…</source>
        <translation>Een ogenblik geduld…</translation>
    </message>
    <message>
        <source>Thank you. Your vote was counted.</source>
        <translation>Dank u. Uw stem is geteld.</translation>
    </message>
    <message>
        <source>Thank you. Your vote was recorded and will be counted as soon as the kiosk is connected again.</source>
        <translation>Dank u. Uw stem is bewaard en wordt geteld zodra de kiosk weer verbinding heeft.</translation>
    </message>
    <message>
        <source>You already voted in this poll. Your first vote stands.</source>
        <translation>U hebt al gestemd in deze bevraging. Uw eerste stem blijft gelden.</translation>
    </message>
    <message>
        <source>Voting is not possible at this kiosk right now. Please try again later or ask at the counter.</source>
        <translation>Stemmen kan nu niet aan deze kiosk. Probeer het later opnieuw of vraag het aan het loket.</translation>
    </message>
    <message>
        <source>This poll is closed. Your vote was not recorded.</source>
        <translation>Deze bevraging is afgesloten. Uw stem is niet bewaard.</translation>
    </message>
    <message>
        <source>Thank you. Your proposal was sent to the citizen forum.</source>
        <translation>Dank u. Uw voorstel is naar het burgerforum gestuurd.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask at the counter.</source>
        <translation>Er ging iets mis. Vraag het aan het loket.</translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Uw mening telt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Back to the polls</source>
        <translation>Terug naar de bevragingen</translation>
    </message>
</context>
<context>
    <name>PollsScreen</name>
    <message>
        <source>Have your say</source>
        <translation>Uw mening telt</translation>
    </message>
    <message>
        <source>Choose a poll to vote in. Your vote is secret.</source>
        <translation>Kies een bevraging om te stemmen. Uw stem is geheim.</translation>
    </message>
    <message>
        <source>There are no open polls right now.</source>
        <translation>Er zijn nu geen open bevragingen.</translation>
    </message>
    <message>
        <source>Make a proposal</source>
        <translation>Een voorstel doen</translation>
    </message>
    <message>
        <source>A proposal to the citizen forum</source>
        <translation>Een voorstel voor het burgerforum</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to your services</source>
        <translation>Terug naar uw diensten</translation>
    </message>
</context>
<context>
    <name>ProposalScreen</name>
    <message>
        <source>Please give your proposal a title and a text.</source>
        <translation>Geef uw voorstel een titel en een tekst.</translation>
    </message>
    <message>
        <source>A proposal for the citizen forum</source>
        <translation>Een voorstel voor het burgerforum</translation>
    </message>
    <message>
        <source>Type a title, then your proposal, and press Send.</source>
        <translation>Typ een titel, dan uw voorstel, en druk op Versturen.</translation>
    </message>
    <message>
        <source>Title of your proposal</source>
        <translation>Titel van uw voorstel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Your proposal</source>
        <translation>Uw voorstel</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Send your proposal</source>
        <translation>Uw voorstel versturen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the polls</source>
        <translation>Terug naar de bevragingen</translation>
    </message>
</context>
<context>
    <name>VoteScreen</name>
    <message>
        <source>Your vote</source>
        <translation>Uw stem</translation>
    </message>
    <message>
        <source>Choose your answer. You confirm it with your PIN. You can vote once.</source>
        <translation>Kies uw antwoord. U bevestigt met uw pincode. U kunt één keer stemmen.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the polls</source>
        <translation>Terug naar de bevragingen</translation>
    </message>
</context>
</TS>
