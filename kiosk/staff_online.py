"""The one online step of staff sign-in: ``POST /v1/staff/sign-in`` as this enrolled laptop.

Central checks the password, the role and the team, and answers with the published
`staff_verifier` record, which `kiosk.staff_signin` keeps so that the next sign-in works
without a network. One attempt per call; the caller decides what an outage means.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
        found = device_endpoint(self._engine, self._credentials)
        if found is None:
            raise CentralUnreachable("this laptop is not enrolled or has no device credential")
        with CentralHttp(
            *found, unreachable=CentralUnreachable, timeout=TIMEOUT, ca_bundle=self._ca_bundle
        ) as http:
            reply = http.call(
                "POST", "/v1/staff/sign-in", json={"username": username, "password": password}
            )
        if reply.status_code in (401, 403):
            code = error_code(reply)
            if code in {"unauthenticated", "device_revoked"}:  # the laptop, not the person
                raise CentralUnreachable(code)
            raise CentralRefused(code)
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
