"""The outreach desk's own screens: every widget named, targets large enough, all languages.

The kiosk's screens are covered by test_accessibility.py; staff on a home visit work with
assistive technology too (EN 301 549 applies to tools for employees as much as to the
public). The laptop is used with a mouse or touchpad and a keyboard, so its targets follow
WCAG 2.2's 2.5.8 (at least 24 px), not the kiosk's 15 mm touch rule. A label with no text
says nothing and needs no name; a date field is named on its spin box, not on the line
edit Qt puts inside it. The screens are shown as before sign-in, with no resident chosen.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.outreach_window import open_outreach
from ui.app import KioskWindow
from ui.outreach_desk import OutreachDesk

WCAG_TARGET_PX = 24


def _visible(root: QWidget, kind: type[QWidget] | tuple[type[QWidget], ...]) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, kind) and w.isVisibleTo(root)]


@pytest.fixture
def outreach(qtbot: QtBot, tmp_path: Path) -> tuple[KioskWindow, OutreachDesk]:
    window, _sync, found = open_outreach(qtbot, tmp_path)
    return window, found  # the test holds the window, or Python would delete it


@pytest.mark.parametrize("language", ["nl-BE", "fr-BE", "de-BE", "en"])
def test_every_outreach_screen_names_its_widgets_and_keeps_targets_large(
    outreach: tuple[KioskWindow, OutreachDesk], language: str
) -> None:
    window, desk = outreach
    window.parts.controller.set_language(language)
    for page in desk.screens():
        desk.show_page(page)
        QApplication.processEvents()
        for widget in _visible(page, (QAbstractButton, QLineEdit, QLabel, QAbstractSpinBox)):
            if isinstance(widget, QLabel) and not widget.text() and widget.pixmap().isNull():
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
                continue
            assert widget.accessibleName(), f"{page.name}: {widget.objectName()} has no name"
        for button in _visible(page, QAbstractButton):
            assert isinstance(button, QAbstractButton)
            size = (button.width(), button.height())
            assert min(size) >= WCAG_TARGET_PX, f"{page.name}: {button.text()!r} is {size}"
