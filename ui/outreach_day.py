"""The day list: overdue and today's visits by time; plan, move, cancel; kiosk requests.

Lists are read from the local store on a worker (the caseload came by sync), so the
screen works offline. Arrow keys move in a list, Enter opens the selected visit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ui.outreach_desk import named
from ui.outreach_person import PersonButton
from ui.screen import KioskScreen, set_text

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.caseload import DayItem, VisitRequest
    from ui.outreach_desk import OutreachDesk

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class DayData:
    visits: list[DayItem]
    requests: list[VisitRequest]
    conflicts: int


def _now() -> datetime:
    return datetime.now().astimezone()


class DayScreen(KioskScreen):
    name = "outreach-day"

    def __init__(self, desk: OutreachDesk) -> None:
        super().__init__()
        self._desk = desk
        self.day = date.today()
        self.heading = named(QLabel(), "heading")
        self.previous_day = named(QPushButton(), "day-previous")
        self.today = named(QPushButton(), "day-today")
        self.next_day = named(QPushButton(), "day-next")
        self.visits = named(QListWidget(), "day-visits")
        self.open_visit = named(QPushButton(), "visit-open")
        self.overview = PersonButton(desk.person, lambda: self._selected(self.visits))
        self.when_label = QLabel()
        self.when = named(QDateTimeEdit(), "visit-when")
        self.when.setCalendarPopup(True)
        self.when_label.setBuddy(self.when)
        self.move_button = named(QPushButton(), "visit-move")
        self.cancel = named(QPushButton(), "visit-cancel")
        self.requests_heading = QLabel()
        self.requests = named(QListWidget(), "visit-requests")
        self.plan = named(QPushButton(), "request-plan")
        self.conflicts = named(QPushButton(), "conflicts-open")
        self.sync_now = named(QPushButton(), "sync-now")
        self.sign_out = named(QPushButton(), "staff-sign-out")
        self.message = named(QLabel(), "day-message")
        self.message.setWordWrap(True)
        self._conflict_count = 0
        self._layout()
        self.previous_day.clicked.connect(lambda: self.show_day(self.day - timedelta(days=1)))
        self.next_day.clicked.connect(lambda: self.show_day(self.day + timedelta(days=1)))
        self.today.clicked.connect(self.show_today)
        self.visits.itemActivated.connect(lambda _item: self.open_selected())
        self.open_visit.clicked.connect(self.open_selected)
        self.move_button.clicked.connect(self.move_selected)
        self.cancel.clicked.connect(self.cancel_selected)
        self.plan.clicked.connect(self.plan_request)
        self.conflicts.clicked.connect(desk.conflicts.show_conflicts)
        self.sync_now.clicked.connect(desk.sync.trigger)
        self.sign_out.clicked.connect(desk.sign_out)
        desk.changed.connect(self.refresh)
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for button in (self.previous_day, self.today, self.next_day, self.sync_now, self.sign_out):
            top.addWidget(button)
        grid = QGridLayout()
        grid.addWidget(self.visits, 0, 0, 1, 2)
        grid.addWidget(self.open_visit, 1, 0)
        grid.addWidget(self.cancel, 1, 1)
        grid.addWidget(self.overview, 2, 0)
        grid.addWidget(self.requests_heading, 0, 2, alignment=Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.requests, 0, 3)
        grid.addWidget(self.plan, 1, 3)
        when = QHBoxLayout()
        when.addWidget(self.when_label)
        when.addWidget(self.when, 1)
        when.addWidget(self.move_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addLayout(when)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Visits on {day}").format(day=self.day.strftime("%d/%m/%Y")))
        set_text(self.previous_day, self.tr("Previous day"))
        set_text(self.today, self.tr("Today"))
        set_text(self.next_day, self.tr("Next day"))
        set_text(self.open_visit, self.tr("Open visit"))
        set_text(self.when_label, self.tr("Date and time"))
        self.when.setAccessibleName(self.tr("Date and time"))
        self.visits.setAccessibleName(self.tr("Visits"))
        self.requests.setAccessibleName(self.tr("Asked for a visit at the kiosk"))
        set_text(self.move_button, self.tr("Move the visit to this time"))
        set_text(self.cancel, self.tr("Cancel the visit"))
        set_text(self.requests_heading, self.tr("Asked for a visit at the kiosk"))
        set_text(self.plan, self.tr("Plan a visit at this time"))
        set_text(self.sync_now, self.tr("Sync now"))
        set_text(self.sign_out, self.tr("Sign out"))
        set_text(
            self.conflicts,
            self.tr("Conflicts to resolve: {count}").format(count=self._conflict_count),
        )

    def show_today(self) -> None:
        self.show_day(date.today())

    def show_day(self, day: date) -> None:
        self.day = day
        now = _now()
        self.when.setDateTime(QDateTime(QDate(day.year, day.month, day.day), QTime(now.hour, 0)))
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        staff = self._desk.staff
        if staff is None:
            return
        day, team = self.day, staff.team_id
        self._desk.read(lambda engine: _load(engine, day, team), self._show)

    def _show(self, data: DayData) -> None:
        selected = self._selected(self.visits)
        self.visits.clear()
        for item in data.visits:
            row = QListWidgetItem(self._visit_text(item))
            row.setData(ID_ROLE, item.visit_id)
            self.visits.addItem(row)
            if item.visit_id == selected:
                self.visits.setCurrentItem(row)
        if self.visits.currentItem() is None and self.visits.count():
            self.visits.setCurrentRow(0)
        self.requests.clear()
        for request in data.requests:
            row = QListWidgetItem(f"{request.name} · {request.address} · {request.reason}")
            row.setData(ID_ROLE, request.request_id)
            self.requests.addItem(row)
        if self.requests.count():
            self.requests.setCurrentRow(0)
        self._conflict_count = data.conflicts
        self.retranslate()

    def _visit_text(self, item: DayItem) -> str:
        when = item.planned_at.astimezone().strftime("%d/%m %H:%M") if item.planned_at else ""
        parts = [when, item.name, item.address]
        if item.overdue:
            parts.append(self.tr("overdue"))
        elif item.status == "done":
            parts.append(self.tr("done"))
        elif item.due:
            parts.append(self.tr("due now"))
        return " · ".join(p for p in parts if p)

    @staticmethod
    def _selected(widget: QListWidget) -> str | None:
        item = widget.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def _when(self) -> datetime:
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch()).astimezone()

    def open_selected(self) -> None:
        visit_id = self._selected(self.visits)
        if visit_id is not None:
            self._desk.visit.open_visit(visit_id)

    def move_selected(self) -> None:
        from kiosk.caseload import move_visit

        visit_id, at = self._selected(self.visits), self._when()
        if visit_id is not None:
            self._write(lambda e, s: move_visit(e, s, visit_id, at), self.tr("Visit moved."))

    def cancel_selected(self) -> None:
        from kiosk.caseload import set_visit_status

        visit_id = self._selected(self.visits)
        if visit_id is not None:
            status = "cancelled"
            self._write(
                lambda e, s: set_visit_status(e, s, visit_id, status), self.tr("Visit cancelled.")
            )

    def plan_request(self) -> None:
        from kiosk.caseload import plan_request

        request_id, at = self._selected(self.requests), self._when()
        if request_id is not None:
            self._write(lambda e, s: plan_request(e, s, request_id, at), self.tr("Visit planned."))

    def _write(self, work: object, done_text: str) -> None:
        self._desk.write(
            work,  # type: ignore[arg-type]
            lambda _result: set_text(self.message, done_text),
            lambda _error: set_text(self.message, self.tr("That change is not possible.")),
        )

    def reset(self) -> None:
        super().reset()
        self.visits.clear()
        self.requests.clear()
        self.message.clear()
        self._conflict_count = 0


def _load(engine: Engine, day: date, team: str) -> DayData:
    from kiosk.caseload import day_list, open_requests
    from offline_sync.conflicts import open_conflicts

    with engine.connect() as conn:
        conflicts = len(open_conflicts(conn))
    return DayData(day_list(engine, day, _now()), open_requests(engine, team), conflicts)
