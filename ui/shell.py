"""The kiosk shell: a stack of screens beside the access bar, with overlays on top.

The shell shows screens and overlays and reads them aloud; it decides nothing. Its
`reset` is what a session end does to the screen: every screen reset, every text field
cleared (also those a screen forgot), overlays closed, back to the attract screen.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

from ui.bar import AccessBar
from ui.narrator import Narrator
from ui.overlays import IdleWarning, Overlay, StaffNotice
from ui.screen import KioskScreen

log = logging.getLogger(__name__)

ANNOUNCE_AT_SECONDS = 10


class KioskShell(QWidget):
    """Screens, bar and overlays.

    Signals:
        screen_shown(str): the name of the screen now on top.
    """

    screen_shown = Signal(str)

    def __init__(
        self,
        bar: AccessBar,
        narrator: Narrator,
        screens: Sequence[KioskScreen] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk-shell")
        self.setAccessibleName("Fygitaal")
        self.bar = bar
        self._narrator = narrator
        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")
        self.stack.setAccessibleName("Fygitaal")
        self._screens: dict[str, KioskScreen] = {}
        self._history: list[str] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        for screen in screens:  # before the bar: Tab visits a screen, then the bar
            self.add_screen(screen)
        layout.addWidget(bar)
        self.idle_warning = IdleWarning(self)
        self.staff_notice = StaffNotice(self)
        self.staff_notice.dismissed.connect(self.close_staff_notice)
        self.stack.currentChanged.connect(self._on_current_changed)
        self.announce_current()

    # screens -------------------------------------------------------------------------
    def add_screen(self, screen: KioskScreen) -> None:
        """Register a screen under its ``name``; the first one is the home of the kiosk."""
        self._screens[screen.name] = screen
        self.stack.addWidget(screen)

    def screen_named(self, name: str) -> KioskScreen:
        """The registered screen called ``name``."""
        return self._screens[name]

    def screens(self) -> list[KioskScreen]:
        """All screens in registration order."""
        return list(self._screens.values())

    @property
    def current_name(self) -> str:
        """The name of the screen on top."""
        current = self.stack.currentWidget()
        return current.name if isinstance(current, KioskScreen) else ""

    def show_screen(self, name: str) -> None:
        """Bring ``name`` to the top (remembering where the citizen came from)."""
        if name == self.current_name:
            return
        self._history.append(self.current_name)
        self.stack.setCurrentWidget(self._screens[name])

    def go_back(self) -> None:
        """Return to the previous screen."""
        if self._history:
            self.stack.setCurrentWidget(self._screens[self._history.pop()])

    def announce_current(self) -> None:
        """Read the screen on top (and any overlay) aloud again, e.g. after a language change."""
        for overlay in (self.idle_warning, self.staff_notice):
            if overlay.isVisible():
                self._narrator.announce(overlay.spoken_text())
                return
        current = self.stack.currentWidget()
        if isinstance(current, KioskScreen):
            self._narrator.announce(current.spoken_text())

    def _on_current_changed(self, _index: int) -> None:
        self.announce_current()
        current = self.stack.currentWidget()
        if isinstance(current, KioskScreen):
            current.setFocus()
            current.focusNextChild()
        log.debug("screen %s shown", self.current_name)
        self.screen_shown.emit(self.current_name)

    # overlays ------------------------------------------------------------------------
    def show_idle_warning(self, seconds_left: int) -> None:
        """Show or update the countdown; read it at the start and near the end."""
        first = not self.idle_warning.isVisible()
        self.idle_warning.count(seconds_left)
        if first:
            self._cover(self.idle_warning)
        if first or seconds_left == ANNOUNCE_AT_SECONDS:
            self._narrator.announce(self.idle_warning.spoken_text())

    def close_idle_warning(self) -> None:
        """The citizen is back."""
        self._uncover(self.idle_warning)

    def show_staff_notice(self) -> None:
        """A staff member was called."""
        self._cover(self.staff_notice)
        self._narrator.announce(self.staff_notice.spoken_text())

    def close_staff_notice(self) -> None:
        """The notice was dismissed (the call stays logged)."""
        self._uncover(self.staff_notice)

    def _cover(self, overlay: Overlay) -> None:
        self.stack.setEnabled(False)
        self.bar.setEnabled(False)
        overlay.cover()

    def _uncover(self, overlay: Overlay) -> None:
        if not overlay.isVisible():
            return
        overlay.hide()
        if not (self.idle_warning.isVisible() or self.staff_notice.isVisible()):
            self.stack.setEnabled(True)
            self.bar.setEnabled(True)
            self.announce_current()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """Overlays always cover the whole shell."""
        super().resizeEvent(event)
        for overlay in (self.idle_warning, self.staff_notice):
            overlay.setGeometry(self.rect())

    # session end ---------------------------------------------------------------------
    def reset(self) -> None:
        """Wipe the screen: reset every screen, clear every field, close overlays, go home."""
        self._narrator.forget()
        for overlay in (self.idle_warning, self.staff_notice):
            overlay.hide()
        self.stack.setEnabled(True)
        self.bar.setEnabled(True)
        for screen in self._screens.values():
            screen.reset()
        for field in self.findChildren(QLineEdit):
            field.clear()
        for editor in self.findChildren(QTextEdit) + self.findChildren(QPlainTextEdit):
            editor.clear()
        self._history.clear()
        home = self.stack.widget(0)
        if isinstance(home, KioskScreen):
            self.stack.setCurrentWidget(home)
            self._narrator.remember(home.spoken_text())
