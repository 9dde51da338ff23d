"""A citizen's visit to the kiosk: when it begins, when it warns, and how it ends.

WCAG 2.2.1 (timing adjustable) and EN 301 549 §5 ask that nobody is timed out without
warning: after ``idle_seconds`` without input the kiosk shows a countdown of at least
20 s that any touch or key extends; only then does the session end. Ending is one act
(`KioskSession.end`) whatever the reason — inactivity, card removal, the citizen pressing
"stop" — and it drops everything session-scoped: preferences go back to the kiosk's
defaults and the UI resets every screen.

The clock is injected, so tests advance time instead of waiting for it.
"""

from __future__ import annotations

import enum
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.config import LANGUAGES, Settings

log = logging.getLogger(__name__)

MIN_WARNING_SECONDS = 20
DEFAULT_WARNING_SECONDS = 30

Clock = Callable[[], float]


class EndReason(enum.Enum):
    """Why a session ended (logged; card removal arrives with the card reader)."""

    IDLE = "idle"
    CARD_REMOVED = "card-removed"
    FINISHED = "finished"
    STAFF = "staff"


class Phase(enum.Enum):
    """Where the kiosk stands in a visit."""

    RESTING = "resting"  # nobody there: attract screen, default preferences
    ACTIVE = "active"
    WARNING = "warning"  # countdown shown; any input extends
    EXPIRED = "expired"  # the countdown ran out; the session must end now


@dataclass(frozen=True)
class IdlePolicy:
    """How long the kiosk waits for input, and how long it warns before ending."""

    idle_seconds: float
    warning_seconds: float = DEFAULT_WARNING_SECONDS

    def __post_init__(self) -> None:
        if self.warning_seconds < MIN_WARNING_SECONDS:
            raise ValueError(f"the warning must last at least {MIN_WARNING_SECONDS} s")
        if self.idle_seconds <= 0:
            raise ValueError("the idle time must be positive")

    @classmethod
    def from_settings(cls, settings: Settings) -> IdlePolicy:
        """Inactivity before the warning comes from ``idle_timeout_seconds``."""
        return cls(idle_seconds=settings.idle_timeout_seconds)


@dataclass(frozen=True)
class IdleStatus:
    """The phase, and during the warning the whole seconds left (for the countdown)."""

    phase: Phase
    seconds_left: int = 0


@dataclass(frozen=True)
class Preferences:
    """Choices a citizen makes for their own visit; none of them outlives it."""

    language: str
    large_text: bool = False
    high_contrast: bool = False
    read_aloud: bool = False


class KioskSession:
    """The visit under way (or the kiosk at rest), its preferences and its idle timing."""

    def __init__(self, default_language: str, policy: IdlePolicy, clock: Clock = time.monotonic):
        if default_language not in LANGUAGES:
            raise ValueError(f"unknown language {default_language!r}")
        self.policy = policy
        self._clock = clock
        self._defaults = Preferences(language=default_language)
        self._preferences = self._defaults
        self._started: float | None = None
        self._last_input = clock()

    @property
    def preferences(self) -> Preferences:
        """The preferences in force now."""
        return self._preferences

    @property
    def defaults(self) -> Preferences:
        """What every session starts from and returns to."""
        return self._defaults

    @property
    def active(self) -> bool:
        """True between the first input and the end of the session."""
        return self._started is not None

    def touch(self) -> None:
        """Input from the citizen: starts a session at rest, and extends a running one."""
        now = self._clock()
        if self._started is None:
            self._started = now
            log.info("session started")
        self._last_input = now

    def update(
        self,
        *,
        language: str | None = None,
        large_text: bool | None = None,
        high_contrast: bool | None = None,
        read_aloud: bool | None = None,
    ) -> Preferences:
        """Change some preferences (each change is input, so it starts a session)."""
        if language is not None and language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.touch()
        now = self._preferences
        self._preferences = Preferences(
            language=now.language if language is None else language,
            large_text=now.large_text if large_text is None else large_text,
            high_contrast=now.high_contrast if high_contrast is None else high_contrast,
            read_aloud=now.read_aloud if read_aloud is None else read_aloud,
        )
        return self._preferences

    def status(self) -> IdleStatus:
        """The phase now: resting, active, warning (with seconds left) or expired."""
        if self._started is None:
            return IdleStatus(Phase.RESTING)
        idle = self._clock() - self._last_input
        if idle < self.policy.idle_seconds:
            return IdleStatus(Phase.ACTIVE)
        left = self.policy.idle_seconds + self.policy.warning_seconds - idle
        if left <= 0:
            return IdleStatus(Phase.EXPIRED)
        return IdleStatus(Phase.WARNING, math.ceil(left))

    def end(self, reason: EndReason) -> None:
        """End the visit: back to rest with the kiosk's default preferences."""
        if self._started is not None:
            log.info("session ended (%s) after %.0f s", reason.value, self._clock() - self._started)
        self._started = None
        self._preferences = self._defaults
        self._last_input = self._clock()
