<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>BookingCodeScreen</name>
    <message>
        <source>Check in for your appointment</source>
        <translation>Vous présenter pour votre rendez-vous</translation>
    </message>
    <message>
        <source>Type the booking code of your appointment (6 letters and digits).</source>
        <translation>Tapez le code de réservation de votre rendez-vous (6 lettres et chiffres).</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Code de réservation</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Me présenter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>CounterService</name>
    <message>
        <source>Population and address</source>
        <translation>Population et adresse</translation>
    </message>
    <message>
        <source>Identity cards and passports</source>
        <translation>Cartes d'identité et passeports</translation>
    </message>
    <message>
        <source>Civil status</source>
        <translation>État civil</translation>
    </message>
    <message>
        <source>Building permits</source>
        <translation>Permis de bâtir</translation>
    </message>
</context>
<context>
    <name>ServiceChoiceScreen</name>
    <message>
        <source>Take a queue ticket</source>
        <translation>Prendre un ticket</translation>
    </message>
    <message>
        <source>Which counter do you need?</source>
        <translation>De quel guichet avez-vous besoin ?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>J'ai un rendez-vous</translation>
    </message>
    <message>
        <source>Check in with the booking code of your appointment</source>
        <translation>Vous présenter avec le code de réservation de votre rendez-vous</translation>
    </message>
</context>
<context>
    <name>TicketFlow</name>
    <message>
        <source>That is not a booking code. It has 6 letters and digits.</source>
        <translation>Ce n'est pas un code de réservation. Il compte 6 lettres et chiffres.</translation>
    </message>
    <message>
        <source>Checking your booking code...</source>
        <translation>Vérification de votre code de réservation...</translation>
    </message>
    <message>
        <source>No appointment has this booking code. Please check it, or ask at the counter.</source>
        <translation>Aucun rendez-vous n'a ce code de réservation. Vérifiez-le ou demandez au guichet.</translation>
    </message>
    <message>
        <source>Your appointment is not today. Please come back on the day of your appointment.</source>
        <translation>Votre rendez-vous n'est pas aujourd'hui. Revenez le jour de votre rendez-vous.</translation>
    </message>
    <message>
        <source>This appointment is not at the counter (a home visit or a video call).</source>
        <translation>Ce rendez-vous n'est pas au guichet (une visite à domicile ou un appel vidéo).</translation>
    </message>
    <message>
        <source>Checking in is not possible now. Please ask at the counter.</source>
        <translation>Il n'est pas possible de vous présenter maintenant. Demandez au guichet.</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Your number</source>
        <translation>Votre numéro</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>You are checked in for your appointment.</source>
        <translation>Vous êtes enregistré pour votre rendez-vous.</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>Attendez que votre numéro soit appelé.</translation>
    </message>
    <message>
        <source>Expected wait: about {minutes} minutes</source>
        <translation>Attente estimée : environ {minutes} minutes</translation>
    </message>
    <message>
        <source>It will be your turn soon</source>
        <translation>C'est bientôt votre tour</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Taking your number...</source>
        <translation>Votre numéro est en cours d'attribution...</translation>
    </message>
    <message>
        <source>Printing your ticket...</source>
        <translation>Impression de votre ticket...</translation>
    </message>
    <message>
        <source>Take your ticket from the printer.</source>
        <translation>Prenez votre ticket dans l'imprimante.</translation>
    </message>
    <message>
        <source>There is no printer here: your ticket was saved as the file {file}. Please remember your number.</source>
        <translation>Il n'y a pas d'imprimante ici : votre ticket a été enregistré dans le fichier {file}. Retenez votre numéro.</translation>
    </message>
    <message>
        <source>Your ticket could not be printed. Please remember your number.</source>
        <translation>Votre ticket n'a pas pu être imprimé. Retenez votre numéro.</translation>
    </message>
    <message>
        <source>Sorry, no number could be given. Please ask at the counter or call staff.</source>
        <translation>Désolé, aucun numéro n'a pu être attribué. Demandez au guichet ou appelez un agent.</translation>
    </message>
</context>
</TS>
