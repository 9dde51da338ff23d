<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AppointmentChannel</name>
    <message>
        <source>at the counter</source>
        <translation>au guichet</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>visite à domicile</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>appel vidéo</translation>
    </message>
</context>
<context>
    <name>AppointmentServiceScreen</name>
    <message>
        <source>Book an appointment at the counter</source>
        <translation>Prendre rendez-vous au guichet</translation>
    </message>
    <message>
        <source>What is the appointment for?</source>
        <translation>Pour quoi est le rendez-vous ?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Your appointments:</source>
        <translation>Vos rendez-vous :</translation>
    </message>
    <message>
        <source>You have no appointments.</source>
        <translation>Vous n'avez pas de rendez-vous.</translation>
    </message>
    <message>
        <source>Check in now for your appointment</source>
        <translation>Signaler mon arrivée</translation>
    </message>
    <message>
        <source>Book an appointment at the counter</source>
        <translation>Prendre rendez-vous au guichet</translation>
    </message>
    <message>
        <source>Book a home visit</source>
        <translation>Demander une visite à domicile</translation>
    </message>
    <message>
        <source>Book a video call</source>
        <translation>Réserver un appel vidéo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>{when}, {service} ({channel}): could not be kept, that time was fully booked. Please book another time.</source>
        <translation>{when}, {service} ({channel}) : n'a pas pu être maintenu, ce créneau était complet. Choisissez un autre moment.</translation>
    </message>
    <message>
        <source>{when}, {service} ({channel}): checked in</source>
        <translation>{when}, {service} ({channel}) : présenté</translation>
    </message>
    <message>
        <source>{when}, {service} ({channel}): booked</source>
        <translation>{when}, {service} ({channel}) : réservé</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <source>Your appointment</source>
        <translation>Votre rendez-vous</translation>
    </message>
    <message>
        <source>Booking your appointment...</source>
        <translation>Réservation de votre rendez-vous...</translation>
    </message>
    <message>
        <source>Booked: {when}, {service} ({channel}). Keep this booking code to check in:</source>
        <translation>Réservé : {when}, {service} ({channel}). Gardez ce code de réservation pour vous présenter :</translation>
    </message>
    <message>
        <source>Saved: {when}, {service} ({channel}). The kiosk is offline: the booking is confirmed as soon as it is back online. If that time is full by then, you will see it at your next visit. Your booking code:</source>
        <translation>Enregistré : {when}, {service} ({channel}). La borne est hors ligne : la réservation sera confirmée dès son retour en ligne. Si ce créneau est complet d'ici là, vous le verrez lors de votre prochaine visite. Votre code de réservation :</translation>
    </message>
    <message>
        <source>Sorry, this time is fully booked. Please choose another time.</source>
        <translation>Désolé, ce créneau est complet. Choisissez un autre moment.</translation>
    </message>
    <message>
        <source>The appointment could not be booked. Please ask at the counter.</source>
        <translation>Le rendez-vous n'a pas pu être réservé. Demandez au guichet.</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Choisir un autre moment</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>SlotsScreen</name>
    <message>
        <source>Choose a time</source>
        <translation>Choisissez un moment</translation>
    </message>
    <message>
        <source>Free times ({channel}):</source>
        <translation>Créneaux libres ({channel}) :</translation>
    </message>
    <message>
        <source>There are no free times in the coming days. Please ask at the counter.</source>
        <translation>Il n'y a pas de créneau libre dans les prochains jours. Demandez au guichet.</translation>
    </message>
    <message>
        <source>{when}: {service}</source>
        <translation>{when} : {service}</translation>
    </message>
    <message>
        <source>Later times</source>
        <translation>Créneaux suivants</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
</TS>
