"""Each municipality's pseudonym secret: made once on first use, kept only centrally.

Devices turn a national number into a ``person_key`` (and a poll's ``voter_key``) with an
HMAC under this secret (``kiosk.pseudonyms``), so the same person gets the same key at
every kiosk and laptop of the municipality, and another municipality's keys cannot be
joined to them. The secret is never logged and never changes: a new one would orphan
every record already keyed with the old.
"""

from __future__ import annotations

import logging
import secrets

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError

from central import tables as t
from central.db import read_tx, write_tx
from central.security import now

log = logging.getLogger(__name__)

SECRET_BYTES = 32
_S = t.pseudonym_secret.c


def pseudonym_secret(engine: Engine, municipality_id: str) -> bytes:
    """The municipality's secret, created the first time anyone asks for it."""
    found = _read(engine, municipality_id)
    if found is not None:
        return found
    secret = secrets.token_bytes(SECRET_BYTES)
    try:
        with write_tx(engine) as conn:
            row = conn.execute(
                select(_S.secret).where(_S.municipality_id == municipality_id)
            ).first()
            if row is not None:  # made meanwhile (SQLite serialises writers: seen here)
                return bytes.fromhex(row.secret)
            conn.execute(
                t.pseudonym_secret.insert().values(
                    municipality_id=municipality_id, secret=secret.hex(), created_at=now()
                )
            )
    except IntegrityError:  # PostgreSQL: another request inserted it first; theirs stands
        stored = _read(engine, municipality_id)
        if stored is None:
            raise
        return stored
    log.info("made the pseudonym secret of municipality %s", municipality_id)
    return secret


def _read(engine: Engine, municipality_id: str) -> bytes | None:
    with read_tx(engine) as conn:
        row = conn.execute(select(_S.secret).where(_S.municipality_id == municipality_id)).first()
    return None if row is None else bytes.fromhex(row.secret)
