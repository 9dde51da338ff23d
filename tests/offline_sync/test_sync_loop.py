"""The sync loop's schedule with an injected wait and jitter: no real waiting anywhere."""

from __future__ import annotations

import threading
from collections.abc import Callable

from offline_sync.loop import SyncLoop
from offline_sync.status import SyncStatus
from offline_sync.sync_errors import DeviceRevoked, Offline, ServerError, SyncError


def _status(online: bool | None) -> SyncStatus:
    return SyncStatus(
        enrolled=True,
        online=online,
        last_success=None,
        pending_ops=0,
        open_conflicts=0,
        quarantined=0,
        last_error=None,
    )


def _rounds(*outcomes: SyncError | None) -> Callable[[], None]:
    """A round function that fails or succeeds as scripted, then succeeds."""
    script = list(outcomes)

    def run() -> None:
        outcome = script.pop(0) if script else None
        if outcome is not None:
            raise outcome

    return run


def _top(low: float, high: float) -> float:
    return high  # the jitter's upper bound, to see the exponential ceiling


def test_failures_back_off_exponentially_up_to_the_cap() -> None:
    offline = Offline("https://central.example")
    published: list[SyncStatus] = []
    loop = SyncLoop(
        _rounds(*[offline] * 10),
        _status,
        published.append,
        interval=60,
        backoff_base=2,
        backoff_cap=300,
        uniform=_top,
    )
    delays = [loop.step() for _ in range(11)]
    assert delays == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 60]
    assert [s.online for s in published[:2]] == [False, False]
    assert published[-1].online is True
    assert loop.failures == 0


def test_jitter_spreads_retries_between_zero_and_the_ceiling() -> None:
    seen: list[tuple[float, float]] = []

    def uniform(low: float, high: float) -> float:
        seen.append((low, high))
        return (low + high) / 2

    loop = SyncLoop(_rounds(Offline("u"), Offline("u")), _status, lambda _: None, uniform=uniform)
    assert [loop.step(), loop.step()] == [1.0, 2.0]
    assert seen == [(0.0, 2.0), (0.0, 4.0)]


def test_retry_after_is_honoured_when_longer_than_the_backoff() -> None:
    busy = ServerError("busy", retry_after=120)
    loop = SyncLoop(_rounds(busy), _status, lambda _: None, uniform=_top)
    assert loop.step() == 120


def test_a_revoked_device_waits_for_a_person_instead_of_retrying() -> None:
    loop = SyncLoop(_rounds(DeviceRevoked()), _status, lambda _: None, uniform=_top)
    assert loop.step() is None


def test_a_bug_in_a_round_does_not_end_background_sync() -> None:
    def broken() -> None:
        raise KeyError("bug")

    loop = SyncLoop(broken, _status, lambda _: None, uniform=_top)
    assert loop.step() == 2


def test_the_thread_retries_without_new_work_and_stops_cleanly() -> None:
    waits: list[float | None] = []
    rounds: list[str] = []
    finished = threading.Event()
    loop: SyncLoop

    def run_round() -> None:
        rounds.append("round")
        if len(rounds) < 3:
            raise Offline("u")

    def wait(_event: threading.Event, timeout: float | None) -> None:
        waits.append(timeout)
        if len(waits) == 3:
            loop.stop(timeout=0)
            finished.set()

    loop = SyncLoop(run_round, _status, lambda _: None, wait=wait, uniform=_top)
    loop.start()
    assert finished.wait(timeout=30)
    loop.stop()
    assert waits == [2, 4, 60]
    assert len(rounds) == 3


def test_trigger_wakes_a_waiting_loop() -> None:
    published: list[SyncStatus] = []
    second = threading.Event()

    def on_status(status: SyncStatus) -> None:
        published.append(status)
        if len(published) == 2:
            second.set()

    loop = SyncLoop(lambda: None, _status, on_status, interval=3600)
    loop.start()
    try:
        loop.trigger()
        assert second.wait(timeout=30)
    finally:
        loop.stop()
