"""Inactivity: a visible countdown of at least 20 s, extendable, then a wiped kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.session import EndReason
from tests.ui.conftest import Kiosk, visible_texts
from ui.screen import KioskScreen

MARKER = "Jansens-Peeters 85.07.30-033.28"


class ProbeScreen(KioskScreen):
    """A screen with a text field whose own reset forgets to clear it."""

    name = "probe"

    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit()
        self.field.setAccessibleName("probe")
        QVBoxLayout(self).addWidget(self.field)

    def reset(self) -> None:
        """Deliberately leaves the field alone: the shell must wipe it anyway."""


def all_text(root: QWidget) -> str:
    parts: list[str] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            parts.append(widget.text())
        parts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
    return "\n".join(parts)


def start_visit(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    qtbot.mouseClick(window.attract.language_buttons()[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.attract.guest_button, Qt.MouseButton.LeftButton)
    assert window.parts.controller.active


def test_inactivity_shows_a_countdown_that_any_key_extends(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    start_visit(qtbot, kiosk)
    controller, warning = window.parts.controller, window.shell.idle_warning
    kiosk.clock.advance(120)
    with qtbot.waitSignal(controller.warning) as shown:
        pass
    seconds = shown.args[0]
    assert seconds >= 20
    assert warning.isVisible()
    assert warning.countdown.text() == str(seconds)
    assert "Sind Sie noch da?" in visible_texts(warning)
    kiosk.clock.advance(5)
    with qtbot.waitSignal(controller.warning, check_params_cb=lambda s: s == seconds - 5):
        pass
    assert warning.countdown.text() == str(seconds - 5)
    with qtbot.waitSignal(controller.extended):
        qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert not warning.isVisible()
    assert window.shell.current_name == "guest-home"
    assert controller.preferences.language == "de-BE"


def test_the_still_here_button_answers_the_warning(qtbot: QtBot, kiosk: Kiosk) -> None:
    start_visit(qtbot, kiosk)
    kiosk.clock.advance(125)
    with qtbot.waitSignal(kiosk.window.parts.controller.warning):
        pass
    button = kiosk.window.shell.idle_warning.button
    assert button.hasFocus()  # Enter answers it
    with qtbot.waitSignal(kiosk.window.parts.controller.extended):
        qtbot.keyClick(button, Qt.Key.Key_Return)


def test_after_the_countdown_nothing_of_the_visit_remains(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    probe = ProbeScreen()
    window.shell.add_screen(probe)
    start_visit(qtbot, kiosk)
    window.parts.controller.set_large_text(True)
    window.parts.controller.set_read_aloud(True)
    window.shell.show_screen("probe")
    qtbot.keyClicks(probe.field, MARKER)
    window.shell.bar.call_staff.click()
    assert MARKER in all_text(window)
    kiosk.clock.advance(120)
    with qtbot.waitSignal(window.parts.controller.warning):
        pass
    kiosk.clock.advance(60)
    with qtbot.waitSignal(window.parts.controller.ended) as ended:
        pass
    assert ended.args == [EndReason.IDLE]
    assert MARKER not in all_text(window)
    assert window.shell.current_name == "attract"
    assert not window.shell.idle_warning.isVisible()
    assert not window.shell.staff_notice.isVisible()
    assert window.parts.desk.pending is None
    assert MARKER not in window.parts.narrator.last
    prefs = window.parts.controller.preferences
    assert (prefs.language, prefs.large_text, prefs.read_aloud) == ("nl-BE", False, False)
    assert "Welkom in Zonnegem" in visible_texts(window)
    assert not window.shell.bar.large_text.isChecked()
    # a blind citizen who comes next hears the attract screen, not the last visit
    window.parts.controller.set_read_aloud(True)
    assert "Welkom in Zonnegem" in kiosk.speech.texts()[-1]


def test_card_removal_and_finish_end_the_same_way(qtbot: QtBot, kiosk: Kiosk) -> None:
    start_visit(qtbot, kiosk)
    controller = kiosk.window.parts.controller
    with qtbot.waitSignal(controller.ended) as ended:
        controller.end_session(EndReason.CARD_REMOVED)
    assert ended.args == [EndReason.CARD_REMOVED]
    assert kiosk.window.shell.current_name == "attract"
    assert controller.preferences.language == "nl-BE"


def test_a_resting_kiosk_never_warns(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.clock.advance(100_000)
    with qtbot.assertNotEmitted(kiosk.window.parts.controller.warning, wait=50):
        pass
    assert not kiosk.window.shell.idle_warning.isVisible()
