"""Keyring backends for tests: real `KeyringBackend` subclasses, never the developer's keyring.

`MemoryKeyring` lives in one process; `FileKeyring` keeps its secrets in the JSON file
named by ``TEST_KEYRING_FILE`` so that a ``fygitaal`` subprocess started with
``PYTHON_KEYRING_BACKEND=tests.offline_sync.keyrings.FileKeyring`` sees what the test
stored. Both report a negative priority so keyring never picks them on its own.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

FILE_VARIABLE = "TEST_KEYRING_FILE"
BACKEND_NAME = "tests.offline_sync.keyrings.FileKeyring"


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict."""

    priority = -10

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class LockedKeyring(KeyringBackend):
    """A keyring that exists but refuses every request, like a locked Secret Service."""

    priority = -10

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("the collection is locked")


class FileKeyring(KeyringBackend):
    """Secrets in a JSON file shared with subprocesses (tests only: it is plaintext)."""

    priority = -10

    @staticmethod
    def _path() -> Path:
        return Path(os.environ[FILE_VARIABLE])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        secrets = self._load()
        secrets[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(secrets))

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._load()
        if secrets.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(secrets))
