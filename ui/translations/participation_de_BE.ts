<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>Participation</name>
    <message>
        <source>to cast your vote</source>
        <translation>um Ihre Stimme abzugeben</translation>
    </message>
</context>
<context>
    <name>ParticipationResultScreen</name>
    <message>
        <source>One moment, please…</source>
        <translation>Einen Moment bitte…</translation>
    </message>
    <message>
        <source>Thank you. Your vote was counted.</source>
        <translation>Danke. Ihre Stimme wurde gezählt.</translation>
    </message>
    <message>
        <source>Thank you. Your vote was recorded and will be counted as soon as the kiosk is connected again.</source>
        <translation>Danke. Ihre Stimme wurde gespeichert und wird gezählt, sobald der Kiosk wieder verbunden ist.</translation>
    </message>
    <message>
        <source>You already voted in this poll. Your first vote stands.</source>
        <translation>Sie haben bei dieser Umfrage schon abgestimmt. Ihre erste Stimme bleibt gültig.</translation>
    </message>
    <message>
        <source>Voting is not possible at this kiosk right now. Please try again later or ask at the counter.</source>
        <translation>Abstimmen ist an diesem Kiosk gerade nicht möglich. Bitte versuchen Sie es später oder fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>This poll is closed. Your vote was not recorded.</source>
        <translation>Diese Umfrage ist geschlossen. Ihre Stimme wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Thank you. Your proposal was sent to the citizen forum.</source>
        <translation>Danke. Ihr Vorschlag wurde an das Bürgerforum geschickt.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask at the counter.</source>
        <translation>Etwas ist schiefgegangen. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Ihre Meinung zählt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Back to the polls</source>
        <translation>Zurück zu den Umfragen</translation>
    </message>
</context>
<context>
    <name>PollsScreen</name>
    <message>
        <source>Have your say</source>
        <translation>Ihre Meinung zählt</translation>
    </message>
    <message>
        <source>Choose a poll to vote in. Your vote is secret.</source>
        <translation>Wählen Sie eine Umfrage. Ihre Stimme ist geheim.</translation>
    </message>
    <message>
        <source>There are no open polls right now.</source>
        <translation>Zurzeit gibt es keine offenen Umfragen.</translation>
    </message>
    <message>
        <source>Make a proposal</source>
        <translation>Einen Vorschlag machen</translation>
    </message>
    <message>
        <source>A proposal to the citizen forum</source>
        <translation>Ein Vorschlag für das Bürgerforum</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to your services</source>
        <translation>Zurück zu Ihren Diensten</translation>
    </message>
</context>
<context>
    <name>ProposalScreen</name>
    <message>
        <source>Please give your proposal a title and a text.</source>
        <translation>Bitte geben Sie Ihrem Vorschlag einen Titel und einen Text.</translation>
    </message>
    <message>
        <source>A proposal for the citizen forum</source>
        <translation>Ein Vorschlag für das Bürgerforum</translation>
    </message>
    <message>
        <source>Type a title, then your proposal, and press Send.</source>
        <translation>Geben Sie einen Titel und dann Ihren Vorschlag ein und drücken Sie Senden.</translation>
    </message>
    <message>
        <source>Title of your proposal</source>
        <translation>Titel Ihres Vorschlags</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Your proposal</source>
        <translation>Ihr Vorschlag</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send your proposal</source>
        <translation>Ihren Vorschlag senden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the polls</source>
        <translation>Zurück zu den Umfragen</translation>
    </message>
</context>
<context>
    <name>VoteScreen</name>
    <message>
        <source>Your vote</source>
        <translation>Ihre Stimme</translation>
    </message>
    <message>
        <source>Choose your answer. You confirm it with your PIN. You can vote once.</source>
        <translation>Wählen Sie Ihre Antwort. Sie bestätigen sie mit Ihrer PIN. Sie können einmal abstimmen.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the polls</source>
        <translation>Zurück zu den Umfragen</translation>
    </message>
</context>
</TS>
