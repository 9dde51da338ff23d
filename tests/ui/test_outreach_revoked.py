"""A staff member revoked by an administrator is signed out when the revocation syncs in.

Real central process and laptop store; the desk's sign-in goes to central the first time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from central import admin
from central.staff_verifiers import revoke
from kiosk.config import Settings
from offline_sync.enroll import DeviceCredentials
from tests.central.helpers import running_sqlite_central
from tests.offline_sync.keyrings import MemoryKeyring
from tests.offline_sync.laptops import Laptop
from ui.outreach_desk import OutreachDesk
from ui.sync_control import SyncController

WAIT_MS = 30_000
PASSWORD = "zonnebloem 42"


def test_a_revocation_arriving_by_sync_ends_the_shift(
    qtbot: QtBot, tmp_path: Path, switcher: object
) -> None:
    keyring = MemoryKeyring()
    with running_sqlite_central(tmp_path) as (central, _process):
        muni = central.municipality()
        admin.create_staff(
            muni.engine, muni.municipality_id, "an", "outreach", password=PASSWORD, team_id="t1"
        )
        laptop = Laptop.enrolled("l1", tmp_path, central.url, muni, keyring=keyring)
        sync = SyncController(Settings(data_dir=tmp_path / "unused"))
        desk = OutreachDesk(sync, DeviceCredentials(keyring), QWidget())
        qtbot.addWidget(desk)
        desk.show()
        desk.set_store(laptop.store)
        screen = desk.sign_in_screen
        qtbot.keyClicks(screen.username, "an")
        qtbot.keyClicks(screen.password, PASSWORD)
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: desk.currentWidget() is desk.day, timeout=WAIT_MS)

        revoke(muni.engine, muni.municipality_id, "an")
        laptop.sync()
        sync.bridge.status_changed.emit(None)  # as the loop reports a finished round
        qtbot.waitUntil(lambda: desk.currentWidget() is screen, timeout=WAIT_MS)
        assert desk.staff is None
        assert screen.message.text() == "Uw aanmelding is ingetrokken. Vraag het aan een beheerder."
        desk.shutdown()
        laptop.store.close()
