"""``fygitaal card …``: read and verify an eID, check its PIN, list readers, emulate a card.

Exit codes are part of the interface (scripts and the support desk use them): 0 verified,
3 read but not verified, 4 no reader, 5 no card (or it left / does not answer), 6 not a
Belgian eID, 2 usage. Output goes to stdout; one-line problems to stderr. The card stack
(pyscard, cryptography, the emulator) is imported inside the commands: registering them
costs ``fygitaal kiosk`` nothing.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.commands import UsageError

if TYPE_CHECKING:
    from card_reader.errors import CardError
    from kiosk.commands import CommandContext, Subparsers

EXIT_VERIFIED = 0
EXIT_FAILURE = 1
EXIT_NOT_VERIFIED = 3
EXIT_NO_READER = 4
EXIT_NO_CARD = 5
EXIT_NOT_AN_EID = 6


class _LazyNames:
    """argparse ``choices`` loaded on first use (parse of that option, or ``--help``).

    ``open_ended`` names are examples: anything is accepted and the command checks it.
    """

    def __init__(self, load: Callable[[], Sequence[str]], *, open_ended: bool = False) -> None:
        self._load = load
        self._open_ended = open_ended

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __contains__(self, name: object) -> bool:
        return self._open_ended or name in self._load()


def _profiles() -> Sequence[str]:
    from card_reader.emulator import PROFILES

    return PROFILES


def _faults() -> Sequence[str]:
    from card_reader.emulator import Fault

    return [fault.value for fault in Fault]


def register(subparsers: Subparsers) -> None:
    """Add ``card`` with ``read``, ``pin-status``, ``list-readers`` and ``emulate``."""
    card = subparsers.add_parser("card", help="read, check and emulate Belgian eID cards")
    commands = card.add_subparsers(title="card commands", metavar="COMMAND")

    read = commands.add_parser("read", help="read the card, verify it and print its content")
    read.add_argument("--json", action="store_true", help="print one JSON object")
    read.add_argument("--reader", metavar="NAME", help="reader to use (default: first with a card)")
    read.add_argument(
        "--trust-root",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="also trust this root certificate, PEM or DER (repeatable; tests and demos)",
    )
    read.add_argument("--photo", type=Path, metavar="OUT.jpg", help="save the photo here")
    read.set_defaults(run=_read)

    pin = commands.add_parser("pin-status", help="how many PIN tries are left (spends none)")
    pin.add_argument("--reader", metavar="NAME")
    pin.set_defaults(run=_pin_status)

    readers = commands.add_parser("list-readers", help="list the card readers and their cards")
    readers.set_defaults(run=_list_readers)

    emulate = commands.add_parser(
        "emulate", help="put an emulated card in the virtual reader (vsmartcard-vpcd)"
    )
    emulate.add_argument(
        "--profile",
        default="citizen",
        choices=_LazyNames(_profiles, open_ended=True),
        metavar="PROFILE",
        help="one of %(choices)s",
    )
    emulate.add_argument(
        "--fault",
        action="append",
        default=[],
        choices=_LazyNames(_faults),
        metavar="FAULT",  # without it argparse lists the choices when the option is added
        help="misbehave on purpose (repeatable): %(choices)s",
    )
    emulate.add_argument("--port", type=int, default=35963, help="vpcd port (default 35963)")
    emulate.set_defaults(run=_emulate)


def _card_error(exc: CardError) -> int:
    from card_reader.errors import CardMute, CardRemoved, MalformedData, NoCard, NoReader, NotAnEid

    exit_codes: tuple[tuple[type[CardError], int, str], ...] = (
        (NoReader, EXIT_NO_READER, "no card reader found"),
        (NoCard, EXIT_NO_CARD, "no card in the reader"),
        (CardRemoved, EXIT_NO_CARD, "the card was removed during the read"),
        (CardMute, EXIT_NO_CARD, "the card does not answer"),
        (NotAnEid, EXIT_NOT_AN_EID, "this card is not a Belgian eID"),
        (MalformedData, EXIT_NOT_VERIFIED, "the card's data is damaged"),
    )
    for kind, code, message in exit_codes:
        if isinstance(exc, kind):
            print(f"fygitaal: {message}", file=sys.stderr)  # noqa: T201
            return code
    print(f"fygitaal: card error: {exc}", file=sys.stderr)  # noqa: T201
    return EXIT_FAILURE


def _read(args: argparse.Namespace, context: CommandContext) -> int:
    from card_reader.errors import CardError, MalformedData
    from card_reader.identity import parse_address, parse_identity
    from card_reader.pcsc import Pcsc
    from card_reader.trust import TrustStore
    from card_reader.verified_read import read_and_verify
    from kiosk.card_report import card_report

    try:
        trust = TrustStore.production().with_extra(
            [*context.settings.trust_roots, *args.trust_root]
        )
    except (OSError, MalformedData) as exc:
        raise UsageError(f"cannot load a trust root: {exc}") from exc
    pcsc = Pcsc()
    try:
        verified = read_and_verify(pcsc, trust, args.reader)
        result, verification = verified.read, verified.verification
        identity = parse_identity(result.files.identity)
        address = parse_address(result.files.address)
    except CardError as exc:
        return _card_error(exc)
    finally:
        pcsc.close()
    report = card_report(result.files, identity, address, verification)
    if args.photo is not None and result.files.photo:
        args.photo.write_bytes(result.files.photo)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))  # noqa: T201
    else:
        citizen = report["citizen"]
        print(f"{citizen['first_names']} {citizen['surname']}")  # noqa: T201
        print(f"card {report['card']['card_number']} (applet {report['card']['applet']})")  # noqa: T201
        print("verified" if verification.verified else "NOT verified")  # noqa: T201
        for name, reason in verification.failures.items():
            print(f"  {name}: {reason}")  # noqa: T201
    return EXIT_VERIFIED if verification.verified else EXIT_NOT_VERIFIED


def _pin_status(args: argparse.Namespace, context: CommandContext) -> int:
    from card_reader.errors import CardError
    from card_reader.pcsc import Pcsc
    from card_reader.pin import read_pin_status

    pcsc = Pcsc()
    try:
        status = read_pin_status(pcsc, args.reader)
    except CardError as exc:
        return _card_error(exc)
    finally:
        pcsc.close()
    if status.tries_left is None:
        print("PIN already accepted in this card session")  # noqa: T201
    elif status.blocked:
        print("PIN blocked: the counter can unblock it with the PUK")  # noqa: T201
    else:
        print(f"{status.tries_left} PIN tries left")  # noqa: T201
    return EXIT_VERIFIED


def _list_readers(args: argparse.Namespace, context: CommandContext) -> int:
    from card_reader.errors import CardError
    from card_reader.pcsc import Pcsc

    pcsc = Pcsc()
    try:
        states = pcsc.states()
    except CardError as exc:
        return _card_error(exc)
    finally:
        pcsc.close()
    for state in states:
        card = "mute card" if state.mute else "card " + state.atr.hex().upper()
        print(f"{state.name}\t{card if state.present else 'empty'}")  # noqa: T201
    return EXIT_VERIFIED


def _emulate(args: argparse.Namespace, context: CommandContext) -> int:
    from card_reader.emulator import Emulator, Fault, UnknownProfile, build_profile
    from card_reader.emulator.control import serve_commands

    try:
        image = build_profile(args.profile, [Fault(name) for name in args.fault])
    except (UnknownProfile, ValueError) as exc:
        raise UsageError(str(exc)) from exc
    emulator = Emulator(image, args.port)
    try:
        emulator.insert()
    except OSError as exc:
        print(f"fygitaal: no virtual reader on port {args.port}: {exc}", file=sys.stderr)  # noqa: T201
        return EXIT_NO_READER
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(  # noqa: T201
        f"card {args.profile!r} inserted on vpcd port {args.port}; "
        "commands: insert, remove, profile NAME [FAULT…], quit",
        file=sys.stderr,
        flush=True,
    )
    worker = threading.Thread(
        target=serve_commands,
        args=(emulator, sys.stdin, stop),
        name="emulator-control",
        daemon=True,
    )
    worker.start()
    try:
        while not stop.wait(0.2):
            pass
    finally:
        emulator.remove()
    return EXIT_VERIFIED
