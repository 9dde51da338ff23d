"""Every touch and key, seen once at the application: idle reset, fixed keys, keypad use.

- Any input extends the session (`SessionController.input_received`).
- Fixed keys work on every screen, even without sight (documented in
  ``docs/kiosk-accessibility.md``): F9 large text, F10 high contrast, F11 read-aloud,
  F12 repeat, F1 call staff.
- Keypad operation: Enter activates the focused button; the arrow keys move the focus
  like Tab and Shift+Tab, so a four-arrow keypad reaches everything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from ui.session import SessionController

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)

FIXED_KEYS: tuple[Qt.Key, ...] = (
    Qt.Key.Key_F1,
    Qt.Key.Key_F9,
    Qt.Key.Key_F10,
    Qt.Key.Key_F11,
    Qt.Key.Key_F12,
)
ACTIVATE_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
FORWARD_KEYS = frozenset({Qt.Key.Key_Down, Qt.Key.Key_Right})
BACKWARD_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Left})


class KioskInputFilter(QObject):
    """Installed on the QApplication by the composition root."""

    def __init__(
        self,
        controller: SessionController,
        actions: Mapping[Qt.Key, Callable[[], None]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._actions = dict(actions or {})

    def set_actions(self, actions: Mapping[Qt.Key, Callable[[], None]]) -> None:
        """The fixed keys and what they do (wired by the composition root)."""
        self._actions = dict(actions)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Note input; handle fixed keys and keypad navigation; let the rest through."""
        if event.type() not in INPUT_EVENTS or not isinstance(watched, QWidget):
            return False
        self._controller.input_received()
        if not isinstance(event, QKeyEvent):
            return False
        key = Qt.Key(event.key())
        if key in self._actions:
            if not event.isAutoRepeat():
                self._actions[key]()
            return True
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and watched is focus:
            return self._keypad(focus, key, event.isAutoRepeat())
        return False

    @staticmethod
    def _keypad(focus: QAbstractButton, key: Qt.Key, repeated: bool) -> bool:
        """Enter activates the focused button; arrows move the focus. True when handled."""
        if key in ACTIVATE_KEYS:
            if focus.isEnabled() and not repeated:
                focus.click()
            return True
        if key in FORWARD_KEYS or key in BACKWARD_KEYS:
            focus.window().focusNextPrevChild(key in FORWARD_KEYS)
            return True
        return False
