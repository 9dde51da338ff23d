<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>QuestionDetailScreen</name>
    <message>
        <source>Your question</source>
        <translation>Ihre Frage</translation>
    </message>
    <message>
        <source>Add information</source>
        <translation>Informationen hinzufügen</translation>
    </message>
    <message>
        <source>The municipality answered.</source>
        <translation>Die Gemeinde hat geantwortet.</translation>
    </message>
    <message>
        <source>No answer yet. You will get one before {day}.</source>
        <translation>Noch keine Antwort. Sie erhalten eine vor dem {day}.</translation>
    </message>
</context>
<context>
    <name>QuestionDoneScreen</name>
    <message>
        <source>Thank you. Your information was added.</source>
        <translation>Danke. Ihre Informationen wurden hinzugefügt.</translation>
    </message>
    <message>
        <source>Thank you. Your question was sent.</source>
        <translation>Danke. Ihre Frage wurde gesendet.</translation>
    </message>
    <message>
        <source>Your question number:</source>
        <translation>Die Nummer Ihrer Frage:</translation>
    </message>
    <message>
        <source>The answer is shown here the next time you insert your identity card.</source>
        <translation>Sie sehen die Antwort hier, wenn Sie das nächste Mal Ihren Personalausweis einstecken.</translation>
    </message>
    <message>
        <source>Write this number down. With it you can read the answer at any kiosk.</source>
        <translation>Schreiben Sie diese Nummer auf. Damit lesen Sie die Antwort an jedem Terminal.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>QuestionFlow</name>
    <message>
        <source>An answer to your question</source>
        <translation>Antwort auf Ihre Frage</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please call staff.</source>
        <translation>Das hat leider nicht geklappt. Rufen Sie bitte einen Mitarbeiter.</translation>
    </message>
</context>
<context>
    <name>QuestionListScreen</name>
    <message>
        <source>Your questions</source>
        <translation>Ihre Fragen</translation>
    </message>
    <message>
        <source>You have no questions yet.</source>
        <translation>Sie haben noch keine Fragen gestellt.</translation>
    </message>
</context>
<context>
    <name>QuestionStartScreen</name>
    <message>
        <source>Ask a question</source>
        <translation>Eine Frage stellen</translation>
    </message>
    <message>
        <source>The municipality answers within 30 days.</source>
        <translation>Die Gemeinde antwortet innerhalb von 30 Tagen.</translation>
    </message>
    <message>
        <source>Ask a new question</source>
        <translation>Eine neue Frage stellen</translation>
    </message>
    <message>
        <source>My questions and answers</source>
        <translation>Meine Fragen und Antworten</translation>
    </message>
    <message>
        <source>Look up a question</source>
        <translation>Eine Frage suchen</translation>
    </message>
</context>
<context>
    <name>QuestionSupplementScreen</name>
    <message>
        <source>Add information to your question</source>
        <translation>Informationen zu Ihrer Frage hinzufügen</translation>
    </message>
    <message>
        <source>Do not type your national number or bank details.</source>
        <translation>Geben Sie keine Nationalregisternummer und keine Bankdaten ein.</translation>
    </message>
    <message>
        <source>Extra information</source>
        <translation>Zusätzliche Informationen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>QuestionTextScreen</name>
    <message>
        <source>Type your question</source>
        <translation>Geben Sie Ihre Frage ein</translation>
    </message>
    <message>
        <source>Do not type your national number or bank details.</source>
        <translation>Geben Sie keine Nationalregisternummer und keine Bankdaten ein.</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Ihre Frage</translation>
    </message>
    <message>
        <source>Send question</source>
        <translation>Frage senden</translation>
    </message>
</context>
</TS>
