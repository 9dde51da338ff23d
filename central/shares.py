"""Temporary QR shares of a citizen's data: central serves the chosen subset while valid.

The kiosk makes the token, keeps it only in the QR code, and syncs a ``data_share``
record with the token's SHA-256, the subset, the expiry and a status (``active`` or
``revoked``). A reader with the token gets the subset as JSON-LD (OSLO terms) until the
share expires or the citizen revokes it; each read is written to the person's access
log, so they see who used the share.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, select

from central import tables as t
from central.db import write_tx
from central.my_data import log_access, read_sections
from central.oslo import to_jsonld

log = logging.getLogger(__name__)

_R = t.record.c

SUBSETS: dict[str, tuple[str, ...]] = {
    "identity": ("person",),
    "address": ("person",),
    "meldingen": ("melding",),
    "questions": ("question",),
    "appointments": ("appointment",),
    "certificates": ("certificate_request", "issued_certificate"),
    "consents": ("consent",),
}
"""Names a citizen picks at the kiosk -> the sections they reveal."""

_IDENTITY = ("id", "first_names", "surname", "birth_date", "language")
_ADDRESS = ("id", "street_and_number", "zip", "municipality")


class ShareGone(Exception):
    """The share existed but may no longer be served; ``code`` is expired or revoked."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class UnknownShare(LookupError):
    """No share has this token."""


@dataclass(frozen=True)
class _Share:
    municipality_id: str
    entity_id: str
    fields: dict[str, Any]


def _find(conn: Connection, token_sha256: str) -> _Share | None:
    rows = conn.execute(
        select(_R.municipality_id, _R.entity_id, _R.fields).where(
            _R.entity == "data_share", _R.deleted.is_(False), _R.fields.contains(token_sha256)
        )
    ).all()
    for row in rows:
        fields = json.loads(row.fields)
        if fields.get("token_sha256") == token_sha256:
            return _Share(row.municipality_id, row.entity_id, fields)
    return None


def _expired(expires_at: str, now: dt.datetime) -> bool:
    moment = dt.datetime.fromisoformat(expires_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment <= now


def subset_of(sections: dict[str, list[Any]], subset: list[str]) -> dict[str, list[Any]]:
    """Only the sections (and, for a person, only the fields) the citizen chose."""
    chosen: dict[str, list[Any]] = {}
    person_fields = (_IDENTITY if "identity" in subset else ()) + (
        _ADDRESS if "address" in subset else ()
    )
    for name in subset:
        for section in SUBSETS.get(name, ()):
            if section == "person":
                chosen["person"] = [
                    {k: v for k, v in p.items() if k in person_fields} for p in sections["person"]
                ]
            else:
                chosen[section] = sections.get(section, [])
    return chosen


def read_share(engine: Engine, token: str, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """The shared subset as JSON-LD, after logging the read in the person's access log.

    Raises:
        UnknownShare: no share has this token.
        ShareGone: it expired or was revoked (``code`` says which).
    """
    moment = now or dt.datetime.now(dt.UTC)
    digest = hashlib.sha256(token.encode()).hexdigest()
    with write_tx(engine) as conn:
        share = _find(conn, digest)
        if share is None:
            raise UnknownShare()
        if share.fields.get("status") != "active":
            raise ShareGone("share_revoked")
        if _expired(str(share.fields["expires_at"]), moment):
            raise ShareGone("share_expired")
        person_key = str(share.fields["person_key"])
        subset = [str(s) for s in share.fields.get("subset") or []]
        sections = read_sections(conn, share.municipality_id, person_key)
        actor = f"share:{share.entity_id}"
        log_access(conn, share.municipality_id, person_key, actor, "qr_share", "shared_data")
    log.info("data share %s read", share.entity_id)
    document = to_jsonld(subset_of(sections, subset))
    document["expiresAt"] = share.fields["expires_at"]
    return document
