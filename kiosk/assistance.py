"""Calling a staff member to the kiosk: available on every screen, always logged.

Only the fact of the call, its time and the screen it came from are recorded — never
anything about the citizen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StaffCall:
    """One request for help."""

    at: datetime
    screen: str


class AssistanceDesk:
    """Records staff calls; the outstanding one is cleared when answered or the visit ends."""

    def __init__(self, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._now = now
        self._pending: StaffCall | None = None
        self.history: list[StaffCall] = []

    @property
    def pending(self) -> StaffCall | None:
        """The call still waiting for a staff member, if any."""
        return self._pending

    def call(self, screen: str) -> StaffCall:
        """A citizen asked for help on ``screen``; a repeated press is the same call."""
        if self._pending is not None:
            log.info("staff call repeated from screen %s", screen)
            return self._pending
        self._pending = StaffCall(at=self._now(), screen=screen)
        self.history.append(self._pending)
        log.info("staff called from screen %s", screen)
        return self._pending

    def clear(self) -> None:
        """The call was answered, dismissed, or the session ended."""
        self._pending = None
