"""The attract screen and the kiosk window, driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.config import Settings
from ui.app import build_kiosk
from ui.attract import AttractScreen


def visible_texts(root: QWidget) -> list[str]:
    return [w.text() for w in root.findChildren(QLabel) + root.findChildren(QPushButton)]


def test_four_languages_each_in_its_own_words(qtbot: QtBot) -> None:
    screen = AttractScreen("Zonnegem", "nl-BE")
    qtbot.addWidget(screen)
    names = [b.text() for b in screen.language_buttons()]
    assert names == ["Nederlands", "Français", "Deutsch", "English"]
    assert "Welkom in Zonnegem" in visible_texts(screen)
    assert all(b.accessibleName() for b in screen.language_buttons())


def test_choosing_a_language_switches_the_texts_and_reports_it(qtbot: QtBot) -> None:
    screen = AttractScreen("Zonnegem", "nl-BE")
    qtbot.addWidget(screen)
    deutsch = screen.language_buttons()[2]
    with qtbot.waitSignal(screen.language_chosen) as chosen:
        qtbot.mouseClick(deutsch, Qt.MouseButton.LeftButton)
    assert chosen.args == ["de-BE"]
    texts = visible_texts(screen)
    assert "Willkommen in Zonnegem" in texts
    assert "Stecken Sie Ihren Personalausweis in das Lesegerät." in texts
    assert deutsch.isChecked()
    assert not screen.language_buttons()[0].isChecked()


def test_buttons_are_large_touch_targets(qtbot: QtBot) -> None:
    window = build_kiosk(Settings(municipality_name="Zonnegem"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    for button in window.attract.language_buttons():
        assert button.height() >= 88
        assert button.width() >= 88


def test_the_kiosk_opens_full_screen_without_a_way_out(qtbot: QtBot) -> None:
    window = build_kiosk(Settings(), locked=True)
    qtbot.addWidget(window)
    window.showFullScreen()
    qtbot.waitExposed(window)
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.screens.currentWidget() is window.attract
    window.close()
    assert window.isVisible()  # a citizen cannot close the kiosk
