"""Attachments on central: content-addressed, uploaded in chunks, kept in the database.

An attachment is addressed by the SHA-256 of its content within its municipality. The
bytes live in ``attachment_chunk`` rows next to an ``attachment`` row that counts what
arrived, so the count a device resumes from and the stored bytes always change in one
transaction: a crash or a dropped connection can never leave a count that runs ahead of
the data. When the last byte arrives the whole content is hashed; a mismatch discards
everything and the device starts again. Keeping the bytes in the database (not in a
folder beside it) means one store to back up, restore and distribute by municipality,
on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    LargeBinary,
    PrimaryKeyConstraint,
    Row,
    Table,
    Text,
    and_,
    delete,
    exists,
    select,
    update,
)
from sqlalchemy.sql.elements import ColumnElement

from central.db import read_tx, write_tx
from central.security import now
from central.tables import metadata, record
from offline_sync.protocol import AttachmentStatus

log = logging.getLogger(__name__)

attachment = Table(
    "attachment",
    metadata,
    Column("municipality_id", Text, nullable=False),
    Column("sha256", Text, nullable=False),
    Column("content_type", Text, nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("received", BigInteger, nullable=False),
    Column("complete", Boolean, nullable=False),
    Column("uploaded_by", Text, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    PrimaryKeyConstraint("municipality_id", "sha256"),
)

attachment_chunk = Table(
    "attachment_chunk",
    metadata,
    Column("municipality_id", Text, nullable=False),
    Column("sha256", Text, nullable=False),
    Column("start", BigInteger, nullable=False),
    Column("data", LargeBinary, nullable=False),
    PrimaryKeyConstraint("municipality_id", "sha256", "start"),
)

_A = attachment.c
_C = attachment_chunk.c


class OffsetMismatch(Exception):
    """The chunk does not continue where central is; ask the status and resume there."""

    def __init__(self, received: int) -> None:
        super().__init__(f"central holds {received} bytes of this attachment; resume there")
        self.received = received


class UploadConflict(Exception):
    """Another upload of the same content declared a different size or type."""


class HashMismatch(Exception):
    """The complete content does not hash to its address; everything was discarded."""


@dataclass(frozen=True)
class Chunk:
    """One ``PUT``: bytes ``data`` at ``start`` of an attachment of ``total`` bytes."""

    municipality_id: str
    sha256: str
    content_type: str
    start: int
    total: int
    data: bytes
    device_id: str


def _key(municipality_id: str, sha256: str) -> list[ColumnElement[bool]]:
    return [_A.municipality_id == municipality_id, _A.sha256 == sha256]


def status(engine: Engine, municipality_id: str, sha256: str) -> AttachmentStatus:
    with read_tx(engine) as conn:
        row = conn.execute(select(attachment).where(*_key(municipality_id, sha256))).first()
    return _status(sha256, row)


def _status(sha256: str, row: Row[Any] | None) -> AttachmentStatus:
    if row is None:
        return AttachmentStatus(sha256=sha256, received=0, complete=False)
    return AttachmentStatus(
        sha256=sha256,
        received=row.received,
        size=row.size,
        content_type=row.content_type,
        complete=row.complete,
    )


def store_chunk(engine: Engine, chunk: Chunk) -> AttachmentStatus:
    """Append ``chunk`` where central's copy ends; bytes already held are skipped.

    A repeated chunk (a retry, a duplicated request) and any chunk of a complete
    attachment change nothing and answer the current status.

    Raises:
        OffsetMismatch: the chunk starts past the bytes central holds.
        UploadConflict: an upload of this content with another size or type is under way.
        HashMismatch: the last byte arrived and the content does not match ``sha256``.
    """
    mismatch = False
    with write_tx(engine) as conn:
        key = _key(chunk.municipality_id, chunk.sha256)
        row = conn.execute(select(attachment).where(*key).with_for_update()).first()
        if row is not None and row.complete:
            return _status(chunk.sha256, row)
        if row is None:
            if chunk.start != 0:
                raise OffsetMismatch(0)
            conn.execute(
                attachment.insert().values(
                    municipality_id=chunk.municipality_id,
                    sha256=chunk.sha256,
                    content_type=chunk.content_type,
                    size=chunk.total,
                    received=0,
                    complete=False,
                    uploaded_by=chunk.device_id,
                    created_at=now(),
                )
            )
            received = 0
        else:
            if row.size != chunk.total or row.content_type != chunk.content_type:
                raise UploadConflict
            received = row.received
        if chunk.start > received:
            raise OffsetMismatch(received)
        piece = chunk.data[received - chunk.start :]
        if piece:
            conn.execute(
                attachment_chunk.insert().values(
                    municipality_id=chunk.municipality_id,
                    sha256=chunk.sha256,
                    start=received,
                    data=piece,
                )
            )
            received += len(piece)
        complete = received == chunk.total
        if complete and _digest(conn, chunk.municipality_id, chunk.sha256) != chunk.sha256:
            _discard(conn, chunk.municipality_id, chunk.sha256)
            mismatch = True
        else:
            conn.execute(
                update(attachment).where(*key).values(received=received, complete=complete)
            )
    if mismatch:
        log.warning("attachment upload by %s did not match its SHA-256", chunk.device_id)
        raise HashMismatch
    if complete:
        log.info("attachment of %d bytes complete in %s", chunk.total, chunk.municipality_id)
    return AttachmentStatus(
        sha256=chunk.sha256,
        received=received,
        size=chunk.total,
        content_type=chunk.content_type,
        complete=complete,
    )


def _digest(conn: Connection, municipality_id: str, sha256: str) -> str:
    digest = hashlib.sha256()
    for data in _chunk_data(conn, municipality_id, sha256):
        digest.update(data)
    return digest.hexdigest()


def _chunk_data(conn: Connection, municipality_id: str, sha256: str) -> Iterator[bytes]:
    starts = conn.execute(
        select(_C.start)
        .where(_C.municipality_id == municipality_id, _C.sha256 == sha256)
        .order_by(_C.start)
    ).scalars()
    for start in list(starts):
        yield conn.execute(
            select(_C.data).where(
                _C.municipality_id == municipality_id, _C.sha256 == sha256, _C.start == start
            )
        ).scalar_one()


def _discard(conn: Connection, municipality_id: str, sha256: str) -> None:
    where = and_(_C.municipality_id == municipality_id, _C.sha256 == sha256)
    conn.execute(delete(attachment_chunk).where(where))
    conn.execute(delete(attachment).where(*_key(municipality_id, sha256)))


def content(engine: Engine, municipality_id: str, sha256: str) -> Iterator[bytes]:
    """The bytes of a complete attachment, chunk by chunk (one read transaction)."""
    with read_tx(engine) as conn:
        yield from _chunk_data(conn, municipality_id, sha256)


def visible_to_device(
    engine: Engine, municipality_id: str, sha256: str, device_id: str, team_id: str | None
) -> bool:
    """The uploader, and outreach devices whose team holds a record that refers to it."""
    r = record.c
    with read_tx(engine) as conn:
        row = conn.execute(select(_A.uploaded_by).where(*_key(municipality_id, sha256))).first()
        if row is None:
            return False
        if row.uploaded_by == device_id:
            return True
        if team_id is None:
            return False
        referenced = select(
            exists().where(
                r.municipality_id == municipality_id,
                r.team_id == team_id,
                r.fields.contains(sha256),
            )
        )
        return bool(conn.execute(referenced).scalar_one())
