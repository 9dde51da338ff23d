"""The 360° view of a resident on screen: one timeline, newest first, for a chosen purpose.

Opening it (or choosing another purpose) is a write: `kiosk.person_view.open_view`
logs the access in the same transaction as the read, on the desk's writer, and the sync
loop sends that log to central at once. The screen only renders what comes back; it
does not re-read on every sync round (each reading is an access the resident sees).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.outreach_desk import named
from ui.screen import KioskScreen, set_text

if TYPE_CHECKING:
    from kiosk.person_view import ResidentView, TimelineItem
    from ui.outreach_desk import OutreachDesk

PURPOSES = ("home_visit", "follow_up")


def _say(label: QLabel, text: str) -> None:
    """Show ``text``; an empty label is hidden (it would have no accessible name)."""
    set_text(label, text)
    label.setVisible(bool(text))


class PersonScreen(KioskScreen):
    name = "outreach-person"

    def __init__(self, desk: OutreachDesk) -> None:
        super().__init__()
        self._desk = desk
        self.visit_id: str | None = None
        self.view: ResidentView | None = None
        self.heading = named(QLabel(), "heading")
        self.address = named(QLabel(), "person-address")
        self.back = named(QPushButton(), "person-back")
        self.purpose_label = QLabel()
        self.purpose = named(QComboBox(), "person-purpose")
        self.purpose.addItems(["", ""])
        self.purpose_label.setBuddy(self.purpose)
        self.timeline = named(QListWidget(), "person-timeline")
        self.withheld = named(QLabel(), "person-withheld")
        self.withheld.setWordWrap(True)
        self.withheld.hide()
        self.message = named(QLabel(), "person-message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.address.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.back)
        purpose = QHBoxLayout()
        purpose.addWidget(self.purpose_label)
        purpose.addWidget(self.purpose, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.address)
        layout.addLayout(purpose)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.withheld)
        layout.addWidget(self.message)
        self.back.clicked.connect(lambda: desk.show_page(desk.day))
        self.purpose.activated.connect(lambda _index: self._open())
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.back, self.tr("Back to the day list"))
        set_text(self.purpose_label, self.tr("Purpose"))
        self.purpose.setItemText(0, self.tr("Home visit: everything the team holds"))
        self.purpose.setItemText(1, self.tr("Follow-up: visits, consents, tasks and referrals"))
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.timeline.setAccessibleName(self.tr("History, newest first"))
        if self.view is not None:
            self._render(self.view)

    def open_for_visit(self, visit_id: str) -> None:
        """Show the resident of ``visit_id`` (the opening is logged as an access)."""
        self.visit_id = visit_id
        self.view = None
        self.purpose.setCurrentIndex(0)
        self.heading.clear()
        _say(self.address, "")
        self.timeline.clear()
        self.withheld.hide()
        _say(self.message, "")
        self._desk.show_page(self)
        self._open()

    def _open(self) -> None:
        from kiosk.person_view import open_view_of_visit

        visit_id, purpose = self.visit_id, PURPOSES[max(0, self.purpose.currentIndex())]
        if visit_id is None:
            return
        self._desk.write(
            lambda e, s: open_view_of_visit(e, s, visit_id, purpose), self.show_view, self._refused
        )

    def show_view(self, view: ResidentView) -> None:
        if self.visit_id is None:  # signed out meanwhile
            return
        self.view = view
        self._render(view)

    def _render(self, view: ResidentView) -> None:
        set_text(self.heading, self.tr("Overview of {name}").format(name=view.name))
        _say(self.address, view.address)
        self.timeline.setUpdatesEnabled(False)
        self.timeline.clear()
        kinds, flag = self._kinds(), self.tr("sensitive")
        self.timeline.addItems([_line(item, kinds, flag) for item in view.items])
        self.timeline.setUpdatesEnabled(True)
        empty = self.tr("Nothing is known about this resident yet.")
        _say(self.message, "" if view.items else empty)
        set_text(
            self.withheld,
            self.tr("Sensitive notes of another team, not shown: {count}").format(
                count=view.withheld
            ),
        )
        self.withheld.setVisible(view.withheld > 0)

    def _kinds(self) -> dict[str, str]:
        return {
            "contact": self.tr("Contact"),
            "visit": self.tr("Visit"),
            "note": self.tr("Note"),
            "melding": self.tr("Report"),
            "question": self.tr("Question"),
            "appointment": self.tr("Appointment"),
            "certificate_request": self.tr("Certificate request"),
            "visit_request": self.tr("Asked for a visit"),
            "consent": self.tr("Consent"),
            "task": self.tr("Task"),
            "referral": self.tr("Referral"),
        }

    def _refused(self, _error: BaseException) -> None:
        _say(self.message, self.tr("This overview cannot be opened."))

    def reset(self) -> None:
        super().reset()
        self.visit_id = None
        self.view = None
        self.heading.clear()
        _say(self.address, "")
        self.timeline.clear()
        self.withheld.clear()
        self.withheld.hide()
        _say(self.message, "")


def _line(item: TimelineItem, kinds: dict[str, str], sensitive: str) -> str:
    """One timeline row: when · what · status · text · detail."""
    when = item.at.astimezone().strftime("%d/%m/%Y %H:%M") if item.at else ""
    kind = kinds.get(item.kind, item.kind)
    if item.sensitive:
        kind = f"{kind} ({sensitive})"
    parts = (when, kind, item.status, item.text, item.detail)
    return " · ".join(p for p in parts if p)


class PersonButton(QPushButton):
    """Opens the 360° view of the resident of the visit ``selected()`` names."""

    def __init__(
        self,
        screen: PersonScreen,
        selected: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person-open")
        self._screen = screen
        self._selected = selected
        self.clicked.connect(self.open_selected)
        self.retranslate()

    def open_selected(self) -> None:
        visit_id = self._selected()
        if visit_id is not None:
            self._screen.open_for_visit(visit_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        set_text(self, self.tr("Resident overview"))
