"""The ``fygitaal`` command line: one parser, subcommands contributed by `kiosk.commands`.

Environment problems (bad option, bad config, storage trouble) end with one line on stderr
and a non-zero exit code; only bugs produce a crash report. The Qt application is handed
in by the caller (``ui.launcher``) so that nothing here imports the presentation layer.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from kiosk import __version__
from kiosk.commands import CommandContext, GuiLauncher, UsageError
from kiosk.commands import apps as apps_commands
from kiosk.commands import card as card_commands
from kiosk.commands import central as central_commands
from kiosk.commands import screenshots as screenshots_commands
from kiosk.commands import store as store_commands
from kiosk.commands import sync as sync_commands
from kiosk.config import ConfigError, load_settings
from kiosk.crash import write_crash_report
from kiosk.interpreter_settings import tune_garbage_collector
from kiosk.logs import configure_logging

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_BUG = 70
EXIT_INTERRUPTED = 130

COMMAND_MODULES = (
    apps_commands,
    card_commands,
    central_commands,
    screenshots_commands,
    store_commands,
    sync_commands,
)


class _OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (no usage dump) with exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The full parser; each command module adds its subcommands."""
    parser = _OneLineParser(
        prog="fygitaal",
        description="Fygitaal: municipal services at the kiosk and on home visits.",
    )
    parser.add_argument("--version", action="version", version=f"fygitaal {__version__}")
    parser.add_argument("--config", type=Path, metavar="FILE", help="settings file (TOML)")
    parser.add_argument("--verbose", "-v", action="store_true", help="log debug messages")
    subparsers = parser.add_subparsers(
        title="commands", metavar="COMMAND", parser_class=_OneLineParser
    )
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, gui: GuiLauncher | None = None) -> int:
    """Run one command and return its exit code."""
    tune_garbage_collector()
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        return _fail(f"{exc}", EXIT_USAGE)
    configure_logging(settings.log_dir, verbose=args.verbose)
    return _run_command(run, args, CommandContext(settings=settings, gui=gui))


def _run_command(run: Callable[..., int], args: argparse.Namespace, context: CommandContext) -> int:
    """Run a command, turning environment problems into one line and bugs into a report."""
    try:
        code = run(args, context)
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:
        message = getattr(exc, "user_message", None)
        if isinstance(message, str):  # an environment problem the person can act on
            log.info("%s", message)  # the log file; stderr gets exactly the one line below
            return _fail(message, EXIT_FAILURE)
        log.exception("unexpected error")
        report = write_crash_report(exc, context.settings.log_dir)
        where = f"; a report was written to {report}" if report else ""
        return _fail(f"unexpected error ({type(exc).__name__}){where}", EXIT_BUG)
    return code


def _fail(message: str, code: int) -> int:
    print(f"fygitaal: error: {message}", file=sys.stderr)  # noqa: T201
    return code
