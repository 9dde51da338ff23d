<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QuestionDetailScreen</name>
    <message>
        <source>Your question</source>
        <translation>Your question</translation>
    </message>
    <message>
        <source>Add information</source>
        <translation>Add information</translation>
    </message>
    <message>
        <source>The municipality answered.</source>
        <translation>The municipality answered.</translation>
    </message>
    <message>
        <source>No answer yet. You will get one before {day}.</source>
        <translation>No answer yet. You will get one before {day}.</translation>
    </message>
</context>
<context>
    <name>QuestionDoneScreen</name>
    <message>
        <source>Thank you. Your information was added.</source>
        <translation>Thank you. Your information was added.</translation>
    </message>
    <message>
        <source>Thank you. Your question was sent.</source>
        <translation>Thank you. Your question was sent.</translation>
    </message>
    <message>
        <source>Your question number:</source>
        <translation>Your question number:</translation>
    </message>
    <message>
        <source>The answer is shown here the next time you insert your identity card.</source>
        <translation>The answer is shown here the next time you insert your identity card.</translation>
    </message>
    <message>
        <source>Write this number down. With it you can read the answer at any kiosk.</source>
        <translation>Write this number down. With it you can read the answer at any kiosk.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>QuestionFlow</name>
    <message>
        <source>An answer to your question</source>
        <translation>An answer to your question</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please call staff.</source>
        <translation>Sorry, this did not work. Please call staff.</translation>
    </message>
</context>
<context>
    <name>QuestionListScreen</name>
    <message>
        <source>Your questions</source>
        <translation>Your questions</translation>
    </message>
    <message>
        <source>You have no questions yet.</source>
        <translation>You have no questions yet.</translation>
    </message>
</context>
<context>
    <name>QuestionStartScreen</name>
    <message>
        <source>Ask a question</source>
        <translation>Ask a question</translation>
    </message>
    <message>
        <source>The municipality answers within 30 days.</source>
        <translation>The municipality answers within 30 days.</translation>
    </message>
    <message>
        <source>Ask a new question</source>
        <translation>Ask a new question</translation>
    </message>
    <message>
        <source>My questions and answers</source>
        <translation>My questions and answers</translation>
    </message>
    <message>
        <source>Look up a question</source>
        <translation>Look up a question</translation>
    </message>
</context>
<context>
    <name>QuestionSupplementScreen</name>
    <message>
        <source>Add information to your question</source>
        <translation>Add information to your question</translation>
    </message>
    <message>
        <source>Do not type your national number or bank details.</source>
        <translation>Do not type your national number or bank details.</translation>
    </message>
    <message>
        <source>Extra information</source>
        <translation>Extra information</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>QuestionTextScreen</name>
    <message>
        <source>Type your question</source>
        <translation>Type your question</translation>
    </message>
    <message>
        <source>Do not type your national number or bank details.</source>
        <translation>Do not type your national number or bank details.</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Your question</translation>
    </message>
    <message>
        <source>Send question</source>
        <translation>Send question</translation>
    </message>
</context>
</TS>
