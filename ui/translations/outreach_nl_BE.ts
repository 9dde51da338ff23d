<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>ConflictsScreen</name>
    <message>
        <source>Changes made on two laptops at once</source>
        <translation>Wijzigingen op twee laptops tegelijk</translation>
    </message>
    <message>
        <source>Back to the day list</source>
        <translation>Terug naar de dagplanning</translation>
    </message>
    <message>
        <source>Kept for now</source>
        <translation>Voorlopig behouden</translation>
    </message>
    <message>
        <source>The other change</source>
        <translation>De andere wijziging</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Deze behouden</translation>
    </message>
    <message>
        <source>Keep this one instead</source>
        <translation>Liever deze behouden</translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation>Niets op te lossen.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Opgelost.</translation>
    </message>
    <message>
        <source>Already resolved elsewhere.</source>
        <translation>Al elders opgelost.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>1. Consent</source>
        <translation>1. Toestemming</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Gegeven via</translation>
    </message>
    <message>
        <source>Form number or legal ground</source>
        <translation>Formuliernummer of wettelijke grond</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>eID read</source>
        <translation>eID gelezen</translation>
    </message>
    <message>
        <source>Signature on screen</source>
        <translation>Handtekening op het scherm</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Papieren formulier</translation>
    </message>
    <message>
        <source>Legal ground (no consent needed)</source>
        <translation>Wettelijke grond (geen toestemming nodig)</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Consent recorded: you can fill in the visit.</source>
        <translation>Toestemming vastgelegd: u kunt het bezoek invullen.</translation>
    </message>
    <message>
        <source>Consent by eID: read the resident's eID below to record it.</source>
        <translation>Toestemming via eID: lees hieronder de eID van de bewoner om ze te registreren.</translation>
    </message>
    <message>
        <source>Record consent or a legal ground first: nothing about the resident is stored before that.</source>
        <translation>Leg eerst de toestemming of een wettelijke grond vast: voordien wordt niets over de bewoner bewaard.</translation>
    </message>
    <message>
        <source>Digital help at home (e-inclusion)</source>
        <translation>Digitale hulp aan huis (e-inclusie)</translation>
    </message>
    <message>
        <source>Consent not recorded: fill in the purpose, and the form number for paper.</source>
        <translation>Toestemming niet vastgelegd: vul het doel in, en de formuliernummer bij papier.</translation>
    </message>
</context>
<context>
    <name>DayScreen</name>
    <message>
        <source>Visits on {day}</source>
        <translation>Bezoeken op {day}</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorige dag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Volgende dag</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Bezoek openen</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en uur</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Asked for a visit at the kiosk</source>
        <translation>Vroeg een bezoek aan via de zuil</translation>
    </message>
    <message>
        <source>Move the visit to this time</source>
        <translation>Bezoek naar dit uur verplaatsen</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Bezoek annuleren</translation>
    </message>
    <message>
        <source>Plan a visit at this time</source>
        <translation>Bezoek op dit uur plannen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Conflicts to resolve: {count}</source>
        <translation>Conflicten op te lossen: {count}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>achterstallig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>nu aan de beurt</translation>
    </message>
    <message>
        <source>Visit moved.</source>
        <translation>Bezoek verplaatst.</translation>
    </message>
    <message>
        <source>Visit cancelled.</source>
        <translation>Bezoek geannuleerd.</translation>
    </message>
    <message>
        <source>Visit planned.</source>
        <translation>Bezoek gepland.</translation>
    </message>
    <message>
        <source>That change is not possible.</source>
        <translation>Die wijziging kan niet.</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>4. Tasks and referrals</source>
        <translation>4. Taken en doorverwijzingen</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Opvolgtaak</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Taak toevoegen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Digipunt</source>
        <translation>Digipunt</translation>
    </message>
    <message>
        <source>Social house (OCMW)</source>
        <translation>Sociaal huis (OCMW)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Device lending</source>
        <translation>Toestellen lenen</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Doorverwijzen naar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Doorverwijzen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>Stand van de doorverwijzing</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Resultaat bewaren</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in to start your home visits</source>
        <translation>Meld u aan om uw huisbezoeken te starten</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Even controleren…</translation>
    </message>
    <message>
        <source>Wrong user name or password. {tries} tries left.</source>
        <translation>Verkeerde gebruikersnaam of wachtwoord. Nog {tries} pogingen.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again after {time}.</source>
        <translation>Te veel verkeerde wachtwoorden. Probeer opnieuw na {time}.</translation>
    </message>
    <message>
        <source>Your sign-in was revoked. Ask an administrator.</source>
        <translation>Uw aanmelding is ingetrokken. Vraag het aan een beheerder.</translation>
    </message>
    <message>
        <source>You are not in the team of this laptop.</source>
        <translation>U hoort niet bij het team van deze laptop.</translation>
    </message>
    <message>
        <source>The first sign-in on this laptop needs a connection to the town hall.</source>
        <translation>De eerste aanmelding op deze laptop vraagt een verbinding met het gemeentehuis.</translation>
    </message>
    <message>
        <source>Signing in did not work. Try again.</source>
        <translation>Aanmelden is niet gelukt. Probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>Back to the day list</source>
        <translation>Terug naar de dagplanning</translation>
    </message>
    <message>
        <source>2. Needs</source>
        <translation>2. Noden</translation>
    </message>
    <message>
        <source>eID PIN reset</source>
        <translation>eID-pincode opnieuw instellen</translation>
    </message>
    <message>
        <source>itsme</source>
        <translation>itsme</translation>
    </message>
    <message>
        <source>eBox</source>
        <translation>eBox</translation>
    </message>
    <message>
        <source>Mijn Burgerprofiel</source>
        <translation>Mijn Burgerprofiel</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>Social tariffs</source>
        <translation>Sociale tarieven</translation>
    </message>
    <message>
        <source>Loneliness signal</source>
        <translation>Signaal van eenzaamheid</translation>
    </message>
    <message>
        <source>3. Notes</source>
        <translation>3. Notities</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Gevoelig</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Outcome of the visit</source>
        <translation>Resultaat van het bezoek</translation>
    </message>
    <message>
        <source>Visit done</source>
        <translation>Bezoek gedaan</translation>
    </message>
    <message>
        <source>Visit to {name}</source>
        <translation>Bezoek aan {name}</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>gevoelig</translation>
    </message>
    <message>
        <source>Visit saved as done.</source>
        <translation>Bezoek bewaard als gedaan.</translation>
    </message>
    <message>
        <source>Record consent or a legal ground first.</source>
        <translation>Leg eerst de toestemming of een wettelijke grond vast.</translation>
    </message>
    <message>
        <source>That change is not possible.</source>
        <translation>Die wijziging kan niet.</translation>
    </message>
</context>
</TS>
