"""What the municipality holds about one person ("my data"), and who looked at it.

Records name a person by ``person_key`` (kiosk and register records) or by ``person_id``
(the id of a ``person`` record: outreach visits, consents). `collect` gathers both and
writes an ``access_log`` record for the read itself in the same transaction, so the
person sees this very look-up in the log it returns. Votes are never part of it: a
vote carries no person (ballot secrecy).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, select

from central import tables as t
from central.db import write_tx
from central.feed import Positions, load, save
from offline_sync.protocol import new_id

log = logging.getLogger(__name__)

_R = t.record.c

BY_PERSON_KEY = (
    "person",
    "melding",
    "question",
    "appointment",
    "certificate_request",
    "data_share",
    "visit_request",
    "access_log",
)
BY_PERSON_ID = ("consent", "contact_moment", "visit", "access_log", "referral")
SECTIONS = (
    "person",
    "melding",
    "question",
    "appointment",
    "certificate_request",
    "issued_certificate",
    "consent",
    "contact_moment",
    "visit",
    "referral",
    "visit_request",
    "data_share",
    "access_log",
)
_HIDDEN = {"data_share": ("token_sha256",)}  # a share's token digest stays on central


def _rows(conn: Connection, municipality_id: str, query: Any) -> Iterable[Any]:
    return conn.execute(
        query.where(_R.municipality_id == municipality_id, _R.deleted.is_(False))
    ).all()


def read_sections(conn: Connection, municipality_id: str, person_key: str) -> dict[str, list[Any]]:
    """Every live record about the person, by entity (`SECTIONS`), oldest first."""
    found: dict[str, dict[str, Any]] = {}
    base = select(_R.entity, _R.entity_id, _R.fields, _R.position)
    for row in _rows(conn, municipality_id, base.where(_R.person_key == person_key)):
        if row.entity in BY_PERSON_KEY:
            found[row.entity_id] = {"entity": row.entity, "id": row.entity_id, "row": row}
    person_ids = {v["id"] for v in found.values() if v["entity"] == "person"}
    if person_ids:
        for row in _rows(conn, municipality_id, base.where(_R.entity.in_(BY_PERSON_ID))):
            fields = json.loads(row.fields)
            if fields.get("person_id") in person_ids:
                found[row.entity_id] = {"entity": row.entity, "id": row.entity_id, "row": row}
    sections: dict[str, list[Any]] = {name: [] for name in SECTIONS}
    for item in sorted(found.values(), key=lambda v: v["row"].position):
        fields = json.loads(item["row"].fields)
        for hidden in _HIDDEN.get(item["entity"], ()):
            fields.pop(hidden, None)
        sections[item["entity"]].append({"id": item["id"], **fields})
    sections["issued_certificate"] = _issued(conn, municipality_id, sections["certificate_request"])
    return sections


def _issued(conn: Connection, municipality_id: str, requests: list[Any]) -> list[Any]:
    codes = [r["verification_code"] for r in requests if r.get("verification_code")]
    if not codes:
        return []
    c = t.issued_certificate.c
    rows = conn.execute(
        select(c.code, c.kind, c.language, c.issued_at, c.valid_until, c.revoked_at).where(
            c.municipality_id == municipality_id, c.code.in_(codes)
        )
    ).all()
    return [
        {
            "verification_code": r.code,
            "kind": r.kind,
            "language": r.language,
            "issued_at": dt.datetime.fromtimestamp(r.issued_at, dt.UTC).isoformat(),
            "valid_until": r.valid_until.isoformat(),
            "revoked": r.revoked_at is not None,
        }
        for r in rows
    ]


def log_access(  # noqa: PLR0917 - the facts of one access
    conn: Connection,
    municipality_id: str,
    person_key: str,
    actor: str,
    role: str,
    purpose: str,
) -> None:
    """Write an ``access_log`` record (it travels to the person's kiosk session by sync)."""
    positions = Positions(conn, municipality_id)
    rec = load(conn, municipality_id, "access_log", new_id())
    fields = {
        "person_key": person_key,
        "actor": actor,
        "role": role,
        "purpose": purpose,
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    save(conn, positions, rec, fields)
    positions.flush()


def collect(
    engine: Engine, municipality_id: str, person_key: str, *, actor: str, role: str
) -> dict[str, list[Any]]:
    """The person's records, after logging this read as an access of theirs."""
    with write_tx(engine) as conn:
        log_access(conn, municipality_id, person_key, actor, role, "my_data")
        sections = read_sections(conn, municipality_id, person_key)
    log.info("my data read for a person by %s", actor)
    return sections
