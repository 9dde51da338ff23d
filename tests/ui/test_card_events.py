"""A card put in or pulled out of a real (virtual) reader reaches the GUI thread as a signal."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from card_reader.monitor import CardMonitor
from card_reader.pcsc import Pcsc
from tests.fixtures.pcsc import READER, SECOND_READER, InsertCard
from ui.card_events import CardEvents

pytestmark = pytest.mark.pcsc


@pytest.fixture
def card_events(qtbot: QtBot, pcsc: Pcsc) -> Iterator[tuple[CardEvents, list[str]]]:
    """Bridge fed by a running monitor; records on which thread each signal arrived."""
    events = CardEvents()
    threads: list[str] = []

    def on_gui_thread(*_args: object) -> None:
        threads.append(threading.current_thread().name)

    for signal in (events.reader_added, events.card_inserted, events.card_removed):
        signal.connect(on_gui_thread)
    monitor = CardMonitor(pcsc.states, events.deliver, interval=0.05)
    with qtbot.waitSignal(events.reader_added, timeout=10_000):
        monitor.start()
    yield events, threads
    monitor.stop()


def test_readers_and_cards_arrive_as_signals_on_the_gui_thread(
    qtbot: QtBot, card_events: tuple[CardEvents, list[str]], insert_card: InsertCard
) -> None:
    events, threads = card_events
    with qtbot.waitSignal(
        events.card_inserted, timeout=10_000, check_params_cb=lambda r, *_: r == SECOND_READER
    ) as inserted:
        emulator = insert_card("alice", reader=SECOND_READER)
    assert inserted.args == [SECOND_READER, emulator.card.image.atr, False]

    with qtbot.waitSignal(
        events.card_removed, timeout=10_000, check_params_cb=lambda r: r == SECOND_READER
    ):
        emulator.remove()
    assert threads
    assert set(threads) == {threading.main_thread().name}


def test_every_virtual_reader_is_announced(
    qtbot: QtBot, card_events: tuple[CardEvents, list[str]], pcsc: Pcsc
) -> None:
    events, _ = card_events
    seen: list[str] = []
    events.reader_added.connect(seen.append)
    # the first poll announced the readers present at start; a restarted monitor does again
    monitor = CardMonitor(pcsc.states, events.deliver, interval=0.05)
    with qtbot.waitSignals([events.reader_added, events.reader_added], timeout=10_000):
        monitor.start()
    monitor.stop()
    assert {READER, SECOND_READER} <= set(seen)
