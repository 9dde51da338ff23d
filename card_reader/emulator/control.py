"""Insert, remove and swap emulated cards; the handle tests, the demo and the CLI hold."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from types import TracebackType
from typing import TextIO

from card_reader.emulator.card import EmulatedCard
from card_reader.emulator.image import CardImage, Fault
from card_reader.emulator.profiles import build_profile
from card_reader.emulator.vpcd import DEFAULT_HOST, DEFAULT_PORT, VpcdLink

log = logging.getLogger(__name__)


class Emulator:
    """One virtual reader slot (a vpcd port) and the card that may be in it.

    The card's state (PIN retry counter) survives removal and re-insertion, as on a real
    card; `swap` puts a different card in.
    """

    def __init__(
        self, image: CardImage, port: int = DEFAULT_PORT, host: str = DEFAULT_HOST
    ) -> None:
        self.card = EmulatedCard(image)
        self._link = VpcdLink(self.card, port, host)

    @classmethod
    def from_profile(
        cls, profile: str, faults: Iterable[Fault] = (), port: int = DEFAULT_PORT
    ) -> Emulator:
        """An emulator holding a freshly built ``profile`` card."""
        return cls(build_profile(profile, faults), port)

    @property
    def inserted(self) -> bool:
        """Whether the card is in the reader."""
        return self._link.inserted

    def insert(self) -> None:
        """Put the card in the reader (connect to vpcd)."""
        self._link.insert()

    def remove(self) -> None:
        """Take the card out of the reader (disconnect from vpcd)."""
        self._link.remove()

    def swap(self, image: CardImage) -> None:
        """Replace the card; it is inserted if the previous one was."""
        was_inserted = self.inserted
        self.remove()
        self.card = EmulatedCard(image)
        self._link = VpcdLink(self.card, self._link.port, self._link.host)
        if was_inserted:
            self.insert()

    def __enter__(self) -> Emulator:
        self.insert()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.remove()


def serve_commands(emulator: Emulator, commands: TextIO, stop: threading.Event) -> None:
    """Obey ``insert``/``remove``/``profile NAME [FAULT…]``/``quit`` lines until ``stop``.

    This is the control interface of ``fygitaal card emulate``: a demo script writes lines
    to its standard input. End of input leaves the card as it is until ``stop`` is set.
    """
    for line in commands:
        words = line.split()
        if not words:
            continue
        verb, rest = words[0].lower(), words[1:]
        try:
            if verb == "insert":
                emulator.insert()
            elif verb == "remove":
                emulator.remove()
            elif verb == "profile" and rest:
                emulator.swap(build_profile(rest[0], [Fault(name) for name in rest[1:]]))
            elif verb == "quit":
                break
            else:
                log.warning("emulator: unknown command %r", verb)
        except (OSError, ValueError) as exc:
            log.warning("emulator: %s failed: %s", verb, exc)
    else:
        stop.wait()
    stop.set()
