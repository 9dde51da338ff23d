"""Test-wide set-up: offscreen Qt and a private home for every test.

Each test gets its own config, data, state and cache directories, so that nothing reads
or writes the developer's real Fygitaal files.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins: list[str] = ["tests.fixtures.pcsc"]


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs (XDG) at a fresh directory and drop FYGITAAL_* overrides."""
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    for key in list(os.environ):
        if key.startswith("FYGITAAL_"):
            monkeypatch.delenv(key)
    return home


@pytest.fixture(autouse=True)
def restore_root_logging() -> Iterator[None]:
    """`main` configures process-wide logging; undo it so the next test starts clean."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
