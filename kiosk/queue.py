"""The counter queue: numbered tickets, unique across kiosks even offline, and the wait.

A number is the kiosk's own prefix (``ticket_prefix`` in the settings: one letter per
kiosk, e.g. ``A``) and a counter that restarts every day: ``A-017``. Two kiosks never
hand out the same number because their prefixes differ, so neither needs central to
number a ticket. Tickets are reference data: every kiosk receives every other kiosk's
tickets by sync, so the waiting line — and the expected wait — is the municipality's,
not one kiosk's.

The expected wait is the number of people waiting for the same service times an
average handling time (``queue_minutes_per_ticket``).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from kiosk.citizen import actor_for
from offline_sync.engine import BEGIN_OPTION
from offline_sync.outbox import set_actor
from offline_sync.protocol import new_id

log = logging.getLogger(__name__)

COUNTER_SERVICES = ("population", "eid", "civil_status", "building_permits")
"""The counter services a ticket or an appointment is for (labels live in ``ui``)."""

_WRITE = threading.Lock()  # this kiosk's workers number one ticket at a time


@dataclass(frozen=True)
class Ticket:
    """A ticket as the citizen holds it."""

    ticket_id: str
    service: str
    number: str
    issued_at: dt.datetime
    waiting_before: int
    estimated_wait: dt.timedelta
    appointment_id: str | None = None


def format_number(prefix: str, counter: int) -> str:
    """``A-017``: the prefix, a dash and at least three digits."""
    return f"{prefix}-{counter:03d}"


def estimate_wait(waiting: int, minutes_per_ticket: int) -> dt.timedelta:
    """How long the next ticket may wait: everyone before it, at the average pace."""
    return dt.timedelta(minutes=max(waiting, 0) * minutes_per_ticket)


def _day_bounds(now: dt.datetime) -> tuple[str, str]:
    start = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    end = start + dt.timedelta(days=1)
    return start.astimezone(dt.UTC).isoformat(), end.astimezone(dt.UTC).isoformat()


def waiting_count(conn: Connection, service: str, now: dt.datetime) -> int:
    """Tickets of today for ``service`` still waiting, from every kiosk."""
    start, end = _day_bounds(now)
    count = conn.execute(
        text(
            "SELECT count(*) FROM ticket WHERE _deleted = 0 AND status = 'waiting'"
            " AND service = :service AND issued_at >= :start AND issued_at < :end"
        ),
        {"service": service, "start": start, "end": end},
    ).scalar_one()
    return int(count)


def next_counter(conn: Connection, prefix: str, now: dt.datetime) -> int:
    """The next counter of today for ``prefix`` (1 for the day's first ticket)."""
    start, end = _day_bounds(now)
    numbers = conn.execute(
        text(
            "SELECT number FROM ticket WHERE number LIKE :pattern"
            " AND issued_at >= :start AND issued_at < :end"
        ),
        {"pattern": f"{prefix}-%", "start": start, "end": end},
    ).scalars()
    highest = 0
    for number in numbers:
        tail = str(number)[len(prefix) + 1 :]
        if tail.isdigit():
            highest = max(highest, int(tail))
    return highest + 1


def take_ticket(
    engine: Engine,
    service: str,
    *,
    prefix: str,
    minutes_per_ticket: int,
    now: dt.datetime | None = None,
    appointment_id: str | None = None,
    assisted_by: str | None = None,
) -> Ticket:
    """Number and store a ticket (its op goes out with the next sync); blocking.

    Raises:
        ValueError: ``service`` is not a counter service.
    """
    if service not in COUNTER_SERVICES:
        raise ValueError(f"unknown counter service {service!r}")
    issued = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    immediate = {BEGIN_OPTION: "IMMEDIATE"}  # count and insert under one write lock
    with _WRITE, engine.connect().execution_options(**immediate) as conn, conn.begin():
        set_actor(conn, actor_for(assisted_by))
        waiting = waiting_count(conn, service, issued)
        number = format_number(prefix, next_counter(conn, prefix, issued))
        ticket_id = new_id()
        conn.execute(
            text(
                "INSERT INTO ticket (id, service, number, issued_at, status, appointment_id,"
                " assisted_by) VALUES (:id, :service, :number, :issued_at, 'waiting',"
                " :appointment_id, :assisted_by)"
            ),
            {
                "id": ticket_id,
                "service": service,
                "number": number,
                "issued_at": issued.isoformat(timespec="seconds"),
                "appointment_id": appointment_id,
                "assisted_by": assisted_by,
            },
        )
    log.info("ticket %s taken for %s", number, service)
    return Ticket(
        ticket_id,
        service,
        number,
        issued,
        waiting,
        estimate_wait(waiting, minutes_per_ticket),
        appointment_id,
    )
