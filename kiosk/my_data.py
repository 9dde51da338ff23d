"""A citizen's own data at the kiosk: short-lived exports and revocable QR shares.

Exports (JSON-LD with OSLO terms, and a PDF) go to a private folder made for them and
are deleted when their configured time is up (`ExportShelf.expire`) or when the session
ends (`ExportShelf.wipe`), whichever comes first. A share is a ``data_share`` record: the
kiosk makes a random token, puts it only in the QR code, and stores its SHA-256, the
chosen subset and the expiry; central serves the subset while the share is ``active``
and not expired. Revoking is a status change that syncs like any other.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import shutil
import tempfile
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from kiosk.citizen import CITIZEN
from offline_sync.outbox import set_actor
from offline_sync.protocol import new_id

log = logging.getLogger(__name__)

SUBSETS = ("identity", "address", "meldingen", "questions", "appointments", "certificates")
"""What a citizen may choose to share (central maps them to records: `central.shares`)."""


@dataclass(frozen=True)
class Export:
    """The files of one export and when they go."""

    jsonld: Path
    pdf: Path
    expires_at: datetime


class ExportShelf:
    """Holds the current citizen's export files until they expire or the session ends.

    Thread-safe: a worker writes, the GUI thread expires and wipes.
    """

    def __init__(self, minutes: int = 15, parent: Path | None = None) -> None:
        self.minutes = minutes
        self._parent = parent
        self._folder: Path | None = None
        self._exports: list[Export] = []
        self._lock = threading.Lock()

    def put(self, jsonld: Mapping[str, Any], pdf: bytes, now: datetime | None = None) -> Export:
        """Write both files; they live for `minutes` from ``now``."""
        moment = now or datetime.now(UTC)
        with self._lock:
            if self._folder is None:
                self._folder = Path(tempfile.mkdtemp(prefix="fygitaal-mydata-", dir=self._parent))
            stem = new_id()  # nothing personal in a file name
            export = Export(
                self._folder / f"{stem}.jsonld",
                self._folder / f"{stem}.pdf",
                moment + timedelta(minutes=self.minutes),
            )
            export.jsonld.write_text(json.dumps(jsonld, ensure_ascii=False, indent=2), "utf-8")
            export.pdf.write_bytes(pdf)
            self._exports.append(export)
        return export

    @property
    def exports(self) -> list[Export]:
        with self._lock:
            return list(self._exports)

    def expire(self, now: datetime | None = None) -> int:
        """Delete the exports whose time is up; returns how many went."""
        moment = now or datetime.now(UTC)
        with self._lock:
            due = [e for e in self._exports if e.expires_at <= moment]
            for export in due:
                export.jsonld.unlink(missing_ok=True)
                export.pdf.unlink(missing_ok=True)
                self._exports.remove(export)
        if due:
            log.info("%d my-data export(s) expired and were deleted", len(due))
        return len(due)

    def wipe(self) -> None:
        """Delete every export and the folder (the session ended)."""
        with self._lock:
            folder, self._folder = self._folder, None
            self._exports.clear()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class Share:
    """A QR share as the kiosk shows it; ``token`` only right after it was made."""

    share_id: str
    subset: tuple[str, ...]
    expires_at: str
    status: str
    token: str = ""


def create_share(
    engine: Engine,
    person_key: str,
    subset: list[str],
    *,
    hours: int = 24,
    now: datetime | None = None,
) -> Share:
    """Record a new share; the returned token goes into the QR code and nowhere else.

    Raises:
        ValueError: nothing (or something unknown) chosen.
    """
    if not subset or any(s not in SUBSETS for s in subset):
        raise ValueError(f"choose one or more of {', '.join(SUBSETS)}")
    moment = now or datetime.now(UTC)
    token = secrets.token_urlsafe(24)
    share = Share(
        new_id(),
        tuple(subset),
        (moment + timedelta(hours=hours)).isoformat(timespec="seconds"),
        "active",
        token,
    )
    with engine.begin() as connection:
        set_actor(connection, CITIZEN)
        connection.execute(
            text(
                "INSERT INTO data_share (id, person_key, subset, token_sha256, created_at,"
                " expires_at, status) VALUES (:id, :key, :subset, :digest, :at, :until, 'active')"
            ),
            {
                "id": share.share_id,
                "key": person_key,
                "subset": json.dumps(list(subset)),
                "digest": hashlib.sha256(token.encode()).hexdigest(),
                "at": moment.isoformat(timespec="seconds"),
                "until": share.expires_at,
            },
        )
    return share


def revoke_share(engine: Engine, share_id: str) -> None:
    """Stop a share at once here; central stops serving it when the change arrives."""
    with engine.begin() as connection:
        set_actor(connection, CITIZEN)
        connection.execute(
            text("UPDATE data_share SET status = 'revoked' WHERE id = :id AND status = 'active'"),
            {"id": share_id},
        )


def active_shares(engine: Engine, person_key: str, now: datetime | None = None) -> list[Share]:
    """The person's shares that are still served (not revoked, not expired)."""
    moment = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT id, subset, expires_at, status FROM data_share WHERE person_key = :key"
                " AND status = 'active' AND _deleted = 0 AND expires_at > :now"
                " ORDER BY expires_at"
            ),
            {"key": person_key, "now": moment},
        ).all()
    return [Share(r.id, tuple(json.loads(r.subset or "[]")), r.expires_at, r.status) for r in rows]
