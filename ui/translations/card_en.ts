<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttractNotice</name>
    <message>
        <source>Your card was taken out too early. Nothing was kept. Insert it again.</source>
        <translation>Your card was taken out too early. Nothing was kept. Insert it again.</translation>
    </message>
    <message>
        <source>Please take your identity card out of the reader.</source>
        <translation>Please take your identity card out of the reader.</translation>
    </message>
</context>
<context>
    <name>CardMessageScreen</name>
    <message>
        <source>Continue as a guest</source>
        <translation>Continue as a guest</translation>
    </message>
    <message>
        <source>Services that need no identity card</source>
        <translation>Services that need no identity card</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to your services</source>
        <translation>Back to your services</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <source>A staff member comes to help</source>
        <translation>A staff member comes to help</translation>
    </message>
    <message>
        <source>This is not a Belgian identity card</source>
        <translation>This is not a Belgian identity card</translation>
    </message>
    <message>
        <source>Your card could not be checked</source>
        <translation>Your card could not be checked</translation>
    </message>
    <message>
        <source>Your identity card is not valid</source>
        <translation>Your identity card is not valid</translation>
    </message>
    <message>
        <source>The kiosk can only read Belgian identity cards (eID). Please take your card out of the reader.</source>
        <translation>The kiosk can only read Belgian identity cards (eID). Please take your card out of the reader.</translation>
    </message>
    <message>
        <source>The data on your card could not be confirmed as genuine. It may be damaged. Please take your card out of the reader; a staff member can help you at the counter.</source>
        <translation>The data on your card could not be confirmed as genuine. It may be damaged. Please take your card out of the reader; a staff member can help you at the counter.</translation>
    </message>
    <message>
        <source>Your card has expired or is not valid yet. Please take your card out of the reader; you can ask for a new card at the counter.</source>
        <translation>Your card has expired or is not valid yet. Please take your card out of the reader; you can ask for a new card at the counter.</translation>
    </message>
    <message>
        <source>Your card could not be read</source>
        <translation>Your card could not be read</translation>
    </message>
    <message>
        <source>Take your card out and put it in again, with the chip first. If it still does not work, a staff member can help you.</source>
        <translation>Take your card out and put it in again, with the chip first. If it still does not work, a staff member can help you.</translation>
    </message>
    <message>
        <source>Renew your identity card</source>
        <translation>Renew your identity card</translation>
    </message>
    <message>
        <source>Appointments cannot be booked at this kiosk yet. Please ask at the counter to renew your card.</source>
        <translation>Appointments cannot be booked at this kiosk yet. Please ask at the counter to renew your card.</translation>
    </message>
    <message>
        <source>Your request was sent</source>
        <translation>Your request was sent</translation>
    </message>
    <message>
        <source>Someone from the municipality will contact you to plan a visit at home.</source>
        <translation>Someone from the municipality will contact you to plan a visit at home.</translation>
    </message>
    <message>
        <source>Your request could not be saved</source>
        <translation>Your request could not be saved</translation>
    </message>
    <message>
        <source>Please try again later, or ask a staff member.</source>
        <translation>Please try again later, or ask a staff member.</translation>
    </message>
</context>
<context>
    <name>OfferButton</name>
    <message>
        <source>Renew your eID</source>
        <translation>Renew your eID</translation>
    </message>
    <message>
        <source>Your card expires within three months</source>
        <translation>Your card expires within three months</translation>
    </message>
    <message>
        <source>Ask for a home visit</source>
        <translation>Ask for a home visit</translation>
    </message>
    <message>
        <source>Someone from the municipality comes to help you at home</source>
        <translation>Someone from the municipality comes to help you at home</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>{count} digits typed</source>
        <translation>{count} digits typed</translation>
    </message>
    <message>
        <source>Type your PIN code</source>
        <translation>Type your PIN code</translation>
    </message>
    <message>
        <source>Your identity card's PIN code.</source>
        <translation>Your identity card's PIN code.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Remove the last digit</source>
        <translation>Remove the last digit</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check the PIN code</source>
        <translation>Check the PIN code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Go back without the PIN</source>
        <translation>Go back without the PIN</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <source>Your PIN code is blocked</source>
        <translation>Your PIN code is blocked</translation>
    </message>
    <message>
        <source>The card was given a wrong PIN code too often. The counter can unblock it for you. Please ask a staff member.</source>
        <translation>The card was given a wrong PIN code too often. The counter can unblock it for you. Please ask a staff member.</translation>
    </message>
    <message>
        <source>Checking your PIN code...</source>
        <translation>Checking your PIN code...</translation>
    </message>
    <message>
        <source>Wrong PIN code. Tries left: {tries}.</source>
        <translation>Wrong PIN code. Tries left: {tries}.</translation>
    </message>
    <message>
        <source>Tries left: {tries}.</source>
        <translation>Tries left: {tries}.</translation>
    </message>
    <message>
        <source>Type 4 to 12 digits, then press OK.</source>
        <translation>Type 4 to 12 digits, then press OK.</translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Reading your identity card...</source>
        <translation>Reading your identity card...</translation>
    </message>
    <message>
        <source>Please leave your card in the reader.</source>
        <translation>Please leave your card in the reader.</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Step {step} of {steps}</translation>
    </message>
</context>
</TS>
