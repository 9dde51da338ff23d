<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessBar</name>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
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
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Choose another language</source>
        <translation>Choose another language</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Read this screen again</source>
        <translation>Read this screen again</translation>
    </message>
    <message>
        <source>With the help of {name}</source>
        <translation>With the help of {name}</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome to {municipality}</source>
        <translation>Welcome to {municipality}</translation>
    </message>
    <message>
        <source>Insert your identity card into the card reader.</source>
        <translation>Insert your identity card into the card reader.</translation>
    </message>
    <message>
        <source>No identity card with you?</source>
        <translation>No identity card with you?</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>Continue as a guest</translation>
    </message>
    <message>
        <source>Services that need no identity card</source>
        <translation>Services that need no identity card</translation>
    </message>
</context>
<context>
    <name>CitizenHomeScreen</name>
    <message>
        <source>More services</source>
        <translation>More services</translation>
    </message>
    <message>
        <source>Appointments, my data, polls</source>
        <translation>Appointments, my data, polls</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Good day, {name}</source>
        <translation>Good day, {name}</translation>
    </message>
</context>
<context>
    <name>CitizenMoreScreen</name>
    <message>
        <source>More services</source>
        <translation>More services</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>EnrollButton</name>
    <message>
        <source>Enroll this computer…</source>
        <translation>Enroll this computer…</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enrolling this computer…</source>
        <translation>Enrolling this computer…</translation>
    </message>
    <message>
        <source>Enroll this computer</source>
        <translation>Enroll this computer</translation>
    </message>
    <message>
        <source>Ask an administrator for a one-time enrollment code, then enter it here with the address of the central service.</source>
        <translation>Ask an administrator for a one-time enrollment code, then enter it here with the address of the central service.</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>Central service address</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Enrolled as {name}. Syncing starts now.</source>
        <translation>Enrolled as {name}. Syncing starts now.</translation>
    </message>
    <message>
        <source>Not enrolled: {reason}</source>
        <translation>Not enrolled: {reason}</translation>
    </message>
    <message>
        <source>Not enrolled because of an unexpected error; ask IT support.</source>
        <translation>Not enrolled because of an unexpected error; ask IT support.</translation>
    </message>
</context>
<context>
    <name>GuestHomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Without an identity card you can use these services.</source>
        <translation>Without an identity card you can use these services.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>To protect your privacy, this visit ends in {seconds} seconds. Touch the screen or press a key to continue.</source>
        <translation>To protect your privacy, this visit ends in {seconds} seconds. Touch the screen or press a key to continue.</translation>
    </message>
    <message>
        <source>{seconds} seconds left</source>
        <translation>{seconds} seconds left</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>I am still here</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <source>{button} (not available)</source>
        <translation>{button} (not available)</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ServiceMenu</name>
    <message>
        <source>Report a problem</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Ask a question</translation>
    </message>
    <message>
        <source>Take a queue ticket</source>
        <translation>Take a queue ticket</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>My data</translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Have your say</translation>
    </message>
    <message>
        <source>A broken street light, litter, a pothole</source>
        <translation>A broken street light, litter, a pothole</translation>
    </message>
    <message>
        <source>A question to the municipality</source>
        <translation>A question to the municipality</translation>
    </message>
    <message>
        <source>A number for the counter</source>
        <translation>A number for the counter</translation>
    </message>
    <message>
        <source>Book an appointment, or check in for one</source>
        <translation>Book an appointment, or check in for one</translation>
    </message>
    <message>
        <source>Proof of residence, household composition and more</source>
        <translation>Proof of residence, household composition and more</translation>
    </message>
    <message>
        <source>What the municipality holds about you, and who looked at it</source>
        <translation>What the municipality holds about you, and who looked at it</translation>
    </message>
    <message>
        <source>Polls and proposals for the municipality</source>
        <translation>Polls and proposals for the municipality</translation>
    </message>
    <message>
        <source>These services are not available at this kiosk yet. Please ask at the counter or call staff.</source>
        <translation>These services are not available at this kiosk yet. Please ask at the counter or call staff.</translation>
    </message>
    <message>
        <source>Not available at this kiosk yet: {services}. Please ask at the counter or call staff.</source>
        <translation>Not available at this kiosk yet: {services}. Please ask at the counter or call staff.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>End your visit and start over</source>
        <translation>End your visit and start over</translation>
    </message>
</context>
<context>
    <name>StaffNotice</name>
    <message>
        <source>A staff member is on the way</source>
        <translation>A staff member is on the way</translation>
    </message>
    <message>
        <source>Please stay here. You do not need to do anything else.</source>
        <translation>Please stay here. You do not need to do anything else.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>I am a staff member</source>
        <translation>I am a staff member</translation>
    </message>
    <message>
        <source>Sign in to help this citizen</source>
        <translation>Sign in to help this citizen</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <source>Temporarily out of service</source>
        <translation>Temporarily out of service</translation>
    </message>
    <message>
        <source>The keyring of this computer is locked or missing, so no data can be stored safely. Unlock the keyring, then try again.</source>
        <translation>The keyring of this computer is locked or missing, so no data can be stored safely. Unlock the keyring, then try again.</translation>
    </message>
    <message>
        <source>The data storage cannot be used right now. Try again in a moment, or ask a staff member for help.</source>
        <translation>The data storage cannot be used right now. Try again in a moment, or ask a staff member for help.</translation>
    </message>
    <message>
        <source>The data storage needs IT support. Please ask a staff member for help.</source>
        <translation>The data storage needs IT support. Please ask a staff member for help.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>SyncStatusView</name>
    <message>
        <source>Sync: waiting for the local data</source>
        <translation>Sync: waiting for the local data</translation>
    </message>
    <message>
        <source>{count} changes waiting to be sent</source>
        <translation>{count} changes waiting to be sent</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>Nothing waiting to be sent</translation>
    </message>
    <message>
        <source>{count} conflicts waiting for you</source>
        <translation>{count} conflicts waiting for you</translation>
    </message>
    <message>
        <source>{count} changes held back by central (quarantine)</source>
        <translation>{count} changes held back by central (quarantine)</translation>
    </message>
    <message>
        <source>The clock of this computer is wrong: set the date and time</source>
        <translation>The clock of this computer is wrong: set the date and time</translation>
    </message>
    <message>
        <source>Sync: this computer is not enrolled yet</source>
        <translation>Sync: this computer is not enrolled yet</translation>
    </message>
    <message>
        <source>Sync: this computer was revoked and no longer syncs</source>
        <translation>Sync: this computer was revoked and no longer syncs</translation>
    </message>
    <message>
        <source>Sync: not tried yet</source>
        <translation>Sync: not tried yet</translation>
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
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Last sync: just now</source>
        <translation>Last sync: just now</translation>
    </message>
    <message>
        <source>Last sync: {minutes} min ago</source>
        <translation>Last sync: {minutes} min ago</translation>
    </message>
    <message>
        <source>Last sync: {hours} h ago</source>
        <translation>Last sync: {hours} h ago</translation>
    </message>
    <message>
        <source>Last sync: {days} days ago</source>
        <translation>Last sync: {days} days ago</translation>
    </message>
</context>
</TS>
