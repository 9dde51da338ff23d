"""The device's direct calls to central: one session with its token, one way to fail.

Every online step outside sync (certificates, appointments, my data and votes, reference
look-ups, staff sign-in) needs the same things: the central URL and device token of this
enrollment, TLS against the configured bundle, no proxy from the environment, one attempt
with a timeout, and "central cannot be asked now" as a typed error the caller can turn
into working offline. Each client names its own exception for that (``unreachable``),
so its callers keep catching what they always caught.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import requests
from sqlalchemy import Engine

from offline_sync.enroll import DeviceCredentials, load_enrollment

log = logging.getLogger(__name__)

Timeout = tuple[float, float]
"""(connect, read) seconds."""


class CentralHttp:
    """A session to central with this device's bearer token; ``call`` makes one attempt."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        unreachable: Callable[[], Exception],
        timeout: Timeout,
        ca_bundle: Path | None = None,
        busy: Callable[[requests.Response], Exception] | None = None,
    ) -> None:
        """``unreachable`` makes the caller's "work offline" error; ``busy`` (default: the
        same) the one for a 5xx or 429 answer, for a caller that tells them apart."""
        self.base_url = base_url.rstrip("/")
        self._unreachable = unreachable
        self._busy = busy or (lambda _response: unreachable())
        self._timeout = timeout
        self._session = requests.Session()
        self._session.verify = str(ca_bundle) if ca_bundle is not None else True
        self._session.trust_env = False  # a kiosk's traffic never goes through a user's proxy
        self._session.headers["Authorization"] = f"Bearer {token}"

    def call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """Central's answer, whatever its status, except a busy or failing server.

        Raises:
            ``unreachable()``: no answer (network, TLS, timeout).
            ``busy(response)``: HTTP 5xx or 429.
        """
        try:
            response = self._session.request(
                method, self.base_url + path, timeout=self._timeout, **kwargs
            )
        except requests.RequestException as exc:
            log.info("%s %s failed: %s", method, _endpoint(path), type(exc).__name__)
            raise self._unreachable() from None
        status = response.status_code
        if status >= 500 or status == 429:
            log.info("%s %s: central answered HTTP %s", method, _endpoint(path), status)
            raise self._busy(response)
        return response

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> CentralHttp:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def device_endpoint(
    engine: Engine, credentials: DeviceCredentials | None = None
) -> tuple[str, str] | None:
    """(central URL, device token) of this device's enrollment; None when it has none.

    Not enrolled, or the device credential cannot be read (a locked or absent keyring):
    for the person at the screen the same as offline, so no exception.
    """
    enrollment = load_enrollment(engine)
    if enrollment is None:
        return None
    try:
        token = (credentials or DeviceCredentials()).token(enrollment.device_id)
    except Exception as exc:
        log.warning("the device credential cannot be read (%s)", type(exc).__name__)
        return None
    return None if token is None else (enrollment.central_url, token)


def error_code(response: requests.Response) -> str:
    """Central's machine-readable reason in an error body (``""`` when it has none)."""
    try:
        body = response.json()
    except ValueError:
        return ""
    return str(body.get("code", "")) if isinstance(body, dict) else ""


def _endpoint(path: str) -> str:
    """The path's first segment after the version, e.g. ``polls``: never ids or keys."""
    parts = [part for part in path.split("?", maxsplit=1)[0].split("/") if part]
    return parts[1] if len(parts) > 1 else path
