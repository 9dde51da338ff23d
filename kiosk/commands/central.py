"""``fygitaal central serve`` and ``fygitaal central admin ...``.

Everything central is imported lazily, so device commands never load FastAPI. Problems a
person can fix (bad URL, unknown municipality, duplicate) end as one line and exit 1 or 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.commands import UsageError
from kiosk.commands import meldingen as melding_commands
from kiosk.commands import polls as poll_commands
from kiosk.commands import slots as slot_commands

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.commands import CommandContext, Subparsers


def register(subparsers: Subparsers) -> None:
    """Add ``central serve`` and ``central admin``."""
    central = subparsers.add_parser("central", help="the municipality's central service")
    commands = central.add_subparsers(title="central commands", metavar="COMMAND", required=True)
    serve = commands.add_parser("serve", help="run the sync and back-office HTTP service")
    _db(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8470, help="0 picks a free port")
    serve.add_argument(
        "--register",
        default="synthetic",
        choices=("synthetic",),
        help="population register backend for certificates (synthetic: the demo population)",
    )
    serve.add_argument(
        "--certificate-validity-months",
        type=int,
        default=3,
        metavar="N",
        help="how long an issued certificate stays valid (default 3)",
    )
    serve.add_argument(
        "--max-attachment-mb",
        type=int,
        default=10,
        metavar="MB",
        help="largest attachment (photo, signature, scan) devices may upload (default 10)",
    )
    serve.add_argument(
        "--housekeeping-minutes",
        type=float,
        default=60.0,
        metavar="N",
        help="how often to close answered questions past their 30 days (default 60)",
    )
    serve.set_defaults(run=_run_serve)

    admin = commands.add_parser("admin", help="municipalities, teams, staff, devices")
    _db(admin)
    acts = admin.add_subparsers(title="admin commands", metavar="COMMAND", required=True)
    p = acts.add_parser("create-municipality")
    p.add_argument("municipality_id")
    p.add_argument("name")
    p.set_defaults(run=_admin, act="create-municipality")
    p = acts.add_parser("create-team")
    p.add_argument("municipality_id")
    p.add_argument("team_id")
    p.add_argument("name")
    p.set_defaults(run=_admin, act="create-team")
    p = acts.add_parser("create-staff", help="password from stdin or --password-file")
    p.add_argument("municipality_id")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=("counter", "outreach", "backoffice", "admin"))
    p.add_argument("--team")
    p.add_argument("--password-file", type=Path)
    p.set_defaults(run=_admin, act="create-staff")
    p = acts.add_parser("enrollment-code", help="print a one-time device enrollment code")
    p.add_argument("municipality_id")
    p.add_argument("--role", required=True, choices=("kiosk", "outreach"))
    p.add_argument("--team")
    p.add_argument("--valid-hours", type=float, default=24.0)
    p.set_defaults(run=_admin, act="enrollment-code")
    p = acts.add_parser("revoke-device")
    p.add_argument("device_id")
    p.set_defaults(run=_admin, act="revoke-device")
    p = acts.add_parser("list-devices")
    p.add_argument("municipality_id")
    p.set_defaults(run=_admin, act="list-devices")
    p = acts.add_parser(
        "collect-tombstones", help="remove deletes that every active device has pulled"
    )
    p.add_argument("municipality_id")
    p.add_argument(
        "--inactive-days",
        type=float,
        default=30.0,
        help="devices silent longer re-download instead of holding collection back",
    )
    p.set_defaults(run=_admin, act="collect-tombstones")
    poll_commands.register(acts)
    slot_commands.register(acts)
    melding_commands.register(acts)


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="sqlite:///path or postgresql+psycopg://... (default: a file in the data directory)",
    )


def _url(args: argparse.Namespace) -> str:
    from central.db import default_url

    return str(args.db) if args.db else default_url()


def _run_serve(args: argparse.Namespace, _context: CommandContext) -> int:
    from central.db import DatabaseUrlError
    from central.server import serve

    if not 0 <= args.port <= 65535:
        raise UsageError("--port must be between 0 and 65535")
    if not 1 <= args.certificate_validity_months <= 120:
        raise UsageError("--certificate-validity-months must be between 1 and 120")
    if not 1 <= args.max_attachment_mb <= 1024:
        raise UsageError("--max-attachment-mb must be between 1 and 1024")
    if not 0.01 <= args.housekeeping_minutes <= 24 * 60:
        raise UsageError("--housekeeping-minutes must be between 0.01 and 1440")
    try:
        return serve(
            _url(args),
            args.host,
            args.port,
            register=args.register,
            validity_months=args.certificate_validity_months,
            max_attachment_bytes=args.max_attachment_mb * 1024 * 1024,
            housekeeping_interval=args.housekeeping_minutes * 60,
        )
    except DatabaseUrlError as exc:
        raise UsageError(str(exc)) from None


def _open(args: argparse.Namespace) -> Engine:
    from central.db import DatabaseUrlError, create_central_engine
    from central.migrate import upgrade

    try:
        engine = create_central_engine(_url(args))
    except DatabaseUrlError as exc:
        raise UsageError(str(exc)) from None
    upgrade(engine)
    return engine


def _password(args: argparse.Namespace) -> str:
    path: Path | None = args.password_file
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    else:
        text = sys.stdin.readline()
    return text.rstrip("\r\n")


def _admin(args: argparse.Namespace, _context: CommandContext) -> int:
    from central import admin

    engine = _open(args)
    try:
        _act(engine, args)
    except admin.AdminError as exc:
        print(f"fygitaal: error: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    finally:
        engine.dispose()
    return 0


def _act(engine: Engine, args: argparse.Namespace) -> None:
    from central import admin

    act = args.act
    if act == "create-municipality":
        admin.create_municipality(engine, args.municipality_id, args.name)
    elif act == "create-team":
        admin.create_team(engine, args.municipality_id, args.team_id, args.name)
    elif act == "create-staff":
        admin.create_staff(
            engine,
            args.municipality_id,
            args.username,
            args.role,
            password=_password(args),
            team_id=args.team,
        )
    elif act == "enrollment-code":
        code = admin.create_enrollment_code(
            engine, args.municipality_id, args.role, args.team, args.valid_hours
        )
        print(code)  # noqa: T201
    elif act == "revoke-device":
        admin.revoke_device(engine, args.device_id)
    elif act == "collect-tombstones":
        from central.tombstones import collect

        admin.require_municipality(engine, args.municipality_id)
        done = collect(
            engine, args.municipality_id, inactive_after_s=int(args.inactive_days * 86400)
        )
        print(  # noqa: T201
            f"removed {done.removed} tombstones up to position {done.horizon};"
            f" {done.devices_left_behind} silent devices will download their scope again"
        )
    elif act == "list-devices":
        for d in admin.list_devices(engine, args.municipality_id):
            state = "revoked" if d.revoked else "active"
            clock = _clock(d.clock_skew_s)
            print(f"{d.device_id}\t{d.role}\t{d.team_id or '-'}\t{state}\t{clock}\t{d.name}")  # noqa: T201


CLOCK_TOLERANCE_S = 300.0


def _clock(skew_s: float | None) -> str:
    """A device's clock as an administrator reads it: fine, or how far off."""
    if skew_s is None or abs(skew_s) <= CLOCK_TOLERANCE_S:
        return "clock ok"
    direction = "ahead" if skew_s > 0 else "behind"
    return f"clock {abs(skew_s) / 60:.0f} min {direction}"
