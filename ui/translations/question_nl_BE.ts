<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>QuestionDetailScreen</name>
    <message>
        <source>Your question</source>
        <translation>Uw vraag</translation>
    </message>
    <message>
        <source>Add information</source>
        <translation>Informatie toevoegen</translation>
    </message>
    <message>
        <source>The municipality answered.</source>
        <translation>De gemeente heeft geantwoord.</translation>
    </message>
    <message>
        <source>No answer yet. You will get one before {day}.</source>
        <translation>Nog geen antwoord. U krijgt een antwoord vóór {day}.</translation>
    </message>
</context>
<context>
    <name>QuestionDoneScreen</name>
    <message>
        <source>Thank you. Your information was added.</source>
        <translation>Dank u. Uw informatie is toegevoegd.</translation>
    </message>
    <message>
        <source>Thank you. Your question was sent.</source>
        <translation>Dank u. Uw vraag is verstuurd.</translation>
    </message>
    <message>
        <source>Your question number:</source>
        <translation>Het nummer van uw vraag:</translation>
    </message>
    <message>
        <source>The answer is shown here the next time you insert your identity card.</source>
        <translation>U ziet het antwoord hier wanneer u de volgende keer uw identiteitskaart insteekt.</translation>
    </message>
    <message>
        <source>Write this number down. With it you can read the answer at any kiosk.</source>
        <translation>Schrijf dit nummer op. Daarmee leest u het antwoord aan elke zuil.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>QuestionFlow</name>
    <message>
        <source>An answer to your question</source>
        <translation>Antwoord op uw vraag</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please call staff.</source>
        <translation>Sorry, dat is niet gelukt. Roep een medewerker.</translation>
    </message>
</context>
<context>
    <name>QuestionListScreen</name>
    <message>
        <source>Your questions</source>
        <translation>Uw vragen</translation>
    </message>
    <message>
        <source>You have no questions yet.</source>
        <translation>U hebt nog geen vragen gesteld.</translation>
    </message>
</context>
<context>
    <name>QuestionStartScreen</name>
    <message>
        <source>Ask a question</source>
        <translation>Een vraag stellen</translation>
    </message>
    <message>
        <source>The municipality answers within 30 days.</source>
        <translation>De gemeente antwoordt binnen 30 dagen.</translation>
    </message>
    <message>
        <source>Ask a new question</source>
        <translation>Een nieuwe vraag stellen</translation>
    </message>
    <message>
        <source>My questions and answers</source>
        <translation>Mijn vragen en antwoorden</translation>
    </message>
    <message>
        <source>Look up a question</source>
        <translation>Een vraag opzoeken</translation>
    </message>
</context>
<context>
    <name>QuestionSupplementScreen</name>
    <message>
        <source>Add information to your question</source>
        <translation>Informatie toevoegen aan uw vraag</translation>
    </message>
    <message>
        <source>Do not type your national number or bank details.</source>
        <translation>Typ geen rijksregisternummer of bankgegevens.</translation>
    </message>
    <message>
        <source>Extra information</source>
        <translation>Extra informatie</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
</context>
<context>
    <name>QuestionTextScreen</name>
    <message>
        <source>Type your question</source>
        <translation>Typ uw vraag</translation>
    </message>
    <message>
        <source>Do not type your national number or bank details.</source>
        <translation>Typ geen rijksregisternummer of bankgegevens.</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Uw vraag</translation>
    </message>
    <message>
        <source>Send question</source>
        <translation>Vraag versturen</translation>
    </message>
</context>
</TS>
