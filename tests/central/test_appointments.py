"""Slots and appointments on a real central process: booking, a full slot, check-in, recount."""

from __future__ import annotations

import datetime as dt

from central import appointments
from offline_sync.protocol import new_id
from tests.central.helpers import Device, Municipality


def _slot(muni: Municipality, *, capacity: int = 1, hours: float = 1.0) -> str:
    return appointments.publish_slot(
        muni.engine,
        muni.municipality_id,
        service="population",
        channel="counter",
        starts_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=hours),
        minutes=30,
        capacity=capacity,
    )


def _book(kiosk: Device, slot_id: str, code: str) -> tuple[int, dict[str, str]]:
    reply = kiosk.session.post(
        f"{kiosk.base}/v1/appointments",
        json={
            "appointment_id": new_id(),
            "slot_id": slot_id,
            "booking_code": code,
            "person_key": "pk-1",
        },
        timeout=30,
    )
    body: dict[str, str] = reply.json()
    return reply.status_code, body


def test_a_slot_is_booked_once_and_a_full_slot_is_refused_clearly(muni: Municipality) -> None:
    kiosk = muni.enroll("kiosk", None)
    slot_id = _slot(muni)
    status, booked = _book(kiosk, slot_id, "ABC234")
    assert (status, booked["status"], booked["booking_code"]) == (201, "booked", "ABC234")
    status, refused = _book(kiosk, slot_id, "XYZ789")
    assert (status, refused["code"]) == (409, "slot_full")
    assert "fully booked" in refused["message"]
    state = kiosk.state()
    assert state["slot", slot_id]["fields"]["booked"] == 1


def test_check_in_by_booking_code(muni: Municipality) -> None:
    kiosk = muni.enroll("kiosk", None)
    status, _booked = _book(kiosk, _slot(muni, capacity=2), "KQ7M3P")
    assert status == 201
    reply = kiosk.session.post(
        f"{kiosk.base}/v1/appointments/check-in", json={"booking_code": "KQ7M3P"}, timeout=30
    )
    assert reply.status_code == 200, reply.text
    assert reply.json()["status"] == "checked_in"
    unknown = kiosk.session.post(
        f"{kiosk.base}/v1/appointments/check-in", json={"booking_code": "ZZZZZZ"}, timeout=30
    )
    assert (unknown.status_code, unknown.json()["code"]) == (404, "unknown_booking_code")


def test_a_future_appointment_is_not_checked_in_today(muni: Municipality) -> None:
    kiosk = muni.enroll("kiosk", None)
    assert _book(kiosk, _slot(muni, hours=72), "FUT234")[0] == 201
    reply = kiosk.session.post(
        f"{kiosk.base}/v1/appointments/check-in", json={"booking_code": "FUT234"}, timeout=30
    )
    assert (reply.status_code, reply.json()["code"]) == (409, "not_today")


def test_offline_bookings_are_counted_and_the_late_one_refused(muni: Municipality) -> None:
    kiosk = muni.enroll("kiosk", None)
    slot_id = _slot(muni, capacity=1)
    ids = [new_id(), new_id()]
    for appointment_id, code in zip(ids, ("OFF234", "OFF567"), strict=True):
        fields = {
            "slot_id": slot_id,
            "service": "population",
            "channel": "counter",
            "starts_at": "2030-01-01T09:00+01:00",
            "booking_code": code,
            "status": "booked",
            "person_key": "pk-2",
        }
        result = kiosk.push(kiosk.op("appointment", appointment_id, "create", fields=fields))
        assert result[0]["status"] == "accepted"
    assert appointments.reconcile(muni.engine, muni.municipality_id) == [ids[1]]
    assert appointments.slot_counts(muni.engine, muni.municipality_id)[slot_id] == (1, 1)
    state = kiosk.state(person_key="pk-2")
    assert state["appointment", ids[0]]["fields"]["status"] == "booked"
    assert state["appointment", ids[1]]["fields"]["status"] == "cancelled"
