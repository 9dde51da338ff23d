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

from kiosk.central_http import CentralHttp, device_endpoint, error_code
from kiosk.documents.certificate import CertificateData, CertificateKind
from offline_sync.enroll import DeviceCredentials

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
        self._http = CentralHttp(
            base_url,
            token,
            unreachable=_offline,
            busy=_busy,
            timeout=TIMEOUT,
            ca_bundle=ca_bundle,
        )
        self.base_url = self._http.base_url

    def close(self) -> None:
        self._http.close()

    def issue(
        self,
        kind: CertificateKind,
        language: str,
        national_number: str,
        *,
        assisted_by: str | None = None,
    ) -> CertificateData:
        body = {"kind": kind.value, "language": language, "national_number": national_number}
        if assisted_by is not None:  # asked with a staff member at the citizen's side
            body["assisted_by"] = assisted_by
        response = self._call("POST", "/v1/certificates", json=body)
        try:
            return _DATA.validate_json(response.content)
        except ValidationError as exc:
            raise CentralUnreachable("offline") from exc  # a garbled answer: try again later

    def record_pdf(self, code: str, sha256: str) -> None:
        self._call("PUT", f"/v1/certificates/{code}/pdf", json={"pdf_sha256": sha256})

    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        response = self._http.call(method, path, **kwargs)
        if response.status_code < 400:
            return response
        raise _error(response)


def _offline() -> CentralUnreachable:
    return CentralUnreachable("offline")


def _busy(response: requests.Response) -> CentralUnreachable:
    unavailable = response.status_code == 503 and error_code(response) == "register_unavailable"
    return CentralUnreachable("register_unavailable" if unavailable else "offline")


def _error(response: requests.Response) -> CertificateError:
    code = error_code(response)
    status = response.status_code
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
    found = device_endpoint(engine, credentials)
    if found is None:
        raise _offline()
    return HttpCertificateClient(*found, ca_bundle=ca_bundle)
