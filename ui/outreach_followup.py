"""Follow-up of a visit on screen: tasks with a due date, referrals and their outcome later."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from ui.outreach_desk import named
from ui.screen import set_text

if TYPE_CHECKING:
    from ui.outreach_desk import OutreachDesk

PARTNERS = ("digipunt", "ocmw", "library", "device_lending")
OUTCOMES = ("sent", "accepted", "declined", "completed", "cancelled")
ID_ROLE = Qt.ItemDataRole.UserRole


class FollowUpPanel(QGroupBox):
    def __init__(self, desk: OutreachDesk) -> None:
        super().__init__()
        self.setObjectName("visit-follow-up")
        self._desk = desk
        self.visit_id: str | None = None
        self.failed: Callable[[BaseException], None] = _ignore
        self.task_text = named(QLineEdit(), "task-text")
        self.task_due = named(QDateEdit(), "task-due")
        self.task_due.setCalendarPopup(True)
        self.add_task = named(QPushButton(), "task-add")
        self.tasks = named(QListWidget(), "tasks")
        self.partner = named(QComboBox(), "referral-partner")
        self.reason = named(QLineEdit(), "referral-reason")
        self.add_referral = named(QPushButton(), "referral-add")
        self.referrals = named(QListWidget(), "referrals")
        self.outcome_status = named(QComboBox(), "referral-status")
        self.outcome = named(QLineEdit(), "referral-outcome")
        self.save_outcome = named(QPushButton(), "referral-save")
        grid = QGridLayout(self)
        grid.addWidget(self.task_text, 0, 0)
        grid.addWidget(self.task_due, 0, 1)
        grid.addWidget(self.add_task, 0, 2)
        grid.addWidget(self.tasks, 1, 0, 1, 3)
        grid.addWidget(self.partner, 2, 0)
        grid.addWidget(self.reason, 2, 1)
        grid.addWidget(self.add_referral, 2, 2)
        grid.addWidget(self.referrals, 3, 0, 1, 3)
        grid.addWidget(self.outcome_status, 4, 0)
        grid.addWidget(self.outcome, 4, 1)
        grid.addWidget(self.save_outcome, 4, 2)
        self.task_text.returnPressed.connect(self.new_task)
        self.add_task.clicked.connect(self.new_task)
        self.reason.returnPressed.connect(self.new_referral)
        self.add_referral.clicked.connect(self.new_referral)
        self.save_outcome.clicked.connect(self.note_outcome)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Texts follow the application's language, like the screens'."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("4. Tasks and referrals"))
        self.setAccessibleName(self.tr("4. Tasks and referrals"))
        self.task_text.setPlaceholderText(self.tr("Follow-up task"))
        self.task_text.setAccessibleName(self.tr("Follow-up task"))
        self.task_due.setAccessibleName(self.tr("Due date"))
        set_text(self.add_task, self.tr("Add task"))
        self.tasks.setAccessibleName(self.tr("Tasks"))
        self._fill(
            self.partner,
            [
                self.tr("Digipunt"),
                self.tr("Social house (OCMW)"),
                self.tr("Library"),
                self.tr("Device lending"),
            ],
        )
        self.partner.setAccessibleName(self.tr("Refer to"))
        self.reason.setPlaceholderText(self.tr("Reason"))
        self.reason.setAccessibleName(self.tr("Reason"))
        set_text(self.add_referral, self.tr("Refer"))
        self.referrals.setAccessibleName(self.tr("Referrals"))
        self._fill(
            self.outcome_status,
            [
                self.tr("Sent"),
                self.tr("Accepted"),
                self.tr("Declined"),
                self.tr("Completed"),
                self.tr("Cancelled"),
            ],
        )
        self.outcome_status.setAccessibleName(self.tr("Referral status"))
        self.outcome.setPlaceholderText(self.tr("Outcome"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        set_text(self.save_outcome, self.tr("Save outcome"))

    @staticmethod
    def _fill(box: QComboBox, texts: list[str]) -> None:
        current = box.currentIndex()
        box.clear()
        box.addItems(texts)
        box.setCurrentIndex(max(current, 0))

    def show_visit(
        self,
        visit_id: str,
        tasks: list[tuple[str, str, str]],
        referrals: list[tuple[str, str, str, str]],
    ) -> None:
        self.visit_id = visit_id
        if self.task_due.date() < QDate.currentDate():
            week = date.today() + timedelta(days=7)
            self.task_due.setDate(QDate(week.year, week.month, week.day))
        self.tasks.clear()
        for _task_id, text, due in tasks:
            self.tasks.addItem(f"{due} · {text}" if due else text)
        self.referrals.clear()
        names = [self.partner.itemText(i) for i in range(self.partner.count())]
        for referral_id, partner, status, outcome in referrals:
            name = names[PARTNERS.index(partner)] if partner in PARTNERS else partner
            row = QListWidgetItem(" · ".join(p for p in (name, status, outcome) if p))
            row.setData(ID_ROLE, referral_id)
            self.referrals.addItem(row)
        if self.referrals.count():
            self.referrals.setCurrentRow(self.referrals.count() - 1)

    def new_task(self) -> None:
        from kiosk.visit_followup import add_task

        chosen = self.task_due.date()
        due = date(chosen.year(), chosen.month(), chosen.day())
        visit_id, text = self.visit_id, self.task_text.text()
        if visit_id is None or not text.strip():
            return
        self.task_text.clear()
        self._desk.write(lambda e, s: add_task(e, s, visit_id, text, due), _ignore, self.failed)

    def new_referral(self) -> None:
        from kiosk.visit_followup import add_referral

        visit_id, reason = self.visit_id, self.reason.text()
        partner = PARTNERS[self.partner.currentIndex()]
        if visit_id is None:
            return
        self.reason.clear()
        self._desk.write(
            lambda e, s: add_referral(e, s, visit_id, partner, reason), _ignore, self.failed
        )

    def note_outcome(self) -> None:
        from kiosk.visit_followup import set_referral

        item = self.referrals.currentItem()
        if item is None:
            return
        referral_id = str(item.data(ID_ROLE))
        status, outcome = OUTCOMES[self.outcome_status.currentIndex()], self.outcome.text()
        self.outcome.clear()
        self._desk.write(
            lambda e, s: set_referral(e, s, referral_id, status, outcome), _ignore, self.failed
        )

    def reset(self) -> None:
        self.visit_id = None
        self.tasks.clear()
        self.referrals.clear()


def _ignore(_value: object) -> None:
    """The lists refresh from the store after every write (`OutreachDesk.changed`)."""
