"""A lost laptop: an administrator revokes the device on central; it stops syncing.

The real outreach window on a SQLCipher store (key in a keyring), a real central
process, and the administrator's real command (``fygitaal central admin revoke-device``).
After the revocation the laptop says so, never asks central again (the next rounds are
decided locally: central is even stopped), keeps what was recorded, and its files hold
no readable personal data.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from central import admin
from kiosk.consent import record_consent
from kiosk.staff_signin import StaffMember
from kiosk.visits import add_note
from offline_sync.device_state import LAST_ERROR, get_state
from offline_sync.enroll import enroll
from offline_sync.outbox import pending_count
from offline_sync.status import SyncStatus
from tests.central.helpers import Municipality, running_sqlite_central
from tests.offline_sync.keyrings import MemoryKeyring
from tests.ui.outreach_window import open_outreach
from ui.outreach_desk import OutreachDesk
from ui.sync_status import SyncStatusView

WAIT_MS = 60_000
PASSWORD = "zonnebloem 42"
REVOKED_TEXT = "Synchronisatie: deze computer is ingetrokken en synchroniseert niet meer"
SECRETS = ("Vandermeulen", "Sleutel ligt bij de buurvrouw", "zonnebloem")


@pytest.fixture
def os_keyring() -> Iterator[None]:
    """The database key goes to an in-memory keyring; the previous backend comes back."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


def _caseload(muni: Municipality) -> None:
    colleague = muni.enroll(team="t1")
    person = {"first_names": "Maria", "surname": "Vandermeulen", "team_id": "t1"}
    overdue = (datetime.now().astimezone() - timedelta(days=1)).isoformat(timespec="minutes")
    visit = {"person_id": "p1", "planned_at": overdue, "status": "planned", "team_id": "t1"}
    results = colleague.push(
        colleague.op("person", "p1", "create", fields=person),
        colleague.op("visit", "v1", "create", fields={**visit, "checklist": [], "notes": []}),
    )
    assert {r["status"] for r in results} == {"accepted"}


def _admin(db_url: str, *args: str) -> str:
    """The administrator's command line, as a separate process."""
    exe = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "fygitaal"
    done = subprocess.run(
        [str(exe), "central", "admin", "--db", db_url, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={**os.environ, "XDG_STATE_HOME": str(Path(db_url[10:]).parent)},
    )
    return done.stdout


def test_a_revoked_laptop_stops_syncing_and_keeps_its_data_encrypted(
    qtbot: QtBot, tmp_path: Path, os_keyring: None
) -> None:
    with running_sqlite_central(tmp_path) as (central, process):
        muni = central.municipality()
        admin.create_staff(
            muni.engine, muni.municipality_id, "an", "outreach", password=PASSWORD, team_id="t1"
        )
        _caseload(muni)
        window, sync, desk = open_outreach(qtbot, tmp_path, central_url=central.url)
        view = window.findChild(SyncStatusView)
        assert isinstance(view, SyncStatusView)
        statuses: list[SyncStatus] = []
        sync.bridge.status_changed.connect(statuses.append)
        try:
            with qtbot.waitSignal(window.parts.store.opened, timeout=WAIT_MS):
                window.parts.store.start()
            engine = desk.engine
            assert engine is not None
            code = admin.create_enrollment_code(muni.engine, muni.municipality_id, "outreach", "t1")
            enroll(engine, muni.base, code, device_name="lost-laptop", credentials=desk.credentials)
            sync.trigger()
            screen = desk.sign_in_screen
            qtbot.keyClicks(screen.username, "an")
            qtbot.keyClicks(screen.password, PASSWORD)
            qtbot.keyClick(screen.password, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: desk.day.visits.count() == 1, timeout=WAIT_MS)

            # the laptop is reported lost: the administrator revokes it on central
            db_url = central.engine.url.render_as_string(hide_password=False)
            devices = _admin(db_url, "list-devices", muni.municipality_id)
            (line,) = [row for row in devices.splitlines() if row.endswith("lost-laptop")]
            _admin(db_url, "revoke-device", line.split("\t")[0])
            assert "\trevoked\t" in _admin(db_url, "list-devices", muni.municipality_id)

            qtbot.mouseClick(desk.day.sync_now, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: view.state.text() == REVOKED_TEXT, timeout=WAIT_MS)
            assert not view.error.isVisible()  # one sentence, not two

            # it never asks again: with central gone, the rounds still say 'revoked', not
            # 'offline'; what is recorded meanwhile stays on the laptop
            process.stop()
            _record_a_note(qtbot, desk, engine)
            seen = len(statuses)
            qtbot.mouseClick(desk.day.sync_now, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: len(statuses) > seen, timeout=WAIT_MS)
            assert statuses[-1].revoked
            assert statuses[-1].online is not False
            assert statuses[-1].pending_ops == _pending(engine) > 0
            with engine.connect() as conn:
                assert "revoked" in (get_state(conn, LAST_ERROR) or "")
            assert view.state.text() == REVOKED_TEXT
        finally:
            sync.stop()
            desk.shutdown()
            window.parts.store.finish()
    store = window.parts.store.store
    assert store is not None
    assert store.encrypted  # type: ignore[attr-defined]
    store.close()  # type: ignore[attr-defined]
    files = list((tmp_path / "data").iterdir())
    assert files
    for path in files:
        content = path.read_bytes()
        for secret in SECRETS:
            assert secret.encode() not in content, f"{secret!r} readable in {path.name}"
    database = tmp_path / "data" / "outreach.sqlite3"
    with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(database) as plain:
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _record_a_note(qtbot: QtBot, desk: OutreachDesk, engine: Engine) -> None:
    """The staff member goes on working: consent and a note, through the desk's writer."""
    written: list[object] = []

    def work(engine: Engine, staff: StaffMember) -> str:
        record_consent(engine, staff, "p1", purpose="digital help", method="eid", expires_at=None)
        return add_note(engine, staff, "v1", "Sleutel ligt bij de buurvrouw", sensitive=True)

    desk.write(work, written.append, lambda error: pytest.fail(repr(error)))
    qtbot.waitUntil(lambda: bool(written), timeout=WAIT_MS)


def _pending(engine: Engine) -> int:
    with engine.connect() as conn:
        return pending_count(conn)
