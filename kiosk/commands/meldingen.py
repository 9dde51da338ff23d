"""``fygitaal central admin meldingen ...``: melding categories and the address list.

Both are central's reference data that every kiosk receives by sync: categories with
their Open311-style questions (``category``), the municipality's addresses for the
address search (``address``, ``import-addresses`` from a CSV file), and the demo's
default set (``seed-demo``). Registered under ``central admin`` by `kiosk.commands.central`;
central is imported only when a command runs.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.commands import UsageError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.commands import CommandContext, Subparsers


def register(acts: Subparsers) -> None:
    """Add ``meldingen category``, ``address``, ``import-addresses`` and ``seed-demo``."""
    group = acts.add_parser("meldingen", help="melding categories and the address list")
    commands = group.add_subparsers(title="melding commands", metavar="COMMAND", required=True)
    p = commands.add_parser("category", help="create or update a category")
    p.add_argument("municipality_id")
    p.add_argument("code", help="e.g. street_lighting")
    p.add_argument(
        "--label",
        action="append",
        default=[],
        metavar="LANG=TEXT",
        help="e.g. nl-BE=Straatverlichting",
    )
    p.add_argument("--questions", type=Path, metavar="FILE", help="JSON list of Open311 attributes")
    p.add_argument("--inactive", action="store_true", help="withdraw it from the kiosks")
    p.set_defaults(run=_run, melding_act="category")
    p = commands.add_parser("address", help="add one address to the list")
    p.add_argument("municipality_id")
    p.add_argument("street")
    p.add_argument("number")
    p.add_argument("postcode")
    p.add_argument("--box", default="")
    p.add_argument("--municipality-name", default="")
    p.set_defaults(run=_run, melding_act="address")
    p = commands.add_parser(
        "import-addresses", help="CSV with columns street,number,postcode[,box,municipality]"
    )
    p.add_argument("municipality_id")
    p.add_argument("csv_file", type=Path)
    p.set_defaults(run=_run, melding_act="import")
    p = commands.add_parser("seed-demo", help="the default categories and a synthetic address list")
    p.add_argument("municipality_id")
    p.add_argument("--municipality-name", default="Demogem")
    p.set_defaults(run=_run, melding_act="seed-demo")


def _labels(pairs: list[str]) -> dict[str, str]:
    labels = {}
    for pair in pairs:
        language, sep, label = pair.partition("=")
        if not sep or not label.strip():
            raise UsageError(f"--label {pair!r}: write it as LANG=TEXT, e.g. nl-BE=Zwerfvuil")
        labels[language.strip()] = label.strip()
    return labels


def _questions(path: Path | None) -> list[Any]:
    if path is None:
        return []
    try:
        questions = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    except ValueError as exc:
        raise UsageError(f"{path} is not JSON: {exc}") from None
    if not isinstance(questions, list):
        raise UsageError(f"{path} must hold a JSON list of questions")
    return questions


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
    from central import admin
    from central import melding_reference as reference

    engine = _open(args)
    try:
        admin.require_municipality(engine, args.municipality_id)
        _act(engine, args)
    except (admin.AdminError, reference.ReferenceDataError) as exc:
        print(f"fygitaal: error: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    finally:
        engine.dispose()
    return 0


def _act(engine: Engine, args: argparse.Namespace) -> None:
    from central import melding_reference as reference

    muni = args.municipality_id
    if args.melding_act == "category":
        labels, questions = _labels(args.label), _questions(args.questions)
        reference.publish_category(
            engine, muni, args.code, labels, questions, active=not args.inactive
        )
        print(f"category {args.code} published")  # noqa: T201
    elif args.melding_act == "address":
        entry = reference.AddressEntry(
            args.street, args.number, args.postcode, args.municipality_name, args.box
        )
        reference.publish_addresses(engine, muni, [entry])
    elif args.melding_act == "import":
        entries = _read_csv(args.csv_file, reference.AddressEntry)
        added = reference.publish_addresses(engine, muni, entries)
        print(f"{added} addresses added or changed of {len(entries)}")  # noqa: T201
    else:
        categories, added = reference.seed_demo(engine, muni, args.municipality_name)
        print(f"{categories} categories published, {added} addresses added")  # noqa: T201


def _read_csv(path: Path, make: Any) -> list[Any]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    entries = []
    for line, row in enumerate(rows, start=2):
        if not all(row.get(k) for k in ("street", "number", "postcode")):
            raise UsageError(f"{path}:{line}: street, number and postcode are needed")
        entries.append(
            make(
                row["street"],
                row["number"],
                row["postcode"],
                row.get("municipality") or "",
                row.get("box") or "",
            )
        )
    return entries
