"""Checking in for a counter appointment: by eID (the citizen's own) or by booking code.

Checking in marks the appointment ``checked_in`` and gives a queue ticket linked to it,
so the counter sees who has an appointment. By eID the kiosk already holds the citizen's
appointments (pulled by person) and works offline. By booking code (a guest) it asks
central, which holds every appointment; when central cannot be reached, the kiosk still
knows the appointments booked on it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Protocol

from sqlalchemy import Engine, text

from kiosk.appointment_client import Booked, CentralUnreachable, Refused
from kiosk.appointments import Appointment, find_by_code
from kiosk.citizen import assisted_by_of
from kiosk.queue import Ticket, take_ticket
from offline_sync.outbox import set_actor

log = logging.getLogger(__name__)

CHECK_IN_EARLY = dt.timedelta(hours=12)
CHECK_IN_LATE = dt.timedelta(hours=2)
"""The same window as central's (`central.appointments`)."""


class CheckInRefused(Exception):
    """``reason``: ``unknown_booking_code``, ``not_today`` or ``not_at_counter``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class CheckInClient(Protocol):
    def check_in(self, code: str) -> Booked: ...

    def close(self) -> None: ...


def can_check_in(appointment: Appointment, now: dt.datetime) -> bool:
    """A booked counter appointment, today and not long past."""
    starts = appointment.starts_at
    return (
        appointment.status == "booked"
        and appointment.channel == "counter"
        and starts - CHECK_IN_EARLY <= now <= starts + CHECK_IN_LATE
    )


def check_in_local(
    engine: Engine,
    appointment: Appointment,
    now: dt.datetime,
    *,
    prefix: str,
    minutes_per_ticket: int,
    actor: str = "citizen",
) -> Ticket:
    """Check in an appointment this kiosk holds; returns the linked ticket.

    Raises:
        CheckInRefused: not a counter appointment, or not now.
    """
    if appointment.channel != "counter":
        raise CheckInRefused("not_at_counter")
    if not can_check_in(appointment, now):
        raise CheckInRefused("not_today")
    with engine.begin() as conn:
        set_actor(conn, actor)
        conn.execute(
            text(
                "UPDATE appointment SET status = 'checked_in', checked_in_at = :at"
                " WHERE id = :id AND status = 'booked'"
            ),
            {"id": appointment.appointment_id, "at": now.isoformat(timespec="seconds")},
        )
    return _ticket(
        engine, appointment.service, appointment.appointment_id, prefix, minutes_per_ticket, actor
    )


def check_in_by_code(
    engine: Engine,
    connect: Callable[[], CheckInClient],
    code: str,
    now: dt.datetime,
    *,
    prefix: str,
    minutes_per_ticket: int,
) -> Ticket:
    """Check in by booking code at central, or on this kiosk's own records when offline.

    Raises:
        CheckInRefused: see the class.
    """
    try:
        client = connect()
        try:
            answer = client.check_in(code)
        finally:
            client.close()
    except Refused as exc:
        raise CheckInRefused(exc.code) from None
    except CentralUnreachable:
        log.info("central unreachable; checking in on local records")
        local = find_by_code(engine, code)
        if local is None:
            raise CheckInRefused("unknown_booking_code") from None
        return check_in_local(
            engine, local, now, prefix=prefix, minutes_per_ticket=minutes_per_ticket
        )
    return _ticket(engine, answer.service, answer.appointment_id, prefix, minutes_per_ticket)


def _ticket(  # noqa: PLR0917 (the parts of one ticket)
    engine: Engine,
    service: str,
    appointment_id: str,
    prefix: str,
    minutes_per_ticket: int,
    actor: str = "citizen",
) -> Ticket:
    return take_ticket(
        engine,
        service,
        prefix=prefix,
        minutes_per_ticket=minutes_per_ticket,
        appointment_id=appointment_id,
        assisted_by=assisted_by_of(actor),
    )
