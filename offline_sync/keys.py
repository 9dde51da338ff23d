"""Database keys in the OS keyring (Secret Service, Windows Credential Manager, ...).

Each encrypted database has its own random 32-byte key, created the first time the
database is created and stored hex-encoded under the database's absolute path. This
**fails closed**: without a keyring that really stores secrets (keyring's "fail" and
"null" backends, a locked or broken one) `KeyUnavailable` is raised and the caller must
not open or create the database; there is never a plaintext fallback.
"""

from __future__ import annotations

import logging
import secrets
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from offline_sync.errors import KeyMissing, KeyUnavailable

log = logging.getLogger(__name__)

SERVICE = "fygitaal-database-key"
KEY_BYTES = 32


class DatabaseKeys:
    """Get or create the key of a database; the keyring backend can be injected."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    def database_key(self, database: Path, *, create: bool) -> bytes:
        """The raw key for ``database``.

        Args:
            database: the database file; its absolute path names the key.
            create: make and store a new key when none exists (only for a new database;
                a new key for an existing encrypted file could never open it).

        Raises:
            KeyUnavailable: no usable keyring, or the stored key is unreadable.
            KeyMissing: no key is stored and ``create`` is false.
        """
        backend = self._usable_backend()
        account = str(database.resolve())
        stored = self._read(backend, account)
        if stored is not None:
            return stored
        if not create:
            raise KeyMissing(database)
        key = secrets.token_bytes(KEY_BYTES)
        try:
            backend.set_password(SERVICE, account, key.hex())
        except Exception as exc:  # backends raise their own types (D-Bus, win32, ...)
            log.info("the keyring refused to store the database key", exc_info=True)
            raise KeyUnavailable(f"storing the key failed: {type(exc).__name__}") from exc
        if self._read(backend, account) != key:  # e.g. a backend that silently drops it
            raise KeyUnavailable("the keyring did not keep the key it was given")
        log.info("created a new database key in %s", type(backend).__name__)
        return key

    def usable_backend(self) -> KeyringBackend:
        """The keyring backend, or `KeyUnavailable` when none really keeps secrets."""
        return self._usable_backend()

    def _usable_backend(self) -> KeyringBackend:
        try:
            backend = self._backend or keyring.get_keyring()
        except Exception as exc:
            raise KeyUnavailable(f"the keyring could not start: {type(exc).__name__}") from exc
        if isinstance(backend, (fail.Keyring, null.Keyring)):
            raise KeyUnavailable("no keyring service is available")
        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            raise KeyUnavailable("no keyring service is available")
        return backend

    @staticmethod
    def _read(backend: KeyringBackend, account: str) -> bytes | None:
        try:
            text = backend.get_password(SERVICE, account)
        except Exception as exc:  # locked collection, D-Bus error, ...
            log.info("the keyring could not be read", exc_info=True)
            raise KeyUnavailable(f"reading the key failed: {type(exc).__name__}") from exc
        if text is None:
            return None
        try:
            key = bytes.fromhex(text)
        except ValueError:
            key = b""
        if len(key) != KEY_BYTES:
            raise KeyUnavailable("the stored database key is malformed")
        return key
