"""The staff's sync area says in words what the sync loop last reported.

Statuses are published from another thread, as the loop does; the view changes only once
the bridge has brought them to the GUI thread. The outreach window's own wiring is run
for real: a real store opens, the real loop starts, reports, and is stopped.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.config import Role, Settings
from offline_sync.enroll import DeviceCredentials
from offline_sync.status import SyncStatus
from tests.offline_sync.keyrings import MemoryKeyring
from ui.outreach import EnrollButton, build_outreach
from ui.speech import RecordingSpeech
from ui.sync_status import StatusBridge, SyncStatusView

WAIT_MS = 30_000
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _status(**changes: object) -> SyncStatus:
    values: dict[str, object] = {
        "enrolled": True,
        "online": True,
        "last_success": NOW - timedelta(minutes=5),
        "pending_ops": 0,
        "open_conflicts": 0,
        "quarantined": 0,
        "last_error": None,
    }
    values.update(changes)
    return SyncStatus(**values)  # type: ignore[arg-type]


def _shown(qtbot: QtBot, status: SyncStatus) -> list[str]:
    """Publish ``status`` from a worker thread; the texts the view shows afterwards."""
    bridge = StatusBridge()
    view = SyncStatusView(now=lambda: NOW)
    qtbot.addWidget(view)
    bridge.status_changed.connect(view.show_status)
    worker = threading.Thread(target=bridge.publish, args=(status,))
    with qtbot.waitSignal(bridge.status_changed, timeout=5_000):
        worker.start()
    worker.join()
    view.show()
    return view.visible_texts()


def test_online_with_three_changes_waiting(qtbot: QtBot, switcher: object) -> None:
    texts = _shown(qtbot, _status(pending_ops=3, open_conflicts=2, quarantined=1))
    assert texts[:2] == ["Online", "Laatste synchronisatie: 5 min geleden"]
    assert "3 wijzigingen wachten om verzonden te worden" in texts
    assert "2 conflicten wachten op u" in texts
    assert any(t.startswith("1 ") for t in texts)


def test_offline_shows_the_error_sentence(qtbot: QtBot, switcher: object) -> None:
    error = "central (https://c.example) cannot be reached; work continues offline"
    texts = _shown(qtbot, _status(online=False, last_error=error))
    assert texts[0] == "Offline"
    assert error in texts
    assert "Niets wacht om verzonden te worden" in texts


def test_revoked(qtbot: QtBot, switcher: object) -> None:
    texts = _shown(qtbot, _status(online=True, revoked=True, last_error="revoked ..."))
    assert "ingetrokken" in texts[0]


def test_a_clock_hours_off_is_pointed_out(qtbot: QtBot, switcher: object) -> None:
    texts = _shown(qtbot, _status(clock_skew_s=-5 * 3600.0))
    assert any("klok" in t for t in texts)
    assert not any("klok" in t for t in _shown(qtbot, _status(clock_skew_s=10.0)))


def test_the_outreach_window_syncs_once_its_store_is_open(qtbot: QtBot, tmp_path: Path) -> None:
    """Not enrolled yet: the loop reports it, and enrolling becomes possible."""
    settings = Settings(role=Role.KIOSK, data_dir=tmp_path / "data", log_dir=tmp_path / "log")
    credentials = DeviceCredentials(MemoryKeyring())
    window, sync = build_outreach(settings, speech=RecordingSpeech(), credentials=credentials)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.findChild(SyncStatusView)
    button = window.findChild(EnrollButton)
    assert view is not None
    assert button is not None
    assert not button.isEnabled()
    earlier = set(threading.enumerate())  # loops of other tests' windows are not this one's
    ours: list[threading.Thread] = []
    try:
        with qtbot.waitSignal(sync.bridge.status_changed, timeout=WAIT_MS):
            window.parts.store.start()
        ours += [t for t in threading.enumerate() if t.name == "sync-loop" and t not in earlier]
        assert len(ours) == 1
        assert button.isEnabled()
        assert view.visible_texts() == [view.tr("Sync: this computer is not enrolled yet")]
    finally:
        sync.stop()
        window.parts.store.finish()
    qtbot.waitUntil(lambda: not any(t.is_alive() for t in ours), timeout=WAIT_MS)
