"""Two laptops changed the same visit offline: the staff member sees both and picks one.

Real laptops (stores, enrollment, sync client) against a real central process; the
staff screens run on the second laptop's store. Losing nothing when a laptop or central
stops mid-sync is shown in tests/offline_sync/test_e2e_sync.py
(`test_device_and_central_killed_at_random_moments_lose_nothing`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.config import Settings
from kiosk.staff_signin import StaffMember
from offline_sync.protocol import new_id
from tests.central.helpers import running_sqlite_central
from tests.offline_sync.laptops import Laptop
from ui.outreach_desk import OutreachDesk
from ui.sync_control import SyncController

WAIT_MS = 30_000


def test_a_conflict_is_shown_side_by_side_and_the_choice_reaches_every_laptop(
    qtbot: QtBot, tmp_path: Path, switcher: object
) -> None:
    with running_sqlite_central(tmp_path) as (central, _process):
        muni = central.municipality()
        anna = Laptop.enrolled("anna", tmp_path, central.url, muni)
        ben = Laptop.enrolled("ben", tmp_path, central.url, muni)
        visit = new_id()
        anna.write(
            "INSERT INTO visit (id, person_id, status, team_id, planned_at)"
            " VALUES (:id, 'p1', 'planned', 't1', '2026-11-26T10:00+01:00')",
            id=visit,
        )
        anna.sync()
        ben.sync()
        anna.write("UPDATE visit SET outcome = 'needs a tablet' WHERE id = :id", id=visit)
        ben.write("UPDATE visit SET outcome = 'needs itsme help' WHERE id = :id", id=visit)
        for laptop in (anna, ben, anna):
            laptop.sync()

        sync = SyncController(Settings(data_dir=tmp_path / "unused"))
        desk = OutreachDesk(sync, None, QWidget())
        qtbot.addWidget(desk)
        desk.resize(1280, 800)
        desk.show()
        desk.set_store(ben.store)
        desk.start_shift(StaffMember("ben", "Ben", "outreach", "t1"))
        day = desk.day
        qtbot.waitUntil(
            lambda: day.conflicts.text() == "Conflicten op te lossen: 1", timeout=WAIT_MS
        )
        qtbot.mouseClick(day.conflicts, Qt.MouseButton.LeftButton)
        screen = desk.conflicts
        qtbot.waitUntil(lambda: screen.items.count() == 1, timeout=WAIT_MS)
        assert desk.currentWidget() is screen
        assert screen.items.item(0).text() == "visit · outcome"
        assert screen.server_value.text() == "needs a tablet"
        assert screen.device_value.text() == "needs itsme help"
        qtbot.mouseClick(screen.keep_device, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: screen.message.text() == "Niets op te lossen.", timeout=WAIT_MS)
        desk.shutdown()
        for laptop in (ben, anna, ben):
            laptop.sync()
        for laptop in (anna, ben):
            assert laptop.open_conflicts() == []
            assert laptop.records("visit")[visit]["outcome"] == "needs itsme help"
        anna.store.close()
        ben.store.close()
