"""The staff side of the outreach window: sign-in, day list, visit record and conflicts.

`OutreachDesk` is a stack of the staff screens (plus the kiosk's shell, where the kiosk's
services are done with a resident: `ui.outreach_assist`). It holds who is signed in and
the open store, and runs every database and HTTP step on its own `BackgroundJobs`, so a
slow disk or network never freezes the window; signing out drops any result still on its
way. After a local write it asks the sync loop to send it at once and tells the screens
to refresh.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.jobs import BackgroundJobs
from ui.screen import KioskScreen
from ui.sync_control import SyncController

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.staff_signin import StaffMember
    from offline_sync.enroll import DeviceCredentials

log = logging.getLogger(__name__)

T = TypeVar("T")
W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """``widget`` with its object name (what tests and style sheets find it by)."""
    widget.setObjectName(name)
    return widget


class OutreachDesk(QStackedWidget):
    """Signals:
    signed_in(object): a `kiosk.staff_signin.StaffMember` signed in.
    changed(): local data changed (a write, or a sync round): lists read again.
    """

    signed_in = Signal(object)
    changed = Signal()

    def __init__(
        self,
        sync: SyncController,
        credentials: DeviceCredentials | None,
        kiosk_shell: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outreach-desk")
        self.sync = sync
        self.credentials = credentials
        self.jobs = BackgroundJobs(parent=self)
        self.writes = BackgroundJobs(workers=1, parent=self)  # in the order they were made
        self.engine: Engine | None = None
        self.staff: StaffMember | None = None
        self.kiosk_shell = kiosk_shell
        from ui.outreach_conflicts import ConflictsScreen
        from ui.outreach_day import DayScreen
        from ui.outreach_person import PersonScreen
        from ui.outreach_signin import SignInScreen
        from ui.outreach_visit import VisitScreen

        self.sign_in_screen = SignInScreen(self)
        self.conflicts = ConflictsScreen(self)
        self.visit = VisitScreen(self)
        self.person = PersonScreen(self)
        self.day = DayScreen(self)  # its buttons lead to the two above
        for page in self.screens():
            self.addWidget(page)
        self.addWidget(kiosk_shell)
        self.setCurrentWidget(self.sign_in_screen)
        sync.bridge.status_changed.connect(self._synced)

    def shutdown(self) -> None:
        """Wait for running reads and writes (at application end)."""
        self.jobs.shutdown()
        self.writes.shutdown()

    def screens(self) -> tuple[KioskScreen, ...]:
        return (self.sign_in_screen, self.day, self.visit, self.person, self.conflicts)

    @Slot(object)
    def set_store(self, store: object) -> None:
        """The local store is open: signing in becomes possible."""
        self.engine = getattr(store, "engine", None)
        self.sign_in_screen.set_ready(self.engine is not None)

    def show_page(self, page: QWidget) -> None:
        self.setCurrentWidget(page)
        page.setFocus()
        focus = page.nextInFocusChain()
        if focus is not None:
            focus.setFocus()

    def start_shift(self, member: StaffMember) -> None:
        self.staff = member
        self.signed_in.emit(member)
        self.day.show_today()
        self.show_page(self.day)

    @Slot()
    def sign_out(self) -> None:
        """Forget the staff member and every resident shown; back to the sign-in screen."""
        self.jobs.cancel_all()  # reads only: a change already made is still saved
        self.staff = None
        for page in self.screens():
            page.reset()
        self.show_page(self.sign_in_screen)

    def read(self, work: Callable[[Engine], T], done: Callable[[T], None]) -> None:
        """``work(engine)`` on a worker; ``done(result)`` on the GUI thread."""
        engine = self.engine
        if engine is None:
            return
        self.jobs.run(lambda: work(engine), done, self._failed_read)

    def write(
        self,
        work: Callable[[Engine, StaffMember], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """A change by the signed-in staff member; then sync it and refresh the lists."""
        engine, staff = self.engine, self.staff
        if engine is None or staff is None:
            return

        def finished(result: T) -> None:
            done(result)
            self.changed.emit()
            self.sync.trigger()

        def refused(error: BaseException) -> None:
            log.info("a change was refused: %s", type(error).__name__)
            failed(error)

        self.writes.run(lambda: work(engine, staff), finished, refused)

    @staticmethod
    def _failed_read(error: BaseException) -> None:
        log.error("reading the caseload failed", exc_info=error)

    @Slot(object)
    def _synced(self, _status: Any) -> None:
        staff = self.staff
        if staff is None:
            return
        self.changed.emit()
        from kiosk.staff_signin import is_revoked

        self.read(lambda engine: is_revoked(engine, staff.staff_id), self._check_revoked)

    def _check_revoked(self, revoked: bool) -> None:
        """A revocation that arrived by sync ends the shift at once."""
        if revoked and self.staff is not None:
            log.info("the signed-in staff member was revoked; signing out")
            self.sign_out()
            self.sign_in_screen.show_revoked()
