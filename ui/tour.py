"""The demo's scripted tour: drives the real widgets and saves a screenshot per step.

Used by the headless demo so that a newcomer without a display still sees the kiosk work.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from ui.app import KioskWindow

log = logging.getLogger(__name__)

STEP_DELAY_MS = 150


class Tour(QObject):
    """Plays the steps in order; ``completed`` tells whether every screenshot was saved."""

    def __init__(self, window: KioskWindow, directory: str) -> None:
        super().__init__(window)
        self._window = window
        self._directory = Path(directory)
        self._steps: list[tuple[str, str, Callable[[], None]]] = [
            ("01-attract-nl", "Attract screen (Nederlands)", lambda: None)
        ]
        names = {"fr-BE": "Français", "de-BE": "Deutsch", "en": "English"}
        for index, button in enumerate(window.attract.language_buttons()[1:], start=2):
            code = button.objectName().removeprefix("language-")
            self._steps.append(
                (f"0{index}-attract-{code}", f"Language chosen: {names[code]}", button.click)
            )
        self._saved: list[tuple[str, str]] = []
        self.completed = False

    def start(self) -> None:
        """Begin once the event loop runs."""
        self._directory.mkdir(parents=True, exist_ok=True)
        QTimer.singleShot(STEP_DELAY_MS, self._next)

    def _next(self) -> None:
        if len(self._saved) == len(self._steps):
            self._write_index()
            self.completed = True
            QApplication.quit()
            return
        name, caption, action = self._steps[len(self._saved)]
        action()
        QTimer.singleShot(STEP_DELAY_MS, lambda: self._shoot(name, caption))

    def _shoot(self, name: str, caption: str) -> None:
        path = self._directory / f"{name}.png"
        if not self._window.grab().save(str(path)):
            log.error("could not save screenshot %s", path)
            QApplication.quit()
            return
        self._saved.append((path.name, caption))
        self._next()

    def _write_index(self) -> None:
        items = "\n".join(
            f'<figure><img src="{html.escape(f)}" width="640"><figcaption>'
            f"{html.escape(c)}</figcaption></figure>"
            for f, c in self._saved
        )
        (self._directory / "index.html").write_text(
            f"<!doctype html><meta charset='utf-8'><title>Fygitaal demo</title>\n{items}\n",
            encoding="utf-8",
        )
