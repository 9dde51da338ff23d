"""Calling a staff member to the kiosk, and the staff member who then helps (assisted mode).

Only the fact of a call, its time and the screen it came from are recorded — never
anything about the citizen. A staff member who comes signs in at the kiosk (checked by
central); until the session ends every act is recorded as done with them, never as the
citizen alone. Wrong passwords are counted across sessions: the kiosk stands in a public
hall, so after `MAX_FAILURES` in a row staff sign-in rests for `LOCK_SECONDS`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StaffCall:
    """One request for help."""

    at: datetime
    screen: str


MAX_FAILURES = 5
LOCK_SECONDS = 15 * 60


@dataclass(frozen=True)
class Assistant:
    """The staff member helping the citizen at the kiosk now."""

    staff_id: str
    display_name: str


class AssistanceLocked(Exception):
    """Too many wrong staff passwords at this kiosk: sign-in rests a while."""

    def __init__(self, seconds_left: float) -> None:
        super().__init__("staff sign-in is locked for a while")
        self.seconds_left = seconds_left


class AssistanceDesk:
    """Records staff calls and who assists; both end with the citizen's visit."""

    def __init__(
        self,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._now = now
        self._clock = clock
        self._pending: StaffCall | None = None
        self.history: list[StaffCall] = []
        self.assistant: Assistant | None = None
        self._failures = 0
        self._locked_until = 0.0

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

    def check_open(self) -> None:
        """Raises `AssistanceLocked` while staff sign-in rests after wrong passwords."""
        left = self._locked_until - self._clock()
        if left > 0:
            raise AssistanceLocked(left)

    def badge_in(self, assistant: Assistant) -> None:
        """Central accepted ``assistant``: from now on every act is done with them."""
        self._failures = 0
        self.assistant = assistant
        self._pending = None  # the call is answered
        log.info("assisted mode: staff member %s signed in", assistant.staff_id)

    def refused(self) -> int:
        """A wrong name or password; returns the tries left before sign-in rests."""
        self._failures += 1
        log.warning("a staff sign-in at this kiosk was refused (%d in a row)", self._failures)
        if self._failures >= MAX_FAILURES:
            self._failures = 0
            self._locked_until = self._clock() + LOCK_SECONDS
            return 0
        return MAX_FAILURES - self._failures

    def end_assistance(self) -> None:
        """The staff member signed out, or the session ended."""
        if self.assistant is not None:
            log.info("assisted mode ended for staff member %s", self.assistant.staff_id)
        self.assistant = None
