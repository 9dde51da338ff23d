"""What "my data" and participation share: the PIN step, central's client, the secret.

The PIN pad (``ui.features._pin_pad``) and the device's pseudonym secret
(``offline_sync.pseudonym_secret``) are built by other services; they are looked up when
used, so these features work (PIN step passed through, no secret: voting unavailable)
before those parts are installed, and use them as soon as they are.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kiosk.self_service_client import CentralUnreachable, SelfServiceClient, connect

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from ui.app import KioskParts

log = logging.getLogger(__name__)


def _module(name: str) -> Any:
    try:
        found = importlib.util.find_spec(name)
    except ModuleNotFoundError:
        return None
    return importlib.import_module(name) if found is not None else None


PinStep = Callable[["KioskParts", str, Callable[[], None], Callable[[], None]], None]
"""(parts, purpose, on_verified, on_cancelled): how a feature asks for the PIN."""


def ask_pin(
    parts: KioskParts,
    purpose: str,
    on_verified: Callable[[], None],
    on_cancelled: Callable[[], None],
) -> None:
    """The citizen confirms with their eID PIN (the shared PIN pad, when installed)."""
    pad = _module("ui.features._pin_pad")
    if pad is None:
        log.debug("no PIN pad installed; the verified card stands for the PIN")
        on_verified()
        return
    pad.request_pin(parts, purpose, on_verified, on_cancelled)


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
    """Gives the municipality's pseudonym secret (keyring, else central), or None."""
    cache: dict[str, Any] = {}

    def get() -> bytes | None:
        engine = engine_of(parts)
        module = _module("offline_sync.pseudonym_secret")
        if engine is None or module is None:
            return None
        secrets = cache.get("secrets")
        if secrets is None:
            secrets = module.PseudonymSecrets(
                engine, ca_bundle=parts.settings.ca_bundle, credentials=parts.sync.credentials
            )
            cache["secrets"] = secrets
        secret: bytes | None = secrets.get()
        return secret

    return get
