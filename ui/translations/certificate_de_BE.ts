<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>Certificate</name>
    <message>
        <source>to receive your certificate</source>
        <translation>um Ihre Bescheinigung zu erhalten</translation>
    </message>
    <message>
        <source>Proof of residence</source>
        <translation>Wohnsitzbescheinigung</translation>
    </message>
    <message>
        <source>Proof of residence with history</source>
        <translation>Wohnsitzbescheinigung mit Verlauf</translation>
    </message>
    <message>
        <source>Household composition</source>
        <translation>Haushaltszusammensetzung</translation>
    </message>
    <message>
        <source>Life certificate</source>
        <translation>Lebensbescheinigung</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Voter certificate</source>
        <translation>Wählerbescheinigung</translation>
    </message>
    <message>
        <source>Legal cohabitation</source>
        <translation>Gesetzliches Zusammenwohnen</translation>
    </message>
</context>
<context>
    <name>CertificateKindScreen</name>
    <message>
        <source>Which certificate do you need?</source>
        <translation>Welche Bescheinigung brauchen Sie?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Other certificates</source>
        <translation>Andere Bescheinigungen</translation>
    </message>
    <message>
        <source>Nationality, voter certificate, legal cohabitation</source>
        <translation>Staatsangehörigkeit, Wählerbescheinigung, gesetzliches Zusammenwohnen</translation>
    </message>
</context>
<context>
    <name>CertificateOptionsScreen</name>
    <message>
        <source>In which language?</source>
        <translation>In welcher Sprache?</translation>
    </message>
    <message>
        <source>With my previous addresses: yes</source>
        <translation>Mit meinen früheren Adressen: ja</translation>
    </message>
    <message>
        <source>With my previous addresses: no</source>
        <translation>Mit meinen früheren Adressen: nein</translation>
    </message>
    <message>
        <source>Press to change</source>
        <translation>Drücken zum Ändern</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Confirm with your PIN</source>
        <translation>Mit Ihrer PIN bestätigen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Choose another certificate</source>
        <translation>Eine andere Bescheinigung wählen</translation>
    </message>
</context>
<context>
    <name>CertificateResultScreen</name>
    <message>
        <source>Verification code: {code}</source>
        <translation>Prüfcode: {code}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print the certificate here</source>
        <translation>Die Bescheinigung hier drucken</translation>
    </message>
    <message>
        <source>Collect it at the town hall</source>
        <translation>Im Rathaus abholen</translation>
    </message>
    <message>
        <source>Send it by post</source>
        <translation>Per Post schicken</translation>
    </message>
    <message>
        <source>Back to my services</source>
        <translation>Zurück zu meinen Diensten</translation>
    </message>
    <message>
        <source>Preparing your certificate</source>
        <translation>Ihre Bescheinigung wird erstellt</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>Das dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>Your certificate is ready</source>
        <translation>Ihre Bescheinigung ist fertig</translation>
    </message>
    <message>
        <source>{title}, valid until {date}. Press Print to take it with you.</source>
        <translation>{title}, gültig bis {date}. Drücken Sie auf Drucken, um sie mitzunehmen.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Your certificate is being printed.</source>
        <translation>Ihre Bescheinigung wird gedruckt.</translation>
    </message>
    <message>
        <source>Your certificate is printed</source>
        <translation>Ihre Bescheinigung ist gedruckt</translation>
    </message>
    <message>
        <source>Take it from the printer ({printer}).</source>
        <translation>Nehmen Sie sie aus dem Drucker ({printer}).</translation>
    </message>
    <message>
        <source>No printer here</source>
        <translation>Hier gibt es keinen Drucker</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Your certificate was saved as a PDF file ({file}); staff can print it for you.</source>
        <translation>Dieser Kiosk hat keinen Drucker. Ihre Bescheinigung wurde als PDF-Datei gespeichert ({file}); das Personal kann sie für Sie drucken.</translation>
    </message>
    <message>
        <source>The certificate cannot be made right now</source>
        <translation>Die Bescheinigung kann jetzt nicht erstellt werden</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the municipality's register now. We keep your request. How would you like to receive the certificate?</source>
        <translation>Der Kiosk erreicht das Register der Gemeinde gerade nicht. Wir bewahren Ihren Antrag auf. Wie möchten Sie die Bescheinigung erhalten?</translation>
    </message>
    <message>
        <source>Saving your request</source>
        <translation>Ihr Antrag wird gespeichert</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>Einen Moment, bitte.</translation>
    </message>
    <message>
        <source>Your request is saved</source>
        <translation>Ihr Antrag ist gespeichert</translation>
    </message>
    <message>
        <source>Your certificate will be printed at the town hall counter. You can collect it there from {date}.</source>
        <translation>Ihre Bescheinigung wird am Schalter im Rathaus gedruckt. Sie können sie dort ab dem {date} abholen.</translation>
    </message>
    <message>
        <source>Your certificate will be posted to your home address. It should reach you by {date}.</source>
        <translation>Ihre Bescheinigung wird per Post an Ihre Adresse geschickt. Sie sollte Sie bis zum {date} erreichen.</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Keine Bescheinigung</translation>
    </message>
    <message>
        <source>The population register has no record of you. Please ask at the counter.</source>
        <translation>Das Bevölkerungsregister kennt Sie nicht. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>The register does not allow this certificate. Please ask at the counter.</source>
        <translation>Laut Register ist diese Bescheinigung nicht möglich. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>You are not on the voters' list of this municipality. Please ask at the counter.</source>
        <translation>Sie stehen nicht auf der Wählerliste dieser Gemeinde. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>The register holds no declaration of legal cohabitation for you.</source>
        <translation>Im Register gibt es für Sie keine Erklärung des gesetzlichen Zusammenwohnens.</translation>
    </message>
    <message>
        <source>Your request cannot be saved at this kiosk now. Please ask at the counter.</source>
        <translation>Ihr Antrag kann an diesem Kiosk jetzt nicht gespeichert werden. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>Printing did not work. Please call staff: they can print it for you.</source>
        <translation>Das Drucken hat nicht funktioniert. Rufen Sie das Personal: Es kann sie für Sie drucken.</translation>
    </message>
    <message>
        <source>This kiosk cannot issue certificates now. Please ask at the counter.</source>
        <translation>Dieser Kiosk kann jetzt keine Bescheinigungen ausstellen. Bitte fragen Sie am Schalter.</translation>
    </message>
</context>
</TS>
