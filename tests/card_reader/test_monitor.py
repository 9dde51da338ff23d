"""Reader and card events, as the kiosk's start screen receives them."""

from __future__ import annotations

import queue
from collections.abc import Iterator

import pytest

from card_reader.errors import CardRemoved, NoReader
from card_reader.files import CardFiles
from card_reader.monitor import CardMonitor, EventKind, ReaderEvent
from card_reader.pcsc import Pcsc, ReaderState
from card_reader.reading import read_card
from tests.fixtures.pcsc import READER, SECOND_READER, InsertCard

Events = queue.Queue[ReaderEvent]


def _next(events: Events, kind: EventKind, reader: str) -> ReaderEvent:
    """The next event of ``kind`` for ``reader`` (others are skipped); fails after 10 s."""
    while True:
        try:
            event = events.get(timeout=10)
        except queue.Empty:
            pytest.fail(f"no {kind.value} event for {reader}")
        if event.kind is kind and event.reader == reader:
            return event


@pytest.fixture
def events(pcsc: Pcsc) -> Iterator[Events]:
    received: Events = queue.Queue()
    monitor = CardMonitor(pcsc.states, received.put, interval=0.05)
    monitor.start()
    yield received
    monitor.stop()


@pytest.mark.pcsc
def test_both_virtual_readers_are_reported_at_start(events: Events) -> None:
    _next(events, EventKind.READER_ADDED, READER)
    _next(events, EventKind.READER_ADDED, SECOND_READER)


@pytest.mark.pcsc
def test_insert_and_remove_in_the_second_reader(events: Events, insert_card: InsertCard) -> None:
    emulator = insert_card("alice", reader=SECOND_READER)
    inserted = _next(events, EventKind.CARD_INSERTED, SECOND_READER)
    assert inserted.atr == emulator.card.image.atr
    emulator.remove()
    _next(events, EventKind.CARD_REMOVED, SECOND_READER)


@pytest.mark.pcsc
def test_card_removed_during_a_read_ends_it_with_card_removed(
    pcsc: Pcsc, insert_card: InsertCard
) -> None:
    emulator = insert_card("citizen")

    def pull(_: CardFiles) -> None:
        emulator.remove()  # the citizen pulls the card while the photo is being read

    with pytest.raises(CardRemoved):
        read_card(pcsc, on_first_phase=pull)


def _state(name: str, atr: bytes = b"") -> ReaderState:
    return ReaderState(name=name, present=bool(atr), mute=False, atr=atr)


def test_unplugged_reader_reports_its_card_and_itself_gone() -> None:
    snapshots = [
        [_state("USB reader", b"\x3b\x98"), _state("Other")],
        [_state("Other")],
        [],
    ]
    seen: list[ReaderEvent] = []

    def states() -> list[ReaderState]:
        if not snapshots:
            raise NoReader("pcscd went away")
        return snapshots.pop(0)

    monitor = CardMonitor(states, seen.append)
    for _ in range(4):
        for event in monitor.poll():
            seen.append(event)
    assert [(e.kind, e.reader) for e in seen] == [
        (EventKind.READER_ADDED, "USB reader"),
        (EventKind.CARD_INSERTED, "USB reader"),
        (EventKind.READER_ADDED, "Other"),
        (EventKind.CARD_REMOVED, "USB reader"),
        (EventKind.READER_REMOVED, "USB reader"),
        (EventKind.READER_REMOVED, "Other"),
    ]


def test_swapping_cards_between_polls_is_a_removal_and_an_insertion() -> None:
    snapshots = [[_state("R", b"\x3b\x98")], [_state("R", b"\x3b\x7f")]]
    monitor = CardMonitor(lambda: snapshots.pop(0), lambda _: None)
    monitor.poll()
    assert [e.kind for e in monitor.poll()] == [EventKind.CARD_REMOVED, EventKind.CARD_INSERTED]


def test_a_failing_subscriber_does_not_stop_the_monitor() -> None:
    calls: Events = queue.Queue()

    def subscriber(event: ReaderEvent) -> None:
        calls.put(event)
        raise RuntimeError("bug in the subscriber")

    monitor = CardMonitor(lambda: [_state("R", b"\x3b")], subscriber, interval=0.01)
    monitor.start()
    try:
        assert calls.get(timeout=10).kind is EventKind.READER_ADDED
        assert calls.get(timeout=10).kind is EventKind.CARD_INSERTED
    finally:
        monitor.stop()
