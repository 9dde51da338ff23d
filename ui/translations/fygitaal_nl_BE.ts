<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>AccessBar</name>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
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
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Choose another language</source>
        <translation>Kies een andere taal</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Grote tekst</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <source>Read this screen again</source>
        <translation>Dit scherm opnieuw voorlezen</translation>
    </message>
    <message>
        <source>With the help of {name}</source>
        <translation>Met hulp van {name}</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome to {municipality}</source>
        <translation>Welkom in {municipality}</translation>
    </message>
    <message>
        <source>Insert your identity card into the card reader.</source>
        <translation>Steek uw identiteitskaart in de kaartlezer.</translation>
    </message>
    <message>
        <source>No identity card with you?</source>
        <translation>Geen identiteitskaart bij?</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>Verder als gast</translation>
    </message>
    <message>
        <source>Services that need no identity card</source>
        <translation>Diensten waarvoor u geen identiteitskaart nodig hebt</translation>
    </message>
</context>
<context>
    <name>CitizenHomeScreen</name>
    <message>
        <source>More services</source>
        <translation>Meer diensten</translation>
    </message>
    <message>
        <source>Appointments, my data, polls</source>
        <translation>Afspraken, mijn gegevens, bevragingen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Good day, {name}</source>
        <translation>Goedendag, {name}</translation>
    </message>
</context>
<context>
    <name>CitizenMoreScreen</name>
    <message>
        <source>More services</source>
        <translation>Meer diensten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Terug naar het begin</translation>
    </message>
</context>
<context>
    <name>EnrollButton</name>
    <message>
        <source>Enroll this computer…</source>
        <translation>Deze computer inschrijven…</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enrolling this computer…</source>
        <translation>Deze computer wordt ingeschreven…</translation>
    </message>
    <message>
        <source>Enroll this computer</source>
        <translation>Deze computer inschrijven</translation>
    </message>
    <message>
        <source>Ask an administrator for a one-time enrollment code, then enter it here with the address of the central service.</source>
        <translation>Vraag een beheerder om een eenmalige inschrijvingscode en vul die hier in met het adres van de centrale dienst.</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>Adres van de centrale dienst</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Eenmalige code</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inschrijven</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Enrolled as {name}. Syncing starts now.</source>
        <translation>Ingeschreven als {name}. De synchronisatie begint nu.</translation>
    </message>
    <message>
        <source>Not enrolled: {reason}</source>
        <translation>Niet ingeschreven: {reason}</translation>
    </message>
    <message>
        <source>Not enrolled because of an unexpected error; ask IT support.</source>
        <translation>Niet ingeschreven door een onverwachte fout; vraag hulp aan de IT-dienst.</translation>
    </message>
</context>
<context>
    <name>GuestHomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Wat wilt u doen?</translation>
    </message>
    <message>
        <source>Without an identity card you can use these services.</source>
        <translation>Zonder identiteitskaart kunt u deze diensten gebruiken.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Bent u er nog?</translation>
    </message>
    <message>
        <source>To protect your privacy, this visit ends in {seconds} seconds. Touch the screen or press a key to continue.</source>
        <translation>Om uw privacy te beschermen, eindigt dit bezoek over {seconds} seconden. Raak het scherm aan of druk op een toets om verder te gaan.</translation>
    </message>
    <message>
        <source>{seconds} seconds left</source>
        <translation>nog {seconds} seconden</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Ik ben er nog</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <source>{button} (not available)</source>
        <translation>{button} (niet beschikbaar)</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Kies uw taal</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>ServiceMenu</name>
    <message>
        <source>Report a problem</source>
        <translation>Een melding doen</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Een vraag stellen</translation>
    </message>
    <message>
        <source>Take a queue ticket</source>
        <translation>Een volgnummer nemen</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attesten</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Geef uw mening</translation>
    </message>
    <message>
        <source>A broken street light, litter, a pothole</source>
        <translation>Een kapotte straatlamp, zwerfvuil, een put in de weg</translation>
    </message>
    <message>
        <source>A question to the municipality</source>
        <translation>Een vraag aan de gemeente</translation>
    </message>
    <message>
        <source>A number for the counter</source>
        <translation>Een nummer voor het loket</translation>
    </message>
    <message>
        <source>Book an appointment, or check in for one</source>
        <translation>Een afspraak maken, of u aanmelden voor uw afspraak</translation>
    </message>
    <message>
        <source>Proof of residence, household composition and more</source>
        <translation>Bewijs van woonst, gezinssamenstelling en meer</translation>
    </message>
    <message>
        <source>What the municipality holds about you, and who looked at it</source>
        <translation>Wat de gemeente over u bijhoudt, en wie het bekeek</translation>
    </message>
    <message>
        <source>Polls and proposals for the municipality</source>
        <translation>Bevragingen en voorstellen voor de gemeente</translation>
    </message>
    <message>
        <source>These services are not available at this kiosk yet. Please ask at the counter or call staff.</source>
        <translation>Deze diensten zijn nog niet beschikbaar op deze kiosk. Vraag het aan het loket of roep een medewerker.</translation>
    </message>
    <message>
        <source>Not available at this kiosk yet: {services}. Please ask at the counter or call staff.</source>
        <translation>Nog niet beschikbaar op deze kiosk: {services}. Vraag het aan het loket of roep een medewerker.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>End your visit and start over</source>
        <translation>Uw bezoek beëindigen en opnieuw beginnen</translation>
    </message>
</context>
<context>
    <name>StaffNotice</name>
    <message>
        <source>A staff member is on the way</source>
        <translation>Er komt een medewerker naar u toe</translation>
    </message>
    <message>
        <source>Please stay here. You do not need to do anything else.</source>
        <translation>Blijf gerust hier. U hoeft verder niets te doen.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>I am a staff member</source>
        <translation>Ik ben medewerker</translation>
    </message>
    <message>
        <source>Sign in to help this citizen</source>
        <translation>Meld u aan om deze burger te helpen</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <source>Temporarily out of service</source>
        <translation>Tijdelijk buiten dienst</translation>
    </message>
    <message>
        <source>The keyring of this computer is locked or missing, so no data can be stored safely. Unlock the keyring, then try again.</source>
        <translation>De sleutelbos van deze computer is vergrendeld of ontbreekt, dus er kunnen geen gegevens veilig bewaard worden. Ontgrendel de sleutelbos en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The data storage cannot be used right now. Try again in a moment, or ask a staff member for help.</source>
        <translation>De gegevensopslag is nu niet bruikbaar. Probeer het zo meteen opnieuw, of vraag hulp aan een medewerker.</translation>
    </message>
    <message>
        <source>The data storage needs IT support. Please ask a staff member for help.</source>
        <translation>De gegevensopslag heeft IT-ondersteuning nodig. Vraag hulp aan een medewerker.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>SyncStatusView</name>
    <message>
        <source>Sync: waiting for the local data</source>
        <translation>Synchronisatie: wacht op de lokale gegevens</translation>
    </message>
    <message>
        <source>{count} changes waiting to be sent</source>
        <translation>{count} wijzigingen wachten om verzonden te worden</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>Niets wacht om verzonden te worden</translation>
    </message>
    <message>
        <source>{count} conflicts waiting for you</source>
        <translation>{count} conflicten wachten op u</translation>
    </message>
    <message>
        <source>{count} changes held back by central (quarantine)</source>
        <translation>{count} wijzigingen tegengehouden door de centrale dienst (quarantaine)</translation>
    </message>
    <message>
        <source>The clock of this computer is wrong: set the date and time</source>
        <translation>De klok van deze computer staat verkeerd: stel de datum en het uur in</translation>
    </message>
    <message>
        <source>Sync: this computer is not enrolled yet</source>
        <translation>Synchronisatie: deze computer is nog niet ingeschreven</translation>
    </message>
    <message>
        <source>Sync: this computer was revoked and no longer syncs</source>
        <translation>Synchronisatie: deze computer is ingetrokken en synchroniseert niet meer</translation>
    </message>
    <message>
        <source>Sync: not tried yet</source>
        <translation>Synchronisatie: nog niet geprobeerd</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nog nooit gesynchroniseerd</translation>
    </message>
    <message>
        <source>Last sync: just now</source>
        <translation>Laatste synchronisatie: zonet</translation>
    </message>
    <message>
        <source>Last sync: {minutes} min ago</source>
        <translation>Laatste synchronisatie: {minutes} min geleden</translation>
    </message>
    <message>
        <source>Last sync: {hours} h ago</source>
        <translation>Laatste synchronisatie: {hours} u geleden</translation>
    </message>
    <message>
        <source>Last sync: {days} days ago</source>
        <translation>Laatste synchronisatie: {days} dagen geleden</translation>
    </message>
</context>
</TS>
