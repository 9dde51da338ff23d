"""A card put in or pulled out of a real (virtual) reader reaches the GUI thread as a signal."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from card_reader.monitor import CardMonitor
from card_reader.pcsc import Pcsc
from tests.fixtures.pcsc import READER, SECOND_READER, InsertCard
from ui.card_events import CardEvents

pytestmark = pytest.mark.pcsc


@dataclass
class Received:
    """What the GUI thread received, and on which threads the slots ran."""

    readers: list[str] = field(default_factory=list)
    inserted: list[tuple[str, bytes, bool]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    threads: set[str] = field(default_factory=set)


@pytest.fixture
def received(qtbot: QtBot, pcsc: Pcsc) -> Iterator[Received]:
    """A bridge fed by a running monitor, recording every signal it emits."""
    events = CardEvents()
    seen = Received()

    def on_reader(reader: str) -> None:
        seen.threads.add(threading.current_thread().name)
        seen.readers.append(reader)

    def on_inserted(reader: str, atr: bytes, mute: bool) -> None:
        seen.threads.add(threading.current_thread().name)
        seen.inserted.append((reader, atr, mute))

    def on_removed(reader: str) -> None:
        seen.threads.add(threading.current_thread().name)
        seen.removed.append(reader)

    events.reader_added.connect(on_reader)
    events.card_inserted.connect(on_inserted)
    events.card_removed.connect(on_removed)
    monitor = CardMonitor(pcsc.states, events.deliver, interval=0.05)
    monitor.start()
    try:
        yield seen
    finally:
        monitor.stop()
        QCoreApplication.processEvents()  # deliver what is queued before the bridge goes
        events.deleteLater()


def test_every_virtual_reader_is_announced(qtbot: QtBot, received: Received) -> None:
    qtbot.waitUntil(lambda: {READER, SECOND_READER} <= set(received.readers), timeout=10_000)
    assert received.threads == {threading.main_thread().name}


def test_a_card_in_and_out_arrives_on_the_gui_thread(
    qtbot: QtBot, received: Received, insert_card: InsertCard
) -> None:
    emulator = insert_card("alice", reader=SECOND_READER)
    qtbot.waitUntil(lambda: bool(received.inserted), timeout=10_000)
    assert received.inserted == [(SECOND_READER, emulator.card.image.atr, False)]

    emulator.remove()
    qtbot.waitUntil(lambda: SECOND_READER in received.removed, timeout=10_000)
    assert received.threads == {threading.main_thread().name}
