"""The kiosk's HTTP client for central's appointment endpoints, with typed errors.

One attempt per call, nothing retried: a booking central cannot be asked about is saved
locally and confirmed by sync (`kiosk.appointments`). Only the citizen's pseudonym
(person key) travels, never a national number.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine

from kiosk.central_http import CentralHttp, device_endpoint, error_code
from offline_sync.enroll import DeviceCredentials

log = logging.getLogger(__name__)

TIMEOUT = (3.0, 10.0)


class CentralUnreachable(Exception):
    """No answer, a failing or busy server, or no enrollment: work offline."""


class Refused(Exception):
    """Central said no; ``code`` is its reason (``slot_full``, ``unknown_booking_code``,
    ``not_today``, ``not_at_counter``, ``unknown_slot``, ...)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Booked:
    """An appointment as central answers it."""

    appointment_id: str
    slot_id: str
    service: str
    channel: str
    starts_at: str
    booking_code: str
    status: str


class AppointmentClient:
    """Calls central with the device's bearer token."""

    def __init__(self, base_url: str, token: str, *, ca_bundle: Path | None = None) -> None:
        self._http = CentralHttp(
            base_url, token, unreachable=CentralUnreachable, timeout=TIMEOUT, ca_bundle=ca_bundle
        )
        self.base_url = self._http.base_url

    def close(self) -> None:
        self._http.close()

    def book(
        self,
        appointment_id: str,
        slot_id: str,
        code: str,
        person_key: str,
        *,
        assisted_by: str | None = None,
    ) -> Booked:
        body = {
            "appointment_id": appointment_id,
            "slot_id": slot_id,
            "booking_code": code,
            "person_key": person_key,
        }
        if assisted_by is not None:  # a staff member booked it with the citizen
            body["assisted_by"] = assisted_by
        return _booked(self._call("POST", "/v1/appointments", json=body).json())

    def check_in(self, code: str) -> Booked:
        body = {"booking_code": code}
        return _booked(self._call("POST", "/v1/appointments/check-in", json=body).json())

    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        response = self._http.call(method, path, **kwargs)
        if response.status_code < 400:
            return response
        code = error_code(response)
        log.info("central refused %s: HTTP %s %s", path, response.status_code, code)
        raise Refused(code or f"http_{response.status_code}")


def _booked(body: dict[str, Any]) -> Booked:
    try:
        return Booked(**{name: str(body[name]) for name in Booked.__dataclass_fields__})
    except (KeyError, TypeError):
        raise CentralUnreachable() from None  # a garbled answer: as if none came


def connect(
    engine: Engine, credentials: DeviceCredentials | None = None, ca_bundle: Path | None = None
) -> AppointmentClient:
    """A client for the central service this device is enrolled with.

    Raises:
        CentralUnreachable: not enrolled, or the credential cannot be read.
    """
    found = device_endpoint(engine, credentials)
    if found is None:
        raise CentralUnreachable()
    return AppointmentClient(*found, ca_bundle=ca_bundle)
