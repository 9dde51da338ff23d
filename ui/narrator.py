"""Read-aloud: speaks each screen when it is shown and every status change, on request.

The narrator only speaks while read-aloud is on; it always remembers the last thing it
would have said, so "repeat" works and so that switching read-aloud on reads the
current screen at once. Session end makes it forget (nothing of a citizen remains).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from ui.speech import Speech

log = logging.getLogger(__name__)


class Narrator(QObject):
    """Turns what the screens say into speech in the language shown.

    Signals:
        spoken(str): text handed to the voice (read-aloud on).
    """

    spoken = Signal(str)

    def __init__(self, speech: Speech, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speech = speech
        self.language = language
        self.enabled = False
        self.last = ""

    def set_enabled(self, enabled: bool, *, read_now: bool = True) -> None:
        """Switch read-aloud on (reading the current text) or off (falling silent)."""
        if enabled == self.enabled:
            return
        self.enabled = enabled
        if enabled:
            if read_now:
                self._speak(self.last)
        else:
            self._speech.stop()

    def announce(self, text: str) -> None:
        """A new screen or status: remember it and, with read-aloud on, say it."""
        self.last = text
        self._speak(text)

    def remember(self, text: str) -> None:
        """What "repeat" and switching read-aloud on will say, without saying it now."""
        self.last = text

    def status(self, text: str) -> None:
        """A passing status (a mode switched): say it, but keep the screen for "repeat"."""
        self._speak(text)

    def replay(self) -> None:
        """Say the last announcement again."""
        self._speak(self.last)

    def forget(self) -> None:
        """Session end: stop speaking and drop what was said."""
        self._speech.stop()
        self.last = ""

    def _speak(self, text: str) -> None:
        if self.enabled and text:
            self._speech.say(text, self.language)
            self.spoken.emit(text)
