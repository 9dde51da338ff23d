"""Collecting tombstones without leaving a device behind (sync.md requirement 6).

A deleted record stays in the feed as a tombstone so that every device learns of the
delete. Central remembers how far each device has pulled (the cursor it sends says it
applied everything up to there); tombstones at or below the smallest such position of the
municipality's active devices can go. A device silent for longer than ``inactive_after``
does not hold collection back: when it returns with a cursor below the horizon it gets
``cursor_reset`` and downloads its scope again, sweeping away what was deleted meanwhile.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import Engine, delete, select, update

from central import tables as t
from central.db import write_tx
from central.devices import Device
from central.feed import Positions

DEFAULT_INACTIVE_AFTER_S = 30 * 24 * 3600

_D = t.device.c
_F = t.feed_counter.c
_R = t.record.c


@dataclass(frozen=True)
class Collected:
    horizon: int
    removed: int
    devices_left_behind: int
    """Active-but-silent devices that will have to download their scope again."""


def note_pulled(engine: Engine, device: Device, position: int) -> None:
    """Remember that ``device`` has applied every change up to ``position``.

    Writes only when the position moved on since the device was authenticated; the
    condition in SQL keeps it monotonic when two requests race.
    """
    if position <= device.pulled_position:
        return
    with write_tx(engine) as conn:
        conn.execute(
            update(t.device)
            .where(_D.municipality_id == device.municipality_id, _D.device_id == device.device_id)
            .where(_D.pulled_position < position)
            .values(pulled_position=position, pulled_at=int(time.time()))
        )


def collect(
    engine: Engine,
    municipality_id: str,
    *,
    inactive_after_s: int = DEFAULT_INACTIVE_AFTER_S,
    now: float | None = None,
) -> Collected:
    """Remove the tombstones every active device has seen; returns what was done."""
    moment = int(time.time() if now is None else now)
    with write_tx(engine) as conn:
        positions = Positions(conn, municipality_id)  # also keeps writers out meanwhile
        devices = conn.execute(
            select(_D.pulled_position, _D.pulled_at).where(
                _D.municipality_id == municipality_id, _D.revoked_at.is_(None)
            )
        ).all()
        pulled = [d for d in devices if d.pulled_at is not None]  # never pulled: starts at ""
        active = [d.pulled_position for d in pulled if moment - d.pulled_at <= inactive_after_s]
        behind = len(pulled) - len(active)
        previous = conn.execute(
            select(_F.horizon).where(_F.municipality_id == municipality_id)
        ).scalar_one()
        horizon = max(previous, min(active) if active else positions.last)
        removed = conn.execute(
            delete(t.record).where(
                _R.municipality_id == municipality_id, _R.deleted, _R.position <= horizon
            )
        ).rowcount
        conn.execute(
            update(t.feed_counter)
            .where(_F.municipality_id == municipality_id)
            .values(horizon=horizon)
        )
    return Collected(horizon=horizon, removed=int(removed or 0), devices_left_behind=behind)
