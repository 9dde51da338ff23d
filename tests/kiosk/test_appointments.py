"""Appointments booked while central could not be reached: saved, synced, counted or refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from central import appointments as central_appointments
from kiosk.appointment_client import AppointmentClient
from kiosk.appointments import (
    CODE_ALPHABET,
    appointments_of,
    book,
    new_booking_code,
    normalize_code,
    open_slots,
)
from kiosk.check_in import CheckInRefused, check_in_by_code
from tests.central.helpers import running_sqlite_central
from tests.kiosk.kiosk_stores import enrolled_kiosk


def _nowhere() -> AppointmentClient:
    """A client for a port nothing listens on: central is unreachable."""
    return AppointmentClient("http://127.0.0.1:9", "no-token")


def test_booking_codes_are_short_and_unambiguous() -> None:
    codes = {new_booking_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(len(c) == 6 and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert not set("01IOL") & set(CODE_ALPHABET)
    assert normalize_code(" kq7-m3p ") == "KQ7M3P"
    assert normalize_code("KQ7M30") is None  # a zero is never in a code


def test_offline_bookings_are_confirmed_by_sync_and_a_full_slot_refuses_the_later_one(
    tmp_path: Path,
) -> None:
    with running_sqlite_central(tmp_path) as (central, _process):
        muni = central.municipality()
        slot_id = central_appointments.publish_slot(
            central.engine,
            muni.municipality_id,
            service="eid",
            channel="counter",
            starts_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
            minutes=30,
            capacity=1,
        )
        kiosks = [
            enrolled_kiosk(tmp_path, name, central.url, central.engine, muni.municipality_id)
            for name in ("hall", "annex")
        ]
        booked = []
        for kiosk, person in zip(kiosks, ("pk-first", "pk-second"), strict=True):
            kiosk.sync()
            (slot,) = open_slots(kiosk.engine, "counter", dt.datetime.now(dt.UTC))
            appointment = book(kiosk.engine, _nowhere, slot, person)
            assert not appointment.confirmed  # saved here, for sync
            booked.append(appointment)
        for kiosk in kiosks:
            kiosk.sync()
        refused = central_appointments.reconcile(central.engine, muni.municipality_id)
        assert refused == [booked[1].appointment_id]
        assert central_appointments.slot_counts(central.engine, muni.municipality_id) == {
            slot_id: (1, 1)
        }
        kiosks[1].sync(person_key="pk-second")  # the second citizen's next visit
        (seen,) = appointments_of(kiosks[1].engine, "pk-second")
        assert seen.status == "cancelled"
        kiosks[0].sync()
        assert open_slots(kiosks[0].engine, "counter", dt.datetime.now(dt.UTC)) == []


def test_check_in_by_code_offline_uses_the_appointments_this_kiosk_holds(
    tmp_path: Path,
) -> None:
    with running_sqlite_central(tmp_path) as (central, _process):
        muni = central.municipality()
        central_appointments.publish_slot(
            central.engine,
            muni.municipality_id,
            service="population",
            channel="counter",
            starts_at=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=30),
            minutes=30,
            capacity=3,
        )
        kiosk = enrolled_kiosk(tmp_path, "hall", central.url, central.engine, muni.municipality_id)
        kiosk.sync()
        (slot,) = open_slots(kiosk.engine, "counter", dt.datetime.now(dt.UTC))
        appointment = book(kiosk.engine, _nowhere, slot, "pk-1")
        now = dt.datetime.now(dt.UTC)
        ticket = check_in_by_code(
            kiosk.engine, _nowhere, appointment.booking_code, now, prefix="H", minutes_per_ticket=5
        )
        assert (ticket.number, ticket.appointment_id) == ("H-001", appointment.appointment_id)
        with pytest.raises(CheckInRefused) as refused:
            check_in_by_code(
                kiosk.engine, _nowhere, "ZZZZZZ", now, prefix="H", minutes_per_ticket=5
            )
        assert refused.value.reason == "unknown_booking_code"
