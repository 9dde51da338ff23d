"""Composition of the outreach laptop's window: the staff desk on the kiosk core, and a sync area.

The window is built on the kiosk's (store, sync loop, language, jobs), with the kiosk's
shell moved into `OutreachDesk`, the stack of staff screens: sign-in, day list, visit
record and conflicts (the shell stays there for the services done with a resident,
opened from the visit by `ui.outreach_assist.AssistedServices`). The status bar
shows `SyncStatusView` (online, last sync, what waits, conflicts, quarantine, clock, the
last error) and "Enroll this computer…", which opens `EnrollDialog` once the local store
is open. The citizen-facing kiosk has no staff area, so it shows neither; its loop runs
all the same (``ui.runner``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.config import Settings
from ui.app import KioskWindow, build_kiosk, ensure_application
from ui.outreach_assist import AssistedServices
from ui.outreach_desk import OutreachDesk
from ui.screen import set_text
from ui.speech import Speech
from ui.sync_control import SyncController
from ui.sync_status import SyncStatusView

if TYPE_CHECKING:  # requests, keyring and SQLAlchemy load after the first paint
    from offline_sync.enroll import DeviceCredentials
    from ui.enroll_dialog import EnrollDialog

log = logging.getLogger(__name__)


class EnrollButton(QPushButton):
    """Opens the enroll dialog; enabled once the store (and so the loop) is ready."""

    def __init__(self, sync: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enroll-open")
        self._sync = sync
        self.dialog: EnrollDialog | None = None
        self.setEnabled(sync.running)
        sync.ready.connect(self._enable)
        self.clicked.connect(self.open_dialog)
        self.retranslate()

    @Slot()
    def _enable(self) -> None:
        self.setEnabled(True)

    @Slot()
    def open_dialog(self) -> EnrollDialog | None:
        """Show the dialog (one at a time); a success makes the loop sync at once."""
        engine = self._sync.engine
        if engine is None:
            return None
        if self.dialog is None:
            from ui.enroll_dialog import EnrollDialog

            settings = self._sync.settings
            self.dialog = EnrollDialog(
                engine,
                settings.central_url,
                ca_bundle=settings.ca_bundle,
                credentials=self._sync.credentials,
                parent=self.window(),
            )
            self.dialog.enrolled.connect(self._sync.trigger)
        self.dialog.show()
        return self.dialog

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        set_text(self, self.tr("Enroll this computer…"))


def build_outreach(
    settings: Settings,
    *,
    speech: Speech | None = None,
    credentials: DeviceCredentials | None = None,
) -> tuple[KioskWindow, SyncController]:
    """The outreach window and its sync controller (started when the store opens)."""
    window = build_kiosk(settings, locked=False, speech=speech)
    window.setWindowTitle("Fygitaal — huisbezoek")
    sync = window.parts.sync  # started by build_kiosk's wiring when the store opens
    sync.credentials = credentials
    shell = window.takeCentralWidget()
    assert shell is not None
    desk = OutreachDesk(sync, credentials, shell)
    window.setCentralWidget(desk)
    window.parts.store.opened.connect(desk.set_store)
    ensure_application().aboutToQuit.connect(desk.shutdown)  # writes end before the store closes
    window.desk = desk  # type: ignore[attr-defined]
    desk.visit.eid.host = AssistedServices(window.parts, desk)
    view = SyncStatusView()
    sync.bridge.status_changed.connect(view.show_status)
    bar = window.statusBar()
    bar.setObjectName("staff-status-bar")
    bar.setSizeGripEnabled(False)
    bar.addWidget(view, 1)
    bar.addPermanentWidget(EnrollButton(sync))
    return window, sync
