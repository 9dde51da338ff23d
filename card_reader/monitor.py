"""Reader and card events (added/removed, inserted/removed) delivered to a callback.

The monitor polls the reader states every ``interval`` seconds; each poll is one
non-blocking SCardGetStatusChange on the PC/SC thread, so a read in progress is never
blocked by a waiting status call. Events reach the callback on the monitor's own thread:
the UI turns them into Qt signals (never touch widgets from the callback). A removal
during a read does not wait for the monitor: the read itself fails with `CardRemoved`.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from card_reader.errors import CardError, NoReader
from card_reader.pcsc import ReaderState

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 0.1


class EventKind(enum.Enum):
    """What changed."""

    READER_ADDED = "reader_added"
    READER_REMOVED = "reader_removed"
    CARD_INSERTED = "card_inserted"
    CARD_REMOVED = "card_removed"


@dataclass(frozen=True)
class ReaderEvent:
    """One change in one reader; ``atr`` and ``mute`` describe an inserted card."""

    kind: EventKind
    reader: str
    atr: bytes = b""
    mute: bool = False


StateSource = Callable[[], list[ReaderState]]


def changes(before: dict[str, ReaderState], after: dict[str, ReaderState]) -> list[ReaderEvent]:
    """The events that turn ``before`` into ``after`` (removals first, then additions)."""
    events: list[ReaderEvent] = []
    for name, old in before.items():
        now = after.get(name)
        if old.present and (now is None or not now.present or now.atr != old.atr):
            events.append(ReaderEvent(EventKind.CARD_REMOVED, name))
        if now is None:
            events.append(ReaderEvent(EventKind.READER_REMOVED, name))
    for name, new in after.items():
        was = before.get(name)
        if was is None:
            events.append(ReaderEvent(EventKind.READER_ADDED, name))
        if new.present and (was is None or not was.present or was.atr != new.atr):
            events.append(ReaderEvent(EventKind.CARD_INSERTED, name, new.atr, new.mute))
    return events


class CardMonitor:
    """Watches every usable reader and reports changes until stopped.

    The first poll reports the readers and cards already present, so a subscriber needs
    no separate initial query.
    """

    def __init__(
        self,
        states: StateSource,
        callback: Callable[[ReaderEvent], None],
        interval: float = DEFAULT_INTERVAL,
    ) -> None:
        self._states = states
        self._callback = callback
        self._interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._known: dict[str, ReaderState] = {}

    def start(self) -> None:
        """Begin watching (idempotent)."""
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="card-monitor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching and wait for the thread to end."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def poll(self) -> list[ReaderEvent]:
        """Take one snapshot and return what changed since the previous one."""
        try:
            current = {state.name: state for state in self._states()}
        except NoReader:
            current = {}
        events = changes(self._known, current)
        self._known = current
        return events

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                events = self.poll()
            except CardError as exc:  # pcscd trouble: keep the last view, try again
                log.warning("reader monitor: %s", exc)
                events = []
            for event in events:
                log.debug("reader event %s on %s", event.kind.value, event.reader)
                try:
                    self._callback(event)
                except Exception:  # a subscriber's bug must not stop the monitor
                    log.exception("reader event callback failed")
            self._stop.wait(self._interval)
