"""The kiosk's start: the attract screen first, then its services, then its store.

`ui.runner.run_kiosk` builds the window without the services (importing them would delay
the first paint) and adds them right after it; a kiosk that forgot to would offer a guest
no service at all, so the real start path is run here, up to the store being open.
"""

from __future__ import annotations

from pathlib import Path

import keyring
from PySide6.QtCore import QEventLoop
from pytestqt.qtbot import QtBot

from kiosk.config import Settings
from tests.offline_sync.keyrings import MemoryKeyring
from ui.app import build_kiosk, install_features
from ui.features.card import card_flow
from ui.guest_home import GuestHomeScreen
from ui.runner import _exec_with_store
from ui.service_menu import ServiceMenuScreen
from ui.speech import RecordingSpeech


def test_the_services_come_after_the_first_paint_and_before_the_store(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = Settings(data_dir=tmp_path / "data", log_dir=tmp_path / "log")
    window = build_kiosk(settings, speech=RecordingSpeech(), features=False)
    qtbot.addWidget(window)
    guest = window.shell.screen_named(GuestHomeScreen.name)
    assert isinstance(guest, ServiceMenuScreen)
    assert guest.available == frozenset()  # nothing to import before the first paint
    loop = QEventLoop()  # never app.exec() in a test: see ui.runner.EventLoop
    offered_when_open: list[frozenset[object]] = []

    def opened(_store: object) -> None:
        offered_when_open.append(guest.available)
        flow = card_flow(window.parts)
        if flow is not None:
            flow.stop()
        loop.quit()

    window.parts.store.opened.connect(opened)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        window.resize(1280, 800)
        window.show()
        assert (
            _exec_with_store(loop, window, window.parts.sync, then=lambda: install_features(window))
            == 0
        )
    finally:
        keyring.set_keyring(previous)
    reference = build_kiosk(settings, speech=RecordingSpeech())
    qtbot.addWidget(reference)
    everything = reference.shell.screen_named(GuestHomeScreen.name)
    assert isinstance(everything, ServiceMenuScreen)
    assert offered_when_open == [everything.available]
    assert everything.available
