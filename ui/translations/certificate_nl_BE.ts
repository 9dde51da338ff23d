<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>Certificate</name>
    <message>
        <source>to receive your certificate</source>
        <translation>om uw attest te ontvangen</translation>
    </message>
    <message>
        <source>Proof of residence</source>
        <translation>Bewijs van woonst</translation>
    </message>
    <message>
        <source>Proof of residence with history</source>
        <translation>Bewijs van woonst met historiek</translation>
    </message>
    <message>
        <source>Household composition</source>
        <translation>Gezinssamenstelling</translation>
    </message>
    <message>
        <source>Life certificate</source>
        <translation>Bewijs van leven</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Voter certificate</source>
        <translation>Kiezersattest</translation>
    </message>
    <message>
        <source>Legal cohabitation</source>
        <translation>Wettelijke samenwoning</translation>
    </message>
</context>
<context>
    <name>CertificateKindScreen</name>
    <message>
        <source>Which certificate do you need?</source>
        <translation>Welk attest hebt u nodig?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Other certificates</source>
        <translation>Andere attesten</translation>
    </message>
    <message>
        <source>Nationality, voter certificate, legal cohabitation</source>
        <translation>Nationaliteit, kiezersattest, wettelijke samenwoning</translation>
    </message>
</context>
<context>
    <name>CertificateOptionsScreen</name>
    <message>
        <source>In which language?</source>
        <translation>In welke taal?</translation>
    </message>
    <message>
        <source>With my previous addresses: yes</source>
        <translation>Met mijn vorige adressen: ja</translation>
    </message>
    <message>
        <source>With my previous addresses: no</source>
        <translation>Met mijn vorige adressen: nee</translation>
    </message>
    <message>
        <source>Press to change</source>
        <translation>Druk om te wijzigen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Confirm with your PIN</source>
        <translation>Bevestig met uw pincode</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Choose another certificate</source>
        <translation>Kies een ander attest</translation>
    </message>
</context>
<context>
    <name>CertificateResultScreen</name>
    <message>
        <source>Verification code: {code}</source>
        <translation>Controlecode: {code}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Print the certificate here</source>
        <translation>Druk het attest hier af</translation>
    </message>
    <message>
        <source>Collect it at the town hall</source>
        <translation>Ophalen in het gemeentehuis</translation>
    </message>
    <message>
        <source>Send it by post</source>
        <translation>Met de post opsturen</translation>
    </message>
    <message>
        <source>Back to my services</source>
        <translation>Terug naar mijn diensten</translation>
    </message>
    <message>
        <source>Preparing your certificate</source>
        <translation>Uw attest wordt gemaakt</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>Dat duurt enkele seconden.</translation>
    </message>
    <message>
        <source>Your certificate is ready</source>
        <translation>Uw attest is klaar</translation>
    </message>
    <message>
        <source>{title}, valid until {date}. Press Print to take it with you.</source>
        <translation>{title}, geldig tot {date}. Druk op Afdrukken om het mee te nemen.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Your certificate is being printed.</source>
        <translation>Uw attest wordt afgedrukt.</translation>
    </message>
    <message>
        <source>Your certificate is printed</source>
        <translation>Uw attest is afgedrukt</translation>
    </message>
    <message>
        <source>Take it from the printer ({printer}).</source>
        <translation>Neem het uit de printer ({printer}).</translation>
    </message>
    <message>
        <source>No printer here</source>
        <translation>Hier is geen printer</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Your certificate was saved as a PDF file ({file}); staff can print it for you.</source>
        <translation>Deze kiosk heeft geen printer. Uw attest is bewaard als pdf-bestand ({file}); een medewerker kan het voor u afdrukken.</translation>
    </message>
    <message>
        <source>The certificate cannot be made right now</source>
        <translation>Het attest kan nu niet gemaakt worden</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the municipality's register now. We keep your request. How would you like to receive the certificate?</source>
        <translation>De kiosk kan het register van de gemeente nu niet bereiken. We bewaren uw aanvraag. Hoe wilt u het attest ontvangen?</translation>
    </message>
    <message>
        <source>Saving your request</source>
        <translation>Uw aanvraag wordt bewaard</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>Een ogenblik, alstublieft.</translation>
    </message>
    <message>
        <source>Your request is saved</source>
        <translation>Uw aanvraag is bewaard</translation>
    </message>
    <message>
        <source>Your certificate will be printed at the town hall counter. You can collect it there from {date}.</source>
        <translation>Uw attest wordt afgedrukt aan het loket in het gemeentehuis. U kunt het daar ophalen vanaf {date}.</translation>
    </message>
    <message>
        <source>Your certificate will be posted to your home address. It should reach you by {date}.</source>
        <translation>Uw attest wordt met de post naar uw adres gestuurd. U ontvangt het uiterlijk op {date}.</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Geen attest</translation>
    </message>
    <message>
        <source>The population register has no record of you. Please ask at the counter.</source>
        <translation>Het bevolkingsregister kent u niet. Vraag het aan het loket.</translation>
    </message>
    <message>
        <source>The register does not allow this certificate. Please ask at the counter.</source>
        <translation>Volgens het register kan dit attest niet. Vraag het aan het loket.</translation>
    </message>
    <message>
        <source>You are not on the voters' list of this municipality. Please ask at the counter.</source>
        <translation>U staat niet op de kiezerslijst van deze gemeente. Vraag het aan het loket.</translation>
    </message>
    <message>
        <source>The register holds no declaration of legal cohabitation for you.</source>
        <translation>In het register staat voor u geen verklaring van wettelijke samenwoning.</translation>
    </message>
    <message>
        <source>Your request cannot be saved at this kiosk now. Please ask at the counter.</source>
        <translation>Uw aanvraag kan nu niet bewaard worden in deze kiosk. Vraag het aan het loket.</translation>
    </message>
    <message>
        <source>Printing did not work. Please call staff: they can print it for you.</source>
        <translation>Afdrukken is niet gelukt. Roep een medewerker: die kan het voor u afdrukken.</translation>
    </message>
    <message>
        <source>This kiosk cannot issue certificates now. Please ask at the counter.</source>
        <translation>Deze kiosk kan nu geen attesten afleveren. Vraag het aan het loket.</translation>
    </message>
</context>
</TS>
