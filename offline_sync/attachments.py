"""Attachments on the device: photos, signatures and scans, addressed by their SHA-256.

`add_attachment` stores the bytes in the device database inside the caller's transaction,
so the melding that refers to a photo and the photo itself commit together (and are
encrypted together when the store is). The same content added twice is stored once. A
queue row per attachment tracks the upload to central, which `offline_sync.uploader`
works through before ops are pushed; a record refers to an attachment by the
`AttachmentRef.as_field` dictionary in a JSON list field such as ``melding.attachments``.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from offline_sync.protocol import ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES

log = logging.getLogger(__name__)


class AttachmentError(ValueError):
    """An attachment that cannot be kept; ``user_message`` says what to do instead."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class AttachmentTooLarge(AttachmentError):
    """Over the size limit; nothing was stored."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"this file is {_mb(size)}, larger than the {_mb(limit)} an attachment may be: "
            "take the photo at a lower resolution or scan fewer pages"
        )
        self.size = size
        self.limit = limit


class AttachmentTypeUnsupported(AttachmentError):
    """Not a JPEG, PNG or PDF; nothing was stored."""

    def __init__(self, content_type: str) -> None:
        super().__init__(
            f"files of type {content_type!r} cannot be attached: use a JPEG or PNG photo or a PDF"
        )


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


@dataclass(frozen=True)
class AttachmentRef:
    """What a record holds about an attachment."""

    sha256: str
    content_type: str
    size: int

    def as_field(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "content_type": self.content_type, "size": self.size}


@dataclass(frozen=True)
class Upload:
    """One queued upload: how far it got, and why central refused it if it did."""

    sha256: str
    content_type: str
    size: int
    uploaded_bytes: int
    done: bool
    failed: str | None


def add_attachment(
    connection: Connection,
    content: bytes | Path,
    content_type: str,
    *,
    limit: int = MAX_ATTACHMENT_BYTES,
) -> AttachmentRef:
    """Keep ``content`` (bytes, or a file to read) and queue its upload; returns its address.

    Call it inside the transaction that writes the record referring to it. The size is
    checked before a file is read.

    Raises:
        AttachmentTooLarge: over ``limit`` (the limit central applies by default).
        AttachmentTypeUnsupported: ``content_type`` is not a JPEG, PNG or PDF.
        AttachmentError: the content is empty.
    """
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind not in ATTACHMENT_TYPES:
        raise AttachmentTypeUnsupported(kind)
    size = content.stat().st_size if isinstance(content, Path) else len(content)
    if size > limit:
        raise AttachmentTooLarge(size, limit)
    data = content.read_bytes() if isinstance(content, Path) else content
    if not data:
        raise AttachmentError("the file is empty: take the photo or scan again")
    if len(data) > limit:  # the file grew after stat
        raise AttachmentTooLarge(len(data), limit)
    sha256 = hashlib.sha256(data).hexdigest()
    connection.execute(
        text("INSERT OR IGNORE INTO attachment_blob (sha256, data) VALUES (:sha, :data)"),
        {"sha": sha256, "data": data},
    )
    connection.execute(
        text(
            "INSERT OR IGNORE INTO attachment_upload (sha256, content_type, size, added_at)"
            " VALUES (:sha, :kind, :size, :now)"
        ),
        {"sha": sha256, "kind": kind, "size": len(data), "now": datetime.now(UTC).isoformat()},
    )
    log.info("attachment of %d bytes stored for upload", len(data))
    return AttachmentRef(sha256, kind, len(data))


def read_attachment(connection: Connection, sha256: str) -> bytes | None:
    """The whole content, or None when this device does not hold it."""
    value = connection.execute(
        text("SELECT data FROM attachment_blob WHERE sha256 = :sha"), {"sha": sha256}
    ).scalar_one_or_none()
    return None if value is None else bytes(value)


def read_chunk(connection: Connection, sha256: str, start: int, length: int) -> bytes:
    """``length`` bytes from ``start`` (fewer at the end)."""
    value = connection.execute(
        text("SELECT substr(data, :first, :length) FROM attachment_blob WHERE sha256 = :sha"),
        {"sha": sha256, "first": start + 1, "length": length},
    ).scalar_one()
    return bytes(value)


def uploads(connection: Connection, *, pending_only: bool = False) -> list[Upload]:
    """Queued uploads, oldest first; pending ones are neither done nor refused."""
    rows = connection.execute(
        text(
            "SELECT sha256, content_type, size, uploaded_bytes, done, failed"
            " FROM attachment_upload WHERE NOT :pending OR (done = 0 AND failed IS NULL)"
            " ORDER BY added_at, sha256"
        ),
        {"pending": int(pending_only)},
    ).all()
    return [Upload(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in rows]


def note_progress(connection: Connection, sha256: str, uploaded: int, *, done: bool) -> None:
    connection.execute(
        text("UPDATE attachment_upload SET uploaded_bytes = :n, done = :done WHERE sha256 = :sha"),
        {"sha": sha256, "n": uploaded, "done": int(done)},
    )


def note_refused(connection: Connection, sha256: str, reason: str) -> None:
    """Central will never take it (too large for its limit, type refused, damaged locally)."""
    connection.execute(
        text("UPDATE attachment_upload SET failed = :reason WHERE sha256 = :sha"),
        {"sha": sha256, "reason": reason},
    )
