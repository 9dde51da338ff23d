"""Finding a melding or question by the reference a kiosk gave the citizen.

Kiosks make the reference from the record's UUIDv7 without asking central: a kind
letter ("M" melding, "V" question) and the id's last 40 bits in Crockford base-32
(``M-7K3Q-9F2A``). This module reads it back the same way (`kiosk.references` writes
it; central may not import device code, so a test checks that both agree) and finds the
record whose id ends in those hex digits. A guest can thus follow a melding at any kiosk.
Only what the citizen may see is returned: status, category, history dates, the answer
of a question; never the person, the description or the photo of a melding.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from sqlalchemy import Engine, select

from central import tables as t
from central.db import read_tx

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
ENTITY_BY_PREFIX = {"M": "melding", "V": "question"}
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
_TYPED = re.compile(r"[^0-9A-Z]")
_R = t.record.c


def iso_time(value: Any) -> str | None:
    """A history time as ISO 8601 text: devices write text, the back office epoch seconds."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return dt.datetime.fromtimestamp(value, dt.UTC).isoformat(timespec="seconds")
    return str(value)


def parse(reference: str) -> tuple[str, str] | None:
    """(entity, the hex digits the id ends with), or None for something else."""
    plain = _TYPED.sub("", reference.upper())
    if len(plain) != 9 or plain[0] not in ENTITY_BY_PREFIX:
        return None
    value = 0
    for ch in plain[1:].translate(_CONFUSABLE):
        index = ALPHABET.find(ch)
        if index < 0:
            return None
        value = value * 32 + index
    return ENTITY_BY_PREFIX[plain[0]], f"{value:010x}"


def find(engine: Engine, municipality_id: str, reference: str) -> dict[str, Any] | None:
    """What the citizen may see of the record with ``reference``, or None."""
    parsed = parse(reference)
    if parsed is None:
        return None
    entity, suffix = parsed
    with read_tx(engine) as conn:
        rows = conn.execute(
            select(_R.entity_id, _R.fields)
            .where(_R.municipality_id == municipality_id, _R.entity == entity)
            .where(_R.entity_id.like(f"%{suffix}"), _R.deleted.is_(False))
        ).all()
    matches = [(entity_id, json.loads(fields)) for entity_id, fields in rows]
    if len(matches) != 1:
        return None  # none, or (astronomically rarely) two: never show the wrong one
    entity_id, fields = matches[0]
    if entity == "melding":
        return {
            "kind": "melding",
            "id": entity_id,
            "reference": fields.get("reference") or "",
            "category": fields.get("category") or "",
            "status": fields.get("status") or "",
            "status_history": [
                {"status": e.get("status"), "at": iso_time(e.get("at"))}
                for e in fields.get("status_history") or []
                if isinstance(e, dict)
            ],
        }
    return {
        "kind": "question",
        "id": entity_id,
        "text": fields.get("text") or "",
        "status": fields.get("status") or "",
        "answer": fields.get("answer") or "",
        "open_until": fields.get("open_until") or "",
        "thread": [
            {"by": e.get("by"), "text": e.get("text"), "at": iso_time(e.get("at"))}
            for e in fields.get("thread") or []
            if isinstance(e, dict)
        ],
    }
