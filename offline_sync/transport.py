"""The HTTP exchange with central: one `requests.Session`, typed errors, no retries here.

Retrying belongs to the sync loop, which knows about backoff and ``Retry-After``; this
module makes exactly one attempt per call, verifies TLS (a custom CA bundle can be given)
and turns every failure into a `offline_sync.sync_errors` type.
"""

from __future__ import annotations

import email.utils
import logging
import time
from pathlib import Path
from typing import Any, TypeVar

import requests
from pydantic import BaseModel, ValidationError

from offline_sync.protocol import (
    AttachmentStatus,
    ChangesResponse,
    DeviceStatus,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    PushRequest,
    PushResponse,
)
from offline_sync.sync_errors import (
    AttachmentRefused,
    CursorReset,
    DeviceRevoked,
    EnrollmentRefused,
    Offline,
    ProtocolMismatch,
    ServerError,
    SyncError,
    SyncTimeout,
    TlsError,
    Unauthenticated,
)

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 60.0
_Model = TypeVar("_Model", bound=BaseModel)


class CentralHttp:
    """Calls to one central service; ``token`` is None only for enrollment."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        ca_bundle: Path | None = None,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.verify = str(ca_bundle) if ca_bundle is not None else True
        self._session.trust_env = False  # no proxy or netrc picked up from the environment
        if token is not None:
            self._session.headers["Authorization"] = f"Bearer {token}"

    def close(self) -> None:
        self._session.close()

    def enroll(self, request: EnrollRequest) -> EnrollResponse:
        try:
            return self._call("POST", "/v1/enroll", EnrollResponse, json=request.model_dump())
        except (Unauthenticated, DeviceRevoked, ProtocolMismatch) as exc:
            raise EnrollmentRefused(
                f"central refused the enrollment code ({exc.detail or 'no reason given'}): "
                "ask an administrator for a new code"
            ) from exc

    def push(self, request: PushRequest) -> PushResponse:
        body = request.model_dump_json().encode()  # pydantic-core: a fraction of json.dumps
        headers = {"Content-Type": "application/json"}
        return self._call("POST", "/v1/sync/push", PushResponse, data=body, headers=headers)

    def changes(self, after: str, limit: int, person_key: str | None = None) -> ChangesResponse:
        params: dict[str, str | int] = {"after": after, "limit": limit}
        if person_key is not None:
            params["person_key"] = person_key
        return self._call("GET", "/v1/sync/changes", ChangesResponse, params=params)

    def attachment_status(self, sha256: str) -> AttachmentStatus:
        return self._call("GET", f"/v1/attachments/{sha256}/status", AttachmentStatus)

    def put_attachment_chunk(
        self, sha256: str, content_type: str, start: int, data: bytes, total: int
    ) -> AttachmentStatus:
        """Send bytes ``start``.. of an attachment of ``total`` bytes; central skips repeats."""
        headers = {
            "Content-Type": content_type,
            "Content-Range": f"bytes {start}-{start + len(data) - 1}/{total}",
        }
        path = f"/v1/attachments/{sha256}"
        return self._call("PUT", path, AttachmentStatus, data=data, headers=headers)

    def status(self) -> DeviceStatus:
        """What central holds for this device; sends this device's clock so skew is seen."""
        headers = {"X-Device-Time": str(int(time.time() * 1000))}
        return self._call("GET", "/v1/sync/status", DeviceStatus, headers=headers)

    def _call(self, method: str, path: str, model: type[_Model], **kwargs: Any) -> _Model:
        url = self.base_url + path
        try:
            response = self._session.request(method, url, timeout=self._timeout, **kwargs)
        except requests.exceptions.SSLError as exc:
            log.info("TLS failure talking to %s", self.base_url, exc_info=True)
            raise TlsError(self.base_url) from exc
        except requests.Timeout as exc:
            raise SyncTimeout(self.base_url) from exc
        except requests.RequestException as exc:  # connection refused, reset, DNS, truncated
            log.info("%s %s failed: %s", method, path, type(exc).__name__)
            raise Offline(self.base_url) from exc
        if response.status_code >= 400:
            raise _error(response)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            # a truncated or garbled body (a proxy, a dying server): retry later
            raise ServerError(f"central sent an unreadable answer to {path}; retrying") from exc


def _error(response: requests.Response) -> SyncError:
    """The typed error for an HTTP error response, with central's own words as ``detail``."""
    try:
        body: ErrorBody | None = ErrorBody.model_validate_json(response.content)
    except ValidationError:
        body = None
    error = _typed_error(response, body)
    error.detail = body.message if body is not None else f"HTTP {response.status_code}"
    return error


def _typed_error(response: requests.Response, body: ErrorBody | None) -> SyncError:
    code = body.code if body else ""
    detail = body.message if body else ""
    status = response.status_code
    if status == 401:
        return Unauthenticated(detail)
    if status == 403 and code == "device_revoked":
        return DeviceRevoked()
    if status == 410 and code == "cursor_reset":
        return CursorReset()
    if status in (409, 413, 415, 422) and code.startswith("attachment_"):
        return AttachmentRefused(code, detail)
    if status == 429 or status >= 500:
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        return ServerError(
            f"central is busy or failing (HTTP {status}); sync retries by itself", retry_after
        )
    return ProtocolMismatch(
        f"central refused a request (HTTP {status} {code or ''}): {detail or 'no reason given'}; "
        "this device may need an update"
    )


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
