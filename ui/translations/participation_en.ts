<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Participation</name>
    <message>
        <source>to cast your vote</source>
        <translation>to cast your vote</translation>
    </message>
</context>
<context>
    <name>ParticipationResultScreen</name>
    <message>
        <source>One moment, please…</source>
        <translation>One moment, please…</translation>
    </message>
    <message>
        <source>Thank you. Your vote was counted.</source>
        <translation>Thank you. Your vote was counted.</translation>
    </message>
    <message>
        <source>Thank you. Your vote was recorded and will be counted as soon as the kiosk is connected again.</source>
        <translation>Thank you. Your vote was recorded and will be counted as soon as the kiosk is connected again.</translation>
    </message>
    <message>
        <source>You already voted in this poll. Your first vote stands.</source>
        <translation>You already voted in this poll. Your first vote stands.</translation>
    </message>
    <message>
        <source>Voting is not possible at this kiosk right now. Please try again later or ask at the counter.</source>
        <translation>Voting is not possible at this kiosk right now. Please try again later or ask at the counter.</translation>
    </message>
    <message>
        <source>This poll is closed. Your vote was not recorded.</source>
        <translation>This poll is closed. Your vote was not recorded.</translation>
    </message>
    <message>
        <source>Thank you. Your proposal was sent to the citizen forum.</source>
        <translation>Thank you. Your proposal was sent to the citizen forum.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask at the counter.</source>
        <translation>Something went wrong. Please ask at the counter.</translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Have your say</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Back to the polls</source>
        <translation>Back to the polls</translation>
    </message>
</context>
<context>
    <name>PollsScreen</name>
    <message>
        <source>Have your say</source>
        <translation>Have your say</translation>
    </message>
    <message>
        <source>Choose a poll to vote in. Your vote is secret.</source>
        <translation>Choose a poll to vote in. Your vote is secret.</translation>
    </message>
    <message>
        <source>There are no open polls right now.</source>
        <translation>There are no open polls right now.</translation>
    </message>
    <message>
        <source>Make a proposal</source>
        <translation>Make a proposal</translation>
    </message>
    <message>
        <source>A proposal to the citizen forum</source>
        <translation>A proposal to the citizen forum</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to your services</source>
        <translation>Back to your services</translation>
    </message>
</context>
<context>
    <name>ProposalScreen</name>
    <message>
        <source>Please give your proposal a title and a text.</source>
        <translation>Please give your proposal a title and a text.</translation>
    </message>
    <message>
        <source>A proposal for the citizen forum</source>
        <translation>A proposal for the citizen forum</translation>
    </message>
    <message>
        <source>Type a title, then your proposal, and press Send.</source>
        <translation>Type a title, then your proposal, and press Send.</translation>
    </message>
    <message>
        <source>Title of your proposal</source>
        <translation>Title of your proposal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Your proposal</source>
        <translation>Your proposal</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send your proposal</source>
        <translation>Send your proposal</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the polls</source>
        <translation>Back to the polls</translation>
    </message>
</context>
<context>
    <name>VoteScreen</name>
    <message>
        <source>Your vote</source>
        <translation>Your vote</translation>
    </message>
    <message>
        <source>Choose your answer. You confirm it with your PIN. You can vote once.</source>
        <translation>Choose your answer. You confirm it with your PIN. You can vote once.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the polls</source>
        <translation>Back to the polls</translation>
    </message>
</context>
</TS>
