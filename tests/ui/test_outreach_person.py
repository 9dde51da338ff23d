"""The 360° view of a resident on the laptop, and the resident seeing that access in my data.

Real central process, a real laptop store that pulled the team's caseload, the desk's
real widgets; the resident's history was written by a colleague's laptop of the team.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from central import admin
from kiosk.config import Settings
from kiosk.pseudonyms import person_key
from offline_sync.enroll import DeviceCredentials
from offline_sync.protocol import new_id
from tests.central.helpers import Device, Municipality, running_sqlite_central
from tests.offline_sync.keyrings import MemoryKeyring
from tests.offline_sync.laptops import Laptop
from ui.features._my_data_screens import MyDataScreen
from ui.outreach_desk import OutreachDesk
from ui.sync_control import SyncController

WAIT_MS = 30_000
PASSWORD = "zonnebloem 42"
NAMED = (QAbstractButton, QComboBox, QLabel, QListWidget)
KEY = person_key(bytes(range(32)), "85.07.30-033.28")  # synthetic


def _history(muni: Municipality) -> Device:
    """A colleague's laptop of team t1 recorded the resident's history; returns it."""
    now = datetime.now(UTC)

    def ago(days: int) -> str:
        return (now - timedelta(days=days)).isoformat(timespec="seconds")

    notes = [
        {"id": "n1", "text": "Zoon helpt met eBox", "sensitive": False, "by": "bo", "at": ago(9)},
        {"id": "n2", "text": "Slaapt slecht sinds de val", "sensitive": True, "by": "bo"}
        | {"team": "t1", "at": ago(8)},
        # written when the resident was in team t2's area; the visit moved with them
        {"id": "n3", "text": "Schulden bij de energieleverancier", "sensitive": True}
        | {"by": "cas", "team": "t2", "at": ago(7)},
    ]
    colleague = muni.enroll(team="t1")
    person = {"person_key": KEY, "first_names": "Maria", "surname": "Vandermeulen"}
    person |= {"street_and_number": "Dorpsstraat 3", "zip": "9000", "team_id": "t1"}
    visit = {"person_id": "p1", "status": "planned", "checklist": [], "notes": notes}
    visit |= {"planned_at": ago(2), "team_id": "t1"}  # overdue: on today's list
    records: list[tuple[str, str, dict[str, Any]]] = [
        ("person", "p1", person),
        ("visit", "v1", visit),
        ("consent", new_id(), {"person_id": "p1", "purpose": "Digitale hulp", "method": "paper"}),
        ("contact_moment", new_id(), {"person_id": "p1", "channel": "phone", "topic": "Belde"}),
        ("task", new_id(), {"person_id": "p1", "visit_id": "v1", "text": "Bel over itsme"}),
        ("referral", new_id(), {"person_id": "p1", "partner": "digipunt", "status": "proposed"}),
        ("melding", new_id(), {"reference": "M-2026-17", "category": "litter", "status": "511"}),
        ("question", new_id(), {"text": "Wanneer komt de grofvuilophaling?", "status": "open"}),
    ]
    records[2][2].update(evidence="F-1", given_at=ago(30), team_id="t1")
    records[3][2].update(at=ago(60), team_id="t1")
    records[4][2].update(status="open", due_date=ago(-7)[:10], team_id="t1")
    records[5][2].update(team_id="t1")
    for _entity, _id, fields in records[6:]:
        fields.update(person_key=KEY, team_id="t1")
    results = colleague.push(
        *(colleague.op(entity, ident, "create", fields=f) for entity, ident, f in records)
    )
    assert {r["status"] for r in results} == {"accepted"}, results
    return colleague


def test_the_overview_shows_the_history_hides_another_teams_note_and_is_logged(
    qtbot: QtBot, tmp_path: Path, switcher: object
) -> None:
    keyring = MemoryKeyring()
    with running_sqlite_central(tmp_path) as (central, _process):
        muni = central.municipality()
        admin.create_staff(
            muni.engine, muni.municipality_id, "an", "outreach", password=PASSWORD, team_id="t1"
        )
        _history(muni)
        laptop = Laptop.enrolled("l1", tmp_path, central.url, muni, keyring=keyring)
        laptop.sync()
        sync = SyncController(Settings(data_dir=tmp_path / "unused"))
        desk = OutreachDesk(sync, DeviceCredentials(keyring), QWidget())
        qtbot.addWidget(desk)
        desk.resize(1280, 800)
        desk.show()
        desk.set_store(laptop.store)
        signin = desk.sign_in_screen
        qtbot.keyClicks(signin.username, "an")
        qtbot.keyClicks(signin.password, PASSWORD)
        qtbot.keyClick(signin.password, Qt.Key.Key_Return)
        day = desk.day
        qtbot.waitUntil(lambda: day.visits.count() == 1, timeout=WAIT_MS)

        qtbot.mouseClick(day.overview, Qt.MouseButton.LeftButton)
        screen = desk.person
        qtbot.waitUntil(lambda: screen.timeline.count() > 0, timeout=WAIT_MS)
        assert desk.currentWidget() is screen
        assert screen.heading.text() == "Overzicht van Maria Vandermeulen"
        lines = [screen.timeline.item(i).text() for i in range(screen.timeline.count())]
        shown = "\n".join(lines)
        for expected in (
            "Zoon helpt met eBox",
            "Slaapt slecht sinds de val",
            "Digitale hulp",
            "Belde",
            "Bel over itsme",
            "digipunt",
            "M-2026-17",
            "Wanneer komt de grofvuilophaling?",
        ):
            assert expected in shown, expected
        assert "Schulden" not in shown  # team t2's sensitive note
        assert screen.withheld.isVisible()
        assert screen.withheld.text().endswith(": 1")
        assert screen.view is not None
        kinds = [item.kind for item in screen.view.items]
        # made today; planned 2 days ago; noted 8 days ago; given 30, called 60 days ago
        order = [kinds.index(kind) for kind in ("question", "visit", "note", "consent", "contact")]
        assert order == sorted(order)
        assert kinds[-1] == "contact"
        times = [item.at or datetime.min.replace(tzinfo=UTC) for item in screen.view.items]
        assert times == sorted(times, reverse=True)
        assert "Notitie (gevoelig)" in next(line for line in lines if "Slaapt" in line)
        for widget in screen.findChildren(QWidget):  # what a screen reader announces
            if widget.isVisibleTo(screen) and isinstance(widget, NAMED):
                assert widget.accessibleName(), widget.objectName()

        # a follow-up shows the visit work only (and is an access of its own)
        screen.purpose.setCurrentIndex(1)
        screen.purpose.activated.emit(1)
        qtbot.waitUntil(lambda: "M-2026-17" not in _lines(screen), timeout=WAIT_MS)
        assert "Bel over itsme" in _lines(screen)

        qtbot.waitUntil(lambda: len(laptop.records("access_log")) == 2, timeout=WAIT_MS)
        logged = sorted(
            (r["actor"], r["purpose"], r["person_id"], r["person_key"])
            for r in laptop.records("access_log").values()
        )
        assert logged == [("an", "follow_up", "p1", KEY), ("an", "home_visit", "p1", KEY)]

        laptop.sync()
        kiosk = muni.enroll("kiosk")
        reply = kiosk.session.get(
            f"{kiosk.base}/v1/my-data", params={"person_key": KEY}, timeout=30
        )
        assert reply.status_code == 200, reply.text
        log = reply.json()["sections"]["access_log"]
        readers = [(e["actor"], e["purpose"]) for e in log]
        assert ("an", "home_visit") in readers
        assert ("an", "follow_up") in readers
        mine = MyDataScreen()
        qtbot.addWidget(mine)
        mine.show_data(reply.json()["sections"], 0)
        assert "an van het team huisbezoeken, om een bezoek op te volgen" in mine.log_label.text()

        _click_back(qtbot, desk)
        # the visit record follows the same rule for its notes
        qtbot.mouseClick(day.open_visit, Qt.MouseButton.LeftButton)
        visit = desk.visit
        qtbot.waitUntil(lambda: visit.notes.count() == 2, timeout=WAIT_MS)
        notes = "\n".join(visit.notes.item(i).text() for i in range(2))
        assert "Slaapt slecht" in notes
        assert "Schulden" not in notes
        qtbot.mouseClick(visit.back, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(day.sign_out, Qt.MouseButton.LeftButton)
        assert screen.timeline.count() == 0
        assert screen.heading.text() == ""
        desk.shutdown()
        laptop.store.close()


def _lines(screen: Any) -> str:
    return "\n".join(screen.timeline.item(i).text() for i in range(screen.timeline.count()))


def _click_back(qtbot: QtBot, desk: OutreachDesk) -> None:
    qtbot.mouseClick(desk.person.back, Qt.MouseButton.LeftButton)
    assert desk.currentWidget() is desk.day
