"""One home visit: consent first, then the checklist of needs, notes, tasks and referrals.

Everything below the consent step stays disabled until a consent or legal ground is
recorded for the resident. The eID step (`ui.outreach_eid`) reads and links the resident's
card and opens the kiosk's services done with them. A checkbox change is saved at once
(the checklist is a set); notes are only added, each with its sensitivity flag.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from ui.outreach_consent import ConsentPanel
from ui.outreach_desk import named
from ui.outreach_eid import EidPanel
from ui.outreach_followup import FollowUpPanel
from ui.screen import KioskScreen, set_text

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.visits import Note
    from ui.outreach_desk import OutreachDesk

NEEDS = (
    "eid_pin_reset",
    "itsme",
    "ebox",
    "burgerprofiel",
    "device",
    "social_tariffs",
    "loneliness",
)


@dataclass(frozen=True)
class VisitData:
    visit_id: str
    person_id: str
    name: str
    status: str
    consent: bool
    needs: set[str]
    notes: list[Note]
    tasks: list[tuple[str, str, str]]
    referrals: list[tuple[str, str, str, str]]


class VisitScreen(KioskScreen):
    name = "outreach-visit"

    def __init__(self, desk: OutreachDesk) -> None:
        super().__init__()
        self._desk = desk
        self.visit_id: str | None = None
        self.heading = named(QLabel(), "heading")
        self.back = named(QPushButton(), "visit-back")
        self.consent = ConsentPanel(desk)
        self.eid = EidPanel(desk, self.consent)
        self.needs_box = named(QGroupBox(), "visit-needs")
        self.needs = {need: named(QCheckBox(), f"need-{need}") for need in NEEDS}
        self.notes_box = named(QGroupBox(), "visit-notes")
        self.notes = named(QListWidget(), "notes")
        self.note_text = named(QLineEdit(), "note-text")
        self.sensitive = named(QCheckBox(), "note-sensitive")
        self.add_note = named(QPushButton(), "note-add")
        self.follow_up = FollowUpPanel(desk)
        self.outcome = named(QLineEdit(), "visit-outcome")
        self.finish = named(QPushButton(), "visit-finish")
        self.message = named(QLabel(), "visit-message")
        self.message.setWordWrap(True)
        self._layout()
        self._loading = False
        for need, box in self.needs.items():
            box.toggled.connect(lambda on, need=need: self._need_toggled(need, on))
        self.note_text.returnPressed.connect(self.new_note)
        self.add_note.clicked.connect(self.new_note)
        self.finish.clicked.connect(self.finish_visit)
        self.back.clicked.connect(lambda: desk.show_page(desk.day))
        self.consent.recorded.connect(self.reload)
        self.eid.linked.connect(self.reload)
        self.follow_up.failed = self._refused
        desk.changed.connect(self._changed)
        self.retranslate()

    def _layout(self) -> None:
        needs = QVBoxLayout(self.needs_box)
        for box in self.needs.values():
            needs.addWidget(box)
        notes = QGridLayout(self.notes_box)
        notes.addWidget(self.notes, 0, 0, 1, 3)
        notes.addWidget(self.note_text, 1, 0)
        notes.addWidget(self.sensitive, 1, 1)
        notes.addWidget(self.add_note, 1, 2)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.back)
        left = QVBoxLayout()
        left.addWidget(self.consent)
        left.addWidget(self.eid)
        left.addWidget(self.needs_box)
        right = QVBoxLayout()
        right.addWidget(self.notes_box)
        right.addWidget(self.follow_up)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.outcome, 1)
        bottom.addWidget(self.finish)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        set_text(self.back, self.tr("Back to the day list"))
        self.needs_box.setTitle(self.tr("2. Needs"))
        self.needs_box.setAccessibleName(self.tr("2. Needs"))
        labels = (
            self.tr("eID PIN reset"),
            self.tr("itsme"),
            self.tr("eBox"),
            self.tr("Mijn Burgerprofiel"),
            self.tr("Device"),
            self.tr("Social tariffs"),
            self.tr("Loneliness signal"),
        )
        for box, label in zip(self.needs.values(), labels, strict=True):
            set_text(box, label)
        self.notes_box.setTitle(self.tr("3. Notes"))
        self.notes_box.setAccessibleName(self.tr("3. Notes"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.note_text.setPlaceholderText(self.tr("New note"))
        self.note_text.setAccessibleName(self.tr("New note"))
        set_text(self.sensitive, self.tr("Sensitive"))
        set_text(self.add_note, self.tr("Add note"))
        self.outcome.setPlaceholderText(self.tr("Outcome of the visit"))
        self.outcome.setAccessibleName(self.tr("Outcome of the visit"))
        set_text(self.finish, self.tr("Visit done"))

    def open_visit(self, visit_id: str) -> None:
        self.visit_id = visit_id
        self.message.clear()
        self.reload()
        self._desk.show_page(self)

    def reload(self) -> None:
        visit_id, staff = self.visit_id, self._desk.staff
        if visit_id is not None and staff is not None:
            team = staff.team_id  # another team's sensitive notes are not shown
            self._desk.read(lambda engine: _load(engine, visit_id, team), self._show)

    def _changed(self) -> None:
        if self._desk.currentWidget() is self:
            self.reload()

    def _show(self, data: VisitData) -> None:
        if data.visit_id != self.visit_id:
            return
        set_text(self.heading, self.tr("Visit to {name}").format(name=data.name))
        self.consent.show_person(data.person_id, data.consent)
        self.eid.show_person(data.person_id)
        for part in (self.needs_box, self.notes_box, self.follow_up, self.outcome, self.finish):
            part.setEnabled(data.consent)
        self.finish.setEnabled(data.consent and data.status in ("planned", "in_progress"))
        self._loading = True
        for need, box in self.needs.items():
            box.setChecked(need in data.needs)
        self._loading = False
        self.notes.clear()
        sensitive = self.tr("sensitive")
        for note in data.notes:
            flag = f" ({sensitive})" if note.sensitive else ""
            self.notes.addItem(f"{note.at[:16].replace('T', ' ')} · {note.by}{flag}: {note.text}")
        self.follow_up.show_visit(data.visit_id, data.tasks, data.referrals)

    def _need_toggled(self, need: str, present: bool) -> None:
        from kiosk.visits import mark_need

        visit_id = self.visit_id
        if self._loading or visit_id is None:
            return
        self._desk.write(
            lambda e, s: mark_need(e, s, visit_id, need, present=present), _ignore, self._refused
        )

    def new_note(self) -> None:
        from kiosk.visits import add_note

        visit_id, text, sensitive = self.visit_id, self.note_text.text(), self.sensitive.isChecked()
        if visit_id is None or not text.strip():
            return
        self.note_text.clear()
        self.sensitive.setChecked(False)
        self._desk.write(
            lambda e, s: add_note(e, s, visit_id, text, sensitive=sensitive), _ignore, self._refused
        )

    def finish_visit(self) -> None:
        from kiosk.visits import finish_visit

        visit_id, outcome = self.visit_id, self.outcome.text()
        if visit_id is not None:
            self.outcome.clear()
            self._desk.write(
                lambda e, s: finish_visit(e, s, visit_id, outcome),
                lambda _r: set_text(self.message, self.tr("Visit saved as done.")),
                self._refused,
            )

    def _refused(self, error: BaseException) -> None:
        from kiosk.consent import ConsentMissing

        if isinstance(error, ConsentMissing):
            text = self.tr("Record consent or a legal ground first.")
        else:
            text = self.tr("That change is not possible.")
        set_text(self.message, text)

    def reset(self) -> None:
        super().reset()
        self.visit_id = None
        self.heading.clear()
        self.notes.clear()
        self.message.clear()
        self.consent.reset()
        self.eid.reset()
        self.follow_up.reset()
        self._loading = True
        for box in self.needs.values():
            box.setChecked(False)
        self._loading = False


def _ignore(_value: object) -> None:
    """The screen reloads from the store after every write."""


def _load(engine: Engine, visit_id: str, team: str) -> VisitData:
    from kiosk.caseload import person_name
    from kiosk.consent import has_consent
    from kiosk.visit_followup import referrals_of, tasks_of
    from kiosk.visits import needs_of, notes_of, visit_row

    with engine.connect() as conn:
        row = visit_row(conn, visit_id)
    person_id = str(row["person_id"])
    return VisitData(
        visit_id,
        person_id,
        person_name(engine, person_id),
        str(row["status"]),
        has_consent(engine, person_id),
        needs_of(engine, visit_id),
        notes_of(engine, visit_id, team),
        tasks_of(engine, visit_id),
        referrals_of(engine, visit_id),
    )
