"""Speech output behind a small interface: Qt TextToSpeech, or a null voice that records.

Starting the speech-dispatcher engine takes over a second here, so `QtSpeech` builds its
``QTextToSpeech`` on a worker thread of its own and reports ``ready(available, engine)``
when it knows; until then (and when no engine exists) text is dropped and the kiosk
reports the missing voice in its health status. `RecordingSpeech` is the test double.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QLocale, QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

PREFERRED_ENGINES = ("speechd", "flite")


def best_locale(available: list[QLocale], language: str) -> QLocale:
    """The voice locale for a settings code: exact (fr_BE), else same language (nl_NL)."""
    wanted = QLocale(language.replace("-", "_"))
    exact = [loc for loc in available if loc.name() == wanted.name()]
    same = [loc for loc in available if loc.language() == wanted.language()]
    return (exact or same or [wanted])[0]


class Speech(Protocol):
    """What the narrator needs from a voice."""

    def say(self, text: str, language: str) -> None:
        """Speak ``text`` in ``language`` (a settings code), interrupting what is spoken."""
        ...

    def stop(self) -> None:
        """Fall silent now."""
        ...


class RecordingSpeech:
    """A voice that speaks nothing and remembers what it was asked to say (tests)."""

    def __init__(self) -> None:
        self.spoken: list[tuple[str, str]] = []

    def say(self, text: str, language: str) -> None:
        """Record instead of speaking."""
        self.spoken.append((text, language))

    def stop(self) -> None:
        """Nothing to silence."""

    def texts(self) -> list[str]:
        """Everything said so far, in order."""
        return [text for text, _ in self.spoken]


class _Voice(QObject):
    """Lives on the speech thread: owns the QTextToSpeech and talks to it."""

    ready = Signal(bool, str, str)

    def __init__(self, engine: str | None) -> None:
        super().__init__()
        self._engine_name = engine
        self._tts: object | None = None

    @Slot()
    def start(self) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:  # the module needs libpulse and friends
            self.ready.emit(False, "", f"Qt TextToSpeech cannot load: {exc}")
            return
        engines = QTextToSpeech.availableEngines()
        name = self._engine_name or next((e for e in PREFERRED_ENGINES if e in engines), None)
        if name is None or name not in engines:
            self.ready.emit(False, "", f"no text-to-speech engine (found: {engines})")
            return
        tts = QTextToSpeech(name, self)
        if tts.state() == QTextToSpeech.State.Error:
            self.ready.emit(False, name, f"engine {name} failed: {tts.errorString()}")
            return
        self._tts = tts
        self.ready.emit(True, name, "")

    @Slot(str, str)
    def say(self, text: str, language: str) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if not isinstance(self._tts, QTextToSpeech):
            return
        locale = best_locale(self._tts.availableLocales(), language)
        if self._tts.locale() != locale:
            self._tts.setLocale(locale)
        self._tts.say(text)

    @Slot()
    def stop(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if isinstance(self._tts, QTextToSpeech):
            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)


class QtSpeech(QObject):
    """Qt TextToSpeech on its own thread; call `start` after the first screen is painted.

    Signals:
        ready(bool, str, str): available, engine name, and why not when unavailable.
    """

    ready = Signal(bool, str, str)
    _say = Signal(str, str)
    _stop = Signal()

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("speech")
        self._voice = _Voice(engine)
        self._voice.moveToThread(self._thread)
        self._thread.started.connect(self._voice.start)
        self._thread.finished.connect(self._voice.deleteLater)
        self._voice.ready.connect(self._on_ready)
        self._say.connect(self._voice.say)
        self._stop.connect(self._voice.stop)
        self.available = False

    def start(self) -> None:
        """Load the engine in the background."""
        self._thread.start()

    def shutdown(self) -> None:
        """Stop the thread (at application exit)."""
        self._thread.quit()
        self._thread.wait()

    def say(self, text: str, language: str) -> None:
        """Speak, if an engine is available."""
        if self.available:
            self._say.emit(text, language)

    def stop(self) -> None:
        """Fall silent."""
        if self.available:
            self._stop.emit()

    @Slot(bool, str, str)
    def _on_ready(self, available: bool, engine: str, reason: str) -> None:
        self.available = available
        if available:
            log.info("read-aloud engine %s ready", engine)
        else:
            log.warning("read-aloud unavailable: %s", reason)
        self.ready.emit(available, engine, reason)
