"""``fygitaal enroll`` and ``fygitaal sync status|now``: the device side of sync by hand.

``enroll`` exchanges a one-time code for credentials in the OS keyring (fails closed).
``sync status`` reads the local database only (exit 0). ``sync now`` runs one round:
exit 0 when it completed, 1 with one line on stderr when it could not (offline,
revoked, not enrolled, ...). Storage and keyring problems end the same way through the
command line's handling of ``user_message`` errors. The store, HTTP client and keyring
are imported inside the commands, so registering them costs ``fygitaal kiosk`` nothing.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.commands import CommandContext, Subparsers
    from offline_sync.status import SyncStatus
    from offline_sync.store import LocalStore
    from offline_sync.sync_errors import SyncError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILURE = 1


def register(subparsers: Subparsers) -> None:
    """Add ``enroll`` and ``sync`` with ``status`` and ``now``."""
    enroll_parser = subparsers.add_parser(
        "enroll", help="enroll this device with the central service using a one-time code"
    )
    enroll_parser.add_argument("--central", metavar="URL", help="central URL (default: setting)")
    enroll_parser.add_argument("--code", required=True, help="one-time enrollment code")
    enroll_parser.add_argument("--name", help="device name shown to administrators")
    enroll_parser.set_defaults(run=_run_enroll)

    sync = subparsers.add_parser("sync", help="synchronise with the central service")
    commands = sync.add_subparsers(title="sync commands", metavar="COMMAND", required=True)
    status = commands.add_parser("status", help="show pending work, conflicts and the last sync")
    status.set_defaults(run=_run_status)
    now = commands.add_parser("now", help="push and pull once, now")
    now.add_argument("--person-key", help="also pull this person's records (kiosk)")
    now.set_defaults(run=_run_now)


def _open(context: CommandContext) -> LocalStore:
    """The local store; a storage problem ends as the command line's one-line error."""
    from kiosk.startup import open_local_store

    return open_local_store(context.settings)


def _run_enroll(args: argparse.Namespace, context: CommandContext) -> int:
    from offline_sync.enroll import enroll
    from offline_sync.sync_errors import SyncError

    settings = context.settings
    store = _open(context)
    try:
        done = enroll(
            store.engine,
            args.central or settings.central_url,
            args.code,
            device_name=args.name,
            ca_bundle=settings.ca_bundle,
        )
    except SyncError as error:
        return _fail(error)
    finally:
        store.close()
    print(f"enrolled as device {done.device_id} ({done.role}) with {done.central_url}")  # noqa: T201
    return EXIT_OK


def _run_status(_args: argparse.Namespace, context: CommandContext) -> int:
    from offline_sync.enroll import load_enrollment
    from offline_sync.status import read_status

    store = _open(context)
    try:
        enrollment = load_enrollment(store.engine)
        status = read_status(store.engine)
    finally:
        store.close()
    central = enrollment.central_url if enrollment else "not enrolled"
    print(f"central: {central}")  # noqa: T201
    for line in describe(status):
        print(line)  # noqa: T201
    return EXIT_OK


def describe(status: SyncStatus) -> list[str]:
    """The status as lines of text for the command line."""
    last = status.last_success.isoformat(timespec="seconds") if status.last_success else "never"
    device = "revoked" if status.revoked else "enrolled" if status.enrolled else "not enrolled"
    return [
        f"device: {device}",
        f"last successful sync: {last}",
        f"pending changes: {status.pending_ops}",
        f"open conflicts: {status.open_conflicts}",
        f"quarantined changes: {status.quarantined}",
        f"last error: {status.last_error or 'none'}",
        *(
            [f"clock: {status.clock_skew_s / 60:+.0f} min off; set this computer's time"]
            if status.clock_wrong and status.clock_skew_s is not None
            else []
        ),
    ]


def _run_now(args: argparse.Namespace, context: CommandContext) -> int:
    from offline_sync.enroll import connect
    from offline_sync.sync_errors import SyncError

    store = _open(context)
    try:
        client = connect(store.engine, ca_bundle=context.settings.ca_bundle)
        try:
            report = client.sync_round(args.person_key)
        finally:
            client.close()
    except SyncError as error:
        return _fail(error)
    finally:
        store.close()
    pushed = sum(report.pushed.values())
    print(f"sync done: {pushed} changes sent, {report.pulled} received")  # noqa: T201
    return EXIT_OK


def _fail(error: SyncError) -> int:
    log.info("sync command failed: %s (%s)", error.user_message, error.detail)
    print(f"fygitaal: error: {error.user_message}", file=sys.stderr)  # noqa: T201
    return EXIT_FAILURE
