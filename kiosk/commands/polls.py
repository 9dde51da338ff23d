"""``fygitaal central admin polls ...``: publish a poll that every kiosk shows, or the demo's.

A poll is central's reference data (question and option labels per language, opening and
closing time); kiosks receive it by sync. Registered under ``central admin`` by
`kiosk.commands.central`; it imports central only when it runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from kiosk.commands import UsageError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.commands import CommandContext, Subparsers

_QUESTION_HELP = 'JSON {"nl-BE": "...", "fr-BE": "...", "de-BE": "...", "en": "..."}'
_OPTIONS_HELP = 'JSON [{"id": "yes", "labels": {"nl-BE": "Ja", ...}}, ...]'


def register(acts: Subparsers) -> None:
    """Add ``polls publish`` and ``polls seed-demo``."""
    polls = acts.add_parser("polls", help="polls that citizens vote in at the kiosk")
    commands = polls.add_subparsers(title="poll commands", metavar="COMMAND", required=True)
    p = commands.add_parser("publish", help="publish a poll; prints its id")
    p.add_argument("municipality_id")
    p.add_argument("--question", required=True, help=_QUESTION_HELP)
    p.add_argument("--options", required=True, help=_OPTIONS_HELP)
    p.add_argument("--opens", required=True, help="local date and time, e.g. 2026-12-01T09:00")
    p.add_argument("--closes", required=True, help="local date and time, after --opens")
    p.set_defaults(run=_run, poll_act="publish")
    p = commands.add_parser("seed-demo", help="one open demo poll; prints its id")
    p.add_argument("municipality_id")
    p.set_defaults(run=_run, poll_act="seed-demo")


def _moment(option: str, text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"{option} {text!r} is not a date and time like 2026-12-01T09:00"
        ) from None
    return moment if moment.tzinfo is not None else moment.astimezone()


def _json(option: str, text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise UsageError(f"{option} is not valid JSON") from None


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
    from central import admin, polls

    engine = _open(args)
    try:
        admin.require_municipality(engine, args.municipality_id)
        if args.poll_act == "publish":
            question = _json("--question", args.question)
            options = _json("--options", args.options)
            if not isinstance(question, dict) or not isinstance(options, list):
                raise UsageError("--question is a JSON object and --options a JSON list")
            poll_id = polls.publish_poll(
                engine,
                args.municipality_id,
                question,
                options,
                _moment("--opens", args.opens),
                _moment("--closes", args.closes),
            )
        else:
            poll_id = polls.seed_demo_poll(engine, args.municipality_id)
        print(poll_id)  # noqa: T201
    except (admin.AdminError, polls.PollError) as exc:
        raise UsageError(str(exc)) from None
    finally:
        engine.dispose()
    return 0
