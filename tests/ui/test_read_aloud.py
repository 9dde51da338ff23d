"""Read-aloud: each screen when shown, every status change, repeat; a real Qt engine."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from kiosk.config import Settings
from kiosk.health import HealthBoard, Problem
from tests.ui.conftest import Kiosk
from ui.app import build_kiosk
from ui.speech import QtSpeech, best_locale


def test_nothing_is_spoken_until_read_aloud_is_switched_on(qtbot: QtBot, kiosk: Kiosk) -> None:
    bar = kiosk.window.shell.bar
    qtbot.mouseClick(kiosk.window.attract.guest_button, Qt.MouseButton.LeftButton)
    assert kiosk.speech.spoken == []
    qtbot.mouseClick(bar.read_aloud, Qt.MouseButton.LeftButton)
    # switching on confirms, then reads the screen at once, in the language shown
    assert kiosk.speech.texts()[-2] == "Voorlezen: aan."
    text, language = kiosk.speech.spoken[-1]
    assert language == "nl-BE"
    assert "Wat wilt u doen?" in text
    assert "Een melding doen" in text


def test_each_screen_and_status_change_is_read(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    qtbot.keyClick(window, Qt.Key.Key_F11)  # read-aloud without sight
    assert window.shell.bar.read_aloud.isChecked()
    window.attract.language_buttons()[1].click()
    assert kiosk.speech.spoken[-1][1] == "fr-BE"
    assert "Bienvenue à Zonnegem" in kiosk.speech.spoken[-1][0]
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert kiosk.speech.texts()[-1] == "Grand texte: activé."
    window.shell.bar.call_staff.click()
    assert "Un agent arrive" in kiosk.speech.texts()[-1]
    window.shell.staff_notice.button.click()
    count = len(kiosk.speech.spoken)
    qtbot.keyClick(window, Qt.Key.Key_F12)  # repeat
    assert len(kiosk.speech.spoken) == count + 1
    assert "Bienvenue à Zonnegem" in kiosk.speech.texts()[-1]


def test_the_idle_warning_is_read(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.window.parts.controller.set_read_aloud(True)
    kiosk.clock.advance(121)
    with qtbot.waitSignal(kiosk.window.parts.controller.warning):
        pass
    assert "Bent u er nog?" in kiosk.speech.texts()[-1]


@pytest.mark.qt_log_ignore("pipewire")
def test_qt_speech_starts_off_the_gui_thread_and_reports_health(qtbot: QtBot) -> None:
    health = HealthBoard()
    speech = QtSpeech(engine="mock")
    speech.ready.connect(health.report_speech)
    with qtbot.waitSignal(speech.ready, timeout=20_000) as ready:
        speech.start()
    try:
        assert ready.args[0] is True, ready.args
        assert health.status.speech_available is True
        assert health.status.speech_engine == "mock"
        speech.say("Welkom", "nl-BE")  # must not raise or block
    finally:
        speech.shutdown()


@pytest.mark.qt_log_ignore("pipewire")
def test_a_missing_engine_is_reported_in_the_health_status(qtbot: QtBot) -> None:
    health = HealthBoard()
    speech = QtSpeech(engine="no-such-engine")
    speech.ready.connect(health.report_speech)
    with qtbot.waitSignal(speech.ready, timeout=20_000):
        speech.start()
    speech.shutdown()
    assert not speech.available
    assert Problem.NO_SPEECH in health.status.problems()
    assert any("no-such-engine" in note or "engine" in note for note in health.status.notes)


def test_the_voice_speaks_the_language_shown() -> None:
    installed = [QLocale("en_US"), QLocale("nl_NL"), QLocale("fr_FR"), QLocale("fr_BE")]
    assert best_locale(installed, "fr-BE").name() == "fr_BE"
    assert best_locale(installed, "nl-BE").name() == "nl_NL"  # Dutch voice, not English
    assert best_locale(installed, "en").language() == QLocale.Language.English
    assert best_locale(installed, "de-BE").name() == "de_BE"  # none: ask for it anyway


@pytest.mark.qt_log_ignore("pipewire")
def test_the_kiosk_reports_a_missing_voice_in_its_health(qtbot: QtBot) -> None:
    speech = QtSpeech(engine="no-such-engine")
    window = build_kiosk(Settings(), speech=speech)
    qtbot.addWidget(window)
    with qtbot.waitSignal(speech.ready, timeout=20_000):
        speech.start()
    speech.shutdown()
    assert window.parts.health.status.speech_available is False
    assert Problem.NO_SPEECH in window.parts.health.status.problems()
    window.parts.controller.set_read_aloud(True)  # no engine: silent, no crash
