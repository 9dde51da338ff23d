"""A real kiosk window with a recording voice, a fake clock and a fast idle tick."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.config import Settings
from ui.app import KioskWindow, build_kiosk
from ui.i18n import LanguageSwitcher, ensure_compiled
from ui.speech import RecordingSpeech


class FakeClock:
    """Monotonic seconds that move only when a test says so."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Kiosk:
    window: KioskWindow
    speech: RecordingSpeech
    clock: FakeClock


@pytest.fixture
def kiosk(qtbot: QtBot) -> Iterator[Kiosk]:
    clock = FakeClock()
    speech = RecordingSpeech()
    window = build_kiosk(
        Settings(municipality_name="Zonnegem", idle_timeout_seconds=120),
        speech=speech,
        clock=clock,
        tick_ms=5,
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield Kiosk(window, speech, clock)
    # Destroy the window now, not at some later event loop: every live kiosk window is
    # restyled on each mode switch of a later test (all screens of all features).
    window.parts.sync.stop()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def switcher() -> Iterator[LanguageSwitcher]:
    ensure_compiled()
    languages = LanguageSwitcher()
    languages.switch("nl-BE")
    yield languages
    languages.deleteLater()


def visible_texts(root: QWidget) -> list[str]:
    """Texts of the labels and buttons a person can see under ``root``."""
    return [
        w.text()
        for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton)
        if w.isVisibleTo(root) and w.text()
    ]
