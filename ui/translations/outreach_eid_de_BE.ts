<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>EidPanel</name>
    <message>
        <source>eID and services with the resident</source>
        <translation>eID und Dienste mit dem Bewohner</translation>
    </message>
    <message>
        <source>Read eID</source>
        <translation>eID lesen</translation>
    </message>
    <message>
        <source>Services with the resident</source>
        <translation>Dienste mit dem Bewohner</translation>
    </message>
    <message>
        <source>Reading the eID… keep it in the reader.</source>
        <translation>Die eID wird gelesen… lassen Sie sie im Lesegerät.</translation>
    </message>
    <message>
        <source>This laptop has no card reader.</source>
        <translation>Dieser Laptop hat kein Kartenlesegerät.</translation>
    </message>
    <message>
        <source>eID of {name} verified and linked to this resident.</source>
        <translation>eID von {name} geprüft und mit diesem Bewohner verknüpft.</translation>
    </message>
    <message>
        <source>This laptop cannot match cards yet: connect once to sync, then read again.</source>
        <translation>Dieser Laptop kann noch keine Karten zuordnen: Verbinden Sie ihn einmal zum Synchronisieren und lesen Sie dann erneut.</translation>
    </message>
    <message>
        <source>This eID belongs to someone else, not to the resident of this visit. Nothing was linked.</source>
        <translation>Diese eID gehört jemand anderem, nicht dem Bewohner dieses Besuchs. Es wurde nichts verknüpft.</translation>
    </message>
    <message>
        <source>Record consent first, or choose consent by eID read.</source>
        <translation>Erfassen Sie zuerst die Einwilligung, oder wählen Sie Einwilligung per eID-Lesung.</translation>
    </message>
    <message>
        <source>Fill in the purpose of the consent, then read again.</source>
        <translation>Geben Sie den Zweck der Einwilligung an und lesen Sie dann erneut.</translation>
    </message>
    <message>
        <source>No eID in the reader, or it was taken out during the read. Put it in and read again.</source>
        <translation>Keine eID im Lesegerät, oder sie wurde während des Lesens entnommen. Stecken Sie sie ein und lesen Sie erneut.</translation>
    </message>
    <message>
        <source>This card is not an eID.</source>
        <translation>Diese Karte ist keine eID.</translation>
    </message>
    <message>
        <source>This eID failed the authenticity check: do not use it. The resident should have it checked at the town hall.</source>
        <translation>Diese eID hat die Echtheitsprüfung nicht bestanden: Verwenden Sie sie nicht. Der Bewohner sollte sie im Rathaus prüfen lassen.</translation>
    </message>
    <message>
        <source>This eID has expired: the resident needs a new one at the town hall.</source>
        <translation>Diese eID ist abgelaufen: Der Bewohner braucht im Rathaus eine neue.</translation>
    </message>
    <message>
        <source>The card could not be read. Check the reader and try again.</source>
        <translation>Die Karte konnte nicht gelesen werden. Prüfen Sie das Lesegerät und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>With the resident's consent, put their eID in the reader and read it.</source>
        <translation>Stecken Sie mit Einwilligung des Bewohners dessen eID in das Lesegerät und lesen Sie sie.</translation>
    </message>
</context>
</TS>
