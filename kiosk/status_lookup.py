"""Following a melding or question by its reference: this kiosk's store first, then central.

A citizen may come back to any kiosk with the reference they were given. Central is
asked first (``GET /v1/lookup/{ref}``, with the device's token): it has the newest
status. When it cannot be reached, or does not know the record yet (filed here and not
sent), this kiosk's own copy answers, if it holds one. Otherwise the citizen is told the
reference is unknown, or that it can be looked up later; nothing is guessed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from kiosk import meldingen, questions
from kiosk.central_http import CentralHttp, device_endpoint
from kiosk.references import MELDING_PREFIX, Reference, parse_reference
from offline_sync.enroll import DeviceCredentials

log = logging.getLogger(__name__)

TIMEOUT = (3.0, 10.0)


class UnreadableReference(ValueError):
    """What was typed cannot be a reference (wrong length or letters)."""


@dataclass(frozen=True)
class NotFound:
    """Neither this kiosk nor central knows it."""

    reference: str
    offline: bool
    """Central could not be asked: the reference may still exist."""


Found = meldingen.MeldingStatus | questions.QuestionView


def look_up(
    engine: Engine | None,
    typed: str,
    *,
    credentials: DeviceCredentials | None = None,
    ca_bundle: Path | None = None,
) -> Found | NotFound:
    """The melding or question with reference ``typed``.

    Raises:
        UnreadableReference: ``typed`` cannot be a reference.
    """
    reference = parse_reference(typed)
    if reference is None:
        raise UnreadableReference(typed)
    body = _ask_central(engine, reference.text, credentials, ca_bundle)
    if body:
        if body.get("kind") == "melding":
            return meldingen.status_from_fields(body)
        return questions.view_from_fields(str(body["id"]), body)
    local = _local(engine, reference) if engine is not None else None
    if local is not None:  # offline, or filed here and not sent yet
        return local
    return NotFound(reference.text, offline=body is None)


def _local(engine: Engine, reference: Reference) -> Found | None:
    with engine.connect() as connection:
        if reference.prefix == MELDING_PREFIX:
            return meldingen.find_local(connection, reference.text)
        return questions.find_local(connection, reference.text)


def _ask_central(
    engine: Engine | None,
    reference: str,
    credentials: DeviceCredentials | None,
    ca_bundle: Path | None,
) -> dict[str, Any] | None:
    """Central's answer; ``{}`` for "unknown", None when central cannot be asked."""
    found = None if engine is None else device_endpoint(engine, credentials)
    if found is None:
        return None
    try:
        with CentralHttp(
            *found, unreachable=_Unreachable, timeout=TIMEOUT, ca_bundle=ca_bundle
        ) as http:
            response = http.call("GET", f"/v1/lookup/{reference}")
            body = response.json() if response.status_code == 200 else None
    except (_Unreachable, ValueError):
        return None
    if response.status_code == 404:
        return {}
    if not isinstance(body, dict):
        log.warning("central answered a reference look-up with HTTP %s", response.status_code)
        return None
    return body


class _Unreachable(Exception):
    """Central cannot be asked now: this kiosk's own copy answers, if any."""
