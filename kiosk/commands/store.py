"""``fygitaal store check``: open the local store as the application would, and report.

The store (SQLAlchemy, Alembic) is imported inside the command: registering it must
cost the other commands nothing (``fygitaal kiosk`` starts within a second).
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.commands import CommandContext, Subparsers

log = logging.getLogger(__name__)

EXIT_STORAGE_ERROR = 1


def register(subparsers: Subparsers) -> None:
    """Add ``store check``."""
    store = subparsers.add_parser("store", help="the device's local database")
    commands = store.add_subparsers(title="store commands", metavar="COMMAND", required=True)
    check = commands.add_parser(
        "check", help="open the database, apply pending migrations and report its state"
    )
    check.set_defaults(run=_run_check)


def _run_check(_args: argparse.Namespace, context: CommandContext) -> int:
    """Print where the database is, its schema revision and whether it is encrypted.

    A storage problem is exactly one line on stderr and exit code 1 (the message goes to
    the log file too); anything else is a bug and propagates to the crash report.
    """
    from kiosk.startup import open_local_store  # SQLAlchemy + Alembic: only when asked
    from offline_sync.errors import StorageError

    try:
        store = open_local_store(context.settings)
    except StorageError as exc:
        log.info("store check failed: %s", exc.user_message, exc_info=True)
        print(f"fygitaal: error: {exc.user_message}", file=sys.stderr)  # noqa: T201
        return EXIT_STORAGE_ERROR
    try:
        print(f"database: {store.path}")  # noqa: T201
        print(f"schema revision: {store.schema_revision}")  # noqa: T201
        print(f"encrypted: {'yes' if store.encrypted else 'no'}")  # noqa: T201
    finally:
        store.close()
    return 0
