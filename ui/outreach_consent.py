"""The consent step of a visit: purpose, how it was given, evidence and expiry.

Until a valid consent (or a legal ground) is recorded, the rest of the visit screen is
disabled; the domain refuses personal data all the same (`kiosk.consent`). Consent given
by an eID read is recorded by reading the card (`ui.outreach_eid.EidPanel`), not here.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
)

from ui.outreach_desk import named
from ui.screen import set_text

if TYPE_CHECKING:
    from ui.outreach_desk import OutreachDesk

METHODS = ("eid", "signature", "paper", "legal_ground")


class ConsentPanel(QGroupBox):
    """Signals:
    recorded(): a consent was stored for the resident.
    """

    recorded = Signal()

    def __init__(self, desk: OutreachDesk) -> None:
        super().__init__()
        self.setObjectName("visit-consent")
        self._desk = desk
        self.person_id: str | None = None
        self.state = named(QLabel(), "consent-state")
        self.state.setWordWrap(True)
        self.purpose = named(QLineEdit(), "consent-purpose")
        self.method = named(QComboBox(), "consent-method")
        self.evidence = named(QLineEdit(), "consent-evidence")
        self.expires = named(QDateEdit(), "consent-expires")
        self.expires.setCalendarPopup(True)
        self.button = named(QPushButton(), "consent-record")
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self)
        form.addRow(self.state)
        for label, field in zip(
            self.labels, (self.purpose, self.method, self.evidence, self.expires), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.button)
        self.button.clicked.connect(self.record)
        self.method.currentIndexChanged.connect(lambda _i: self._show_state())
        self.given = False
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Texts follow the application's language, like the screens'."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("1. Consent"))
        self.setAccessibleName(self.tr("1. Consent"))
        texts = (
            self.tr("Purpose"),
            self.tr("Given by"),
            self.tr("Form number or legal ground"),
            self.tr("Valid until"),
        )
        for label, field, text in zip(
            self.labels,
            (self.purpose, self.method, self.evidence, self.expires),
            texts,
            strict=True,
        ):
            set_text(label, text)
            field.setAccessibleName(text)
        current = self.method.currentIndex()
        self.method.clear()
        self.method.addItems(
            [
                self.tr("eID read"),
                self.tr("Signature on screen"),
                self.tr("Paper form"),
                self.tr("Legal ground (no consent needed)"),
            ]
        )
        self.method.setCurrentIndex(max(current, 0))
        set_text(self.button, self.tr("Record consent"))
        self._show_state()

    @property
    def by_eid(self) -> bool:
        """The resident gives consent by having their eID read (not recorded yet)."""
        return not self.given and METHODS[max(self.method.currentIndex(), 0)] == "eid"

    def expires_at(self) -> datetime:
        """The end of the chosen last valid day, local time."""
        chosen = self.expires.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        return datetime.combine(day, time(23, 59)).astimezone()

    def _show_state(self) -> None:
        self.button.setEnabled(not self.given and not self.by_eid)
        if self.given:
            text = self.tr("Consent recorded: you can fill in the visit.")
        elif self.by_eid:
            text = self.tr("Consent by eID: read the resident's eID below to record it.")
        else:
            text = self.tr(
                "Record consent or a legal ground first: nothing about the resident is "
                "stored before that."
            )
        set_text(self.state, text)

    def show_person(self, person_id: str, given: bool) -> None:
        self.person_id = person_id
        self.given = given
        if not self.purpose.text():
            self.purpose.setText(self.tr("Digital help at home (e-inclusion)"))
        until = date.today() + timedelta(days=365)
        self.expires.setDate(QDate(until.year, until.month, until.day))
        for field in (self.purpose, self.method, self.evidence, self.expires):
            field.setEnabled(not given)
        self._show_state()

    def record(self) -> None:
        from kiosk.consent import record_consent

        person_id = self.person_id
        if person_id is None:
            return
        method = METHODS[self.method.currentIndex()]
        purpose, evidence, expires = self.purpose.text(), self.evidence.text(), self.expires_at()

        def work(engine: object, staff: object) -> str:
            return record_consent(
                engine,  # type: ignore[arg-type]
                staff,  # type: ignore[arg-type]
                person_id,
                purpose=purpose,
                method=method,
                expires_at=expires,
                evidence=evidence,
            )

        self._desk.write(work, lambda _id: self._recorded(), self._refused)

    def _recorded(self) -> None:
        if self.person_id is not None:
            self.show_person(self.person_id, True)
        self.recorded.emit()

    def _refused(self, _error: BaseException) -> None:
        set_text(
            self.state,
            self.tr("Consent not recorded: fill in the purpose, and the form number for paper."),
        )

    def reset(self) -> None:
        self.person_id = None
        self.given = False
        self.purpose.clear()
        self.evidence.clear()
        self._show_state()
