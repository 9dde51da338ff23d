"""A kiosk window whose card flow watches the real (virtual) readers, for the card tests."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from card_reader.emulator.pki import TEST_ROOT_PEM
from kiosk.config import Settings
from tests.ui.conftest import FakeClock
from ui.app import KioskWindow, build_kiosk
from ui.features.card import CardFlow, card_flow
from ui.speech import RecordingSpeech

WAIT_MS = 15_000


@dataclass
class CardKiosk:
    window: KioskWindow
    flow: CardFlow
    clock: FakeClock
    temp: Path

    @property
    def screen(self) -> str:
        return self.window.shell.current_name

    def wait_for(self, qtbot: QtBot, name: str) -> None:
        qtbot.waitUntil(lambda: self.screen == name, timeout=WAIT_MS)

    def click(self, qtbot: QtBot, button: QAbstractButton) -> None:
        assert button.isVisible(), button.objectName()
        assert button.isEnabled(), button.objectName()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def all_text(root: QWidget) -> str:
    """Every text and accessible name/description under ``root``."""
    parts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            parts.append(widget.text())
        parts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
    return "\n".join(parts)


def files_mentioning(folder: Path, *needles: str) -> list[Path]:
    """Files under ``folder`` whose bytes contain any of ``needles``."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(n.encode() in data for n in needles):
                found.append(path)
    return found


@contextlib.contextmanager
def running_card_kiosk(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[CardKiosk]:
    """The kiosk trusting the emulator's test root, its monitor on the virtual readers.

    Temporary files go to a private folder (``CardKiosk.temp``) that tests search.
    """
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    clock = FakeClock()
    settings = Settings(
        municipality_name="Zonnegem",
        idle_timeout_seconds=120,
        data_dir=tmp_path / "data",
        log_dir=tmp_path / "log",
        trust_roots=(TEST_ROOT_PEM,),
    )
    window = build_kiosk(settings, speech=RecordingSpeech(), clock=clock, tick_ms=5)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    flow = card_flow(window.parts)
    assert flow is not None
    flow.start()
    qtbot.waitUntil(lambda: window.parts.health.status.reader_present is True, timeout=WAIT_MS)
    try:
        yield CardKiosk(window, flow, clock, temp)
    finally:
        flow.stop()
