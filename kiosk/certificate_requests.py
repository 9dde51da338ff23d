"""Queued certificate requests: saved on the device when central cannot answer.

A ``certificate_request`` record (protocol schema 3) says what was asked, in which
language, how it should reach the citizen (collected at the town hall counter or posted
to their address) and for whom, by ``person_key`` only: the national number never
reaches the device's disk. The outbox trigger writes the op in the same transaction;
central issues the certificate when the record arrives and sets ``status`` to ``issued``
with its verification code, which comes back by sync.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, text

from kiosk.certificates import Delivery
from kiosk.citizen import actor_for
from kiosk.documents.certificate import CertificateKind
from offline_sync.outbox import set_actor
from offline_sync.protocol import new_id

log = logging.getLogger(__name__)

__all__ = ["Delivery", "SavedRequest", "expected_on", "save_request", "stored_kind"]

LOCAL_TIME = ZoneInfo("Europe/Brussels")
POSTAL_WORKING_DAYS = 3
"""Working days between central issuing a queued certificate and the letter arriving."""


@dataclass(frozen=True)
class SavedRequest:
    """A request kept on the device until central issues it."""

    request_id: str
    kind: CertificateKind
    language: str
    delivery: Delivery
    requested_at: dt.datetime
    expected_on: dt.date
    """From which day it can be collected, or by which day the letter should arrive."""


def stored_kind(kind: CertificateKind) -> tuple[str, bool]:
    """The record's ``kind`` and ``with_history`` for ``kind`` (history is a flag)."""
    if kind is CertificateKind.RESIDENCE_HISTORY:
        return CertificateKind.RESIDENCE.value, True
    return kind.value, False


def add_working_days(day: dt.date, days: int) -> dt.date:
    """``day`` moved ``days`` working days on (Saturdays and Sundays skipped)."""
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:  # Monday..Friday
            days -= 1
    return day


def expected_on(delivery: Delivery, requested: dt.date) -> dt.date:
    """When the citizen can count on the certificate, for a request made on ``requested``."""
    ready = add_working_days(requested, 1)  # central issues it once the kiosk reconnects
    if delivery is Delivery.POST:
        return add_working_days(ready, POSTAL_WORKING_DAYS)
    return ready


def save_request(
    engine: Engine,
    *,
    person_key: str,
    kind: CertificateKind,
    language: str,
    delivery: Delivery,
    assisted_by: str | None = None,
    now: dt.datetime | None = None,
) -> SavedRequest:
    """Keep the request (and its outbox op) in one local transaction.

    Raises:
        ValueError: no person key (the citizen was not identified).
        sqlalchemy.exc.OperationalError: the store cannot be written (locked, disk full).
    """
    if not person_key:
        raise ValueError("a certificate request needs an identified citizen")
    when = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    request_id = new_id()
    name, history = stored_kind(kind)
    with engine.begin() as connection:
        set_actor(connection, actor_for(assisted_by))
        connection.execute(
            text(
                "INSERT INTO certificate_request (id, kind, language, with_history, delivery,"
                " requested_at, status, person_key, assisted_by) VALUES (:id, :kind,"
                " :language, :history, :delivery, :at, 'queued', :person, :assisted)"
            ),
            {
                "id": request_id,
                "kind": name,
                "language": language,
                "history": history,
                "delivery": delivery.value,
                "at": when.isoformat(),
                "person": person_key,
                "assisted": assisted_by,
            },
        )
    log.info("certificate request %s (%s) queued for %s", request_id, name, delivery.value)
    return SavedRequest(
        request_id,
        kind,
        language,
        delivery,
        when,
        expected_on(delivery, when.astimezone(LOCAL_TIME).date()),
    )
