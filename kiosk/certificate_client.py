"""The kiosk's HTTP client for central's certificate endpoints, with typed errors.

One attempt per call; nothing is retried here (an unanswered request becomes a queued
one in `kiosk.certificates`). The national number travels in the request body over
TLS and appears in no log line, exception message or URL.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import requests
from pydantic import TypeAdapter, ValidationError
from sqlalchemy import Engine

from kiosk.documents.certificate import CertificateData, CertificateKind
from offline_sync.enroll import DeviceCredentials, load_enrollment
from offline_sync.sync_errors import KeyringUnavailable

log = logging.getLogger(__name__)

TIMEOUT = (5.0, 15.0)
_DATA = TypeAdapter(CertificateData)


class CertificateError(Exception):
    """Base of what asking central for a certificate can end in."""


class CentralUnreachable(CertificateError):
    """No answer, a failing server or an unreachable register: the request can wait.

    ``reason`` is ``offline`` or ``register_unavailable``.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PersonNotInRegister(CertificateError):
    """The population register does not know this person."""


class NotApplicable(CertificateError):
    """The kind does not apply to this person; ``code`` is central's reason.

    ``person_deceased``, ``not_registered_as_voter`` or ``no_legal_cohabitation``.
    """

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class CertificateRefused(CertificateError):
    """Central refused for a reason the citizen cannot fix (credential, bad request)."""


class HttpCertificateClient:
    """`kiosk.certificates.CertificateClient` over HTTPS with the device's bearer token."""

    def __init__(self, base_url: str, token: str, *, ca_bundle: Path | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.verify = str(ca_bundle) if ca_bundle is not None else True
        self._session.trust_env = False
        self._session.headers["Authorization"] = f"Bearer {token}"

    def close(self) -> None:
        self._session.close()

    def issue(self, kind: CertificateKind, language: str, national_number: str) -> CertificateData:
        body = {"kind": kind.value, "language": language, "national_number": national_number}
        response = self._call("POST", "/v1/certificates", json=body)
        try:
            return _DATA.validate_json(response.content)
        except ValidationError as exc:
            raise CentralUnreachable("offline") from exc  # a garbled answer: try again later

    def record_pdf(self, code: str, sha256: str) -> None:
        self._call("PUT", f"/v1/certificates/{code}/pdf", json={"pdf_sha256": sha256})

    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        try:
            response = self._session.request(
                method, self.base_url + path, timeout=TIMEOUT, **kwargs
            )
        except requests.RequestException as exc:
            log.info("%s %s failed: %s", method, path.split("/")[2], type(exc).__name__)
            raise CentralUnreachable("offline") from None
        if response.status_code < 400:
            return response
        raise _error(response)


def _error(response: requests.Response) -> CertificateError:
    try:
        code = str(response.json().get("code", ""))
    except (ValueError, AttributeError):
        code = ""
    status = response.status_code
    if status == 503 and code == "register_unavailable":
        return CentralUnreachable("register_unavailable")
    if status >= 500 or status == 429:
        return CentralUnreachable("offline")
    if status == 404 and code == "person_not_found":
        return PersonNotInRegister()
    if status == 409 and code:
        return NotApplicable(code)
    log.warning("central refused a certificate request: HTTP %s %s", status, code)
    return CertificateRefused(f"HTTP {status} {code}".strip())


def connect_client(
    engine: Engine, credentials: DeviceCredentials | None = None, ca_bundle: Path | None = None
) -> HttpCertificateClient:
    """A client for the central service this device is enrolled with.

    Raises:
        CentralUnreachable: not enrolled, or the credential cannot be read: the request
            can only wait (it goes out by sync once the device is enrolled again).
    """
    enrollment = load_enrollment(engine)
    if enrollment is None:
        raise CentralUnreachable("offline")
    try:
        token = (credentials or DeviceCredentials()).token(enrollment.device_id)
    except KeyringUnavailable:
        log.warning("the device credential cannot be read; certificate request queued")
        raise CentralUnreachable("offline") from None
    if token is None:
        raise CentralUnreachable("offline")
    return HttpCertificateClient(enrollment.central_url, token, ca_bundle=ca_bundle)
