<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AttractNotice</name>
    <message>
        <source>Your card was taken out too early. Nothing was kept. Insert it again.</source>
        <translation>Uw kaart werd te vroeg uitgenomen. Er werd niets bewaard. Steek ze opnieuw in.</translation>
    </message>
    <message>
        <source>Please take your identity card out of the reader.</source>
        <translation>Neem uw identiteitskaart uit de kaartlezer.</translation>
    </message>
</context>
<context>
    <name>CardMessageScreen</name>
    <message>
        <source>Continue as a guest</source>
        <translation>Verder als gast</translation>
    </message>
    <message>
        <source>Services that need no identity card</source>
        <translation>Diensten zonder identiteitskaart</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to your services</source>
        <translation>Terug naar uw diensten</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Medewerker roepen</translation>
    </message>
    <message>
        <source>A staff member comes to help</source>
        <translation>Een medewerker komt u helpen</translation>
    </message>
    <message>
        <source>This is not a Belgian identity card</source>
        <translation>Dit is geen Belgische identiteitskaart</translation>
    </message>
    <message>
        <source>Your card could not be checked</source>
        <translation>Uw kaart kon niet gecontroleerd worden</translation>
    </message>
    <message>
        <source>Your identity card is not valid</source>
        <translation>Uw identiteitskaart is niet geldig</translation>
    </message>
    <message>
        <source>The kiosk can only read Belgian identity cards (eID). Please take your card out of the reader.</source>
        <translation>De kiosk kan alleen Belgische identiteitskaarten (eID) lezen. Neem uw kaart uit de kaartlezer.</translation>
    </message>
    <message>
        <source>The data on your card could not be confirmed as genuine. It may be damaged. Please take your card out of the reader; a staff member can help you at the counter.</source>
        <translation>We konden niet bevestigen dat de gegevens op uw kaart echt zijn. Misschien is de kaart beschadigd. Neem uw kaart uit de kaartlezer; een medewerker aan het loket helpt u verder.</translation>
    </message>
    <message>
        <source>Your card has expired or is not valid yet. Please take your card out of the reader; you can ask for a new card at the counter.</source>
        <translation>Uw kaart is vervallen of nog niet geldig. Neem uw kaart uit de kaartlezer; u kunt aan het loket een nieuwe kaart aanvragen.</translation>
    </message>
    <message>
        <source>Your card could not be read</source>
        <translation>Uw kaart kon niet gelezen worden</translation>
    </message>
    <message>
        <source>Take your card out and put it in again, with the chip first. If it still does not work, a staff member can help you.</source>
        <translation>Neem uw kaart uit en steek ze opnieuw in, met de chip eerst. Lukt het nog altijd niet, dan helpt een medewerker u.</translation>
    </message>
    <message>
        <source>Renew your identity card</source>
        <translation>Uw identiteitskaart vernieuwen</translation>
    </message>
    <message>
        <source>Appointments cannot be booked at this kiosk yet. Please ask at the counter to renew your card.</source>
        <translation>Afspraken maken kan nog niet aan deze kiosk. Vraag aan het loket om uw kaart te vernieuwen.</translation>
    </message>
    <message>
        <source>Your request was sent</source>
        <translation>Uw aanvraag is verstuurd</translation>
    </message>
    <message>
        <source>Someone from the municipality will contact you to plan a visit at home.</source>
        <translation>Iemand van de gemeente neemt contact met u op om een huisbezoek te plannen.</translation>
    </message>
    <message>
        <source>Your request could not be saved</source>
        <translation>Uw aanvraag kon niet bewaard worden</translation>
    </message>
    <message>
        <source>Please try again later, or ask a staff member.</source>
        <translation>Probeer het later opnieuw, of vraag het aan een medewerker.</translation>
    </message>
</context>
<context>
    <name>OfferButton</name>
    <message>
        <source>Renew your eID</source>
        <translation>eID vernieuwen</translation>
    </message>
    <message>
        <source>Your card expires within three months</source>
        <translation>Uw kaart vervalt binnen drie maanden</translation>
    </message>
    <message>
        <source>Ask for a home visit</source>
        <translation>Huisbezoek vragen</translation>
    </message>
    <message>
        <source>Someone from the municipality comes to help you at home</source>
        <translation>Iemand van de gemeente komt u thuis helpen</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>{count} digits typed</source>
        <translation>{count} cijfers getypt</translation>
    </message>
    <message>
        <source>Type your PIN code</source>
        <translation>Typ uw pincode</translation>
    </message>
    <message>
        <source>Your identity card's PIN code.</source>
        <translation>De pincode van uw identiteitskaart.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Remove the last digit</source>
        <translation>Het laatste cijfer wissen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check the PIN code</source>
        <translation>De pincode controleren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Go back without the PIN</source>
        <translation>Teruggaan zonder pincode</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Medewerker roepen</translation>
    </message>
    <message>
        <source>Your PIN code is blocked</source>
        <translation>Uw pincode is geblokkeerd</translation>
    </message>
    <message>
        <source>The card was given a wrong PIN code too often. The counter can unblock it for you. Please ask a staff member.</source>
        <translation>Er werd te vaak een foute pincode ingegeven. Aan het loket kunnen we uw kaart deblokkeren. Vraag het aan een medewerker.</translation>
    </message>
    <message>
        <source>Checking your PIN code...</source>
        <translation>Uw pincode wordt gecontroleerd...</translation>
    </message>
    <message>
        <source>Wrong PIN code. Tries left: {tries}.</source>
        <translation>Foute pincode. U kunt nog {tries} keer proberen.</translation>
    </message>
    <message>
        <source>Tries left: {tries}.</source>
        <translation>U kunt nog {tries} keer proberen.</translation>
    </message>
    <message>
        <source>Type 4 to 12 digits, then press OK.</source>
        <translation>Typ 4 tot 12 cijfers en druk dan op OK.</translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Reading your identity card...</source>
        <translation>Uw identiteitskaart wordt gelezen...</translation>
    </message>
    <message>
        <source>Please leave your card in the reader.</source>
        <translation>Laat uw kaart in de kaartlezer zitten.</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Stap {step} van {steps}</translation>
    </message>
</context>
</TS>
