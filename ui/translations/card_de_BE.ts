<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>AttractNotice</name>
    <message>
        <source>Your card was taken out too early. Nothing was kept. Insert it again.</source>
        <translation>Ihre Karte wurde zu früh herausgenommen. Nichts wurde gespeichert. Stecken Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Please take your identity card out of the reader.</source>
        <translation>Bitte nehmen Sie Ihren Personalausweis aus dem Lesegerät.</translation>
    </message>
</context>
<context>
    <name>CardMessageScreen</name>
    <message>
        <source>Continue as a guest</source>
        <translation>Als Gast fortfahren</translation>
    </message>
    <message>
        <source>Services that need no identity card</source>
        <translation>Dienste ohne Personalausweis</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to your services</source>
        <translation>Zurück zu Ihren Diensten</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Personal rufen</translation>
    </message>
    <message>
        <source>A staff member comes to help</source>
        <translation>Eine Mitarbeiterin oder ein Mitarbeiter hilft Ihnen</translation>
    </message>
    <message>
        <source>This is not a Belgian identity card</source>
        <translation>Dies ist kein belgischer Personalausweis</translation>
    </message>
    <message>
        <source>Your card could not be checked</source>
        <translation>Ihre Karte konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Your identity card is not valid</source>
        <translation>Ihr Personalausweis ist nicht gültig</translation>
    </message>
    <message>
        <source>The kiosk can only read Belgian identity cards (eID). Please take your card out of the reader.</source>
        <translation>Der Kiosk kann nur belgische Personalausweise (eID) lesen. Bitte nehmen Sie Ihre Karte aus dem Lesegerät.</translation>
    </message>
    <message>
        <source>The data on your card could not be confirmed as genuine. It may be damaged. Please take your card out of the reader; a staff member can help you at the counter.</source>
        <translation>Die Daten auf Ihrer Karte konnten nicht als echt bestätigt werden. Vielleicht ist sie beschädigt. Bitte nehmen Sie Ihre Karte aus dem Lesegerät; am Schalter hilft man Ihnen weiter.</translation>
    </message>
    <message>
        <source>Your card has expired or is not valid yet. Please take your card out of the reader; you can ask for a new card at the counter.</source>
        <translation>Ihre Karte ist abgelaufen oder noch nicht gültig. Bitte nehmen Sie Ihre Karte aus dem Lesegerät; am Schalter können Sie eine neue Karte beantragen.</translation>
    </message>
    <message>
        <source>Your card could not be read</source>
        <translation>Ihre Karte konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Take your card out and put it in again, with the chip first. If it still does not work, a staff member can help you.</source>
        <translation>Nehmen Sie Ihre Karte heraus und stecken Sie sie erneut ein, mit dem Chip zuerst. Wenn es immer noch nicht klappt, hilft Ihnen eine Mitarbeiterin oder ein Mitarbeiter.</translation>
    </message>
    <message>
        <source>Renew your identity card</source>
        <translation>Personalausweis erneuern</translation>
    </message>
    <message>
        <source>Appointments cannot be booked at this kiosk yet. Please ask at the counter to renew your card.</source>
        <translation>An diesem Kiosk können noch keine Termine gebucht werden. Fragen Sie am Schalter nach, um Ihre Karte zu erneuern.</translation>
    </message>
    <message>
        <source>Your request was sent</source>
        <translation>Ihre Anfrage wurde gesendet</translation>
    </message>
    <message>
        <source>Someone from the municipality will contact you to plan a visit at home.</source>
        <translation>Jemand von der Gemeinde meldet sich bei Ihnen, um einen Hausbesuch zu planen.</translation>
    </message>
    <message>
        <source>Your request could not be saved</source>
        <translation>Ihre Anfrage konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Please try again later, or ask a staff member.</source>
        <translation>Bitte versuchen Sie es später noch einmal oder fragen Sie das Personal.</translation>
    </message>
</context>
<context>
    <name>OfferButton</name>
    <message>
        <source>Renew your eID</source>
        <translation>eID erneuern</translation>
    </message>
    <message>
        <source>Your card expires within three months</source>
        <translation>Ihre Karte läuft innerhalb von drei Monaten ab</translation>
    </message>
    <message>
        <source>Ask for a home visit</source>
        <translation>Hausbesuch anfragen</translation>
    </message>
    <message>
        <source>Someone from the municipality comes to help you at home</source>
        <translation>Jemand von der Gemeinde hilft Ihnen zu Hause</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>{count} digits typed</source>
        <translation>{count} Ziffern eingegeben</translation>
    </message>
    <message>
        <source>Type your PIN code</source>
        <translation>Geben Sie Ihren PIN-Code ein</translation>
    </message>
    <message>
        <source>Your identity card's PIN code.</source>
        <translation>Der PIN-Code Ihres Personalausweises.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the last digit</source>
        <translation>Die letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check the PIN code</source>
        <translation>Den PIN-Code prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Go back without the PIN</source>
        <translation>Ohne PIN zurückgehen</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Personal rufen</translation>
    </message>
    <message>
        <source>Your PIN code is blocked</source>
        <translation>Ihr PIN-Code ist gesperrt</translation>
    </message>
    <message>
        <source>The card was given a wrong PIN code too often. The counter can unblock it for you. Please ask a staff member.</source>
        <translation>Es wurde zu oft ein falscher PIN-Code eingegeben. Am Schalter kann Ihre Karte entsperrt werden. Bitte fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>Checking your PIN code...</source>
        <translation>Ihr PIN-Code wird geprüft...</translation>
    </message>
    <message>
        <source>Wrong PIN code. Tries left: {tries}.</source>
        <translation>Falscher PIN-Code. Verbleibende Versuche: {tries}.</translation>
    </message>
    <message>
        <source>Tries left: {tries}.</source>
        <translation>Verbleibende Versuche: {tries}.</translation>
    </message>
    <message>
        <source>Type 4 to 12 digits, then press OK.</source>
        <translation>Geben Sie 4 bis 12 Ziffern ein und drücken Sie dann OK.</translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Reading your identity card...</source>
        <translation>Ihr Personalausweis wird gelesen...</translation>
    </message>
    <message>
        <source>Please leave your card in the reader.</source>
        <translation>Bitte lassen Sie Ihre Karte im Lesegerät.</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Schritt {step} von {steps}</translation>
    </message>
</context>
</TS>
