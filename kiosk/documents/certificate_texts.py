"""The wording of certificates in the four kiosk languages.

Certificates are legal documents printed by the core (no Qt), so their text lives here
and not in the Qt translation files. ``{placeholders}`` are filled by the renderer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

LANGUAGES = ("nl-BE", "fr-BE", "de-BE", "en")

_MONTHS: Mapping[str, tuple[str, ...]] = {
    "nl-BE": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december"),
    "fr-BE": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"),
    "de-BE": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip


def long_date(value: dt.date, language: str) -> str:
    """``26 november 2026`` in the document's language (German puts a dot after the day)."""
    month = _MONTHS[language][value.month - 1]
    day = f"{value.day}." if language == "de-BE" else str(value.day)
    return f"{day} {month} {value.year}"


TEXTS: Mapping[str, Mapping[str, str]] = {
    "nl-BE": {
        "municipality": "Gemeente {name}",
        "title.residence": "Bewijs van hoofdverblijfplaats",
        "title.residence_history": "Bewijs van hoofdverblijfplaats met historiek",
        "title.household": "Samenstelling van het gezin",
        "title.life": "Bewijs van leven",
        "title.nationality": "Bewijs van nationaliteit",
        "title.voter": "Bewijs van inschrijving als kiezer",
        "title.cohabitation": "Bewijs van wettelijke samenwoning",
        "intro": "Op basis van het bevolkingsregister verklaart de burgemeester van "
        "{municipality}:",
        "holder": "{name}, geboren op {birth}",
        "holder_place": "{name}, geboren te {place} op {birth}",
        "body.residence": "heeft de hoofdverblijfplaats op het adres {address} sinds {since}.",
        "body.residence_history": "heeft de hoofdverblijfplaats op het adres {address}. "
        "Eerdere adressen:",
        "body.household": "is ingeschreven op het adres {address}, met dit gezin:",
        "body.life": "is in leven op {date}.",
        "body.nationality": "heeft de {nationality} nationaliteit.",
        "body.voter": "is ingeschreven als kiezer in de gemeente {municipality}.",
        "body.cohabitation": "heeft op {since} een verklaring van wettelijke samenwoning "
        "afgelegd met {partner}.",
        "col.address": "Adres",
        "col.from": "Van",
        "col.until": "Tot",
        "col.name": "Naam",
        "col.birth": "Geboren op",
        "col.relation": "Relatie",
        "issued": "Uitgereikt op {date} om {time}.",
        "valid": "Geldig tot en met {date}.",
        "verify": "Echtheid nagaan: scan de QR-code of ga naar {url} met de code {code}.",
        "code": "Verificatiecode: {code}",
        "footer": "Dit document is elektronisch aangemaakt en geldig zonder handtekening.",
    },
    "fr-BE": {
        "municipality": "Commune de {name}",
        "title.residence": "Certificat de résidence principale",
        "title.residence_history": "Certificat de résidence principale avec historique",
        "title.household": "Composition de ménage",
        "title.life": "Certificat de vie",
        "title.nationality": "Certificat de nationalité",
        "title.voter": "Certificat d'inscription comme électeur",
        "title.cohabitation": "Certificat de cohabitation légale",
        "intro": "Sur la base du registre de la population, le bourgmestre de {municipality} "
        "certifie que :",
        "holder": "{name}, né(e) le {birth}",
        "holder_place": "{name}, né(e) à {place} le {birth}",
        "body.residence": "a sa résidence principale à l'adresse {address} depuis le {since}.",
        "body.residence_history": "a sa résidence principale à l'adresse {address}. "
        "Adresses précédentes :",
        "body.household": "est inscrit(e) à l'adresse {address}, avec le ménage suivant :",
        "body.life": "est en vie le {date}.",
        "body.nationality": "a la nationalité {nationality}.",
        "body.voter": "est inscrit(e) comme électeur dans la commune de {municipality}.",
        "body.cohabitation": "a fait le {since} une déclaration de cohabitation légale avec "
        "{partner}.",
        "col.address": "Adresse",
        "col.from": "Du",
        "col.until": "Au",
        "col.name": "Nom",
        "col.birth": "Né(e) le",
        "col.relation": "Lien",
        "issued": "Délivré le {date} à {time}.",
        "valid": "Valable jusqu'au {date} inclus.",
        "verify": "Vérifier l'authenticité : scannez le code QR ou allez sur {url} avec le "
        "code {code}.",
        "code": "Code de vérification : {code}",
        "footer": "Ce document a été établi électroniquement et est valable sans signature.",
    },
    "de-BE": {
        "municipality": "Gemeinde {name}",
        "title.residence": "Bescheinigung des Hauptwohnortes",
        "title.residence_history": "Bescheinigung des Hauptwohnortes mit Verlauf",
        "title.household": "Haushaltszusammensetzung",
        "title.life": "Lebensbescheinigung",
        "title.nationality": "Staatsangehörigkeitsbescheinigung",
        "title.voter": "Bescheinigung der Eintragung als Wähler",
        "title.cohabitation": "Bescheinigung des gesetzlichen Zusammenwohnens",
        "intro": "Auf Grundlage des Bevölkerungsregisters bescheinigt der Bürgermeister von "
        "{municipality}:",
        "holder": "{name}, geboren am {birth}",
        "holder_place": "{name}, geboren in {place} am {birth}",
        "body.residence": "hat seinen Hauptwohnort unter der Adresse {address} seit dem {since}.",
        "body.residence_history": "hat seinen Hauptwohnort unter der Adresse {address}. "
        "Frühere Adressen:",
        "body.household": "ist unter der Adresse {address} eingetragen, mit diesem Haushalt:",
        "body.life": "ist am {date} am Leben.",
        "body.nationality": "besitzt die {nationality} Staatsangehörigkeit.",
        "body.voter": "ist in der Gemeinde {municipality} als Wähler eingetragen.",
        "body.cohabitation": "hat am {since} eine Erklärung des gesetzlichen Zusammenwohnens "
        "mit {partner} abgegeben.",
        "col.address": "Adresse",
        "col.from": "Von",
        "col.until": "Bis",
        "col.name": "Name",
        "col.birth": "Geboren am",
        "col.relation": "Beziehung",
        "issued": "Ausgestellt am {date} um {time}.",
        "valid": "Gültig bis einschließlich {date}.",
        "verify": "Echtheit prüfen: QR-Code scannen oder {url} mit dem Code {code} aufrufen.",
        "code": "Prüfcode: {code}",
        "footer": "Dieses Dokument wurde elektronisch erstellt und ist ohne Unterschrift gültig.",
    },
    "en": {
        "municipality": "Municipality of {name}",
        "title.residence": "Certificate of main residence",
        "title.residence_history": "Certificate of main residence with history",
        "title.household": "Household composition",
        "title.life": "Life certificate",
        "title.nationality": "Certificate of nationality",
        "title.voter": "Certificate of voter registration",
        "title.cohabitation": "Certificate of legal cohabitation",
        "intro": "Based on the population register, the mayor of {municipality} certifies that:",
        "holder": "{name}, born on {birth}",
        "holder_place": "{name}, born in {place} on {birth}",
        "body.residence": "has their main residence at {address} since {since}.",
        "body.residence_history": "has their main residence at {address}. Earlier addresses:",
        "body.household": "is registered at {address}, with this household:",
        "body.life": "is alive on {date}.",
        "body.nationality": "has {nationality} nationality.",
        "body.voter": "is registered as a voter in the municipality of {municipality}.",
        "body.cohabitation": "made a declaration of legal cohabitation with {partner} on {since}.",
        "col.address": "Address",
        "col.from": "From",
        "col.until": "Until",
        "col.name": "Name",
        "col.birth": "Born on",
        "col.relation": "Relation",
        "issued": "Issued on {date} at {time}.",
        "valid": "Valid up to and including {date}.",
        "verify": "Check that it is genuine: scan the QR code or go to {url} with the code {code}.",
        "code": "Verification code: {code}",
        "footer": "This document was produced electronically and is valid without a signature.",
    },
}
