"""Slots and appointments on central: publishing slots, booking, check-in and the slot count.

A slot's ``booked`` is always derived: the number of live appointments (not cancelled) that
name it. Every change runs in one write transaction that first locks the municipality's
feed counter (`Positions`), so two kiosks booking the last place are served one after the
other and the second one hears ``SlotFull``.

An appointment booked while a kiosk was offline arrives by an ordinary push, without
asking. `reconcile` counts again and, where a slot ended up over capacity, cancels the
appointments that came last (by feed position); the cancellation syncs back to the
citizen's records, so the kiosk tells them at their next visit. It runs on every booking
and check-in request and from ``fygitaal central admin slots reconcile``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, select

from central import tables as t
from central.db import read_tx, write_tx
from central.feed import RECORD_COLUMNS, Positions, Record, from_row, load, save
from offline_sync.protocol import new_id

log = logging.getLogger(__name__)

_R = t.record.c

CHANNELS = ("counter", "home_visit", "video")
LIVE = frozenset({"booked", "checked_in", "done", "no_show"})
CHECK_IN_EARLY = dt.timedelta(hours=12)
"""How long before its start a counter appointment may be checked in for."""
CHECK_IN_LATE = dt.timedelta(hours=2)
"""How long after its start a late citizen may still check in."""


class SlotNotFound(LookupError):
    """No such slot in this municipality."""


class SlotFull(Exception):
    """Every place of the slot is taken."""


class AppointmentTaken(Exception):
    """The appointment id is already used for another slot or person."""


class UnknownBookingCode(LookupError):
    """No live appointment has this booking code."""


class NotCheckInTime(Exception):
    """The appointment is not today, or not at the counter; ``reason`` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Booking:
    """What a kiosk asks to book (the citizen's pseudonym, never a national number)."""

    appointment_id: str
    slot_id: str
    booking_code: str
    person_key: str | None = None
    assisted_by: str | None = None


def publish_slot(
    engine: Engine,
    municipality_id: str,
    *,
    service: str,
    channel: str,
    starts_at: dt.datetime,
    minutes: int,
    capacity: int,
) -> str:
    """Publish one bookable slot; every device receives it by sync. Returns its id."""
    if channel not in CHANNELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNELS)}")
    if starts_at.tzinfo is None:
        raise ValueError("starts_at needs a time zone")
    if minutes < 1 or capacity < 1:
        raise ValueError("minutes and capacity must be at least 1")
    slot_id = new_id()
    fields = {
        "service": service,
        "channel": channel,
        "starts_at": starts_at.isoformat(timespec="minutes"),
        "ends_at": (starts_at + dt.timedelta(minutes=minutes)).isoformat(timespec="minutes"),
        "capacity": capacity,
        "booked": 0,
    }
    with write_tx(engine) as conn:
        positions = Positions(conn, municipality_id)
        save(conn, positions, Record("slot", slot_id), fields)
        positions.flush()
    return slot_id


def book(engine: Engine, municipality_id: str, booking: Booking) -> dict[str, Any]:
    """Book a place in a slot at once, or refuse; returns the appointment's fields.

    Booking the same appointment id again for the same slot answers the same appointment
    (a kiosk that lost the first answer retries).

    Raises:
        SlotNotFound, SlotFull, AppointmentTaken.
    """
    with write_tx(engine) as conn:
        positions = Positions(conn, municipality_id)
        _reconcile(conn, positions)
        slot = load(conn, municipality_id, "slot", booking.slot_id)
        if not slot.exists or slot.deleted:
            raise SlotNotFound(booking.slot_id)
        existing = load(conn, municipality_id, "appointment", booking.appointment_id)
        if existing.exists:
            if existing.fields.get("slot_id") != booking.slot_id or existing.deleted:
                raise AppointmentTaken(booking.appointment_id)
            positions.flush()
            return dict(existing.fields)
        if int(slot.fields.get("booked") or 0) >= int(slot.fields.get("capacity") or 0):
            positions.flush()
            raise SlotFull(booking.slot_id)
        fields = {
            "slot_id": booking.slot_id,
            "service": slot.fields["service"],
            "channel": slot.fields["channel"],
            "starts_at": slot.fields["starts_at"],
            "booking_code": booking.booking_code,
            "status": "booked",
            "person_key": booking.person_key,
            "assisted_by": booking.assisted_by,
        }
        save(conn, positions, existing, {k: v for k, v in fields.items() if v is not None})
        save(conn, positions, slot, {"booked": int(slot.fields.get("booked") or 0) + 1})
        positions.flush()
    log.info("appointment booked in slot %s", booking.slot_id)
    return fields


def check_in(
    engine: Engine, municipality_id: str, booking_code: str, now: dt.datetime
) -> tuple[str, dict[str, Any]]:
    """Check a counter appointment in by its booking code; returns (id, fields).

    Raises:
        UnknownBookingCode, NotCheckInTime.
    """
    with write_tx(engine) as conn:
        positions = Positions(conn, municipality_id)
        _reconcile(conn, positions)
        found = [
            rec
            for rec in _appointments(conn, municipality_id)
            if rec.fields.get("booking_code") == booking_code
            and rec.fields.get("status") in ("booked", "checked_in")
        ]
        if not found:
            positions.flush()
            raise UnknownBookingCode(booking_code)
        rec = found[0]
        if rec.fields.get("channel") != "counter":
            positions.flush()
            raise NotCheckInTime("not_at_counter")
        starts = dt.datetime.fromisoformat(str(rec.fields["starts_at"]))
        if not starts - CHECK_IN_EARLY <= now <= starts + CHECK_IN_LATE:
            positions.flush()
            raise NotCheckInTime("not_today")
        if rec.fields.get("status") == "booked":
            stamp = now.isoformat(timespec="seconds")
            save(conn, positions, rec, {"status": "checked_in", "checked_in_at": stamp})
        positions.flush()
    return rec.entity_id, dict(rec.fields)


def reconcile(engine: Engine, municipality_id: str) -> list[str]:
    """Count every slot's appointments again; returns the ids of refused appointments."""
    with write_tx(engine) as conn:
        positions = Positions(conn, municipality_id)
        refused = _reconcile(conn, positions)
        positions.flush()
    return refused


def slot_counts(engine: Engine, municipality_id: str) -> dict[str, tuple[int, int]]:
    """slot id -> (booked, capacity), as devices receive it."""
    with read_tx(engine) as conn:
        rows = conn.execute(_live("slot", municipality_id)).all()
    counts = {}
    for row in rows:
        fields = json.loads(row.fields)
        counts[row.entity_id] = (int(fields.get("booked") or 0), int(fields["capacity"]))
    return counts


def _live(entity: str, municipality_id: str) -> Any:
    return (
        select(_R.entity_id, *RECORD_COLUMNS)
        .where(_R.municipality_id == municipality_id, _R.entity == entity)
        .where(_R.deleted.is_(False))
        .order_by(_R.position)
    )


def _appointments(conn: Connection, municipality_id: str) -> list[Record]:
    rows = conn.execute(_live("appointment", municipality_id))
    return [from_row("appointment", row.entity_id, row) for row in rows]


def _reconcile(conn: Connection, positions: Positions) -> list[str]:
    """Bring every slot's ``booked`` in line; cancel what came after a slot was full."""
    muni = positions.municipality_id
    rows = conn.execute(_live("slot", muni))
    slots = {row.entity_id: from_row("slot", row.entity_id, row) for row in rows}
    taken: dict[str, int] = dict.fromkeys(slots, 0)
    refused: list[str] = []
    for rec in _appointments(conn, muni):  # in feed order: first come, first served
        slot = slots.get(str(rec.fields.get("slot_id")))
        if slot is None or rec.fields.get("status") not in LIVE:
            continue
        full = taken[slot.entity_id] >= int(slot.fields.get("capacity") or 0)
        if full and rec.fields.get("status") == "booked":
            save(conn, positions, rec, {"status": "cancelled"})
            refused.append(rec.entity_id)
            log.info("appointment in full slot %s refused", slot.entity_id)
            continue
        taken[slot.entity_id] += 1
    for slot_id, count in taken.items():
        slot = slots[slot_id]
        if slot.fields.get("booked") != count:
            save(conn, positions, slot, {"booked": count})
    return refused
