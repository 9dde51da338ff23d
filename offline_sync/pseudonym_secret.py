"""The municipality's pseudonym secret on a device: fetched from central, kept in the keyring.

Devices make a citizen's ``person_key`` (and a poll's voter key) with this secret, so it
must be the same on every device of the municipality and must never sit on disk in the
clear. It comes once from ``GET /v1/device/pseudonym-secret`` (device-authenticated) and
is then kept in the OS keyring (service ``fygitaal-pseudonym-secret``, account = the
municipality), so that a kiosk that goes offline later still identifies people with
their usual key. Like the other secrets this **fails closed**: without a usable keyring
it is held in memory for the run only, never written anywhere else. Offline and never
fetched, `PseudonymSecrets.get` answers None and the caller carries on without a key.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import requests
from keyring.backend import KeyringBackend
from pydantic import ValidationError
from sqlalchemy import Engine

from offline_sync.enroll import DeviceCredentials, load_enrollment
from offline_sync.errors import KeyUnavailable
from offline_sync.keys import DatabaseKeys
from offline_sync.protocol import PseudonymSecret
from offline_sync.sync_errors import KeyringUnavailable

log = logging.getLogger(__name__)

SERVICE = "fygitaal-pseudonym-secret"
PATH = "/v1/device/pseudonym-secret"
TIMEOUT = (2.0, 5.0)
MIN_BYTES = 32
RETRY_AFTER_S = 60.0


class SecretUnavailable(Exception):
    """Central could not give the secret now (offline, not enrolled, refused)."""


class PseudonymSecrets:
    """Get the secret from the keyring, else from central (then kept in the keyring)."""

    def __init__(
        self,
        engine: Engine,
        *,
        ca_bundle: Path | None = None,
        credentials: DeviceCredentials | None = None,
        backend: KeyringBackend | None = None,
    ) -> None:
        self._engine = engine
        self._ca_bundle = ca_bundle
        self._credentials = credentials or DeviceCredentials(backend)
        self._keys = DatabaseKeys(backend)
        self._memory: dict[str, bytes] = {}
        self._failed_at: float | None = None

    def kept(self) -> bytes | None:
        """The secret held here (memory or keyring), without asking central."""
        enrollment = load_enrollment(self._engine)
        if enrollment is None:
            return None
        municipality = enrollment.municipality_id
        kept = self._memory.get(municipality) or self._cached(municipality)
        if kept is not None:
            self._memory[municipality] = kept
        return kept

    def get(self) -> bytes | None:
        """The secret, or None when it is neither kept here nor reachable now.

        After a failed fetch central is asked again only ``RETRY_AFTER_S`` later, so an
        offline kiosk does not make every citizen wait for a network timeout.
        """
        kept = self.kept()
        if kept is not None or load_enrollment(self._engine) is None:
            return kept  # not enrolled yet: nothing to ask, and no reason to wait later
        if self._failed_at is not None and time.monotonic() - self._failed_at < RETRY_AFTER_S:
            return None
        try:
            return self.fetch()
        except SecretUnavailable as exc:
            self._failed_at = time.monotonic()
            log.info("pseudonym secret not available: %s", exc)
            return None

    def fetch(self) -> bytes:
        """Ask central for the secret and keep it (keyring if usable, memory always).

        Raises:
            SecretUnavailable: not enrolled, offline, refused or an unreadable answer.
        """
        enrollment = load_enrollment(self._engine)
        if enrollment is None:
            raise SecretUnavailable("this device is not enrolled")
        try:
            token = self._credentials.token(enrollment.device_id)
        except KeyringUnavailable as exc:
            raise SecretUnavailable("the device credential cannot be read") from exc
        if token is None:
            raise SecretUnavailable("the device credential is missing")
        verify: str | bool = str(self._ca_bundle) if self._ca_bundle is not None else True
        try:
            with requests.Session() as session:
                session.trust_env = False
                response = session.get(
                    enrollment.central_url.rstrip("/") + PATH,
                    headers={"Authorization": f"Bearer {token}"},
                    timeout=TIMEOUT,
                    verify=verify,
                )
        except requests.RequestException as exc:
            raise SecretUnavailable(f"central cannot be reached ({type(exc).__name__})") from exc
        if response.status_code != 200:
            raise SecretUnavailable(f"central answered HTTP {response.status_code}")
        try:
            answer = PseudonymSecret.model_validate_json(response.content)
        except ValidationError as exc:
            raise SecretUnavailable("central sent an unreadable answer") from exc
        secret = bytes.fromhex(answer.secret)
        if len(secret) < MIN_BYTES or answer.municipality_id != enrollment.municipality_id:
            raise SecretUnavailable("central sent a secret this device cannot use")
        self._memory[answer.municipality_id] = secret
        self._keep(answer.municipality_id, secret)
        return secret

    def forget(self) -> None:
        """Drop the in-memory copy (the keyring's stays); for tests and re-enrollment."""
        self._memory.clear()
        self._failed_at = None

    def _cached(self, municipality: str) -> bytes | None:
        try:
            text = self._keys.usable_backend().get_password(SERVICE, municipality)
        except KeyUnavailable:
            return None
        except Exception:  # locked collection, D-Bus error, ...
            log.info("the keyring could not be read", exc_info=True)
            return None
        try:
            secret = bytes.fromhex(text) if text else b""
        except ValueError:
            secret = b""
        return secret if len(secret) >= MIN_BYTES else None

    def _keep(self, municipality: str, secret: bytes) -> None:
        try:
            self._keys.usable_backend().set_password(SERVICE, municipality, secret.hex())
        except KeyUnavailable:
            log.info("no keyring: the pseudonym secret is kept in memory for this run only")
        except Exception:  # backends raise their own types
            log.info("the keyring refused the pseudonym secret", exc_info=True)
