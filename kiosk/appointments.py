"""Appointments at the kiosk: free slots, booking (online at once, offline confirmed by sync).

Slots are central's reference data, synced to every kiosk. Booking asks central first,
which answers at once whether the place is taken (`SlotFull`); when central cannot be
reached, the appointment is saved locally with status ``booked`` and goes out with the
next sync. Central then counts it in (or, when the slot filled up meanwhile, cancels it:
the citizen sees that at their next visit, `appointments_of`).

A booking code is six characters without look-alikes (no 0/O, 1/I/L), so a guest can
read it from paper and type it to check in.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Engine, text

from kiosk.appointment_client import Booked, CentralUnreachable, Refused
from kiosk.citizen import assisted_by_of
from offline_sync.outbox import set_actor
from offline_sync.protocol import new_id

log = logging.getLogger(__name__)

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
CHANNELS = ("counter", "home_visit", "video")


class BookingClient(Protocol):
    """What booking needs of central (`kiosk.appointment_client.AppointmentClient`)."""

    def book(
        self,
        appointment_id: str,
        slot_id: str,
        code: str,
        person_key: str,
        *,
        assisted_by: str | None = None,
    ) -> Booked: ...

    def close(self) -> None: ...


ClientFactory = Callable[[], BookingClient]


@dataclass(frozen=True)
class Slot:
    slot_id: str
    service: str
    channel: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    capacity: int
    booked: int


@dataclass(frozen=True)
class Appointment:
    appointment_id: str
    service: str
    channel: str
    starts_at: dt.datetime
    booking_code: str
    status: str
    confirmed: bool = True
    """False: saved while central was unreachable; sync will confirm (or refuse) it."""


class SlotFull(Exception):
    """Central says every place of the slot is taken."""


def new_booking_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(typed: str) -> str | None:
    """The code as typed (any case, spaces, dashes), or None when it cannot be one."""
    code = "".join(ch for ch in typed.upper() if ch not in " -")
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        return None
    return code


def open_slots(
    engine: Engine, channel: str, now: dt.datetime, *, service: str | None = None
) -> list[Slot]:
    """Slots of ``channel`` still to come with a free place, earliest first."""
    query = (
        "SELECT id, service, channel, starts_at, ends_at, capacity, booked FROM slot"
        " WHERE _deleted = 0 AND channel = :channel"
        " AND coalesce(booked, 0) < capacity"
    )
    params = {"channel": channel}
    if service is not None:
        query += " AND service = :service"
        params["service"] = service
    with engine.connect() as conn:
        rows = conn.execute(text(query), params).all()
    slots = [
        Slot(
            r.id,
            r.service,
            r.channel,
            dt.datetime.fromisoformat(r.starts_at),
            dt.datetime.fromisoformat(r.ends_at),
            int(r.capacity),
            int(r.booked or 0),
        )
        for r in rows
    ]
    return sorted((s for s in slots if s.starts_at > now), key=lambda s: s.starts_at)


def appointments_of(engine: Engine, person_key: str) -> list[Appointment]:
    """The citizen's appointments as this kiosk holds them (pulled by person), latest last."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, service, channel, starts_at, booking_code, status FROM appointment"
                " WHERE _deleted = 0 AND person_key = :person_key ORDER BY starts_at"
            ),
            {"person_key": person_key},
        ).all()
    return [_appointment(r) for r in rows]


def find_by_code(engine: Engine, code: str) -> Appointment | None:
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT id, service, channel, starts_at, booking_code, status FROM appointment"
                " WHERE _deleted = 0 AND booking_code = :code AND status = 'booked'"
            ),
            {"code": code},
        ).first()
    return None if row is None else _appointment(row)


def _appointment(row: Any) -> Appointment:
    return Appointment(
        row.id,
        row.service,
        row.channel,
        dt.datetime.fromisoformat(row.starts_at),
        row.booking_code,
        row.status,
    )


def book(
    engine: Engine, connect: ClientFactory, slot: Slot, person_key: str, *, actor: str = "citizen"
) -> Appointment:
    """Book ``slot`` for the citizen: at central at once, else saved here for sync.

    ``actor`` is ``citizen``, or the staff member booking with them (then ``assisted_by``
    both at central and in the record saved here).

    Raises:
        SlotFull: central says the slot has no place left.
    """
    appointment_id, code = new_id(), new_booking_code()
    try:
        client = connect()
        try:
            answer = client.book(
                appointment_id, slot.slot_id, code, person_key, assisted_by=assisted_by_of(actor)
            )
        finally:
            client.close()
    except Refused as exc:
        if exc.code == "slot_full":
            raise SlotFull(slot.slot_id) from None
        raise
    except CentralUnreachable:
        log.info("central unreachable; appointment saved for sync")
        _save_locally(engine, appointment_id, slot, code, person_key, actor)
        return Appointment(
            appointment_id, slot.service, slot.channel, slot.starts_at, code, "booked", False
        )
    return Appointment(
        answer.appointment_id,
        answer.service,
        answer.channel,
        dt.datetime.fromisoformat(answer.starts_at),
        answer.booking_code,
        answer.status,
    )


def _save_locally(  # noqa: PLR0917 (the parts of one appointment)
    engine: Engine, appointment_id: str, slot: Slot, code: str, person_key: str, actor: str
) -> None:
    with engine.begin() as conn:
        set_actor(conn, actor)
        conn.execute(
            text(
                "INSERT INTO appointment (id, slot_id, service, channel, starts_at, booking_code,"
                " status, person_key, assisted_by) VALUES (:id, :slot_id, :service, :channel,"
                " :starts_at, :code, 'booked', :person_key, :assisted_by)"
            ),
            {
                "id": appointment_id,
                "slot_id": slot.slot_id,
                "service": slot.service,
                "channel": slot.channel,
                "starts_at": slot.starts_at.isoformat(timespec="minutes"),
                "code": code,
                "person_key": person_key,
                "assisted_by": assisted_by_of(actor),
            },
        )
