<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MeldingAddressScreen</name>
    <message>
        <source>Where is the problem?</source>
        <translation>Where is the problem?</translation>
    </message>
    <message>
        <source>Type the street and house number, for example: Kerkstraat 12</source>
        <translation>Type the street and house number, for example: Kerkstraat 12</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>No address found. Check the street name, or type only the street.</source>
        <translation>No address found. Check the street name, or type only the street.</translation>
    </message>
</context>
<context>
    <name>MeldingCameraPhotoScreen</name>
    <message>
        <source>Is the problem clearly visible?</source>
        <translation>Is the problem clearly visible?</translation>
    </message>
    <message>
        <source>Press Use this photo. Or press Take another to take the photo again.</source>
        <translation>Press Use this photo. Or press Take another to take the photo again.</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>Your photo</translation>
    </message>
    <message>
        <source>Take another</source>
        <translation>Take another</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Use this photo</translation>
    </message>
</context>
<context>
    <name>MeldingCameraScreen</name>
    <message>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Point the camera at the problem. Then press the button Take photo.</source>
        <translation>Point the camera at the problem. Then press the button Take photo.</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Camera picture</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>One moment…</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
</context>
<context>
    <name>MeldingCategoryScreen</name>
    <message>
        <source>What is the problem about?</source>
        <translation>What is the problem about?</translation>
    </message>
    <message>
        <source>Reporting a problem is not possible at this kiosk right now. Please ask at the counter or call staff.</source>
        <translation>Reporting a problem is not possible at this kiosk right now. Please ask at the counter or call staff.</translation>
    </message>
    <message>
        <source>More choices</source>
        <translation>More choices</translation>
    </message>
</context>
<context>
    <name>MeldingConfirmScreen</name>
    <message>
        <source>Is this correct?</source>
        <translation>Is this correct?</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Send report</translation>
    </message>
</context>
<context>
    <name>MeldingDescriptionScreen</name>
    <message>
        <source>Describe the problem</source>
        <translation>Describe the problem</translation>
    </message>
    <message>
        <source>This is optional. For example: the lamp in front of number 12 has been out for a week.</source>
        <translation>This is optional. For example: the lamp in front of number 12 has been out for a week.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>MeldingDoneScreen</name>
    <message>
        <source>Thank you. Your report was received.</source>
        <translation>Thank you. Your report was received.</translation>
    </message>
    <message>
        <source>Your reference number:</source>
        <translation>Your reference number:</translation>
    </message>
    <message>
        <source>Write this number down. With it you can follow your report at any kiosk. It will be sent to the municipality as soon as this kiosk is connected.</source>
        <translation>Write this number down. With it you can follow your report at any kiosk. It will be sent to the municipality as soon as this kiosk is connected.</translation>
    </message>
    <message>
        <source>Write this number down. With it you can follow your report at any kiosk.</source>
        <translation>Write this number down. With it you can follow your report at any kiosk.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>MeldingFlow</name>
    <message>
        <source>A photo taken with the camera</source>
        <translation>A photo taken with the camera</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please call staff.</source>
        <translation>Sorry, this did not work. Please call staff.</translation>
    </message>
</context>
<context>
    <name>MeldingFollow</name>
    <message>
        <source>This is not a reference number. Please check it.</source>
        <translation>This is not a reference number. Please check it.</translation>
    </message>
    <message>
        <source>This number cannot be looked up now. Please try again later.</source>
        <translation>This number cannot be looked up now. Please try again later.</translation>
    </message>
    <message>
        <source>No report or question with this number was found.</source>
        <translation>No report or question with this number was found.</translation>
    </message>
</context>
<context>
    <name>MeldingPhotoScreen</name>
    <message>
        <source>Add a photo?</source>
        <translation>Add a photo?</translation>
    </message>
    <message>
        <source>The camera does not work at the moment. You can continue without a photo.</source>
        <translation>The camera does not work at the moment. You can continue without a photo.</translation>
    </message>
    <message>
        <source>Choose a photo from your USB stick, or take one with the camera. This is optional.</source>
        <translation>Choose a photo from your USB stick, or take one with the camera. This is optional.</translation>
    </message>
    <message>
        <source>Choose a photo from your USB stick. This is optional.</source>
        <translation>Choose a photo from your USB stick. This is optional.</translation>
    </message>
    <message>
        <source>Take a photo with the camera, or insert a USB stick with a photo. This is optional.</source>
        <translation>Take a photo with the camera, or insert a USB stick with a photo. This is optional.</translation>
    </message>
    <message>
        <source>No photo found. Insert a USB stick with a photo, or continue without a photo.</source>
        <translation>No photo found. Insert a USB stick with a photo, or continue without a photo.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Continue without a photo</source>
        <translation>Continue without a photo</translation>
    </message>
</context>
<context>
    <name>MeldingQuestionScreen</name>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Question {number} of {total}</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>A question about the problem</source>
        <translation>A question about the problem</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Skip this question</translation>
    </message>
</context>
<context>
    <name>MeldingStartScreen</name>
    <message>
        <source>Report a problem</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <source>A broken street light, litter, a pothole, noise.</source>
        <translation>A broken street light, litter, a pothole, noise.</translation>
    </message>
    <message>
        <source>Report a new problem</source>
        <translation>Report a new problem</translation>
    </message>
    <message>
        <source>Follow a report or question</source>
        <translation>Follow a report or question</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>My reports</translation>
    </message>
</context>
<context>
    <name>MeldingStatus</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Assigned to a team</source>
        <translation>Assigned to a team</translation>
    </message>
    <message>
        <source>Being looked into</source>
        <translation>Being looked into</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Not admissible</source>
        <translation>Not admissible</translation>
    </message>
    <message>
        <source>Closed for good</source>
        <translation>Closed for good</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Waiting for an answer</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
</context>
<context>
    <name>MyMeldingenScreen</name>
    <message>
        <source>{reference} ({category}): {status}</source>
        <translation>{reference} ({category}): {status}</translation>
    </message>
    <message>
        <source>Your reports</source>
        <translation>Your reports</translation>
    </message>
    <message>
        <source>You have no reports yet.</source>
        <translation>You have no reports yet.</translation>
    </message>
</context>
<context>
    <name>ReferenceLookupScreen</name>
    <message>
        <source>Report {reference}</source>
        <translation>Report {reference}</translation>
    </message>
    <message>
        <source>About: {category}</source>
        <translation>About: {category}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Last change: {day}</source>
        <translation>Last change: {day}</translation>
    </message>
    <message>
        <source>Your question: {text}</source>
        <translation>Your question: {text}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Answer: {answer}</translation>
    </message>
    <message>
        <source>No answer yet. You will get one within 30 days.</source>
        <translation>No answer yet. You will get one within 30 days.</translation>
    </message>
    <message>
        <source>Follow a report or question</source>
        <translation>Follow a report or question</translation>
    </message>
    <message>
        <source>Type the number you were given, for example M-7K3Q-9F2A.</source>
        <translation>Type the number you were given, for example M-7K3Q-9F2A.</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
</TS>
