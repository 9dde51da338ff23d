"""Filing a melding at the kiosk and following its status, online or not.

A melding is written to the local store in one transaction with its optional photo (so
they commit together), by the actor ``citizen``; the outbox trigger makes the op, and the
sync loop takes it to central. The reference number is derived from the new record's id
(`kiosk.references`), so it is shown at once, also offline. Statuses are OSLO
``MeldingStatuswaarde`` codes (511 Ingediend ... 138 Definitief gesloten); a new melding
is 511 with one entry in its status history.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from kiosk.addresses import Address, AddressIndex
from kiosk.citizen import actor_for
from kiosk.references import MELDING_PREFIX, parse_reference, reference_for
from kiosk.service_categories import Category
from offline_sync.attachments import add_attachment
from offline_sync.outbox import set_actor
from offline_sync.protocol import new_id

log = logging.getLogger(__name__)

SUBMITTED = "511"
"""OSLO MeldingStatuswaarde Ingediend: every new melding starts here."""
MAX_DESCRIPTION = 1000
PHOTO_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}


@dataclass
class MeldingDraft:
    """What the citizen has told so far; the wizard fills it screen by screen."""

    category: Category | None = None
    answers: dict[str, str] = field(default_factory=dict)
    address: Address | None = None
    description: str = ""
    photo: Path | None = None

    @property
    def complete(self) -> bool:
        """Category and address are needed; the rest is optional."""
        return self.category is not None and self.address is not None


@dataclass(frozen=True)
class FiledMelding:
    melding_id: str
    reference: str


@dataclass(frozen=True)
class StatusEntry:
    status: str
    at: str


@dataclass(frozen=True)
class MeldingStatus:
    """What the citizen may see of a melding: no description, no photo, no person."""

    reference: str
    category: str
    status: str
    history: tuple[StatusEntry, ...] = ()
    address: str = ""


def photo_type(path: Path) -> str | None:
    """The content type of a photo file by its name, or None when it is no JPEG/PNG."""
    return PHOTO_TYPES.get(path.suffix.lower())


def address_field(address: Address) -> dict[str, str]:
    """The ``melding.address`` JSON: the address list entry it points at."""
    return {
        "address_id": address.address_id,
        "street": address.street,
        "number": address.number,
        "box": address.box,
        "postcode": address.postcode,
        "municipality": address.municipality,
    }


def file_melding(
    engine: Engine,
    draft: MeldingDraft,
    *,
    person_key: str | None = None,
    channel: str = "kiosk",
    assisted_by: str | None = None,
) -> FiledMelding:
    """Store the melding (and photo) locally; the sync loop sends it.

    Raises:
        ValueError: the draft lacks a category or address.
        AttachmentError: the photo cannot be kept (too large, wrong type, empty).
    """
    if draft.category is None or draft.address is None:
        raise ValueError("a melding needs a category and an address")
    melding_id = new_id()
    reference = reference_for(melding_id, MELDING_PREFIX)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    history = [{"id": new_id(), "status": SUBMITTED, "at": now, "by": actor_for(assisted_by)}]
    with engine.begin() as connection:
        set_actor(connection, actor_for(assisted_by))  # never the resident alone
        attachments: list[dict[str, Any]] = []
        if draft.photo is not None:
            kind = photo_type(draft.photo) or "application/octet-stream"
            attachments.append(add_attachment(connection, draft.photo, kind).as_field())
        connection.execute(
            text(
                "INSERT INTO melding (id, reference, category, answers, address, description,"
                " status, status_history, attachments, person_key, channel, assisted_by)"
                " VALUES (:id, :reference, :category, :answers, :address, :description,"
                " :status, :history, :attachments, :person_key, :channel, :assisted_by)"
            ),
            {
                "id": melding_id,
                "reference": reference,
                "category": draft.category.code,
                "answers": json.dumps(draft.answers),
                "address": json.dumps(address_field(draft.address)),
                "description": draft.description.strip()[:MAX_DESCRIPTION] or None,
                "status": SUBMITTED,
                "history": json.dumps(history),
                "attachments": json.dumps(attachments),
                "person_key": person_key,
                "channel": channel,
                "assisted_by": assisted_by,
            },
        )
    log.info("melding %s filed (category %s)", reference, draft.category.code)
    return FiledMelding(melding_id, reference)


def load_address_index(connection: Connection) -> AddressIndex:
    """The municipality's address list as synced to this device."""
    rows = connection.execute(
        text(
            "SELECT id, street, number, postcode, municipality, box FROM address WHERE _deleted = 0"
        )
    ).all()
    return AddressIndex(
        Address(row[0], row[1] or "", row[2] or "", row[3] or "", row[4] or "", row[5] or "")
        for row in rows
        if row[1] and row[2]
    )


def status_from_fields(fields: Mapping[str, Any]) -> MeldingStatus:
    """A `MeldingStatus` from a melding's fields (JSON decoded), locally or from central."""
    history = tuple(
        StatusEntry(str(e.get("status", "")), iso_time(e.get("at")))
        for e in _list(fields.get("status_history"))
        if isinstance(e, Mapping)
    )
    address = fields.get("address")
    label = ""
    if isinstance(address, Mapping):
        label = f"{address.get('street', '')} {address.get('number', '')}".strip()
    return MeldingStatus(
        reference=str(fields.get("reference") or ""),
        category=str(fields.get("category") or ""),
        status=str(fields.get("status") or SUBMITTED),
        history=tuple(sorted(history, key=lambda e: e.at)),
        address=label,
    )


def iso_time(value: Any) -> str:
    """A history time as ISO 8601 text: devices write text, central's back office epoch seconds."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC).isoformat(timespec="seconds")
    return "" if value is None else str(value)


def _list(value: Any) -> list[Any]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    return value if isinstance(value, list) else []


_COLUMNS = "reference, category, status, status_history, address"


def _row_status(row: Any) -> MeldingStatus:
    address = _list(f"[{row[4]}]") if row[4] else []
    return status_from_fields(
        {
            "reference": row[0],
            "category": row[1],
            "status": row[2],
            "status_history": row[3],
            "address": address[0] if address else None,
        }
    )


def find_local(connection: Connection, typed: str) -> MeldingStatus | None:
    """The melding with this reference if this kiosk holds it."""
    reference = parse_reference(typed)
    if reference is None or reference.prefix != MELDING_PREFIX:
        return None
    row = connection.execute(
        text(f"SELECT {_COLUMNS} FROM melding WHERE reference = :ref AND _deleted = 0"),  # noqa: S608
        {"ref": reference.text},
    ).first()
    return None if row is None else _row_status(row)


def list_for_person(connection: Connection, person_key: str) -> list[MeldingStatus]:
    """The identified citizen's meldingen held here (pulled by person scope), newest first."""
    rows = connection.execute(
        text(
            f"SELECT {_COLUMNS} FROM melding WHERE person_key = :key AND _deleted = 0"  # noqa: S608
            " ORDER BY id DESC"
        ),
        {"key": person_key},
    ).all()
    return [_row_status(row) for row in rows]
