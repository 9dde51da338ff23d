"""Screenshots of the kiosk for review: every screen, language and display mode.

One mechanism serves ``fygitaal screenshots`` (the full catalogue, at 1280x800 and
1920x1080) and the demo's tour (a short selection): a `ShotRunner` puts the real kiosk
window into the state a `Shot` describes, waits for the event loop to lay it out, saves
a PNG and finally writes an ``index.html`` that shows them all.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from kiosk.config import LANGUAGES, Settings
from kiosk.session import EndReason
from ui.app import KioskWindow, build_kiosk
from ui.speech import RecordingSpeech

log = logging.getLogger(__name__)

SETTLE_MS = 120
SIZES: tuple[tuple[int, int], ...] = ((1280, 800), (1920, 1080))
MODES: tuple[tuple[str, bool, bool], ...] = (
    ("standard", False, False),
    ("large-text", True, False),
    ("high-contrast", False, True),
    ("large-high-contrast", True, True),
)
# (file name part, screen, overlay): shot at both sizes; every other screen at the smaller.
VIEWS: tuple[tuple[str, str, str], ...] = (
    ("attract", "attract", ""),
    ("guest-home", "guest-home", ""),
    ("language", "language", ""),
    ("staff-notice", "guest-home", "staff"),
    ("idle-warning", "guest-home", "idle"),
)


@dataclass(frozen=True)
class Shot:
    """One screenshot: what is on screen, in which language, mode and window size."""

    name: str
    caption: str
    screen: str = "attract"
    overlay: str = ""
    language: str = "nl-BE"
    large_text: bool = False
    high_contrast: bool = False
    size: tuple[int, int] = (1280, 800)


def catalogue(screens: Sequence[str] = ()) -> list[Shot]:
    """Every view in every language and mode: the main views at both window sizes, the
    other ``screens`` (the services' screens, by name) at the smaller, harder one."""
    shots = []
    main = {screen for _view, screen, overlay in VIEWS if not overlay}
    others = [(name, name, "") for name in screens if name not in main]
    for width, height in SIZES:
        views = VIEWS if (width, height) != SIZES[0] else (*VIEWS, *others)
        for mode, large, contrast in MODES:
            for language in LANGUAGES:
                for view, screen, overlay in views:
                    shots.append(
                        Shot(
                            name=f"{width}x{height}-{mode}-{language}-{view}",
                            caption=f"{view} · {language} · {mode} · {width}x{height}",
                            screen=screen,
                            overlay=overlay,
                            language=language,
                            large_text=large,
                            high_contrast=contrast,
                            size=(width, height),
                        )
                    )
    return shots


class ShotRunner(QObject):
    """Plays shots on a kiosk window, one per event-loop turn, and writes the index.

    Signals:
        finished(bool): True when every screenshot was saved.
    """

    finished = Signal(bool)

    def __init__(
        self, window: KioskWindow, directory: Path, shots: Sequence[Shot], title: str
    ) -> None:
        super().__init__(window)
        self._window = window
        self._directory = directory
        self._shots = list(shots)
        self._title = title
        self._saved: list[Shot] = []

    def start(self) -> None:
        """Begin once the event loop runs."""
        self._directory.mkdir(parents=True, exist_ok=True)
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        if len(self._saved) == len(self._shots):
            self._write_index()
            self.finished.emit(True)
            return
        shot = self._shots[len(self._saved)]
        self._stage(shot)
        QTimer.singleShot(SETTLE_MS, lambda: self._shoot(shot))

    def _stage(self, shot: Shot) -> None:
        parts = self._window.parts
        controller, shell = parts.controller, parts.shell
        controller.end_session(EndReason.FINISHED)
        controller.set_language(shot.language)
        controller.set_large_text(shot.large_text)
        controller.set_high_contrast(shot.high_contrast)
        if shot.screen != shell.current_name:
            shell.show_screen(shot.screen)
        if shot.overlay == "staff":
            shell.show_staff_notice()
        elif shot.overlay == "idle":
            shell.show_idle_warning(25)
        self._window.resize(*shot.size)

    def _shoot(self, shot: Shot) -> None:
        path = self._directory / f"{shot.name}.png"
        if not self._window.grab().save(str(path)):
            log.error("could not save screenshot %s", path)
            self.finished.emit(False)
            return
        self._saved.append(shot)
        self._next()

    def _write_index(self) -> None:
        items = "\n".join(
            f'<figure><a href="{html.escape(s.name)}.png"><img src="{html.escape(s.name)}.png"'
            f' width="480" alt="{html.escape(s.caption)}"></a>'
            f"<figcaption>{html.escape(s.caption)}</figcaption></figure>"
            for s in self._saved
        )
        (self._directory / "index.html").write_text(
            "<!doctype html><meta charset='utf-8'>"
            f"<title>{html.escape(self._title)}</title>"
            "<style>figure{display:inline-block;margin:8px}</style>"
            f"<h1>{html.escape(self._title)}</h1>\n{items}\n",
            encoding="utf-8",
        )


def play(
    settings: Settings,
    directory: str,
    shots: Sequence[Shot] | Callable[[KioskWindow], Sequence[Shot]],
    title: str,
) -> int:
    """Build the kiosk, play ``shots`` into ``directory``; exit code 0 when all were saved.

    ``shots`` may be a function of the window, for a catalogue of every screen it has.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_kiosk(settings, speech=RecordingSpeech())
    if callable(shots):
        shots = shots(window)
    window.resize(*shots[0].size)
    window.show()
    runner = ShotRunner(window, Path(directory), shots, title)
    outcome: list[bool] = []
    runner.finished.connect(outcome.append)
    runner.finished.connect(lambda _ok: app.quit())
    runner.start()
    app.exec()
    return 0 if outcome == [True] else 1


def run_catalogue(settings: Settings, directory: str) -> int:
    """``fygitaal screenshots``: the full catalogue."""
    return play(
        settings,
        directory,
        lambda window: catalogue([screen.name for screen in window.shell.screens()]),
        "Fygitaal kiosk — every screen",
    )
