<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EidPanel</name>
    <message>
        <source>eID and services with the resident</source>
        <translation>eID and services with the resident</translation>
    </message>
    <message>
        <source>Read eID</source>
        <translation>Read eID</translation>
    </message>
    <message>
        <source>Services with the resident</source>
        <translation>Services with the resident</translation>
    </message>
    <message>
        <source>Reading the eID… keep it in the reader.</source>
        <translation>Reading the eID… keep it in the reader.</translation>
    </message>
    <message>
        <source>This laptop has no card reader.</source>
        <translation>This laptop has no card reader.</translation>
    </message>
    <message>
        <source>eID of {name} verified and linked to this resident.</source>
        <translation>eID of {name} verified and linked to this resident.</translation>
    </message>
    <message>
        <source>This laptop cannot match cards yet: connect once to sync, then read again.</source>
        <translation>This laptop cannot match cards yet: connect once to sync, then read again.</translation>
    </message>
    <message>
        <source>This eID belongs to someone else, not to the resident of this visit. Nothing was linked.</source>
        <translation>This eID belongs to someone else, not to the resident of this visit. Nothing was linked.</translation>
    </message>
    <message>
        <source>Record consent first, or choose consent by eID read.</source>
        <translation>Record consent first, or choose consent by eID read.</translation>
    </message>
    <message>
        <source>Fill in the purpose of the consent, then read again.</source>
        <translation>Fill in the purpose of the consent, then read again.</translation>
    </message>
    <message>
        <source>No eID in the reader, or it was taken out during the read. Put it in and read again.</source>
        <translation>No eID in the reader, or it was taken out during the read. Put it in and read again.</translation>
    </message>
    <message>
        <source>This card is not an eID.</source>
        <translation>This card is not an eID.</translation>
    </message>
    <message>
        <source>This eID failed the authenticity check: do not use it. The resident should have it checked at the town hall.</source>
        <translation>This eID failed the authenticity check: do not use it. The resident should have it checked at the town hall.</translation>
    </message>
    <message>
        <source>This eID has expired: the resident needs a new one at the town hall.</source>
        <translation>This eID has expired: the resident needs a new one at the town hall.</translation>
    </message>
    <message>
        <source>The card could not be read. Check the reader and try again.</source>
        <translation>The card could not be read. Check the reader and try again.</translation>
    </message>
    <message>
        <source>With the resident's consent, put their eID in the reader and read it.</source>
        <translation>With the resident's consent, put their eID in the reader and read it.</translation>
    </message>
</context>
</TS>
