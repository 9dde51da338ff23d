"""Appointment endpoints for kiosks: book a slot at once, check in by booking code.

Booking online answers at once whether the place is the citizen's (201) or the slot is
full (409 ``slot_full``). Appointments a kiosk saved while offline arrive by push instead
and are counted (or refused) by `central.appointments.reconcile`, which also runs here.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from central import appointments as service
from central.api.deps import DeviceDep, EngineDep
from central.api.errors import ApiError
from offline_sync.protocol import ErrorBody

log = logging.getLogger(__name__)

router = APIRouter(prefix="/v1", tags=["appointments"])

_STRICT = ConfigDict(extra="forbid", frozen=True)
BOOKING_CODE = r"^[A-Z2-9]{6}$"


class BookingRequest(BaseModel):
    """A kiosk books ``slot_id`` under an id and booking code it made itself."""

    model_config = _STRICT
    appointment_id: str = Field(min_length=36, max_length=36)
    slot_id: str = Field(min_length=1, max_length=64)
    booking_code: str = Field(pattern=BOOKING_CODE)
    person_key: str | None = Field(default=None, max_length=128)
    assisted_by: str | None = Field(default=None, max_length=120)


class CheckInRequest(BaseModel):
    model_config = _STRICT
    booking_code: str = Field(pattern=BOOKING_CODE)


class AppointmentView(BaseModel):
    """An appointment as the kiosk shows it (no person data)."""

    model_config = _STRICT
    appointment_id: str
    slot_id: str
    service: str
    channel: str
    starts_at: str
    booking_code: str
    status: str


def _errors(**described: str) -> dict[int | str, dict[str, Any]]:
    return {int(s): {"model": ErrorBody, "description": d} for s, d in described.items()}


_DEVICE = {
    "401": "no valid device credential (code 'unauthenticated')",
    "403": "this device was revoked (code 'device_revoked')",
    "422": "malformed request (code 'invalid_request')",
}


def _view(appointment_id: str, fields: dict[str, Any]) -> AppointmentView:
    return AppointmentView(
        appointment_id=appointment_id,
        slot_id=str(fields.get("slot_id") or ""),
        service=str(fields["service"]),
        channel=str(fields["channel"]),
        starts_at=str(fields["starts_at"]),
        booking_code=str(fields["booking_code"]),
        status=str(fields["status"]),
    )


@router.post(
    "/appointments",
    status_code=201,
    response_model=AppointmentView,
    responses=_errors(
        **_DEVICE,
        **{
            "404": "no such slot (code 'unknown_slot')",
            "409": "the slot is fully booked (code 'slot_full'), or the appointment id is "
            "used for another slot (code 'appointment_taken')",
        },
    ),
)
def post_appointment(body: BookingRequest, device: DeviceDep, engine: EngineDep) -> AppointmentView:
    """Book a place in a slot; the appointment reaches the citizen's devices by sync."""
    booking = service.Booking(
        body.appointment_id, body.slot_id, body.booking_code, body.person_key, body.assisted_by
    )
    try:
        fields = service.book(engine, device.municipality_id, booking)
    except service.SlotNotFound:
        raise ApiError(404, "unknown_slot", "this time slot does not exist") from None
    except service.SlotFull:
        raise ApiError(
            409, "slot_full", "this time slot is fully booked; choose another time"
        ) from None
    except service.AppointmentTaken:
        raise ApiError(
            409, "appointment_taken", "this appointment id is used for another slot"
        ) from None
    return _view(body.appointment_id, fields)


@router.post(
    "/appointments/check-in",
    response_model=AppointmentView,
    responses=_errors(
        **_DEVICE,
        **{
            "404": "no booked appointment has this code (code 'unknown_booking_code')",
            "409": "the appointment is not at the counter (code 'not_at_counter') or not "
            "now (code 'not_today')",
        },
    ),
)
def post_check_in(body: CheckInRequest, device: DeviceDep, engine: EngineDep) -> AppointmentView:
    """Check a counter appointment in by its booking code (a guest without an eID)."""
    now = dt.datetime.now(dt.UTC)
    try:
        appointment_id, fields = service.check_in(
            engine, device.municipality_id, body.booking_code, now
        )
    except service.UnknownBookingCode:
        raise ApiError(404, "unknown_booking_code", "no booked appointment has this code") from None
    except service.NotCheckInTime as exc:
        message = {
            "not_at_counter": "this appointment is not at the counter",
            "not_today": "this appointment is not now; check in on the day itself",
        }[exc.reason]
        raise ApiError(409, exc.reason, message) from None
    return _view(appointment_id, fields)
