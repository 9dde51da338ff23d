"""Following a melding or question by its reference, and the identified citizen's reports.

Statuses are OSLO ``MeldingStatuswaarde`` codes; `status_name` says each in plain words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from kiosk.meldingen import MeldingStatus
from kiosk.questions import QuestionView
from ui.features._wizard import WizardScreen, fixed
from ui.screen import set_text

MAX_LISTED = 3


def status_name(code: str) -> str:
    """An OSLO MeldingStatuswaarde (or question status) in plain words."""
    names = {
        "511": QCoreApplication.translate("MeldingStatus", "Received"),
        "557": QCoreApplication.translate("MeldingStatus", "Assigned to a team"),
        "496": QCoreApplication.translate("MeldingStatus", "Being looked into"),
        "133": QCoreApplication.translate("MeldingStatus", "Solved"),
        "475": QCoreApplication.translate("MeldingStatus", "Rejected"),
        "250": QCoreApplication.translate("MeldingStatus", "Closed"),
        "733": QCoreApplication.translate("MeldingStatus", "Withdrawn"),
        "647": QCoreApplication.translate("MeldingStatus", "Reopened"),
        "751": QCoreApplication.translate("MeldingStatus", "Not admissible"),
        "138": QCoreApplication.translate("MeldingStatus", "Closed for good"),
        "956": QCoreApplication.translate("MeldingStatus", "Completed"),
        "open": QCoreApplication.translate("MeldingStatus", "Waiting for an answer"),
        "answered": QCoreApplication.translate("MeldingStatus", "Answered"),
        "closed": QCoreApplication.translate("MeldingStatus", "Closed"),
    }
    return names.get(code, QCoreApplication.translate("MeldingStatus", "Received"))


def day(timestamp: str) -> str:
    """The date part of an ISO time, as shown ("2026-03-01")."""
    return timestamp[:10]


class ReferenceLookupScreen(WizardScreen):
    """A field for the reference, "Look up", and what was found.

    Signals:
        lookup(str): look up what was typed.
    """

    name = "reference-lookup"
    lookup = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setObjectName("reference-text")
        self.field.setMaxLength(20)
        self.field.returnPressed.connect(self._lookup)
        self.lookup_button = QPushButton()
        self.lookup_button.setObjectName("reference-lookup")
        self.lookup_button.clicked.connect(self._lookup)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.field, 1)
        row.addWidget(self.lookup_button)
        self.body.addLayout(row)
        self.result = QLabel()
        self.result.setObjectName("reference-result")
        self.result.setWordWrap(True)
        fixed(self.result)
        self.result.hide()
        self.body.addWidget(self.result)
        self.retranslate()

    def _lookup(self) -> None:
        if self.field.text().strip():
            self.show_lines([])  # the previous answer goes until the new one is there
            self.lookup.emit(self.field.text())

    def show_lines(self, lines: Sequence[str]) -> None:
        """What was found, or why nothing was, one line each."""
        set_text(self.result, "\n".join(lines))
        self.result.setVisible(bool(lines))

    def show_melding(self, found: MeldingStatus, category: str) -> None:
        lines = [
            self.tr("Report {reference}").format(reference=found.reference),
            self.tr("About: {category}").format(category=category),
            self.tr("Status: {status}").format(status=status_name(found.status)),
        ]
        if found.history:
            lines.append(self.tr("Last change: {day}").format(day=day(found.history[-1].at)))
        self.show_lines(lines)

    def show_question(self, found: QuestionView) -> None:
        lines = [self.tr("Your question: {text}").format(text=found.text)]
        if found.answer:
            lines.append(self.tr("Answer: {answer}").format(answer=found.answer))
        else:
            lines.append(self.tr("No answer yet. You will get one within 30 days."))
        self.show_lines(lines)

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Follow a report or question"))
        self.show_intro(self.tr("Type the number you were given, for example M-7K3Q-9F2A."))
        self.field.setAccessibleName(self.tr("Reference number"))
        set_text(self.lookup_button, self.tr("Look up"))

    def reset(self) -> None:
        super().reset()
        self.show_lines([])


class MyMeldingenScreen(WizardScreen):
    """The identified citizen's latest reports and their status."""

    name = "melding-mine"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.listing = QLabel()
        self.listing.setObjectName("melding-list")
        self.listing.setWordWrap(True)
        fixed(self.listing)
        self.body.addWidget(self.listing)
        self._count = 0
        self.retranslate()

    def show_meldingen(self, rows: Sequence[tuple[MeldingStatus, str]]) -> None:
        """(status, category name) of the citizen's reports, newest first."""
        lines = [
            self.tr("{reference} ({category}): {status}").format(
                reference=m.reference, category=category, status=status_name(m.status)
            )
            for m, category in rows[:MAX_LISTED]
        ]
        self._count = len(lines)
        set_text(self.listing, "\n".join(lines) if lines else "-")
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Your reports"))
        self.show_intro("" if self._count else self.tr("You have no reports yet."))
        self.listing.setVisible(bool(self._count))

    def reset(self) -> None:
        super().reset()
        self.show_meldingen([])
