"""Running the Qt application: the kiosk, the outreach app, the demo and screenshots.

Also the process-level concerns: SIGTERM/SIGINT end the event loop cleanly, the smoke hook
``FYGITAAL_EXIT_AFTER_FIRST_PAINT=1`` (startup bench, CLI test) quits at the first paint,
and the voice, the kiosk's services and the local store (migrations) load only after the first
screen is up. A store that could not be opened ends the run with its one-line error (exit code 1).
"""

from __future__ import annotations

import logging
import os
import signal
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from kiosk.config import Settings
from ui.app import KioskWindow, build_kiosk, ensure_application, install_features
from ui.speech import QtSpeech
from ui.sync_control import SyncController

log = logging.getLogger(__name__)

SMOKE_ENV = "FYGITAAL_EXIT_AFTER_FIRST_PAINT"
SPEECH_START_DELAY_MS = 300  # after the first paint: loading speech-dispatcher takes ~1.5 s


def start_speech_after_first_paint(window: KioskWindow) -> None:
    """Load the voice in the background once the first screen is up."""
    speech = window.parts.speech
    if isinstance(speech, QtSpeech):
        QTimer.singleShot(SPEECH_START_DELAY_MS, speech.start)
        app = ensure_application()
        app.aboutToQuit.connect(speech.shutdown)


def run_kiosk(settings: Settings, *, fullscreen: bool) -> int:
    """Show the kiosk until the process is told to stop."""
    app = ensure_application()
    window = build_kiosk(settings, locked=fullscreen, features=False)
    _quit_on_signals(app)
    app.aboutToQuit.connect(window.parts.jobs.shutdown)
    smoke = _exit_after_first_paint_if_asked(window.attract)
    if not smoke:
        start_speech_after_first_paint(window)
    if fullscreen:
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    return _exec_with_store(app, window, window.parts.sync, then=lambda: install_features(window))


def run_outreach(settings: Settings) -> int:
    """The outreach application; the store opens after the sign-in screen's first paint."""
    from ui.outreach import build_outreach  # its libraries are not the kiosk's to load

    app = ensure_application()
    window, sync = build_outreach(settings)
    _quit_on_signals(app)
    desk = window.centralWidget()  # the staff desk, opened on its sign-in screen
    first = desk.currentWidget() if isinstance(desk, QStackedWidget) else None
    first = first or window.attract
    if not _exit_after_first_paint_if_asked(first):
        start_speech_after_first_paint(window)
    window.resize(1280, 800)
    window.show()
    return _exec_with_store(app, window, sync, first=first)


class EventLoop(Protocol):
    """What `_exec_with_store` runs: the application's loop, or a test's own `QEventLoop`.

    A test may not run ``QApplication.exec``: once it has returned after ``quit``, Qt
    leaves every later event loop of the process quitting at once (no timer, no queued
    signal is delivered again), which silently breaks every test that follows.
    """

    def exec(self) -> int: ...


def _exec_with_store(
    app: EventLoop,
    window: KioskWindow,
    sync: SyncController,
    *,
    first: QWidget | None = None,
    then: Callable[[], None] | None = None,
) -> int:
    """Run the event loop; the store opens (and migrates) right after the first paint.

    ``then`` runs after the first paint too, before the store starts (the kiosk's services:
    they connect to the store's signals).

    The sync loop starts once the store is open and is stopped before the store closes.

    Raises:
        StorageError: the store could not be used (shown on screen meanwhile); the command
            line turns it into one line on stderr and exit code 1.
    """
    store = window.parts.store

    def after_first_paint() -> None:
        if then is not None:
            then()
        store.start()

    _AfterFirstPaint(first or window.attract, after_first_paint)
    code = app.exec()
    sync.stop()
    store.finish()
    if os.environ.get(SMOKE_ENV) == "1":  # the startup bench reports this too
        print(f"store-ready {time.time():.6f}", flush=True)  # noqa: T201
    return code


def run_demo(settings: Settings, *, tour_dir: str | None) -> int:
    """The kiosk for a newcomer: interactive, or a scripted tour that saves screenshots."""
    app = ensure_application()
    _quit_on_signals(app)
    if tour_dir is None:
        window = build_kiosk(settings, locked=False)
        app.aboutToQuit.connect(window.parts.jobs.shutdown)
        start_speech_after_first_paint(window)
        window.resize(1280, 800)
        window.show()
        return _exec_with_store(app, window, window.parts.sync)
    from ui.tour import run_tour

    return run_tour(settings, tour_dir)


def run_screenshots(settings: Settings, out_dir: str) -> int:
    """Render every screen in every language and mode to PNG files with an index."""
    ensure_application()
    from ui.screenshots import run_catalogue

    return run_catalogue(settings, out_dir)


def _quit_on_signals(app: QApplication) -> None:
    """SIGTERM/SIGINT end the event loop cleanly (the kiosk service manager uses them)."""

    def request_quit(_signum: int, _frame: object) -> None:
        app.setProperty("quitting", True)
        app.quit()

    signal.signal(signal.SIGTERM, request_quit)
    signal.signal(signal.SIGINT, request_quit)
    # Let the Python interpreter run now and then so that the handlers fire.
    heartbeat = QTimer(app)
    heartbeat.start(250)
    heartbeat.timeout.connect(lambda: None)


class _FirstPaint(QObject):
    """Reports the first paint of a widget (benchmarks and smoke tests) and quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"first-paint {time.time():.6f}", flush=True)  # noqa: T201
            app = QApplication.instance()
            if app is not None:
                app.setProperty("quitting", True)
                QTimer.singleShot(0, app.quit)
        return False


class _AfterFirstPaint(QObject):
    """Runs ``then`` once, queued behind a widget's first paint (so it never delays it)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def _exit_after_first_paint_if_asked(widget: QWidget) -> bool:
    if os.environ.get(SMOKE_ENV) == "1":
        watcher = _FirstPaint(widget)
        widget.installEventFilter(watcher)
        return True
    return False
