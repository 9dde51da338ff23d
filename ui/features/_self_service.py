"""What "my data" and participation share: the PIN step, central's client, the secret.

The PIN goes through the shared pad (`ui.features._pin_pad.request_pin`); the
municipality's pseudonym secret is the one the card flow keeps (keyring, else central),
so a voter key is made with the same secret as the citizen's person key.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.self_service_client import CentralUnreachable, SelfServiceClient, connect
from ui.features._pin_pad import request_pin

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from offline_sync.pseudonym_secret import PseudonymSecrets
    from ui.app import KioskParts

log = logging.getLogger(__name__)

PinStep = Callable[["KioskParts", str, Callable[[], None], Callable[[], None]], None]
"""(parts, purpose, on_verified, on_cancelled): how a feature asks for the PIN."""


def ask_pin(
    parts: KioskParts,
    purpose: str,
    on_verified: Callable[[], None],
    on_cancelled: Callable[[], None],
) -> None:
    """The citizen confirms with their eID PIN on the shared pad (tries left, blocked)."""
    request_pin(parts, purpose, on_verified, on_cancelled)


def engine_of(parts: KioskParts) -> Engine | None:
    """The open local store's engine, or None while it is not open."""
    engine: Engine | None = getattr(parts.store.store, "engine", None)
    return engine


def client_for(parts: KioskParts) -> Callable[[], SelfServiceClient | None]:
    """Makes central's client on a worker; None when not enrolled or no credential."""

    def make() -> SelfServiceClient | None:
        engine = engine_of(parts)
        if engine is None:
            return None
        try:
            return connect(engine, parts.sync.credentials, parts.settings.ca_bundle)
        except CentralUnreachable:
            return None

    return make


def secret_for(parts: KioskParts) -> Callable[[], bytes | None]:
    """Gives the municipality's pseudonym secret, or None (never fetched, offline).

    Call it on the GUI thread (at install); the function it returns runs on a worker.
    """
    from offline_sync.pseudonym_secret import PseudonymSecrets
    from ui.features.card import card_flow

    flow = card_flow(parts)  # installed before the services (feature modules by name)
    own: list[PseudonymSecrets] = []

    def get() -> bytes | None:
        secrets = flow.secrets if flow is not None else None
        if secrets is None:
            engine = engine_of(parts)
            if engine is None:
                return None
            if not own:
                own.append(
                    PseudonymSecrets(
                        engine,
                        ca_bundle=parts.settings.ca_bundle,
                        credentials=parts.sync.credentials,
                    )
                )
            secrets = own[0]
        return secrets.get()

    return get
