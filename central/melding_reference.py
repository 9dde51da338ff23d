"""Reference data for meldingen, owned by central: categories and the address list.

Both are records in the generic record table (``service_category`` and ``address``,
scope REFERENCE, read-only on devices), written at a new feed position like a back-office
change, so every device of the municipality receives them with its next pull. Their ids
are derived from what identifies them (the category code; street, number, box and
postcode), so creating the same category again updates it and seeding twice adds nothing.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from central.db import write_tx
from central.default_categories import DEFAULT_CATEGORIES, DEMO_NUMBERS, DEMO_POSTCODE, DEMO_STREETS
from central.feed import Positions, load, save

log = logging.getLogger(__name__)

LANGUAGES = ("nl-BE", "fr-BE", "de-BE", "en")
DATATYPES = ("singlevaluelist", "string", "text", "number")
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_NAMESPACE = uuid.UUID("5d3c1f8e-6a0b-4c1e-9a57-2f0e8d6b7a41")


class ReferenceDataError(ValueError):
    """Reference data that cannot be published as given; the message says what to fix."""

    @property
    def user_message(self) -> str:
        return str(self)


@dataclass(frozen=True)
class AddressEntry:
    street: str
    number: str
    postcode: str
    municipality: str
    box: str = ""


def category_id(municipality_id: str, code: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{municipality_id}/service_category/{code}"))


def address_id(municipality_id: str, entry: AddressEntry) -> str:
    key = f"{entry.street}|{entry.number}|{entry.box}|{entry.postcode}".lower()
    return str(uuid.uuid5(_NAMESPACE, f"{municipality_id}/address/{key}"))


def check_category(code: str, labels: Mapping[str, str], questions: list[Any]) -> None:
    """Raise `ReferenceDataError` for what a kiosk could not show."""
    if not _CODE.match(code):
        raise ReferenceDataError(f"category code {code!r}: lowercase letters, digits and '_'")
    if not labels.get("nl-BE"):
        raise ReferenceDataError("a category needs at least a Dutch (nl-BE) label")
    unknown = set(labels) - set(LANGUAGES)
    if unknown:
        raise ReferenceDataError(f"labels in unknown languages: {', '.join(sorted(unknown))}")
    for question in questions:
        if not isinstance(question, Mapping) or not isinstance(question.get("code"), str):
            raise ReferenceDataError("every question needs a 'code'")
        if question.get("datatype", "string") not in DATATYPES:
            raise ReferenceDataError(f"question {question['code']!r}: datatype one of {DATATYPES}")
        description = question.get("description")
        if not isinstance(description, Mapping) or not description.get("nl-BE"):
            raise ReferenceDataError(f"question {question['code']!r} needs an nl-BE description")
        if question.get("datatype") == "singlevaluelist" and not question.get("values"):
            raise ReferenceDataError(f"question {question['code']!r} lists no values")


def publish_category(
    engine: Engine,
    municipality_id: str,
    code: str,
    labels: Mapping[str, str],
    questions: list[Any],
    *,
    active: bool = True,
) -> str:
    """Create or update a category; returns its id. Devices receive it by sync."""
    check_category(code, labels, questions)
    fields = {"code": code, "labels": dict(labels), "questions": questions, "active": active}
    record_id = category_id(municipality_id, code)
    _write(engine, municipality_id, "service_category", [(record_id, fields)])
    log.info("category %s published in %s", code, municipality_id)
    return record_id


def publish_addresses(engine: Engine, municipality_id: str, entries: Iterable[AddressEntry]) -> int:
    """Add addresses to the list (unchanged ones are left alone); returns how many changed."""
    records = []
    for entry in entries:
        if not (entry.street.strip() and entry.number.strip() and entry.postcode.strip()):
            raise ReferenceDataError("an address needs a street, a number and a postcode")
        fields = {
            "street": entry.street.strip(),
            "number": entry.number.strip(),
            "box": entry.box.strip() or None,
            "postcode": entry.postcode.strip(),
            "municipality": entry.municipality.strip(),
        }
        records.append((address_id(municipality_id, entry), fields))
    return _write(engine, municipality_id, "address", records)


def _write(
    engine: Engine, municipality_id: str, entity: str, records: list[tuple[str, dict[str, Any]]]
) -> int:
    changed = 0
    with write_tx(engine) as conn:
        positions = Positions(conn, municipality_id)
        for record_id, fields in records:
            rec = load(conn, municipality_id, entity, record_id)
            changes = {k: v for k, v in fields.items() if rec.fields.get(k) != v or not rec.exists}
            if not changes:
                continue
            save(conn, positions, rec, changes)
            changed += 1
        positions.flush()
    return changed


def demo_addresses(municipality_name: str) -> list[AddressEntry]:
    """A synthetic address list: the demo population's streets, numbers 1 to 40."""
    return [
        AddressEntry(street, str(number), DEMO_POSTCODE, municipality_name)
        for street in DEMO_STREETS
        for number in range(1, DEMO_NUMBERS + 1)
    ]


def seed_demo(engine: Engine, municipality_id: str, municipality_name: str) -> tuple[int, int]:
    """The default categories and the synthetic address list; returns (categories, addresses)."""
    for category in DEFAULT_CATEGORIES:
        publish_category(
            engine, municipality_id, category["code"], category["labels"], category["questions"]
        )
    added = publish_addresses(engine, municipality_id, demo_addresses(municipality_name))
    return len(DEFAULT_CATEGORIES), added
