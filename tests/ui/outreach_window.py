"""The outreach laptop's real window, as the outreach tests open it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from kiosk.config import Role, Settings
from offline_sync.enroll import DeviceCredentials
from tests.offline_sync.keyrings import MemoryKeyring
from ui.app import KioskWindow
from ui.outreach import build_outreach
from ui.outreach_desk import OutreachDesk
from ui.speech import RecordingSpeech
from ui.sync_control import SyncController


def open_outreach(
    qtbot: QtBot, tmp_path: Path, **settings: Any
) -> tuple[KioskWindow, SyncController, OutreachDesk]:
    """Shown at laptop size, data and logs under tmp_path, device credentials in memory.

    `settings` adds to the outreach Settings (central_url, trust_roots, ...).
    """
    window, sync = build_outreach(
        Settings(
            role=Role.OUTREACH, data_dir=tmp_path / "data", log_dir=tmp_path / "log", **settings
        ),
        speech=RecordingSpeech(),
        credentials=DeviceCredentials(MemoryKeyring()),
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    desk = window.findChild(OutreachDesk)
    assert isinstance(desk, OutreachDesk)
    return window, sync, desk
