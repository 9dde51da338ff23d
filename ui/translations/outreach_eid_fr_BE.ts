<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>EidPanel</name>
    <message>
        <source>eID and services with the resident</source>
        <translation>eID et services avec le résident</translation>
    </message>
    <message>
        <source>Read eID</source>
        <translation>Lire l'eID</translation>
    </message>
    <message>
        <source>Services with the resident</source>
        <translation>Services avec le résident</translation>
    </message>
    <message>
        <source>Reading the eID… keep it in the reader.</source>
        <translation>Lecture de l'eID… laissez-la dans le lecteur.</translation>
    </message>
    <message>
        <source>This laptop has no card reader.</source>
        <translation>Cet ordinateur portable n'a pas de lecteur de cartes.</translation>
    </message>
    <message>
        <source>eID of {name} verified and linked to this resident.</source>
        <translation>eID de {name} vérifiée et liée à ce résident.</translation>
    </message>
    <message>
        <source>This laptop cannot match cards yet: connect once to sync, then read again.</source>
        <translation>Cet ordinateur ne peut pas encore associer de cartes : connectez-vous une fois pour synchroniser, puis relisez.</translation>
    </message>
    <message>
        <source>This eID belongs to someone else, not to the resident of this visit. Nothing was linked.</source>
        <translation>Cette eID appartient à quelqu'un d'autre, pas au résident de cette visite. Rien n'a été lié.</translation>
    </message>
    <message>
        <source>Record consent first, or choose consent by eID read.</source>
        <translation>Enregistrez d'abord le consentement, ou choisissez le consentement par lecture de l'eID.</translation>
    </message>
    <message>
        <source>Fill in the purpose of the consent, then read again.</source>
        <translation>Indiquez la finalité du consentement, puis relisez.</translation>
    </message>
    <message>
        <source>No eID in the reader, or it was taken out during the read. Put it in and read again.</source>
        <translation>Pas d'eID dans le lecteur, ou elle a été retirée pendant la lecture. Insérez-la et relisez.</translation>
    </message>
    <message>
        <source>This card is not an eID.</source>
        <translation>Cette carte n'est pas une eID.</translation>
    </message>
    <message>
        <source>This eID failed the authenticity check: do not use it. The resident should have it checked at the town hall.</source>
        <translation>Cette eID n'a pas passé le contrôle d'authenticité : ne l'utilisez pas. Le résident doit la faire vérifier à la maison communale.</translation>
    </message>
    <message>
        <source>This eID has expired: the resident needs a new one at the town hall.</source>
        <translation>Cette eID est expirée : le résident doit en demander une nouvelle à la maison communale.</translation>
    </message>
    <message>
        <source>The card could not be read. Check the reader and try again.</source>
        <translation>La carte n'a pas pu être lue. Vérifiez le lecteur et réessayez.</translation>
    </message>
    <message>
        <source>With the resident's consent, put their eID in the reader and read it.</source>
        <translation>Avec le consentement du résident, insérez son eID dans le lecteur et lisez-la.</translation>
    </message>
</context>
</TS>
