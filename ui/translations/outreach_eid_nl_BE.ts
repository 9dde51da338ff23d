<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>EidPanel</name>
    <message>
        <source>eID and services with the resident</source>
        <translation>eID en diensten met de bewoner</translation>
    </message>
    <message>
        <source>Read eID</source>
        <translation>eID lezen</translation>
    </message>
    <message>
        <source>Services with the resident</source>
        <translation>Diensten met de bewoner</translation>
    </message>
    <message>
        <source>Reading the eID… keep it in the reader.</source>
        <translation>De eID wordt gelezen… laat ze in de lezer.</translation>
    </message>
    <message>
        <source>This laptop has no card reader.</source>
        <translation>Deze laptop heeft geen kaartlezer.</translation>
    </message>
    <message>
        <source>eID of {name} verified and linked to this resident.</source>
        <translation>eID van {name} gecontroleerd en gekoppeld aan deze bewoner.</translation>
    </message>
    <message>
        <source>This laptop cannot match cards yet: connect once to sync, then read again.</source>
        <translation>Deze laptop kan nog geen kaarten koppelen: maak één keer verbinding om te synchroniseren en lees dan opnieuw.</translation>
    </message>
    <message>
        <source>This eID belongs to someone else, not to the resident of this visit. Nothing was linked.</source>
        <translation>Deze eID is van iemand anders, niet van de bewoner van dit bezoek. Er werd niets gekoppeld.</translation>
    </message>
    <message>
        <source>Record consent first, or choose consent by eID read.</source>
        <translation>Registreer eerst de toestemming, of kies toestemming via eID-lezing.</translation>
    </message>
    <message>
        <source>Fill in the purpose of the consent, then read again.</source>
        <translation>Vul het doel van de toestemming in en lees dan opnieuw.</translation>
    </message>
    <message>
        <source>No eID in the reader, or it was taken out during the read. Put it in and read again.</source>
        <translation>Er zit geen eID in de lezer, of ze werd tijdens het lezen uitgenomen. Steek ze in en lees opnieuw.</translation>
    </message>
    <message>
        <source>This card is not an eID.</source>
        <translation>Deze kaart is geen eID.</translation>
    </message>
    <message>
        <source>This eID failed the authenticity check: do not use it. The resident should have it checked at the town hall.</source>
        <translation>Deze eID is niet door de echtheidscontrole gekomen: gebruik ze niet. De bewoner laat ze best nakijken in het gemeentehuis.</translation>
    </message>
    <message>
        <source>This eID has expired: the resident needs a new one at the town hall.</source>
        <translation>Deze eID is vervallen: de bewoner heeft een nieuwe nodig in het gemeentehuis.</translation>
    </message>
    <message>
        <source>The card could not be read. Check the reader and try again.</source>
        <translation>De kaart kon niet gelezen worden. Controleer de lezer en probeer opnieuw.</translation>
    </message>
    <message>
        <source>With the resident's consent, put their eID in the reader and read it.</source>
        <translation>Steek met toestemming van de bewoner diens eID in de lezer en lees ze.</translation>
    </message>
</context>
</TS>
