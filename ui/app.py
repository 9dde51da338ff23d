"""Composition root: builds the Qt application and its objects and wires them in one place.

Nothing else in ``ui`` constructs collaborators; screens receive what they need here.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QCloseEvent, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from kiosk.config import Settings
from ui.attract import AttractScreen
from ui.theme import stylesheet

log = logging.getLogger(__name__)

SMOKE_ENV = "FYGITAAL_EXIT_AFTER_FIRST_PAINT"


class KioskWindow(QMainWindow):
    """The kiosk's one window: a stack of screens, locked down when full screen."""

    def __init__(self, attract: AttractScreen, *, locked: bool) -> None:
        super().__init__()
        self.setWindowTitle("Fygitaal")
        self.setObjectName("kiosk-window")
        self._locked = locked
        self.screens = QStackedWidget()
        self.screens.addWidget(attract)
        self.attract = attract
        self.setCentralWidget(self.screens)
        if locked:
            self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.Window)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """A locked kiosk offers no way out to the desktop; the session manager stops it."""
        if self._locked and not QApplication.instance().property("quitting"):  # type: ignore[union-attr]
            event.ignore()
            return
        super().closeEvent(event)


def ensure_application() -> QApplication:
    """The one QApplication of the process, created on first use."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Fygitaal")
    app.setOrganizationName("Fygitaal")
    return app


def build_kiosk(settings: Settings, *, locked: bool = False) -> KioskWindow:
    """Build the kiosk window and everything behind it."""
    app = ensure_application()
    app.setStyleSheet(stylesheet())
    attract = AttractScreen(settings.municipality_name, settings.language)
    return KioskWindow(attract, locked=locked)


def run_kiosk(settings: Settings, *, fullscreen: bool) -> int:
    """Show the kiosk until the process is told to stop."""
    app = ensure_application()
    window = build_kiosk(settings, locked=fullscreen)
    _quit_on_signals(app)
    _exit_after_first_paint_if_asked(window.attract)
    if fullscreen:
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    return app.exec()


def run_outreach(settings: Settings) -> int:
    """The outreach application (its own screens come with the outreach work)."""
    app = ensure_application()
    window = build_kiosk(settings, locked=False)
    window.setWindowTitle("Fygitaal — huisbezoek")
    _quit_on_signals(app)
    window.resize(1280, 800)
    window.show()
    return app.exec()


def run_demo(settings: Settings, *, tour_dir: str | None) -> int:
    """The kiosk for a newcomer: interactive, or a scripted tour that saves screenshots."""
    app = ensure_application()
    window = build_kiosk(settings, locked=False)
    window.resize(1280, 800)
    _quit_on_signals(app)
    window.show()
    if tour_dir is None:
        return app.exec()
    from ui.tour import Tour

    tour = Tour(window, tour_dir)
    tour.start()
    code = app.exec()
    return code if tour.completed else 1


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


def _exit_after_first_paint_if_asked(widget: QWidget) -> None:
    if os.environ.get(SMOKE_ENV) == "1":
        watcher = _FirstPaint(widget)
        widget.installEventFilter(watcher)
