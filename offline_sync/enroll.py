"""Enrollment: a one-time code from central becomes this device's credential.

The bearer token goes to the OS keyring (service ``fygitaal-device``, account = device
id) and nowhere else; without a usable keyring enrollment **fails closed** before the
code is spent. The central URL, device id, role and team go to ``device_state``.
`connect` builds a `SyncClient` from that for every later round.
"""

from __future__ import annotations

import logging
import platform
from dataclasses import dataclass
from pathlib import Path

from keyring.backend import KeyringBackend
from sqlalchemy import Engine

from offline_sync.client import SyncClient
from offline_sync.device_state import (
    CENTRAL_URL,
    DEVICE_ID,
    DEVICE_NAME,
    LAST_ERROR,
    MUNICIPALITY_ID,
    REVOKED,
    ROLE,
    TEAM_ID,
    delete_state,
    get_state,
    set_state,
)
from offline_sync.errors import KeyUnavailable
from offline_sync.keys import DatabaseKeys
from offline_sync.protocol import EnrollRequest
from offline_sync.sync_errors import KeyringUnavailable, NotEnrolled
from offline_sync.transport import CentralHttp

log = logging.getLogger(__name__)

SERVICE = "fygitaal-device"


@dataclass(frozen=True)
class Enrollment:
    """Who this device is for central."""

    central_url: str
    device_id: str
    device_name: str
    municipality_id: str
    role: str
    team_id: str | None


class DeviceCredentials:
    """The device token in the OS keyring; fails closed like the database key."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        # the same usable-backend rules as the database key: never a plaintext fallback
        self._keys = DatabaseKeys(backend)

    def check(self) -> None:
        """Raise `KeyringUnavailable` now when no keyring could keep a token (absent, locked)."""
        self.token("probe")

    def store(self, device_id: str, token: str) -> None:
        backend = self._backend()
        try:
            backend.set_password(SERVICE, device_id, token)
            kept = backend.get_password(SERVICE, device_id) == token
        except Exception as exc:  # backends raise their own types (D-Bus, win32, ...)
            raise KeyringUnavailable(f"storing failed: {type(exc).__name__}") from exc
        if not kept:
            raise KeyringUnavailable("the keyring did not keep it")

    def token(self, device_id: str) -> str | None:
        backend = self._backend()
        try:
            return backend.get_password(SERVICE, device_id)
        except Exception as exc:  # locked collection, D-Bus error, ...
            raise KeyringUnavailable(f"reading failed: {type(exc).__name__}") from exc

    def _backend(self) -> KeyringBackend:
        try:
            return self._keys.usable_backend()
        except KeyUnavailable as exc:
            raise KeyringUnavailable("no keyring service is available") from exc


def enroll(
    engine: Engine,
    central_url: str,
    code: str,
    *,
    device_name: str | None = None,
    ca_bundle: Path | None = None,
    credentials: DeviceCredentials | None = None,
) -> Enrollment:
    """Exchange ``code`` for credentials and remember the enrollment.

    Raises:
        KeyringUnavailable: no usable keyring (checked before the code is spent).
        EnrollmentRefused, Offline, TlsError, ...: from central; nothing is stored.
    """
    credentials = credentials or DeviceCredentials()
    credentials.check()
    name = device_name or platform.node() or "fygitaal device"
    http = CentralHttp(central_url, ca_bundle=ca_bundle)
    try:
        answer = http.enroll(EnrollRequest(code=code, device_name=name))
    finally:
        http.close()
    credentials.store(answer.device_id, answer.token)
    enrollment = Enrollment(
        central_url=http.base_url,
        device_id=answer.device_id,
        device_name=name,
        municipality_id=answer.municipality_id,
        role=answer.role,
        team_id=answer.team_id,
    )
    with engine.begin() as connection:
        set_state(connection, CENTRAL_URL, enrollment.central_url)
        set_state(connection, DEVICE_ID, enrollment.device_id)
        set_state(connection, DEVICE_NAME, enrollment.device_name)
        set_state(connection, MUNICIPALITY_ID, enrollment.municipality_id)
        set_state(connection, ROLE, enrollment.role)
        if enrollment.team_id is None:
            delete_state(connection, TEAM_ID)
        else:
            set_state(connection, TEAM_ID, enrollment.team_id)
        delete_state(connection, REVOKED)
        delete_state(connection, LAST_ERROR)
    log.info("enrolled as device %s (%s) with %s", answer.device_id, answer.role, http.base_url)
    return enrollment


def load_enrollment(engine: Engine) -> Enrollment | None:
    """The stored enrollment, or None when this device was never enrolled."""
    with engine.connect() as connection:
        device_id = get_state(connection, DEVICE_ID)
        url = get_state(connection, CENTRAL_URL)
        if device_id is None or url is None:
            return None
        return Enrollment(
            central_url=url,
            device_id=device_id,
            device_name=get_state(connection, DEVICE_NAME) or "",
            municipality_id=get_state(connection, MUNICIPALITY_ID) or "",
            role=get_state(connection, ROLE) or "",
            team_id=get_state(connection, TEAM_ID),
        )


def connect(
    engine: Engine,
    *,
    ca_bundle: Path | None = None,
    credentials: DeviceCredentials | None = None,
) -> SyncClient:
    """A client for the enrolled central service.

    Raises:
        NotEnrolled: never enrolled, or the credential is gone from the keyring.
        KeyringUnavailable: the keyring cannot be used (locked, absent).
    """
    enrollment = load_enrollment(engine)
    if enrollment is None:
        raise NotEnrolled()
    token = (credentials or DeviceCredentials()).token(enrollment.device_id)
    if token is None:
        raise NotEnrolled("the device credential is missing from the keyring")
    return SyncClient(engine, CentralHttp(enrollment.central_url, token, ca_bundle=ca_bundle))
