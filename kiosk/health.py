"""What the kiosk knows about its own fitness, for the health report to central.

Each part reports in as it learns something (the card reader monitor, the read-aloud
engine when it has started, sync after each round, the printer); ``None`` means "not
known yet". `HealthStatus.problems` names what a technician should come and fix.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

log = logging.getLogger(__name__)


class Problem(enum.Enum):
    """Something that keeps the kiosk from offering its full service."""

    NO_READER = "no-card-reader"
    NO_SPEECH = "no-read-aloud"
    PRINTER = "printer-not-ready"
    NEVER_SYNCED = "never-synced"


@dataclass(frozen=True)
class HealthStatus:
    """One snapshot of the kiosk's health."""

    reader_present: bool | None = None
    speech_available: bool | None = None
    speech_engine: str = ""
    printer_ready: bool | None = None
    last_sync: datetime | None = None
    notes: tuple[str, ...] = field(default=())

    def problems(self) -> tuple[Problem, ...]:
        """What is known to be wrong (unknown parts are not reported as broken)."""
        found: list[Problem] = []
        if self.reader_present is False:
            found.append(Problem.NO_READER)
        if self.speech_available is False:
            found.append(Problem.NO_SPEECH)
        if self.printer_ready is False:
            found.append(Problem.PRINTER)
        if self.last_sync is None:
            found.append(Problem.NEVER_SYNCED)
        return tuple(found)


Listener = Callable[[HealthStatus], None]


class HealthBoard:
    """The current `HealthStatus`; parts report changes, listeners hear about them."""

    def __init__(self) -> None:
        self._status = HealthStatus()
        self._listeners: list[Listener] = []

    @property
    def status(self) -> HealthStatus:
        """The latest snapshot."""
        return self._status

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with every new snapshot."""
        self._listeners.append(listener)

    def report_speech(self, available: bool, engine: str = "", note: str = "") -> None:
        """The read-aloud engine started (or could not)."""
        notes = (*self._status.notes, note) if note else self._status.notes
        self._change(
            replace(self._status, speech_available=available, speech_engine=engine, notes=notes)
        )

    def report_reader(self, present: bool) -> None:
        """A card reader appeared or went away."""
        self._change(replace(self._status, reader_present=present))

    def report_printer(self, ready: bool) -> None:
        """The printer is ready, or out of paper, offline, missing."""
        self._change(replace(self._status, printer_ready=ready))

    def report_sync(self, when: datetime) -> None:
        """A sync round completed."""
        self._change(replace(self._status, last_sync=when))

    def _change(self, status: HealthStatus) -> None:
        if status == self._status:
            return
        before = set(self._status.problems())
        self._status = status
        for problem in set(status.problems()) - before:
            log.warning("kiosk health: %s", problem.value)
        for problem in before - set(status.problems()):
            log.info("kiosk health: %s resolved", problem.value)
        for listener in list(self._listeners):
            listener(status)
