"""What a person (or the UI) needs to know about sync, read from the local database.

`SyncStatus` is frozen and cheap to build, so the loop publishes a fresh one after every
round and the command line prints one without talking to central.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, text

from offline_sync.device_state import (
    CLOCK_SKEW,
    DEVICE_ID,
    LAST_ERROR,
    LAST_SUCCESS,
    REVOKED,
    get_state,
)
from offline_sync.outbox import pending_count, status_count
from offline_sync.protocol import OpStatus

_OPEN_CONFLICTS = text(
    "SELECT count(*) FROM ("
    " SELECT id FROM sync_conflict WHERE _deleted = 0 AND coalesce(resolved, 0) IN (0, '')"
    " UNION"
    " SELECT json_extract(c.value, '$.conflict_id') FROM outbox_result AS r,"
    " json_each(r.conflicts) AS c WHERE r.status = 'conflict'"
    " AND json_extract(c.value, '$.conflict_id') NOT IN (SELECT id FROM sync_conflict))"
)


CLOCK_TOLERANCE_S = 300.0


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot for the status bar and ``fygitaal sync status``."""

    enrolled: bool
    online: bool | None
    """None until a round has been tried by this process."""
    last_success: datetime | None
    pending_ops: int
    open_conflicts: int
    quarantined: int
    last_error: str | None
    """One sentence a person can act on; None after a successful round."""
    revoked: bool = False
    clock_skew_s: float | None = None
    """This device's clock minus central's; nothing in sync depends on it."""

    @property
    def clock_wrong(self) -> bool:
        """True when the clock is off by more than `CLOCK_TOLERANCE_S`: times shown are wrong."""
        return self.clock_skew_s is not None and abs(self.clock_skew_s) > CLOCK_TOLERANCE_S


def read_status(engine: Engine, *, online: bool | None = None) -> SyncStatus:
    """The current status from the database; ``online`` is what the caller last saw."""
    with engine.connect() as connection:
        last = get_state(connection, LAST_SUCCESS)
        return SyncStatus(
            enrolled=get_state(connection, DEVICE_ID) is not None,
            online=online,
            last_success=datetime.fromisoformat(last) if last else None,
            pending_ops=pending_count(connection),
            open_conflicts=int(connection.execute(_OPEN_CONFLICTS).scalar_one()),
            quarantined=status_count(connection, OpStatus.QUARANTINED),
            last_error=get_state(connection, LAST_ERROR),
            revoked=get_state(connection, REVOKED) is not None,
            clock_skew_s=float(skew) if (skew := get_state(connection, CLOCK_SKEW)) else None,
        )
