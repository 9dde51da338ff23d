<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>MeldingAddressScreen</name>
    <message>
        <source>Where is the problem?</source>
        <translation>Waar is het probleem?</translation>
    </message>
    <message>
        <source>Type the street and house number, for example: Kerkstraat 12</source>
        <translation>Typ de straat en het huisnummer, bijvoorbeeld: Kerkstraat 12</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>No address found. Check the street name, or type only the street.</source>
        <translation>Geen adres gevonden. Kijk de straatnaam na, of typ alleen de straat.</translation>
    </message>
</context>
<context>
    <name>MeldingCameraPhotoScreen</name>
    <message>
        <source>Is the problem clearly visible?</source>
        <translation>Is het probleem goed te zien?</translation>
    </message>
    <message>
        <source>Press Use this photo. Or press Take another to take the photo again.</source>
        <translation>Druk op Deze foto gebruiken. Of druk op Opnieuw om de foto opnieuw te maken.</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>Uw foto</translation>
    </message>
    <message>
        <source>Take another</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Deze foto gebruiken</translation>
    </message>
</context>
<context>
    <name>MeldingCameraScreen</name>
    <message>
        <source>Take a photo</source>
        <translation>Een foto maken</translation>
    </message>
    <message>
        <source>Point the camera at the problem. Then press the button Take photo.</source>
        <translation>Richt de camera op het probleem. Druk dan op de knop Foto maken.</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Camerabeeld</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Even geduld…</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Foto maken</translation>
    </message>
</context>
<context>
    <name>MeldingCategoryScreen</name>
    <message>
        <source>What is the problem about?</source>
        <translation>Waarover gaat het probleem?</translation>
    </message>
    <message>
        <source>Reporting a problem is not possible at this kiosk right now. Please ask at the counter or call staff.</source>
        <translation>Een probleem melden kan nu niet aan deze zuil. Vraag het aan het loket of roep een medewerker.</translation>
    </message>
    <message>
        <source>More choices</source>
        <translation>Meer keuzes</translation>
    </message>
</context>
<context>
    <name>MeldingConfirmScreen</name>
    <message>
        <source>Is this correct?</source>
        <translation>Klopt dit?</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Melding versturen</translation>
    </message>
</context>
<context>
    <name>MeldingDescriptionScreen</name>
    <message>
        <source>Describe the problem</source>
        <translation>Beschrijf het probleem</translation>
    </message>
    <message>
        <source>This is optional. For example: the lamp in front of number 12 has been out for a week.</source>
        <translation>Dit hoeft niet. Bijvoorbeeld: de lamp voor nummer 12 brandt al een week niet.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
</context>
<context>
    <name>MeldingDoneScreen</name>
    <message>
        <source>Thank you. Your report was received.</source>
        <translation>Dank u. Uw melding is ontvangen.</translation>
    </message>
    <message>
        <source>Your reference number:</source>
        <translation>Uw referentienummer:</translation>
    </message>
    <message>
        <source>Write this number down. With it you can follow your report at any kiosk. It will be sent to the municipality as soon as this kiosk is connected.</source>
        <translation>Schrijf dit nummer op. Daarmee volgt u uw melding aan elke zuil. Ze gaat naar de gemeente zodra deze zuil verbinding heeft.</translation>
    </message>
    <message>
        <source>Write this number down. With it you can follow your report at any kiosk.</source>
        <translation>Schrijf dit nummer op. Daarmee volgt u uw melding aan elke zuil.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>MeldingFlow</name>
    <message>
        <source>A photo taken with the camera</source>
        <translation>Een foto gemaakt met de camera</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please call staff.</source>
        <translation>Sorry, dat is niet gelukt. Roep een medewerker.</translation>
    </message>
</context>
<context>
    <name>MeldingFollow</name>
    <message>
        <source>This is not a reference number. Please check it.</source>
        <translation>Dit is geen referentienummer. Kijk het na.</translation>
    </message>
    <message>
        <source>This number cannot be looked up now. Please try again later.</source>
        <translation>Dit nummer kan nu niet opgezocht worden. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>No report or question with this number was found.</source>
        <translation>Er is geen melding of vraag met dit nummer gevonden.</translation>
    </message>
</context>
<context>
    <name>MeldingPhotoScreen</name>
    <message>
        <source>Add a photo?</source>
        <translation>Een foto toevoegen?</translation>
    </message>
    <message>
        <source>The camera does not work at the moment. You can continue without a photo.</source>
        <translation>De camera werkt op dit moment niet. U kunt verdergaan zonder foto.</translation>
    </message>
    <message>
        <source>Choose a photo from your USB stick, or take one with the camera. This is optional.</source>
        <translation>Kies een foto van uw USB-stick, of maak er een met de camera. Dit hoeft niet.</translation>
    </message>
    <message>
        <source>Choose a photo from your USB stick. This is optional.</source>
        <translation>Kies een foto van uw USB-stick. Dit hoeft niet.</translation>
    </message>
    <message>
        <source>Take a photo with the camera, or insert a USB stick with a photo. This is optional.</source>
        <translation>Maak een foto met de camera, of steek een USB-stick met een foto in. Dit hoeft niet.</translation>
    </message>
    <message>
        <source>No photo found. Insert a USB stick with a photo, or continue without a photo.</source>
        <translation>Geen foto gevonden. Steek een USB-stick met een foto in, of ga verder zonder foto.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Een foto maken</translation>
    </message>
    <message>
        <source>Continue without a photo</source>
        <translation>Verder zonder foto</translation>
    </message>
</context>
<context>
    <name>MeldingQuestionScreen</name>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Vraag {number} van {total}</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Uw antwoord</translation>
    </message>
    <message>
        <source>A question about the problem</source>
        <translation>Een vraag over het probleem</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Deze vraag overslaan</translation>
    </message>
</context>
<context>
    <name>MeldingStartScreen</name>
    <message>
        <source>Report a problem</source>
        <translation>Een probleem melden</translation>
    </message>
    <message>
        <source>A broken street light, litter, a pothole, noise.</source>
        <translation>Een kapotte straatlamp, zwerfvuil, een put in de weg, lawaai.</translation>
    </message>
    <message>
        <source>Report a new problem</source>
        <translation>Een nieuw probleem melden</translation>
    </message>
    <message>
        <source>Follow a report or question</source>
        <translation>Een melding of vraag opvolgen</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>Mijn meldingen</translation>
    </message>
</context>
<context>
    <name>MeldingStatus</name>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Assigned to a team</source>
        <translation>Doorgegeven aan een ploeg</translation>
    </message>
    <message>
        <source>Being looked into</source>
        <translation>In onderzoek</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Opnieuw ingediend</translation>
    </message>
    <message>
        <source>Not admissible</source>
        <translation>Onontvankelijk</translation>
    </message>
    <message>
        <source>Closed for good</source>
        <translation>Definitief gesloten</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Wacht op antwoord</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
</context>
<context>
    <name>MyMeldingenScreen</name>
    <message>
        <source>{reference} ({category}): {status}</source>
        <translation>{reference} ({category}): {status}</translation>
    </message>
    <message>
        <source>Your reports</source>
        <translation>Uw meldingen</translation>
    </message>
    <message>
        <source>You have no reports yet.</source>
        <translation>U hebt nog geen meldingen.</translation>
    </message>
</context>
<context>
    <name>ReferenceLookupScreen</name>
    <message>
        <source>Report {reference}</source>
        <translation>Melding {reference}</translation>
    </message>
    <message>
        <source>About: {category}</source>
        <translation>Over: {category}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Stand van zaken: {status}</translation>
    </message>
    <message>
        <source>Last change: {day}</source>
        <translation>Laatst gewijzigd: {day}</translation>
    </message>
    <message>
        <source>Your question: {text}</source>
        <translation>Uw vraag: {text}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Antwoord: {answer}</translation>
    </message>
    <message>
        <source>No answer yet. You will get one within 30 days.</source>
        <translation>Nog geen antwoord. U krijgt een antwoord binnen 30 dagen.</translation>
    </message>
    <message>
        <source>Follow a report or question</source>
        <translation>Een melding of vraag opvolgen</translation>
    </message>
    <message>
        <source>Type the number you were given, for example M-7K3Q-9F2A.</source>
        <translation>Typ het nummer dat u kreeg, bijvoorbeeld M-7K3Q-9F2A.</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Referentienummer</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Opzoeken</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
</TS>
