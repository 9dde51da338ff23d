<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Certificate</name>
    <message>
        <source>to receive your certificate</source>
        <translation>to receive your certificate</translation>
    </message>
    <message>
        <source>Proof of residence</source>
        <translation>Proof of residence</translation>
    </message>
    <message>
        <source>Proof of residence with history</source>
        <translation>Proof of residence with history</translation>
    </message>
    <message>
        <source>Household composition</source>
        <translation>Household composition</translation>
    </message>
    <message>
        <source>Life certificate</source>
        <translation>Life certificate</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Voter certificate</source>
        <translation>Voter certificate</translation>
    </message>
    <message>
        <source>Legal cohabitation</source>
        <translation>Legal cohabitation</translation>
    </message>
</context>
<context>
    <name>CertificateKindScreen</name>
    <message>
        <source>Which certificate do you need?</source>
        <translation>Which certificate do you need?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Other certificates</source>
        <translation>Other certificates</translation>
    </message>
    <message>
        <source>Nationality, voter certificate, legal cohabitation</source>
        <translation>Nationality, voter certificate, legal cohabitation</translation>
    </message>
</context>
<context>
    <name>CertificateOptionsScreen</name>
    <message>
        <source>In which language?</source>
        <translation>In which language?</translation>
    </message>
    <message>
        <source>With my previous addresses: yes</source>
        <translation>With my previous addresses: yes</translation>
    </message>
    <message>
        <source>With my previous addresses: no</source>
        <translation>With my previous addresses: no</translation>
    </message>
    <message>
        <source>Press to change</source>
        <translation>Press to change</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Confirm with your PIN</source>
        <translation>Confirm with your PIN</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Choose another certificate</source>
        <translation>Choose another certificate</translation>
    </message>
</context>
<context>
    <name>CertificateResultScreen</name>
    <message>
        <source>Verification code: {code}</source>
        <translation>Verification code: {code}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print the certificate here</source>
        <translation>Print the certificate here</translation>
    </message>
    <message>
        <source>Collect it at the town hall</source>
        <translation>Collect it at the town hall</translation>
    </message>
    <message>
        <source>Send it by post</source>
        <translation>Send it by post</translation>
    </message>
    <message>
        <source>Back to my services</source>
        <translation>Back to my services</translation>
    </message>
    <message>
        <source>Preparing your certificate</source>
        <translation>Preparing your certificate</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>This takes a few seconds.</translation>
    </message>
    <message>
        <source>Your certificate is ready</source>
        <translation>Your certificate is ready</translation>
    </message>
    <message>
        <source>{title}, valid until {date}. Press Print to take it with you.</source>
        <translation>{title}, valid until {date}. Press Print to take it with you.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Your certificate is being printed.</source>
        <translation>Your certificate is being printed.</translation>
    </message>
    <message>
        <source>Your certificate is printed</source>
        <translation>Your certificate is printed</translation>
    </message>
    <message>
        <source>Take it from the printer ({printer}).</source>
        <translation>Take it from the printer ({printer}).</translation>
    </message>
    <message>
        <source>No printer here</source>
        <translation>No printer here</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Your certificate was saved as a PDF file ({file}); staff can print it for you.</source>
        <translation>This kiosk has no printer. Your certificate was saved as a PDF file ({file}); staff can print it for you.</translation>
    </message>
    <message>
        <source>The certificate cannot be made right now</source>
        <translation>The certificate cannot be made right now</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the municipality's register now. We keep your request. How would you like to receive the certificate?</source>
        <translation>The kiosk cannot reach the municipality's register now. We keep your request. How would you like to receive the certificate?</translation>
    </message>
    <message>
        <source>Saving your request</source>
        <translation>Saving your request</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>One moment, please.</translation>
    </message>
    <message>
        <source>Your request is saved</source>
        <translation>Your request is saved</translation>
    </message>
    <message>
        <source>Your certificate will be printed at the town hall counter. You can collect it there from {date}.</source>
        <translation>Your certificate will be printed at the town hall counter. You can collect it there from {date}.</translation>
    </message>
    <message>
        <source>Your certificate will be posted to your home address. It should reach you by {date}.</source>
        <translation>Your certificate will be posted to your home address. It should reach you by {date}.</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>No certificate</translation>
    </message>
    <message>
        <source>The population register has no record of you. Please ask at the counter.</source>
        <translation>The population register has no record of you. Please ask at the counter.</translation>
    </message>
    <message>
        <source>The register does not allow this certificate. Please ask at the counter.</source>
        <translation>The register does not allow this certificate. Please ask at the counter.</translation>
    </message>
    <message>
        <source>You are not on the voters' list of this municipality. Please ask at the counter.</source>
        <translation>You are not on the voters' list of this municipality. Please ask at the counter.</translation>
    </message>
    <message>
        <source>The register holds no declaration of legal cohabitation for you.</source>
        <translation>The register holds no declaration of legal cohabitation for you.</translation>
    </message>
    <message>
        <source>Your request cannot be saved at this kiosk now. Please ask at the counter.</source>
        <translation>Your request cannot be saved at this kiosk now. Please ask at the counter.</translation>
    </message>
    <message>
        <source>Printing did not work. Please call staff: they can print it for you.</source>
        <translation>Printing did not work. Please call staff: they can print it for you.</translation>
    </message>
    <message>
        <source>This kiosk cannot issue certificates now. Please ask at the counter.</source>
        <translation>This kiosk cannot issue certificates now. Please ask at the counter.</translation>
    </message>
</context>
</TS>
