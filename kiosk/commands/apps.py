"""The application commands: ``kiosk``, ``outreach`` and ``demo``.

The demo's machinery is imported when the demo runs, so ``fygitaal kiosk`` never loads it.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import Role

if TYPE_CHECKING:
    from kiosk.commands import CommandContext, Subparsers


def register(subparsers: Subparsers) -> None:
    """Add ``kiosk``, ``outreach`` and ``demo``."""
    kiosk = subparsers.add_parser("kiosk", help="start the self-service kiosk (full screen)")
    kiosk.add_argument(
        "--windowed", action="store_true", help="a normal window instead of full screen"
    )
    kiosk.set_defaults(run=_run_kiosk)

    outreach = subparsers.add_parser("outreach", help="start the outreach application")
    outreach.set_defaults(run=_run_outreach)

    demo = subparsers.add_parser(
        "demo", help="the kiosk with a virtual card and an embedded central service"
    )
    demo.add_argument(
        "--screenshots",
        type=Path,
        metavar="DIR",
        help="play the scripted tour and save screenshots here (default without a display)",
    )
    demo.add_argument(
        "--headless", action="store_true", help="use a virtual display even if one exists"
    )
    demo.set_defaults(run=_run_demo)


def _run_kiosk(args: argparse.Namespace, context: CommandContext) -> int:
    settings = replace(context.settings, role=Role.KIOSK)
    return context.require_gui().run_kiosk(settings, fullscreen=not args.windowed)


def _run_outreach(args: argparse.Namespace, context: CommandContext) -> int:
    settings = replace(context.settings, role=Role.OUTREACH)
    return context.require_gui().run_outreach(settings)


def _run_demo(args: argparse.Namespace, context: CommandContext) -> int:
    from kiosk.demo import run_demo  # the embedded central and emulator: only for the demo

    return run_demo(
        context.settings,
        context.require_gui(),
        screenshots=args.screenshots,
        force_headless=args.headless,
    )
