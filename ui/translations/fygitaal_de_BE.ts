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
    <message>
        <source>With the help of {name}</source>
        <translation>Mit Hilfe von {name}</translation>
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
    <name>CitizenHomeScreen</name>
    <message>
        <source>More services</source>
        <translation>Weitere Dienste</translation>
    </message>
    <message>
        <source>Appointments, my data, polls</source>
        <translation>Termine, meine Daten, Umfragen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Good day, {name}</source>
        <translation>Guten Tag, {name}</translation>
    </message>
</context>
<context>
    <name>CitizenMoreScreen</name>
    <message>
        <source>More services</source>
        <translation>Weitere Dienste</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
</context>
<context>
    <name>EnrollButton</name>
    <message>
        <source>Enroll this computer…</source>
        <translation>Diesen Computer registrieren…</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enrolling this computer…</source>
        <translation>Dieser Computer wird registriert…</translation>
    </message>
    <message>
        <source>Enroll this computer</source>
        <translation>Diesen Computer registrieren</translation>
    </message>
    <message>
        <source>Ask an administrator for a one-time enrollment code, then enter it here with the address of the central service.</source>
        <translation>Bitten Sie einen Administrator um einen einmaligen Registrierungscode und geben Sie ihn hier mit der Adresse des zentralen Dienstes ein.</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>Adresse des zentralen Dienstes</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmaliger Code</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Enrolled as {name}. Syncing starts now.</source>
        <translation>Registriert als {name}. Die Synchronisierung beginnt jetzt.</translation>
    </message>
    <message>
        <source>Not enrolled: {reason}</source>
        <translation>Nicht registriert: {reason}</translation>
    </message>
    <message>
        <source>Not enrolled because of an unexpected error; ask IT support.</source>
        <translation>Wegen eines unerwarteten Fehlers nicht registriert; wenden Sie sich an den IT-Support.</translation>
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
    <name>ServiceMenu</name>
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
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Bescheinigungen</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Meine Daten</translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Ihre Meinung</translation>
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
        <source>Book an appointment, or check in for one</source>
        <translation>Einen Termin buchen oder sich für Ihren Termin anmelden</translation>
    </message>
    <message>
        <source>Proof of residence, household composition and more</source>
        <translation>Wohnsitzbescheinigung, Haushaltszusammensetzung und mehr</translation>
    </message>
    <message>
        <source>What the municipality holds about you, and who looked at it</source>
        <translation>Was die Gemeinde über Sie speichert, und wer es eingesehen hat</translation>
    </message>
    <message>
        <source>Polls and proposals for the municipality</source>
        <translation>Umfragen und Vorschläge für die Gemeinde</translation>
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
    <message>
        <source>I am a staff member</source>
        <translation>Ich bin Mitarbeiter/in</translation>
    </message>
    <message>
        <source>Sign in to help this citizen</source>
        <translation>Melden Sie sich an, um dieser Person zu helfen</translation>
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
<context>
    <name>SyncStatusView</name>
    <message>
        <source>Sync: waiting for the local data</source>
        <translation>Synchronisierung: wartet auf die lokalen Daten</translation>
    </message>
    <message>
        <source>{count} changes waiting to be sent</source>
        <translation>{count} Änderungen warten auf das Senden</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>Nichts wartet auf das Senden</translation>
    </message>
    <message>
        <source>{count} conflicts waiting for you</source>
        <translation>{count} Konflikte warten auf Sie</translation>
    </message>
    <message>
        <source>{count} changes held back by central (quarantine)</source>
        <translation>{count} Änderungen vom zentralen Dienst zurückgehalten (Quarantäne)</translation>
    </message>
    <message>
        <source>The clock of this computer is wrong: set the date and time</source>
        <translation>Die Uhr dieses Computers geht falsch: stellen Sie Datum und Uhrzeit ein</translation>
    </message>
    <message>
        <source>Sync: this computer is not enrolled yet</source>
        <translation>Synchronisierung: dieser Computer ist noch nicht registriert</translation>
    </message>
    <message>
        <source>Sync: this computer was revoked and no longer syncs</source>
        <translation>Synchronisierung: dieser Computer wurde gesperrt und synchronisiert nicht mehr</translation>
    </message>
    <message>
        <source>Sync: not tried yet</source>
        <translation>Synchronisierung: noch nicht versucht</translation>
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
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <source>Last sync: just now</source>
        <translation>Letzte Synchronisierung: gerade eben</translation>
    </message>
    <message>
        <source>Last sync: {minutes} min ago</source>
        <translation>Letzte Synchronisierung: vor {minutes} Min.</translation>
    </message>
    <message>
        <source>Last sync: {hours} h ago</source>
        <translation>Letzte Synchronisierung: vor {hours} Std.</translation>
    </message>
    <message>
        <source>Last sync: {days} days ago</source>
        <translation>Letzte Synchronisierung: vor {days} Tagen</translation>
    </message>
</context>
</TS>
