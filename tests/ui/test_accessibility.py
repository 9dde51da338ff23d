"""EN 301 549 §5 / WCAG 2.2 AA on the real screens: names, sizes, keys, no dragging."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Kiosk
from tests.ui.test_translations import views
from ui.app import KioskWindow
from ui.metrics import MIN_TARGET_PX, screen_dpi, target_px_for

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractSlider)


def visible(window: QWidget, kind: type[QWidget] | tuple[type[QWidget], ...]) -> list[QWidget]:
    return [
        w for w in window.findChildren(QWidget) if isinstance(w, kind) and w.isVisibleTo(window)
    ]


def test_fifteen_millimetres_in_pixels() -> None:
    assert target_px_for(96) == 57
    assert target_px_for(160) == 95
    assert target_px_for(0) == 57  # nonsense DPI falls back to 96
    assert target_px_for(20_000) == 57
    assert target_px_for(60) >= MIN_TARGET_PX


def test_every_widget_has_an_accessible_name(kiosk: Kiosk) -> None:
    window = kiosk.window
    for language in ("nl-BE", "de-BE"):
        window.parts.controller.set_language(language)
        for view in views(window):
            for widget in visible(window, (*INTERACTIVE, QLabel)):
                assert widget.accessibleName(), f"{view}: {widget.objectName()} has no name"


def inside(window: KioskWindow, widget: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
@pytest.mark.parametrize("large_text", [False, True])
def test_targets_are_large_and_nothing_is_clipped(
    qtbot: QtBot, kiosk: Kiosk, size: tuple[int, int], large_text: bool
) -> None:
    window = kiosk.window
    window.resize(*size)
    minimum = target_px_for(screen_dpi())
    for language in ("nl-BE", "fr-BE", "de-BE"):
        window.parts.controller.set_language(language)
        window.parts.controller.set_large_text(large_text)
        for view in views(window):
            QApplication.processEvents()
            where = f"{view}, {language}, {size}, large={large_text}"
            for button in visible(window, QAbstractButton):
                assert isinstance(button, QAbstractButton)
                assert button.width() >= minimum, f"{where}: {button.text()!r} too narrow"
                assert button.height() >= minimum, f"{where}: {button.text()!r} too low"
                assert inside(window, button), f"{where}: {button.text()!r} off screen"
                text_width = max(
                    button.fontMetrics().horizontalAdvance(line)
                    for line in button.text().split("\n")
                )
                assert text_width + 24 <= button.width(), f"{where}: {button.text()!r} clipped"
            for label in visible(window, QLabel):
                assert isinstance(label, QLabel)
                need = (
                    label.heightForWidth(label.width())
                    if label.wordWrap()
                    else label.sizeHint().height()
                )
                assert need <= label.height() + 1, f"{where}: {label.text()!r} cut off"
                assert inside(window, label), f"{where}: {label.text()!r} off screen"


def test_no_drag_gestures_are_needed(kiosk: Kiosk) -> None:
    for view in views(kiosk.window):
        assert not visible(kiosk.window, (QAbstractSlider, QAbstractScrollArea)), view


def test_fixed_keys_switch_modes_on_every_screen(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    controller, bar = window.parts.controller, window.shell.bar
    for view in views(window):
        if window.shell.idle_warning.isVisible() or window.shell.staff_notice.isVisible():
            continue
        before = QApplication.instance().styleSheet()  # type: ignore[union-attr]
        qtbot.keyClick(window, Qt.Key.Key_F9)
        assert controller.preferences.large_text, view
        assert bar.large_text.isChecked()
        assert bar.large_text.accessibleDescription() == "aan"
        assert QApplication.instance().styleSheet() != before  # type: ignore[union-attr]
        qtbot.keyClick(window, Qt.Key.Key_F10)
        assert controller.preferences.high_contrast, view
        qtbot.keyClick(window, Qt.Key.Key_F9)
        qtbot.keyClick(window, Qt.Key.Key_F10)
        assert not controller.preferences.large_text
        assert not controller.preferences.high_contrast
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.shell.staff_notice.isVisible()


def test_the_kiosk_works_with_a_keypad_alone(qtbot: QtBot, kiosk: Kiosk) -> None:
    """Arrow keys move the focus, Enter activates: reach "continue as guest" and "finish"."""
    window = kiosk.window
    window.attract.language_buttons()[0].setFocus()
    for _ in range(20):
        if window.attract.guest_button.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert window.attract.guest_button.hasFocus()
    qtbot.keyClick(window.attract.guest_button, Qt.Key.Key_Enter)
    assert window.shell.current_name == "guest-home"
    focus = QApplication.focusWidget()
    assert isinstance(focus, QAbstractButton)
    assert focus.isEnabled()
    with qtbot.waitSignal(window.parts.controller.ended):
        for _ in range(20):
            focus = QApplication.focusWidget()
            assert focus is not None
            if focus.objectName() == "finish":
                qtbot.keyClick(focus, Qt.Key.Key_Return)
                break
            qtbot.keyClick(focus, Qt.Key.Key_Up)
    assert window.shell.current_name == "attract"


def test_tab_visits_the_screen_first_then_the_bar(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    first = window.attract.language_buttons()[0]
    first.setFocus()
    order = [first.objectName()]
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())  # type: ignore[union-attr]
    assert order[:7] == [
        "language-nl-BE",
        "language-fr-BE",
        "language-de-BE",
        "language-en",
        "guest",
        "call-staff",
        "language",
    ]
