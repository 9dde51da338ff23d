"""The one online step of staff sign-in: ``POST /v1/staff/sign-in`` as this enrolled laptop.

Central checks the password, the role and the team, and answers with the published
`staff_verifier` record, which `kiosk.staff_signin` keeps so that the next sign-in works
without a network. One attempt per call; the caller decides what an outage means.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine

from offline_sync.enroll import DeviceCredentials, load_enrollment

log = logging.getLogger(__name__)

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
        enrollment = load_enrollment(self._engine)
        if enrollment is None:
            raise CentralUnreachable("this laptop is not enrolled")
        try:
            token = (self._credentials or DeviceCredentials()).token(enrollment.device_id)
        except Exception as exc:  # a locked keyring: no online step, offline still works
            raise CentralUnreachable("no device credential") from exc
        if token is None:
            raise CentralUnreachable("no device credential")
        url = enrollment.central_url.rstrip("/") + "/v1/staff/sign-in"
        try:
            with requests.Session() as session:
                session.trust_env = False
                session.verify = str(self._ca_bundle) if self._ca_bundle else True
                reply = session.post(
                    url,
                    json={"username": username, "password": password},
                    headers={"Authorization": f"Bearer {token}"},
                    timeout=TIMEOUT,
                )
        except requests.RequestException as exc:
            log.info("staff sign-in: central unreachable (%s)", type(exc).__name__)
            raise CentralUnreachable(str(enrollment.central_url)) from exc
        if reply.status_code in (401, 403):
            code = _code(reply)
            if code in {"unauthenticated", "device_revoked"}:  # the laptop, not the person
                raise CentralUnreachable(code)
            raise CentralRefused(code)
        if reply.status_code != 200:
            raise CentralUnreachable(f"HTTP {reply.status_code}")
        return _parse(reply.json())


def _code(reply: requests.Response) -> str:
    try:
        body = reply.json()
    except ValueError:
        return ""
    return str(body.get("code", "")) if isinstance(body, dict) else ""


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
