"""A card read as one JSON-ready report: card, citizen, address, photo and verification.

This is the shape ``fygitaal card read --json`` prints (issue 3) and that scripts and the
support desk rely on; keys are stable, dates are ISO (partial birth dates stay partial).
The national number appears here because the person asked for their own card's content;
it must never be logged.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from card_reader.files import CardFiles
from card_reader.model import Address, Identity
from card_reader.verify import Verification

JsonObject = dict[str, Any]

_OPTIONAL_TEXT = (
    "duplicate",
    "special_organisation",
    "protection_country",
    "work_permit",
    "employer_vat_1",
    "employer_vat_2",
    "regional_file_number",
    "brexit_mention_1",
    "brexit_mention_2",
    "card_a_mention_1",
    "card_a_mention_2",
)
_OPTIONAL_DATES = ("protection_date", "eu_start_date")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def card_section(files: CardFiles, identity: Identity) -> JsonObject:
    """The document itself."""
    return {
        "applet": files.applet.value,
        "card_number": identity.card_number,
        "chip_number": identity.chip_number_hex,
        "validity_begin": _iso(identity.validity_begin),
        "validity_end": _iso(identity.validity_end),
        "delivery_municipality": identity.delivery_municipality,
        "document_type": {
            "code": identity.document_type.code,
            "label": identity.document_type.label("en"),
        },
    }


def citizen_section(identity: Identity) -> JsonObject:
    """The holder, with the foreigner/1.8 fields only when the card carries them."""
    citizen: JsonObject = {
        "national_number": identity.national_number,
        "surname": identity.surname,
        "first_names": identity.first_names,
        "third_initial": identity.third_initial,
        "nationality": identity.nationality,
        "birth_place": identity.birth_place,
        "birth_date": identity.birth_date.iso(),
        "sex": identity.sex.value if identity.sex else None,
        "noble_condition": identity.noble_condition,
        "special_status": identity.special_status,
        "member_of_family": identity.member_of_family,
    }
    for name in _OPTIONAL_TEXT:
        value = getattr(identity, name)
        if value:
            citizen[name] = value
    for name in _OPTIONAL_DATES:
        value = getattr(identity, name)
        if value:
            citizen[name] = value.isoformat()
    return citizen


def address_section(address: Address) -> JsonObject:
    """The legal address."""
    return {
        "street_and_number": address.street_and_number,
        "zip": address.zip,
        "municipality": address.municipality,
    }


def verification_section(verification: Verification) -> JsonObject:
    """Each check as valid/invalid/not_applicable, and the verdict."""
    section: JsonObject = {name: status.value for name, status in verification.checks.items()}
    section["card_validity"] = verification.card_validity.value
    section["verified"] = verification.verified
    return section


def card_report(
    files: CardFiles, identity: Identity, address: Address, verification: Verification
) -> JsonObject:
    """The whole report for one card."""
    photo = files.photo or b""
    return {
        "card": card_section(files, identity),
        "citizen": citizen_section(identity),
        "address": address_section(address),
        "photo": {"bytes": len(photo), "sha256": hashlib.sha256(photo).hexdigest()},
        "verification": verification_section(verification),
    }
