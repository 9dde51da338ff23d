"""Staff enroll the laptop from the UI against a real central process.

The dialog talks HTTP to ``fygitaal central serve`` on loopback with a code made by the
admin step; the device's keyring is an in-memory one, or one that refuses everything
(a locked Secret Service). Dialog texts are checked in Dutch, the kiosk's default;
sentences from central and the keyring are shown as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from central import admin
from kiosk.config import Role, Settings
from offline_sync.enroll import DeviceCredentials, Enrollment, load_enrollment
from offline_sync.store import open_store
from tests.central.helpers import Central, Municipality, running_sqlite_central
from tests.offline_sync.keyrings import LockedKeyring, MemoryKeyring
from ui.enroll_dialog import EnrollDialog
from ui.outreach import EnrollButton, build_outreach
from ui.speech import RecordingSpeech
from ui.sync_status import SyncStatusView

WAIT_MS = 30_000


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    with running_sqlite_central(tmp_path_factory.mktemp("central-enroll")) as (central, _process):
        yield central


@pytest.fixture
def muni(central: Central) -> Municipality:
    return central.municipality()


@pytest.fixture
def device(tmp_path: Path) -> Iterator[Engine]:
    store = open_store(tmp_path / "laptop.sqlite3")
    yield store.engine
    store.close()


def _dialog(qtbot: QtBot, engine: Engine, url: str, keyring: object) -> EnrollDialog:
    dialog = EnrollDialog(
        engine,
        url,
        credentials=DeviceCredentials(keyring),  # type: ignore[arg-type]
        device_name="laptop-7",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _enroll(qtbot: QtBot, dialog: EnrollDialog, code: str) -> object:
    dialog.code.setText(code)
    with qtbot.waitSignal(dialog.finished_work, timeout=WAIT_MS) as outcome:
        dialog.submit.click()
    assert not dialog.busy
    return outcome.args[0]


def test_a_fresh_code_enrolls_the_laptop(
    qtbot: QtBot, switcher: object, muni: Municipality, device: Engine
) -> None:
    code = admin.create_enrollment_code(muni.engine, muni.municipality_id, "outreach", "t1")
    dialog = _dialog(qtbot, device, muni.base, MemoryKeyring())
    assert dialog.url.text() == muni.base
    with qtbot.waitSignal(dialog.enrolled, timeout=WAIT_MS):
        dialog.code.setText(code)
        dialog.submit.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.message.text() == "Ingeschreven als laptop-7. De synchronisatie begint nu."
    enrollment = load_enrollment(device)
    assert enrollment is not None
    assert enrollment.team_id == "t1"


def test_a_used_code_shows_centrals_refusal(
    qtbot: QtBot, switcher: object, muni: Municipality, device: Engine
) -> None:
    code = admin.create_enrollment_code(muni.engine, muni.municipality_id, "outreach", "t1")
    first = _dialog(qtbot, device, muni.base, MemoryKeyring())
    assert isinstance(_enroll(qtbot, first, code), Enrollment)
    again = _dialog(qtbot, device, muni.base, MemoryKeyring())
    outcome = _enroll(qtbot, again, code)
    assert not isinstance(outcome, Enrollment)
    text = again.message.text()
    assert text.startswith("Niet ingeschreven: central refused the enrollment code")
    assert again.close_button.isEnabled()


def test_a_wrong_code_is_refused_and_nothing_is_stored(
    qtbot: QtBot, switcher: object, muni: Municipality, device: Engine
) -> None:
    dialog = _dialog(qtbot, device, muni.base, MemoryKeyring())
    _enroll(qtbot, dialog, "not-a-code")
    assert "central refused the enrollment code" in dialog.message.text()
    assert load_enrollment(device) is None


def test_without_a_keyring_the_code_is_kept_and_the_dialog_says_why(
    qtbot: QtBot, switcher: object, muni: Municipality, device: Engine
) -> None:
    code = admin.create_enrollment_code(muni.engine, muni.municipality_id, "outreach", "t1")
    dialog = _dialog(qtbot, device, muni.base, LockedKeyring())
    _enroll(qtbot, dialog, code)
    assert "no usable keyring for the device credential" in dialog.message.text()
    assert "unlock or install the system keyring" in dialog.message.text()
    assert load_enrollment(device) is None
    retry = _dialog(qtbot, device, muni.base, MemoryKeyring())  # the code was not spent
    assert isinstance(_enroll(qtbot, retry, code), Enrollment)


def test_enrolled_from_the_outreach_window_the_laptop_syncs_at_once(
    qtbot: QtBot, switcher: object, muni: Municipality, tmp_path: Path
) -> None:
    code = admin.create_enrollment_code(muni.engine, muni.municipality_id, "outreach", "t1")
    settings = Settings(
        role=Role.KIOSK,
        data_dir=tmp_path / "data",
        log_dir=tmp_path / "log",
        central_url=muni.base,
    )
    credentials = DeviceCredentials(MemoryKeyring())
    window, sync = build_outreach(settings, speech=RecordingSpeech(), credentials=credentials)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.findChild(SyncStatusView)
    button = window.findChild(EnrollButton)
    assert view is not None
    assert button is not None
    try:
        with qtbot.waitSignal(sync.bridge.status_changed, timeout=WAIT_MS):
            window.parts.store.start()
        dialog = button.open_dialog()
        assert dialog is not None
        assert dialog.url.text() == muni.base
        with qtbot.waitSignal(sync.bridge.status_changed, timeout=WAIT_MS):
            _enroll(qtbot, dialog, code)
        qtbot.waitUntil(lambda: view.visible_texts()[0] == "Online", timeout=WAIT_MS)
        assert "Laatste synchronisatie: zonet" in view.visible_texts()
    finally:
        sync.stop()
        window.parts.store.finish()
