"""Register codes worded for a certificate in the citizen's language.

The register answers codes (``BE``, ``partner``); the certificate states them in words,
so central words them in the requested language before sending the certificate's data.
A nationality without a word here is shown as its ISO code rather than refused.
"""

from __future__ import annotations

from collections.abc import Mapping

from central.register import Relation

LANGUAGES = ("nl-BE", "fr-BE", "de-BE", "en")

_NATIONALITY: Mapping[str, Mapping[str, str]] = {
    "BE": {"nl-BE": "Belgische", "fr-BE": "belge", "de-BE": "belgische", "en": "Belgian"},
    "ES": {"nl-BE": "Spaanse", "fr-BE": "espagnole", "de-BE": "spanische", "en": "Spanish"},
    "FR": {"nl-BE": "Franse", "fr-BE": "française", "de-BE": "französische", "en": "French"},
    "NL": {
        "nl-BE": "Nederlandse",
        "fr-BE": "néerlandaise",
        "de-BE": "niederländische",
        "en": "Dutch",
    },
    "DE": {"nl-BE": "Duitse", "fr-BE": "allemande", "de-BE": "deutsche", "en": "German"},
}

_RELATION: Mapping[Relation, Mapping[str, str]] = {
    Relation.REFERENCE_PERSON: {
        "nl-BE": "referentiepersoon",
        "fr-BE": "personne de référence",
        "de-BE": "Referenzperson",
        "en": "reference person",
    },
    Relation.PARTNER: {
        "nl-BE": "partner",
        "fr-BE": "partenaire",
        "de-BE": "Partner(in)",
        "en": "partner",
    },
    Relation.CHILD: {"nl-BE": "kind", "fr-BE": "enfant", "de-BE": "Kind", "en": "child"},
    Relation.PARENT: {"nl-BE": "ouder", "fr-BE": "parent", "de-BE": "Elternteil", "en": "parent"},
    Relation.OTHER: {"nl-BE": "ander", "fr-BE": "autre", "de-BE": "andere", "en": "other"},
}


def nationality(code: str, language: str) -> str:
    """The nationality adjective for ISO code ``code`` (the code itself when unknown)."""
    return _NATIONALITY.get(code.upper(), {}).get(language, code.upper())


def relation(value: Relation, language: str) -> str:
    return _RELATION[value][language]
