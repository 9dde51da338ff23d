<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE" sourcelanguage="en">
<context>
    <name>AccessBar</name>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Mitarbeiter rufen</translation>
    </message>
    <message>
        <source>A staff member comes to help</source>
        <translation>Ein Mitarbeiter kommt Ihnen helfen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Choose another language</source>
        <translation>Eine andere Sprache wählen</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Read this screen again</source>
        <translation>Diesen Bildschirm noch einmal vorlesen</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome to {municipality}</source>
        <translation>Willkommen in {municipality}</translation>
    </message>
    <message>
        <source>Insert your identity card into the card reader.</source>
        <translation>Stecken Sie Ihren Personalausweis in das Lesegerät.</translation>
    </message>
    <message>
        <source>No identity card with you?</source>
        <translation>Keinen Personalausweis dabei?</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>Als Gast fortfahren</translation>
    </message>
    <message>
        <source>Services that need no identity card</source>
        <translation>Dienste, für die Sie keinen Personalausweis brauchen</translation>
    </message>
</context>
<context>
    <name>GuestHomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Without an identity card you can use these services.</source>
        <translation>Ohne Personalausweis können Sie diese Dienste nutzen.</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Ein Problem melden</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Eine Frage stellen</translation>
    </message>
    <message>
        <source>Take a queue ticket</source>
        <translation>Eine Wartenummer ziehen</translation>
    </message>
    <message>
        <source>A broken street light, litter, a pothole</source>
        <translation>Eine defekte Straßenlaterne, Müll, ein Schlagloch</translation>
    </message>
    <message>
        <source>A question to the municipality</source>
        <translation>Eine Frage an die Gemeinde</translation>
    </message>
    <message>
        <source>A number for the counter</source>
        <translation>Eine Nummer für den Schalter</translation>
    </message>
    <message>
        <source>These services are not available at this kiosk yet. Please ask at the counter or call staff.</source>
        <translation>Diese Dienste sind an diesem Terminal noch nicht verfügbar. Bitte fragen Sie am Schalter oder rufen Sie einen Mitarbeiter.</translation>
    </message>
    <message>
        <source>Not available at this kiosk yet: {services}. Please ask at the counter or call staff.</source>
        <translation>An diesem Terminal noch nicht verfügbar: {services}. Bitte fragen Sie am Schalter oder rufen Sie einen Mitarbeiter.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>End your visit and start over</source>
        <translation>Ihren Besuch beenden und neu beginnen</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>To protect your privacy, this visit ends in {seconds} seconds. Touch the screen or press a key to continue.</source>
        <translation>Zum Schutz Ihrer Privatsphäre endet dieser Besuch in {seconds} Sekunden. Berühren Sie den Bildschirm oder drücken Sie eine Taste, um fortzufahren.</translation>
    </message>
    <message>
        <source>{seconds} seconds left</source>
        <translation>noch {seconds} Sekunden</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Ich bin noch da</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <source>{button} (not available)</source>
        <translation>{button} (nicht verfügbar)</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Wählen Sie Ihre Sprache</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>StaffNotice</name>
    <message>
        <source>A staff member is on the way</source>
        <translation>Ein Mitarbeiter ist unterwegs</translation>
    </message>
    <message>
        <source>Please stay here. You do not need to do anything else.</source>
        <translation>Bitte bleiben Sie hier. Sie müssen sonst nichts tun.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <source>Temporarily out of service</source>
        <translation>Vorübergehend außer Betrieb</translation>
    </message>
    <message>
        <source>The keyring of this computer is locked or missing, so no data can be stored safely. Unlock the keyring, then try again.</source>
        <translation>Der Schlüsselbund dieses Computers ist gesperrt oder fehlt, daher können keine Daten sicher gespeichert werden. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The data storage cannot be used right now. Try again in a moment, or ask a staff member for help.</source>
        <translation>Der Datenspeicher ist gerade nicht verfügbar. Versuchen Sie es gleich noch einmal oder bitten Sie einen Mitarbeiter um Hilfe.</translation>
    </message>
    <message>
        <source>The data storage needs IT support. Please ask a staff member for help.</source>
        <translation>Der Datenspeicher braucht den IT-Support. Bitte bitten Sie einen Mitarbeiter um Hilfe.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
</TS>
