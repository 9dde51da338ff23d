"""``fygitaal central admin slots ...``: publish appointment slots, seed a demo week, recount.

Slots are central's reference data: every kiosk receives them by sync and books from them.
Registered under ``central admin`` by `kiosk.commands.central`; like the other commands it
imports central only when it runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from kiosk.commands import UsageError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.commands import CommandContext, Subparsers

CHANNELS = ("counter", "home_visit", "video")


def register(acts: Subparsers) -> None:
    """Add ``slots publish``, ``slots seed-demo`` and ``slots reconcile``."""
    slots = acts.add_parser("slots", help="appointment slots that kiosks book from")
    commands = slots.add_subparsers(title="slot commands", metavar="COMMAND", required=True)
    p = commands.add_parser("publish", help="publish one slot, or one a day for --days days")
    p.add_argument("municipality_id")
    p.add_argument("--service", required=True, help="counter service code, e.g. population")
    p.add_argument("--channel", required=True, choices=CHANNELS)
    p.add_argument("--start", required=True, help="local start, e.g. 2026-12-01T09:30")
    p.add_argument("--minutes", type=int, default=30)
    p.add_argument("--capacity", type=int, default=1)
    p.add_argument("--days", type=int, default=1, help="repeat at the same time on N days")
    p.set_defaults(run=_run, slot_act="publish")
    p = commands.add_parser("seed-demo", help="a demo week of slots from today")
    p.add_argument("municipality_id")
    p.add_argument("--days", type=int, default=5)
    p.set_defaults(run=_run, slot_act="seed-demo")
    p = commands.add_parser("reconcile", help="count bookings again; refuse over-full slots")
    p.add_argument("municipality_id")
    p.set_defaults(run=_run, slot_act="reconcile")


def _start(text: str) -> dt.datetime:
    try:
        start = dt.datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--start {text!r} is not a date and time like 2026-12-01T09:30") from None
    return start if start.tzinfo is not None else start.astimezone()


def _open(args: argparse.Namespace) -> Engine:
    from central.db import DatabaseUrlError, create_central_engine, default_url
    from central.migrate import upgrade

    try:
        engine = create_central_engine(str(args.db) if args.db else default_url())
    except DatabaseUrlError as exc:
        raise UsageError(str(exc)) from None
    upgrade(engine)
    return engine


def _run(args: argparse.Namespace, _context: CommandContext) -> int:
    from central import admin, appointments, slot_seed

    if args.slot_act == "publish" and not (
        args.minutes >= 1 and args.capacity >= 1 and 1 <= args.days <= 366
    ):
        raise UsageError("--minutes and --capacity must be at least 1, --days 1 to 366")
    engine = _open(args)
    try:
        admin.require_municipality(engine, args.municipality_id)
        if args.slot_act == "publish":
            start = _start(args.start)
            for day in range(args.days):
                appointments.publish_slot(
                    engine,
                    args.municipality_id,
                    service=args.service,
                    channel=args.channel,
                    starts_at=start + dt.timedelta(days=day),
                    minutes=args.minutes,
                    capacity=args.capacity,
                )
            print(f"published {args.days} slot(s)")  # noqa: T201
        elif args.slot_act == "seed-demo":
            count = slot_seed.seed_demo_slots(
                engine, args.municipality_id, dt.date.today(), days=args.days
            )
            print(f"published {count} demo slots")  # noqa: T201
        else:
            refused = appointments.reconcile(engine, args.municipality_id)
            print(f"slots recounted; {len(refused)} appointment(s) refused (slot full)")  # noqa: T201
    except admin.AdminError as exc:
        print(f"fygitaal: error: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    finally:
        engine.dispose()
    return 0
