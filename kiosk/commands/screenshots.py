"""``fygitaal screenshots --out DIR``: every kiosk screen as PNG files, for review.

Renders each screen in every language and in large-text and high-contrast mode, at
1280x800 and 1920x1080, under a private virtual display (Xvfb), and writes an index.html.
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import Role

if TYPE_CHECKING:
    from kiosk.commands import CommandContext, Subparsers

DISPLAY_SIZE = "1920x1080x24"  # large enough for the biggest window size rendered


def register(subparsers: Subparsers) -> None:
    """Add ``screenshots``."""
    command = subparsers.add_parser(
        "screenshots", help="render every kiosk screen to PNG files with an index.html"
    )
    command.add_argument(
        "--out", type=Path, default=Path("screenshots"), metavar="DIR", help="output folder"
    )
    command.set_defaults(run=_run)


def _run(args: argparse.Namespace, context: CommandContext) -> int:
    from kiosk.demo import virtual_display

    gui = context.require_gui()
    out: Path = args.out.resolve()
    with tempfile.TemporaryDirectory(prefix="fygitaal-shots-") as scratch:
        settings = replace(
            context.settings, role=Role.KIOSK, data_dir=Path(scratch), database_path=None
        )
        with virtual_display(DISPLAY_SIZE):
            code = gui.run_screenshots(settings, str(out))
    if code == 0:
        print(f"Screenshots saved in {out} (open index.html)")  # noqa: T201
    return code
