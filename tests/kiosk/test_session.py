"""Session lifetime: a warning of at least 20 s before an idle session ends."""

from __future__ import annotations

import pytest

from kiosk.config import Settings
from kiosk.session import EndReason, IdlePolicy, IdleStatus, KioskSession, Phase


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_session(clock: FakeClock) -> KioskSession:
    return KioskSession("nl-BE", IdlePolicy(idle_seconds=60, warning_seconds=30), clock)


def test_a_resting_kiosk_never_warns() -> None:
    clock = FakeClock()
    session = make_session(clock)
    clock.now += 10_000
    assert session.status() == IdleStatus(Phase.RESTING)
    assert not session.active


def test_inactivity_warns_with_a_countdown_then_expires() -> None:
    clock = FakeClock()
    session = make_session(clock)
    session.touch()
    clock.now += 59
    assert session.status().phase is Phase.ACTIVE
    clock.now += 1
    assert session.status() == IdleStatus(Phase.WARNING, 30)
    clock.now += 9.5
    assert session.status() == IdleStatus(Phase.WARNING, 21)
    clock.now += 20.5
    assert session.status().phase is Phase.EXPIRED


def test_any_input_during_the_warning_extends_the_session() -> None:
    clock = FakeClock()
    session = make_session(clock)
    session.touch()
    clock.now += 75
    assert session.status().phase is Phase.WARNING
    session.touch()
    assert session.status().phase is Phase.ACTIVE
    clock.now += 59
    assert session.status().phase is Phase.ACTIVE


def test_ending_restores_the_default_preferences() -> None:
    clock = FakeClock()
    session = make_session(clock)
    session.update(language="de-BE", large_text=True, high_contrast=True, read_aloud=True)
    assert session.active
    session.end(EndReason.IDLE)
    assert session.preferences == session.defaults
    assert session.preferences.language == "nl-BE"
    assert session.status().phase is Phase.RESTING


def test_a_preference_change_starts_a_session_and_keeps_the_others() -> None:
    session = make_session(FakeClock())
    session.update(large_text=True)
    prefs = session.update(language="fr-BE")
    assert session.active
    assert prefs.large_text
    assert prefs.language == "fr-BE"
    with pytest.raises(ValueError, match="unknown language"):
        session.update(language="tlh")


def test_a_warning_shorter_than_20_seconds_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 20"):
        IdlePolicy(idle_seconds=60, warning_seconds=10)


def test_the_policy_follows_the_settings() -> None:
    policy = IdlePolicy.from_settings(Settings(idle_timeout_seconds=90))
    assert policy.idle_seconds == 90
    assert policy.warning_seconds >= 20
