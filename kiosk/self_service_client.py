"""The kiosk's HTTP client for "my data", shares and votes, with typed errors.

One attempt per call; nothing is retried here (a vote that cannot reach central is
recorded locally and synced). Only keyed hashes travel (person key, voter key), never a
national number; no key appears in a log line.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine

from kiosk.central_http import CentralHttp, device_endpoint, error_code
from offline_sync.enroll import DeviceCredentials

log = logging.getLogger(__name__)

TIMEOUT = (3.0, 10.0)


class CentralUnreachable(Exception):
    """No answer, or a failing or busy server: work offline."""


class AlreadyVoted(Exception):
    """Central already counted a vote with this voter key in this poll."""


class Refused(Exception):
    """Central refused for a reason the citizen cannot fix; ``code`` is central's."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class SelfServiceClient:
    """Calls central with the device's bearer token."""

    def __init__(self, base_url: str, token: str, *, ca_bundle: Path | None = None) -> None:
        self._http = CentralHttp(
            base_url, token, unreachable=CentralUnreachable, timeout=TIMEOUT, ca_bundle=ca_bundle
        )
        self.base_url = self._http.base_url

    def close(self) -> None:
        self._http.close()

    def vote(self, poll_id: str, voter_key: str, choice: str, channel: str) -> str:
        """Count a vote; returns its record id.

        Raises:
            AlreadyVoted: the first vote stands.
            CentralUnreachable, Refused: see the classes.
        """
        body = {"voter_key": voter_key, "choice": choice, "channel": channel}
        answer = self._call("POST", f"/v1/polls/{poll_id}/votes", json=body)
        return str(answer.json()["vote_id"])

    def my_data(self, person_key: str) -> dict[str, Any]:
        """``{"sections": {...}, "jsonld": {...}}`` for the citizen; central logs the read."""
        answer = self._call("GET", "/v1/my-data", params={"person_key": person_key})
        data: dict[str, Any] = answer.json()
        return data

    def share_url(self, token: str) -> str:
        """Where a QR code sends the reader of a share."""
        return f"{self.base_url}/v1/shares/{token}"

    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        response = self._http.call(method, path, **kwargs)
        if response.status_code < 400:
            return response
        code = error_code(response)
        if response.status_code == 409 and code == "already_voted":
            raise AlreadyVoted()
        log.warning(
            "central refused %s: HTTP %s %s", path.split("/")[2], response.status_code, code
        )
        raise Refused(code or f"http_{response.status_code}")


def connect(
    engine: Engine, credentials: DeviceCredentials | None = None, ca_bundle: Path | None = None
) -> SelfServiceClient:
    """A client for the central service this device is enrolled with.

    Raises:
        CentralUnreachable: not enrolled, or the credential cannot be read (work offline).
    """
    found = device_endpoint(engine, credentials)
    if found is None:
        raise CentralUnreachable()
    return SelfServiceClient(*found, ca_bundle=ca_bundle)
