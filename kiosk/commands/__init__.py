"""Subcommands of ``fygitaal``: each module offers ``register(subparsers)``.

A leaf parser sets ``run=fn`` with ``fn(args, context) -> int``; the context carries the
settings built once at start-up and, when the presentation layer is installed, the GUI.
Every module is imported for every command, so at module level it only registers: the
libraries a command needs (SQLAlchemy, Alembic, requests, keyring, cryptography, pyscard,
FastAPI) are imported inside its run function, and ``fygitaal kiosk`` paints within a
second (`tests/kiosk/test_cli.py` checks that parsing loads none of them).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from kiosk.config import Settings

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


class UsageError(Exception):
    """The command was called in a way that cannot work (exit code 2)."""


class GuiLauncher(Protocol):
    """What the presentation layer offers the command line (implemented in ``ui``)."""

    def run_kiosk(self, settings: Settings, *, fullscreen: bool) -> int:
        """Show the kiosk until it is closed; returns the exit code."""
        ...

    def run_outreach(self, settings: Settings) -> int:
        """Show the outreach application; returns the exit code."""
        ...

    def run_demo(self, settings: Settings, *, tour_dir: str | None) -> int:
        """Run the demo; with ``tour_dir`` play the scripted tour and save screenshots there."""
        ...

    def run_screenshots(self, settings: Settings, out_dir: str) -> int:
        """Render every screen in every language and mode to PNG files in ``out_dir``."""
        ...


@dataclass(frozen=True)
class CommandContext:
    """Handed to every command: the settings and the GUI, if any."""

    settings: Settings
    gui: GuiLauncher | None

    def require_gui(self) -> GuiLauncher:
        """The GUI, or a usage error when this installation has none."""
        if self.gui is None:
            raise UsageError("this command needs the graphical interface (PySide6)")
        return self.gui
