"""Sync status for staff: the loop's `SyncStatus` brought to the GUI thread, shown in words.

The sync loop calls ``on_status`` on its own thread, and library callbacks never touch
widgets (CONTRIBUTING), so `StatusBridge.publish` only emits a private signal that Qt
queues to the bridge's (GUI) thread; `status_changed` then fires there. `SyncStatusView`
is the compact area of the outreach window's status bar: online or offline, when the last
sync succeeded (relative, refreshed every half minute), what waits to be sent, conflicts
and quarantined changes, the revoked state, the clock warning and the last error sentence
(core's English sentence, for staff and IT support, shown as it is).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ui.screen import set_text

if TYPE_CHECKING:  # SQLAlchemy loads after the first paint
    from offline_sync.status import SyncStatus

log = logging.getLogger(__name__)

REFRESH_MS = 30_000  # "5 min ago" moves on between rounds


class StatusBridge(QObject):
    """Takes a `SyncStatus` on any thread; re-emits it on the thread the bridge lives in.

    Signals:
        status_changed(object): the newest `SyncStatus`, on the GUI thread.
    """

    status_changed = Signal(object)
    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.latest: SyncStatus | None = None
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def publish(self, status: SyncStatus) -> None:
        """The loop's ``on_status``: safe from any thread, touches nothing but a signal."""
        self._arrived.emit(status)

    @Slot(object)
    def _deliver(self, status: SyncStatus) -> None:
        self.latest = status
        self.status_changed.emit(status)


class SyncStatusView(QFrame):
    """One line of sync facts for staff; parts with nothing to say are hidden."""

    def __init__(
        self,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sync-status")
        self._now = now
        self._status: SyncStatus | None = None
        self.state = self._label("sync-state")
        self.last_sync = self._label("sync-last")
        self.pending = self._label("sync-pending")
        self.conflicts = self._label("sync-conflicts")
        self.quarantined = self._label("sync-quarantined")
        self.clock = self._label("sync-clock")
        self.error = self._label("sync-error")
        self.error.setProperty("fixedText", True)  # core's sentence, for staff and IT
        self.error.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        row.setSpacing(16)
        for label in self.labels():
            row.addWidget(label)
        row.addStretch(1)
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.retranslate)
        self.retranslate()

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def labels(self) -> list[QLabel]:
        return [
            self.state,
            self.last_sync,
            self.pending,
            self.conflicts,
            self.quarantined,
            self.clock,
            self.error,
        ]

    def visible_texts(self) -> list[str]:
        """What a staff member reads now, in order."""
        return [label.text() for label in self.labels() if not label.isHidden()]

    @Slot(object)
    def show_status(self, status: SyncStatus) -> None:
        self._status = status
        if not self._refresh.isActive():
            self._refresh.start()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Re-translate every text when the application's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def retranslate(self) -> None:
        """Texts for the last status received, in the current language."""
        status = self._status
        for label in self.labels():
            label.hide()
        self.state.show()
        if status is None:
            set_text(self.state, self.tr("Sync: waiting for the local data"))
            return
        set_text(self.state, self._state_text(status))
        if not status.enrolled:
            return
        self._show(self.last_sync, self._last_sync_text(status))
        if status.pending_ops:
            text = self.tr("{count} changes waiting to be sent")
            self._show(self.pending, text.format(count=status.pending_ops))
        else:
            self._show(self.pending, self.tr("Nothing waiting to be sent"))
        if status.open_conflicts:
            text = self.tr("{count} conflicts waiting for you").format(count=status.open_conflicts)
            self._show(self.conflicts, text)
        if status.quarantined:
            text = self.tr("{count} changes held back by central (quarantine)")
            self._show(self.quarantined, text.format(count=status.quarantined))
        if status.clock_wrong:
            self._show(
                self.clock,
                self.tr("The clock of this computer is wrong: set the date and time"),
            )
        if status.last_error and not status.revoked:
            self._show(self.error, status.last_error)

    def _show(self, label: QLabel, text: str) -> None:
        set_text(label, text)
        label.show()

    def _state_text(self, status: SyncStatus) -> str:
        if not status.enrolled:
            return self.tr("Sync: this computer is not enrolled yet")
        if status.revoked:
            return self.tr("Sync: this computer was revoked and no longer syncs")
        if status.online is None:
            return self.tr("Sync: not tried yet")
        return self.tr("Online") if status.online else self.tr("Offline")

    def _last_sync_text(self, status: SyncStatus) -> str:
        if status.last_success is None:
            return self.tr("Never synced")
        when = status.last_success
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        minutes = int((self._now() - when).total_seconds() // 60)
        if minutes < 1:
            return self.tr("Last sync: just now")
        if minutes < 60:
            return self.tr("Last sync: {minutes} min ago").format(minutes=minutes)
        if minutes < 48 * 60:
            return self.tr("Last sync: {hours} h ago").format(hours=minutes // 60)
        return self.tr("Last sync: {days} days ago").format(days=minutes // (24 * 60))
