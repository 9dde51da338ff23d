"""Reader and card events from `card_reader.monitor` as Qt signals on the GUI thread.

The monitor calls back on its own thread, where no widget may be touched. `CardEvents`
lives on the GUI thread; its signals are emitted from the monitor's thread and Qt queues
them, so every slot runs on the GUI thread (the screens react to a card as to a click).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from card_reader.monitor import EventKind, ReaderEvent

log = logging.getLogger(__name__)


class CardEvents(QObject):
    """Signals for the kiosk's screens; hand `deliver` to a `CardMonitor` as its callback."""

    reader_added = Signal(str)
    reader_removed = Signal(str)
    card_inserted = Signal(str, bytes, bool)  # reader, ATR, mute
    card_removed = Signal(str)

    def deliver(self, event: ReaderEvent) -> None:
        """Turn one monitor event into its signal (safe to call from any thread)."""
        if event.kind is EventKind.READER_ADDED:
            self.reader_added.emit(event.reader)
        elif event.kind is EventKind.READER_REMOVED:
            self.reader_removed.emit(event.reader)
        elif event.kind is EventKind.CARD_INSERTED:
            self.card_inserted.emit(event.reader, event.atr, event.mute)
        else:
            self.card_removed.emit(event.reader)
