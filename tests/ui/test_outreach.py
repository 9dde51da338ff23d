"""A day on the outreach laptop, on the real window: sign in, day list, a visit, then sync.

Real parts throughout: a `central serve` process (stopped to be offline, started again),
the laptop's SQLCipher store with its key in an in-memory keyring, the real sync loop.
The caseload is planned on central by another laptop of the team and a kiosk request.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select, text

from central import admin
from central import tables as t
from offline_sync.enroll import enroll
from offline_sync.outbox import pending_count
from tests.central.helpers import Central, CentralProcess, Municipality, running_sqlite_central
from tests.offline_sync.keyrings import MemoryKeyring
from tests.ui.outreach_window import open_outreach
from ui.app import KioskWindow
from ui.outreach_desk import OutreachDesk

WAIT_MS = 60_000
PASSWORD = "zonnebloem 42"
RESIDENT = "Vandermeulen"


@pytest.fixture
def os_keyring() -> Iterator[None]:
    """The database key goes to an in-memory keyring; the previous backend comes back."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def central_process(tmp_path: Path) -> Iterator[tuple[Central, CentralProcess]]:
    with running_sqlite_central(tmp_path) as running:
        yield running


def _plan_caseload(muni: Municipality) -> None:
    """A colleague's laptop planned two visits; a resident asked at the kiosk."""
    now = datetime.now().astimezone()
    soon = now + timedelta(minutes=30)
    if soon.date() != now.date():  # late in the evening: half an hour ago stays today
        soon = now - timedelta(minutes=30)
    colleague, kiosk = muni.enroll(team="t1"), muni.enroll("kiosk")
    person = {"first_names": "Maria", "surname": RESIDENT, "team_id": "t1"}
    other = {"first_names": "Karel", "surname": "Janssens", "team_id": "t1"}
    colleague.push(
        colleague.op("person", "p1", "create", fields=person),
        colleague.op("person", "p2", "create", fields=other),
        colleague.op(
            "visit",
            "v1",
            "create",
            fields={
                "person_id": "p1",
                "planned_at": soon.isoformat(timespec="minutes"),
                "status": "planned",
                "checklist": [],
                "notes": [],
                "team_id": "t1",
            },
        ),
        colleague.op(
            "visit",
            "v2",
            "create",
            fields={
                "person_id": "p2",
                "planned_at": (now - timedelta(days=2)).isoformat(timespec="minutes"),
                "status": "planned",
                "team_id": "t1",
            },
        ),
    )
    kiosk.push(
        kiosk.op(
            "visit_request",
            "r1",
            "create",
            fields={
                "first_names": "Jos",
                "surname": "Verbruggen",
                "street_and_number": "Kerkstraat 4",
                "zip": "9000",
                "reason": "itsme",
                "requested_at": now.isoformat(timespec="seconds"),
                "status": "requested",
                "channel": "kiosk",
                "team_id": "t1",
            },
        )
    )


def _sign_in(qtbot: QtBot, desk: OutreachDesk, password: str) -> None:
    screen = desk.sign_in_screen
    qtbot.keyClicks(screen.username, "an")
    qtbot.keyClick(screen.username, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.password, password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _central_records(muni: Municipality, entity: str) -> dict[str, dict[str, Any]]:
    r = t.record.c
    with muni.engine.connect() as conn:
        rows = conn.execute(
            select(r.entity_id, r.fields).where(
                r.municipality_id == muni.municipality_id, r.entity == entity
            )
        ).all()
    return {row[0]: json.loads(row[1]) for row in rows}


def _pending(engine: Engine) -> int:
    with engine.connect() as conn:
        return pending_count(conn)


def test_a_visit_recorded_offline_reaches_central_and_the_file_stays_unreadable(
    qtbot: QtBot,
    tmp_path: Path,
    os_keyring: None,
    central_process: tuple[Central, CentralProcess],
) -> None:
    central, process = central_process
    muni = central.municipality()
    admin.create_staff(
        muni.engine, muni.municipality_id, "an", "outreach", password=PASSWORD, team_id="t1"
    )
    _plan_caseload(muni)
    window, sync, desk = open_outreach(qtbot, tmp_path, central_url=central.url)
    try:
        _a_day(qtbot, window, desk, muni, process)
    finally:
        sync.stop()
        desk.shutdown()
        window.parts.store.finish()
    store = window.parts.store.store
    assert store is not None
    assert store.encrypted  # type: ignore[attr-defined]
    store.close()  # type: ignore[attr-defined]
    for path in (tmp_path / "data").iterdir():
        content = path.read_bytes()
        for secret in (RESIDENT, "Verbruggen", "Dochter woont", "zonnebloem"):
            assert secret.encode() not in content, f"{secret!r} readable in {path.name}"


def _a_day(
    qtbot: QtBot,
    window: KioskWindow,
    desk: OutreachDesk,
    muni: Municipality,
    process: CentralProcess,
) -> None:
    with qtbot.waitSignal(window.parts.store.opened, timeout=WAIT_MS):
        window.parts.store.start()
    engine = desk.engine
    assert engine is not None
    code = admin.create_enrollment_code(muni.engine, muni.municipality_id, "outreach", "t1")
    enroll(engine, muni.base, code, device_name="laptop", credentials=desk.credentials)
    desk.sync.trigger()

    # first sign-in: online; the caseload arrives by sync
    _sign_in(qtbot, desk, PASSWORD)
    qtbot.waitUntil(lambda: desk.currentWidget() is desk.day, timeout=WAIT_MS)
    day = desk.day
    qtbot.waitUntil(lambda: day.visits.count() == 2 and day.requests.count() == 1, timeout=WAIT_MS)
    _click(qtbot, day.sign_out)
    assert desk.currentWidget() is desk.sign_in_screen
    assert day.visits.count() == 0

    # offline from here: a wrong password counts, the right one works from the verifier
    process.stop()
    _sign_in(qtbot, desk, "not my password")
    message = desk.sign_in_screen.message
    qtbot.waitUntil(lambda: "Nog 4 pogingen" in message.text(), timeout=WAIT_MS)
    desk.sign_in_screen.username.clear()
    _sign_in(qtbot, desk, PASSWORD)
    qtbot.waitUntil(lambda: desk.currentWidget() is desk.day, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: day.visits.count() == 2, timeout=WAIT_MS)
    texts = [day.visits.item(i).text() for i in range(2)]
    assert "Janssens" in texts[0]
    assert "achterstallig" in texts[0]  # overdue first
    assert f"Maria {RESIDENT}" in texts[1]

    # the visit: nothing but consent until consent is recorded
    day.visits.setCurrentRow(1)
    _click(qtbot, day.open_visit)
    visit = desk.visit
    qtbot.waitUntil(lambda: RESIDENT in visit.heading.text(), timeout=WAIT_MS)
    assert not visit.needs_box.isEnabled()
    assert not visit.notes_box.isEnabled()
    consent = visit.consent
    consent.method.setCurrentIndex(2)  # paper form
    qtbot.keyClicks(consent.evidence, "F-2026-0042")
    _click(qtbot, consent.button)
    qtbot.waitUntil(visit.needs_box.isEnabled, timeout=WAIT_MS)

    qtbot.keyClick(visit.needs["itsme"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _checklist(engine) == ["itsme"], timeout=WAIT_MS)
    qtbot.keyClick(visit.needs["ebox"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _checklist(engine) == ["ebox", "itsme"], timeout=WAIT_MS)
    qtbot.keyClicks(visit.note_text, "Dochter woont in het buitenland")
    qtbot.keyClick(visit.sensitive, Qt.Key.Key_Space)
    _click(qtbot, visit.add_note)
    qtbot.waitUntil(lambda: visit.notes.count() == 1, timeout=WAIT_MS)
    assert "(gevoelig)" in visit.notes.item(0).text()
    follow_up = visit.follow_up
    qtbot.keyClicks(follow_up.task_text, "Bel terug over eBox")
    qtbot.keyClick(follow_up.task_text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: follow_up.tasks.count() == 1, timeout=WAIT_MS)
    follow_up.partner.setCurrentIndex(0)  # Digipunt
    qtbot.keyClicks(follow_up.reason, "Cursus smartphone")
    _click(qtbot, follow_up.add_referral)
    qtbot.waitUntil(lambda: follow_up.referrals.count() == 1, timeout=WAIT_MS)
    assert "Digipunt" in follow_up.referrals.item(0).text()

    # the kiosk request becomes a planned visit
    _click(qtbot, visit.back)
    day.requests.setCurrentRow(0)
    _click(qtbot, day.plan)
    qtbot.waitUntil(lambda: day.requests.count() == 0, timeout=WAIT_MS)

    # back in reach of central: everything goes out
    process.restart()
    _click(qtbot, day.sync_now)
    qtbot.waitUntil(lambda: _pending(engine) == 0, timeout=WAIT_MS)
    visits = _central_records(muni, "visit")
    assert sorted(visits["v1"]["checklist"]) == ["ebox", "itsme"]
    [note] = visits["v1"]["notes"]
    assert (note["text"], note["sensitive"], note["by"]) == (
        "Dochter woont in het buitenland",
        True,
        "an",
    )
    [consent_record] = _central_records(muni, "consent").values()
    assert (consent_record["person_id"], consent_record["method"]) == ("p1", "paper")
    assert consent_record["evidence"] == "F-2026-0042"
    [task] = _central_records(muni, "task").values()
    assert (task["text"], task["visit_id"], task["team_id"]) == ("Bel terug over eBox", "v1", "t1")
    [referral] = _central_records(muni, "referral").values()
    assert (referral["partner"], referral["status"]) == ("digipunt", "proposed")
    assert _central_records(muni, "visit_request")["r1"]["status"] == "planned"
    surnames = {p.get("surname") for p in _central_records(muni, "person").values()}
    assert "Verbruggen" in surnames
    assert len(visits) == 3

    # signing out leaves nothing of the residents on screen
    _click(qtbot, day.sign_out)
    assert desk.currentWidget() is desk.sign_in_screen
    left = _texts(desk)
    for secret in (RESIDENT, "Verbruggen", "Dochter", "Bel terug", "Cursus", "F-2026"):
        assert not any(secret in shown for shown in left), secret


def _texts(root: QWidget) -> list[str]:
    """Every text held by a widget under ``root``, list items included."""
    found = [w.text() for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton)]
    found += [w.text() for w in root.findChildren(QLineEdit)]
    for widget in root.findChildren(QListWidget):
        found += [widget.item(i).text() for i in range(widget.count())]
    return found


def _checklist(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        value = conn.execute(text("SELECT checklist FROM visit WHERE id = 'v1'")).scalar_one()
    return sorted(json.loads(value or "[]"))
