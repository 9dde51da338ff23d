"""The local store opened at start: migrated when it works, a calm notice when it cannot.

Real database files in a temporary folder and the real composition root; the keyring is
swapped for an in-memory one or for keyring's own always-failing backend.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.config import Role, Settings
from offline_sync.errors import KeyUnavailable, NotADatabase
from offline_sync.migrate import head_revision
from tests.offline_sync.helpers import file_digest
from tests.offline_sync.keyrings import MemoryKeyring
from ui.app import KioskWindow, build_kiosk
from ui.speech import RecordingSpeech

WAIT_MS = 30_000  # importing SQLAlchemy and migrating on a busy 2-core machine


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    """The test sets keyring backends; the previous one comes back afterwards."""
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def _window(qtbot: QtBot, tmp_path: Path, role: Role = Role.KIOSK) -> KioskWindow:
    settings = Settings(role=role, data_dir=tmp_path / "data", log_dir=tmp_path / "log")
    window = build_kiosk(settings, speech=RecordingSpeech())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _finished(window: KioskWindow) -> None:
    """Wait for the worker, as the runner does when the event loop ends."""
    window.parts.store.finish()


def test_the_kiosk_opens_a_migrated_store_and_stays_usable(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    with qtbot.waitSignal(window.parts.store.opened, timeout=WAIT_MS):
        window.parts.store.start()
    assert not window.store_notice.isVisible()
    assert window.shell.isEnabled()
    _finished(window)
    with sqlite3.connect(tmp_path / "data" / "kiosk.sqlite3") as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]


def test_a_file_that_is_not_a_database_gets_a_calm_notice_and_is_left_alone(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = tmp_path / "data" / "kiosk.sqlite3"
    database.parent.mkdir(mode=0o700)
    database.write_text("Dear diary,\n" * 100)
    before = file_digest(database)
    window = _window(qtbot, tmp_path)
    window.parts.store.start()
    notice = window.store_notice
    qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
    assert notice.heading.text() == "Tijdelijk buiten dienst"  # the kiosk speaks Dutch first
    assert "medewerker" in notice.message.text()
    assert not notice.button.isVisible()  # retrying will not help: staff must act
    assert not window.shell.isEnabled()  # nothing below can be started meanwhile
    with pytest.raises(NotADatabase):
        _finished(window)
    assert file_digest(database) == before


def test_an_outreach_laptop_without_a_keyring_stores_nothing_until_it_is_unlocked(
    qtbot: QtBot, tmp_path: Path, restore_keyring: None
) -> None:
    keyring.set_keyring(fail.Keyring())
    window = _window(qtbot, tmp_path, Role.OUTREACH)
    notice = window.store_notice
    window.parts.store.start()
    qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
    assert "sleutelbos" in notice.message.text()
    assert notice.button.isVisible()
    assert isinstance(window.parts.store.error, KeyUnavailable)
    assert list((tmp_path / "data").iterdir()) == []  # fails closed: no plaintext file

    keyring.set_keyring(MemoryKeyring())  # the person unlocked the keyring
    with qtbot.waitSignal(window.parts.store.opened, timeout=WAIT_MS):
        qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    assert window.shell.isEnabled()
    _finished(window)
    assert (tmp_path / "data" / "outreach.sqlite3").exists()
