<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>BookingCodeScreen</name>
    <message>
        <source>Check in for your appointment</source>
        <translation>Inchecken voor uw afspraak</translation>
    </message>
    <message>
        <source>Type the booking code of your appointment (6 letters and digits).</source>
        <translation>Typ de boekingscode van uw afspraak (6 letters en cijfers).</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Boekingscode</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Inchecken</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>CounterService</name>
    <message>
        <source>Population and address</source>
        <translation>Bevolking en adres</translation>
    </message>
    <message>
        <source>Identity cards and passports</source>
        <translation>Identiteitskaarten en paspoorten</translation>
    </message>
    <message>
        <source>Civil status</source>
        <translation>Burgerlijke stand</translation>
    </message>
    <message>
        <source>Building permits</source>
        <translation>Bouwvergunningen</translation>
    </message>
</context>
<context>
    <name>ServiceChoiceScreen</name>
    <message>
        <source>Take a queue ticket</source>
        <translation>Een volgnummer nemen</translation>
    </message>
    <message>
        <source>Which counter do you need?</source>
        <translation>Welk loket hebt u nodig?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>Ik heb een afspraak</translation>
    </message>
    <message>
        <source>Check in with the booking code of your appointment</source>
        <translation>Inchecken met de boekingscode van uw afspraak</translation>
    </message>
</context>
<context>
    <name>TicketFlow</name>
    <message>
        <source>That is not a booking code. It has 6 letters and digits.</source>
        <translation>Dat is geen boekingscode. Een code heeft 6 letters en cijfers.</translation>
    </message>
    <message>
        <source>Checking your booking code...</source>
        <translation>Uw boekingscode wordt nagekeken...</translation>
    </message>
    <message>
        <source>No appointment has this booking code. Please check it, or ask at the counter.</source>
        <translation>Er is geen afspraak met deze boekingscode. Kijk de code na, of vraag het aan het loket.</translation>
    </message>
    <message>
        <source>Your appointment is not today. Please come back on the day of your appointment.</source>
        <translation>Uw afspraak is niet vandaag. Kom terug op de dag van uw afspraak.</translation>
    </message>
    <message>
        <source>This appointment is not at the counter (a home visit or a video call).</source>
        <translation>Deze afspraak is niet aan het loket (een huisbezoek of een videogesprek).</translation>
    </message>
    <message>
        <source>Checking in is not possible now. Please ask at the counter.</source>
        <translation>Inchecken lukt nu niet. Vraag het aan het loket.</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Your number</source>
        <translation>Uw volgnummer</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Volgnummer</translation>
    </message>
    <message>
        <source>You are checked in for your appointment.</source>
        <translation>U bent ingecheckt voor uw afspraak.</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>Wacht tot uw nummer wordt afgeroepen.</translation>
    </message>
    <message>
        <source>Expected wait: about {minutes} minutes</source>
        <translation>Verwachte wachttijd: ongeveer {minutes} minuten</translation>
    </message>
    <message>
        <source>It will be your turn soon</source>
        <translation>U bent bijna aan de beurt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Taking your number...</source>
        <translation>Uw volgnummer wordt genomen...</translation>
    </message>
    <message>
        <source>Printing your ticket...</source>
        <translation>Uw ticket wordt afgedrukt...</translation>
    </message>
    <message>
        <source>Take your ticket from the printer.</source>
        <translation>Neem uw ticket uit de printer.</translation>
    </message>
    <message>
        <source>There is no printer here: your ticket was saved as the file {file}. Please remember your number.</source>
        <translation>Er is hier geen printer: uw ticket is bewaard als het bestand {file}. Onthoud uw nummer.</translation>
    </message>
    <message>
        <source>Your ticket could not be printed. Please remember your number.</source>
        <translation>Uw ticket kon niet worden afgedrukt. Onthoud uw nummer.</translation>
    </message>
    <message>
        <source>Sorry, no number could be given. Please ask at the counter or call staff.</source>
        <translation>Sorry, er kon geen volgnummer worden gegeven. Vraag het aan het loket of roep een medewerker.</translation>
    </message>
</context>
</TS>
