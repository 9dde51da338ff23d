"""The session's clock on the GUI: ticks the idle policy and ends the session, once.

`SessionController.end_session` is the one way a visit ends — inactivity, the citizen
pressing "stop", and later card removal all call it. It ends the domain session and
emits ``ended`` so that the composition root's wiring resets every screen, synchronously.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.session import EndReason, KioskSession, Phase, Preferences

log = logging.getLogger(__name__)

TICK_MS = 250


class SessionController(QObject):
    """Watches inactivity and owns the session's preferences.

    Signals:
        warning(int): seconds left before an idle session ends (emitted as they change).
        extended(): the citizen answered the warning; the session goes on.
        ended(EndReason): the session is over; reset everything.
        preferences_changed(Preferences): language or display/read-aloud mode changed.
    """

    warning = Signal(int)
    extended = Signal()
    ended = Signal(EndReason)
    preferences_changed = Signal(Preferences)

    def __init__(
        self, session: KioskSession, tick_ms: int = TICK_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._warned: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    @property
    def preferences(self) -> Preferences:
        """The preferences in force now."""
        return self._session.preferences

    @property
    def active(self) -> bool:
        """A citizen's visit is under way."""
        return self._session.active

    @property
    def warning_shown(self) -> bool:
        """The countdown is on screen."""
        return self._warned is not None

    def input_received(self) -> None:
        """Any touch or key: extends the session (and answers the warning)."""
        self._session.touch()
        if self._warned is not None:
            self._warned = None
            self.extended.emit()

    def set_language(self, language: str) -> None:
        """The citizen chose a language."""
        before = self.preferences
        self._publish(before, self._session.update(language=language))

    def set_large_text(self, on: bool) -> None:
        """Large-text mode on or off."""
        before = self.preferences
        self._publish(before, self._session.update(large_text=on))

    def set_high_contrast(self, on: bool) -> None:
        """High-contrast mode on or off."""
        before = self.preferences
        self._publish(before, self._session.update(high_contrast=on))

    def set_read_aloud(self, on: bool) -> None:
        """Read-aloud on or off."""
        before = self.preferences
        self._publish(before, self._session.update(read_aloud=on))

    def toggle_large_text(self) -> None:
        """Switch large text over (fixed key)."""
        self.set_large_text(not self.preferences.large_text)

    def toggle_high_contrast(self) -> None:
        """Switch high contrast over (fixed key)."""
        self.set_high_contrast(not self.preferences.high_contrast)

    def toggle_read_aloud(self) -> None:
        """Switch read-aloud over (fixed key)."""
        self.set_read_aloud(not self.preferences.read_aloud)

    def end_session(self, reason: EndReason) -> None:
        """End the visit: back to rest, default preferences, every screen reset."""
        self._session.end(reason)
        self._warned = None
        self.ended.emit(reason)
        self.preferences_changed.emit(self._session.preferences)

    def _publish(self, before: Preferences, after: Preferences) -> None:
        if after != before:
            self.preferences_changed.emit(after)

    def _tick(self) -> None:
        status = self._session.status()
        if status.phase is Phase.EXPIRED:
            self.end_session(EndReason.IDLE)
        elif status.phase is Phase.WARNING:
            if status.seconds_left != self._warned:
                self._warned = status.seconds_left
                self.warning.emit(status.seconds_left)
        elif self._warned is not None:
            self._warned = None
            self.extended.emit()
