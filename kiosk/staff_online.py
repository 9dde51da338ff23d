"""The one online step of staff sign-in: ``POST /v1/staff/sign-in`` as this enrolled laptop.

Central checks the password, the role and the team, and answers with the published
`staff_verifier` record, which `kiosk.staff_signin` keeps so that the next sign-in works
without a network. One attempt per call; the caller decides what an outage means.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine

from kiosk.central_http import CentralHttp, device_endpoint, error_code
from offline_sync.enroll import DeviceCredentials

TIMEOUT = (5.0, 20.0)


class CentralUnreachable(Exception):
    """No answer from central (offline, not enrolled, no credential): only offline sign-in."""


class CentralRefused(Exception):
    """Central said no; ``code`` is its error code (sign_in_refused, not_this_team, ...)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class SignedInOnline:
    staff_id: str
    display_name: str
    role: str
    team_id: str
    record_id: str
    fields: dict[str, Any]
    versions: dict[str, int]


class CentralSignIn:
    """Asks central on behalf of this laptop (device token from the keyring)."""

    def __init__(
        self,
        engine: Engine,
        credentials: DeviceCredentials | None = None,
        ca_bundle: Path | None = None,
    ) -> None:
        self._engine = engine
        self._credentials = credentials
        self._ca_bundle = ca_bundle

    def __call__(self, username: str, password: str) -> SignedInOnline:
        """Raises `CentralUnreachable` or `CentralRefused`."""
        reply = _post_sign_in(
            self._engine,
            "/v1/staff/sign-in",
            {"username": username, "password": password},
            credentials=self._credentials,
            ca_bundle=self._ca_bundle,
        )
        if reply.status_code != 200:
            raise CentralUnreachable(f"HTTP {reply.status_code}")
        return _parse(reply.json())


def _parse(body: Any) -> SignedInOnline:
    try:
        record = body["record"]
        return SignedInOnline(
            staff_id=str(body["staff_id"]),
            display_name=str(body["display_name"]),
            role=str(body["role"]),
            team_id=str(body["team_id"]),
            record_id=str(record["entity_id"]),
            fields=dict(record["fields"]),
            versions={str(k): int(v) for k, v in record["versions"].items()},
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CentralUnreachable("central sent an unreadable answer") from exc


def assist_sign_in(
    engine: Engine,
    username: str,
    password: str,
    *,
    credentials: DeviceCredentials | None = None,
    ca_bundle: Path | None = None,
) -> tuple[str, str]:
    """(staff id, display name) of a staff member central lets assist at this kiosk.

    Raises:
        CentralUnreachable: offline, not enrolled, or no device credential.
        CentralRefused: ``sign_in_refused``, ``not_assisting_staff`` or ``staff_revoked``.
    """
    body = {"username": username, "password": password}
    reply = _post_sign_in(
        engine, "/v1/staff/assist", body, credentials=credentials, ca_bundle=ca_bundle
    )
    try:
        answer = reply.json()
        return str(answer["staff_id"]), str(answer["display_name"])
    except (ValueError, KeyError, TypeError) as exc:
        raise CentralUnreachable("central sent an unreadable answer") from exc


def _post_sign_in(
    engine: Engine,
    path: str,
    body: dict[str, str],
    *,
    credentials: DeviceCredentials | None,
    ca_bundle: Path | None,
) -> requests.Response:
    """Central's answer to a sign-in as this device; a refusal of the person raises."""
    found = device_endpoint(engine, credentials)
    if found is None:
        raise CentralUnreachable("this device is not enrolled or has no device credential")
    with CentralHttp(
        *found, unreachable=CentralUnreachable, timeout=TIMEOUT, ca_bundle=ca_bundle
    ) as http:
        reply = http.call("POST", path, json=body)
    if reply.status_code in (401, 403):
        code = error_code(reply)
        if code in {"unauthenticated", "device_revoked"}:  # the device, not the person
            raise CentralUnreachable(code)
        raise CentralRefused(code)
    return reply
