<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>MeldingAddressScreen</name>
    <message>
        <source>Where is the problem?</source>
        <translation>Wo ist das Problem?</translation>
    </message>
    <message>
        <source>Type the street and house number, for example: Kerkstraat 12</source>
        <translation>Geben Sie Straße und Hausnummer ein, zum Beispiel: Kerkstraat 12</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>No address found. Check the street name, or type only the street.</source>
        <translation>Keine Adresse gefunden. Prüfen Sie den Straßennamen oder geben Sie nur die Straße ein.</translation>
    </message>
</context>
<context>
    <name>MeldingCameraPhotoScreen</name>
    <message>
        <source>Is the problem clearly visible?</source>
        <translation>Ist das Problem gut zu sehen?</translation>
    </message>
    <message>
        <source>Press Use this photo. Or press Take another to take the photo again.</source>
        <translation>Drücken Sie auf Dieses Foto verwenden. Oder drücken Sie auf Neu aufnehmen, um das Foto noch einmal zu machen.</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>Ihr Foto</translation>
    </message>
    <message>
        <source>Take another</source>
        <translation>Neu aufnehmen</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Dieses Foto verwenden</translation>
    </message>
</context>
<context>
    <name>MeldingCameraScreen</name>
    <message>
        <source>Take a photo</source>
        <translation>Ein Foto machen</translation>
    </message>
    <message>
        <source>Point the camera at the problem. Then press the button Take photo.</source>
        <translation>Richten Sie die Kamera auf das Problem. Drücken Sie dann auf die Taste Foto machen.</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Einen Moment…</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Foto machen</translation>
    </message>
</context>
<context>
    <name>MeldingCategoryScreen</name>
    <message>
        <source>What is the problem about?</source>
        <translation>Worum geht es?</translation>
    </message>
    <message>
        <source>Reporting a problem is not possible at this kiosk right now. Please ask at the counter or call staff.</source>
        <translation>Ein Problem melden ist an diesem Terminal gerade nicht möglich. Fragen Sie am Schalter oder rufen Sie einen Mitarbeiter.</translation>
    </message>
    <message>
        <source>More choices</source>
        <translation>Weitere Möglichkeiten</translation>
    </message>
</context>
<context>
    <name>MeldingConfirmScreen</name>
    <message>
        <source>Is this correct?</source>
        <translation>Stimmt das?</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Meldung senden</translation>
    </message>
</context>
<context>
    <name>MeldingDescriptionScreen</name>
    <message>
        <source>Describe the problem</source>
        <translation>Beschreiben Sie das Problem</translation>
    </message>
    <message>
        <source>This is optional. For example: the lamp in front of number 12 has been out for a week.</source>
        <translation>Das ist freiwillig. Zum Beispiel: Die Lampe vor Nummer 12 brennt seit einer Woche nicht.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>MeldingDoneScreen</name>
    <message>
        <source>Thank you. Your report was received.</source>
        <translation>Danke. Ihre Meldung ist eingegangen.</translation>
    </message>
    <message>
        <source>Your reference number:</source>
        <translation>Ihre Referenznummer:</translation>
    </message>
    <message>
        <source>Write this number down. With it you can follow your report at any kiosk. It will be sent to the municipality as soon as this kiosk is connected.</source>
        <translation>Schreiben Sie diese Nummer auf. Damit verfolgen Sie Ihre Meldung an jedem Terminal. Sie geht an die Gemeinde, sobald dieses Terminal verbunden ist.</translation>
    </message>
    <message>
        <source>Write this number down. With it you can follow your report at any kiosk.</source>
        <translation>Schreiben Sie diese Nummer auf. Damit verfolgen Sie Ihre Meldung an jedem Terminal.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>MeldingFlow</name>
    <message>
        <source>A photo taken with the camera</source>
        <translation>Ein mit der Kamera gemachtes Foto</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please call staff.</source>
        <translation>Das hat leider nicht geklappt. Rufen Sie bitte einen Mitarbeiter.</translation>
    </message>
</context>
<context>
    <name>MeldingFollow</name>
    <message>
        <source>This is not a reference number. Please check it.</source>
        <translation>Das ist keine Referenznummer. Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <source>This number cannot be looked up now. Please try again later.</source>
        <translation>Diese Nummer kann gerade nicht gesucht werden. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>No report or question with this number was found.</source>
        <translation>Keine Meldung oder Frage mit dieser Nummer gefunden.</translation>
    </message>
</context>
<context>
    <name>MeldingPhotoScreen</name>
    <message>
        <source>Add a photo?</source>
        <translation>Ein Foto hinzufügen?</translation>
    </message>
    <message>
        <source>The camera does not work at the moment. You can continue without a photo.</source>
        <translation>Die Kamera funktioniert im Moment nicht. Sie können ohne Foto weitermachen.</translation>
    </message>
    <message>
        <source>Choose a photo from your USB stick, or take one with the camera. This is optional.</source>
        <translation>Wählen Sie ein Foto von Ihrem USB-Stick oder machen Sie eines mit der Kamera. Das ist freiwillig.</translation>
    </message>
    <message>
        <source>Choose a photo from your USB stick. This is optional.</source>
        <translation>Wählen Sie ein Foto von Ihrem USB-Stick. Das ist freiwillig.</translation>
    </message>
    <message>
        <source>Take a photo with the camera, or insert a USB stick with a photo. This is optional.</source>
        <translation>Machen Sie ein Foto mit der Kamera oder stecken Sie einen USB-Stick mit einem Foto ein. Das ist freiwillig.</translation>
    </message>
    <message>
        <source>No photo found. Insert a USB stick with a photo, or continue without a photo.</source>
        <translation>Kein Foto gefunden. Stecken Sie einen USB-Stick mit einem Foto ein oder machen Sie ohne Foto weiter.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Ein Foto machen</translation>
    </message>
    <message>
        <source>Continue without a photo</source>
        <translation>Ohne Foto weiter</translation>
    </message>
</context>
<context>
    <name>MeldingQuestionScreen</name>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Frage {number} von {total}</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>A question about the problem</source>
        <translation>Eine Frage zum Problem</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Frage überspringen</translation>
    </message>
</context>
<context>
    <name>MeldingStartScreen</name>
    <message>
        <source>Report a problem</source>
        <translation>Ein Problem melden</translation>
    </message>
    <message>
        <source>A broken street light, litter, a pothole, noise.</source>
        <translation>Eine kaputte Straßenlampe, Müll, ein Schlagloch, Lärm.</translation>
    </message>
    <message>
        <source>Report a new problem</source>
        <translation>Ein neues Problem melden</translation>
    </message>
    <message>
        <source>Follow a report or question</source>
        <translation>Meldung oder Frage verfolgen</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>Meine Meldungen</translation>
    </message>
</context>
<context>
    <name>MeldingStatus</name>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Assigned to a team</source>
        <translation>An ein Team übergeben</translation>
    </message>
    <message>
        <source>Being looked into</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Erneut eingereicht</translation>
    </message>
    <message>
        <source>Not admissible</source>
        <translation>Unzulässig</translation>
    </message>
    <message>
        <source>Closed for good</source>
        <translation>Endgültig abgeschlossen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Wartet auf Antwort</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
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
        <translation>Ihre Meldungen</translation>
    </message>
    <message>
        <source>You have no reports yet.</source>
        <translation>Sie haben noch keine Meldungen.</translation>
    </message>
</context>
<context>
    <name>ReferenceLookupScreen</name>
    <message>
        <source>Report {reference}</source>
        <translation>Meldung {reference}</translation>
    </message>
    <message>
        <source>About: {category}</source>
        <translation>Thema: {category}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Stand: {status}</translation>
    </message>
    <message>
        <source>Last change: {day}</source>
        <translation>Zuletzt geändert: {day}</translation>
    </message>
    <message>
        <source>Your question: {text}</source>
        <translation>Ihre Frage: {text}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Antwort: {answer}</translation>
    </message>
    <message>
        <source>No answer yet. You will get one within 30 days.</source>
        <translation>Noch keine Antwort. Sie erhalten innerhalb von 30 Tagen eine Antwort.</translation>
    </message>
    <message>
        <source>Follow a report or question</source>
        <translation>Meldung oder Frage verfolgen</translation>
    </message>
    <message>
        <source>Type the number you were given, for example M-7K3Q-9F2A.</source>
        <translation>Geben Sie die erhaltene Nummer ein, zum Beispiel M-7K3Q-9F2A.</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Referenznummer</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
</TS>
