"""The attract screen and the kiosk window, driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.config import Settings
from tests.ui.conftest import Kiosk, visible_texts
from ui.app import build_kiosk
from ui.attract import AttractScreen
from ui.i18n import LanguageSwitcher
from ui.speech import RecordingSpeech


def test_four_languages_each_in_its_own_words(qtbot: QtBot, switcher: LanguageSwitcher) -> None:
    screen = AttractScreen("Zonnegem")
    qtbot.addWidget(screen)
    names = [b.text() for b in screen.language_buttons()]
    assert names == ["Nederlands", "Français", "Deutsch", "English"]
    assert "Welkom in Zonnegem" in visible_texts(screen)
    assert all(b.accessibleName() for b in screen.language_buttons())


def test_choosing_a_language_switches_the_texts_and_reports_it(
    qtbot: QtBot, switcher: LanguageSwitcher
) -> None:
    screen = AttractScreen("Zonnegem")
    qtbot.addWidget(screen)
    screen.language_chosen.connect(switcher.switch)
    screen.language_chosen.connect(screen.show_language)
    deutsch = screen.language_buttons()[2]
    with qtbot.waitSignal(screen.language_chosen) as chosen:
        qtbot.mouseClick(deutsch, Qt.MouseButton.LeftButton)
    assert chosen.args == ["de-BE"]
    texts = visible_texts(screen)
    assert "Willkommen in Zonnegem" in texts
    assert "Stecken Sie Ihren Personalausweis in das Lesegerät." in texts
    assert "Als Gast fortfahren" in texts
    assert deutsch.isChecked()
    assert not screen.language_buttons()[0].isChecked()


def test_a_language_chosen_on_the_kiosk_changes_every_screen_at_once(kiosk: Kiosk) -> None:
    window = kiosk.window
    window.attract.language_buttons()[1].click()
    texts = visible_texts(window)
    assert "Bienvenue à Zonnegem" in texts
    assert "Appeler un agent" in texts  # the bar, too
    assert "Welkom in Zonnegem" not in texts


def test_the_kiosk_opens_full_screen_without_a_way_out(qtbot: QtBot) -> None:
    window = build_kiosk(Settings(), locked=True, speech=RecordingSpeech())
    qtbot.addWidget(window)
    window.showFullScreen()
    qtbot.waitExposed(window)
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.screens.currentWidget() is window.attract
    window.close()
    assert window.isVisible()  # a citizen cannot close the kiosk
