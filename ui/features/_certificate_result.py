"""What became of a certificate request: being prepared, ready (with its code), printed,
saved for later, or a plain reason why not and where to go instead.

One screen whose texts follow a `Step`; every text is rebuilt in `retranslate`, so a
language switch mid-way shows the same step in the new language.
"""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.certificate_requests import Delivery
from ui.screen import KioskScreen, set_text


class Step(enum.Enum):
    WORKING = "working"
    READY = "ready"
    PRINTING = "printing"
    PRINTED = "printed"
    SAVED_AS_FILE = "saved_as_file"
    OFFLINE = "offline"
    SAVING = "saving"
    REQUEST_SAVED = "request_saved"
    PROBLEM = "problem"


class Problem(enum.Enum):
    """Why no certificate came, each with its own sentence."""

    NOT_IN_REGISTER = "person_not_found"
    DECEASED = "person_deceased"
    NOT_A_VOTER = "not_registered_as_voter"
    NO_COHABITATION = "no_legal_cohabitation"
    NO_STORE = "no_store"
    PRINT_FAILED = "print_failed"
    REFUSED = "refused"


class CertificateResultScreen(KioskScreen):
    """The outcome of a request and what can be done with it.

    Signals:
        print_requested(): print the certificate shown.
        delivery_chosen(object): the `Delivery` for a request kept for later.
        done(): back to the citizen's services.
    """

    name = "certificate-result"
    print_requested = Signal()
    delivery_chosen = Signal(object)
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = Step.WORKING
        self._title = ""
        self._code = ""
        self._date: dt.date | None = None
        self._where = ""
        self._delivery = Delivery.POST
        self._problem = Problem.REFUSED
        self._heading = QLabel()
        self._heading.setObjectName("heading")
        self._heading.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("certificate-message")
        self.message.setWordWrap(True)
        self.code_label = QLabel()
        self.code_label.setObjectName("verification-code")
        self.code_label.setWordWrap(True)
        self.print_button = self._button("print", self.print_requested.emit)
        self.town_hall_button = self._button(
            "deliver-town-hall", lambda: self.delivery_chosen.emit(Delivery.TOWN_HALL)
        )
        self.post_button = self._button(
            "deliver-post", lambda: self.delivery_chosen.emit(Delivery.POST)
        )
        self.done_button = self._button("done", self.done.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        for widget in (self._heading, self.message, self.code_label):
            layout.addWidget(widget)
        for button in (self.print_button, self.town_hall_button, self.post_button):
            layout.addWidget(button)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.done_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._show(Step.WORKING)

    def _button(self, name: str, clicked: object) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(clicked)
        return button

    # steps ---------------------------------------------------------------------------
    def show_working(self) -> None:
        self._show(Step.WORKING)

    def show_ready(self, title: str, code: str, valid_until: dt.date) -> None:
        self._title, self._code, self._date = title, code, valid_until
        self._show(Step.READY)

    def show_printing(self) -> None:
        self._show(Step.PRINTING)

    def show_printed(self, printer: str) -> None:
        self._where = printer
        self._show(Step.PRINTED)

    def show_saved_as_file(self, path: Path) -> None:
        self._where = str(path)
        self._show(Step.SAVED_AS_FILE)

    def show_offline(self) -> None:
        self._show(Step.OFFLINE)

    def show_saving(self) -> None:
        self._show(Step.SAVING)

    def show_request_saved(self, delivery: Delivery, expected_on: dt.date) -> None:
        self._delivery, self._date = delivery, expected_on
        self._show(Step.REQUEST_SAVED)

    def show_problem(self, problem: Problem) -> None:
        self._problem = problem
        self._show(Step.PROBLEM)

    def _show(self, step: Step) -> None:
        self.step = step
        has_code = step in (Step.READY, Step.PRINTING, Step.PRINTED, Step.SAVED_AS_FILE)
        self.code_label.setVisible(has_code)
        self.print_button.setVisible(step in (Step.READY, Step.PRINTING))
        self.print_button.setEnabled(step is Step.READY)
        self.town_hall_button.setVisible(step is Step.OFFLINE)
        self.post_button.setVisible(step is Step.OFFLINE)
        self.done_button.setEnabled(step not in (Step.PRINTING, Step.SAVING))
        self.retranslate()

    # texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        """The current step's texts in the current language."""
        heading, message = self._texts()
        set_text(self._heading, heading)
        set_text(self.message, message)
        code = self.tr("Verification code: {code}").format(code=self._code)
        set_text(self.code_label, code)
        set_text(self.print_button, self.tr("Print"), self.tr("Print the certificate here"))
        set_text(self.town_hall_button, self.tr("Collect it at the town hall"))
        set_text(self.post_button, self.tr("Send it by post"))
        set_text(self.done_button, self.tr("Back to my services"))

    def _date_text(self) -> str:
        if self._date is None:
            return ""
        day = QDate(self._date.year, self._date.month, self._date.day)
        return QLocale().toString(day, "d MMMM yyyy")  # the language switched to

    def _texts(self) -> tuple[str, str]:  # noqa: PLR0911 (one sentence pair per step)
        step = self.step
        if step is Step.WORKING:
            return self.tr("Preparing your certificate"), self.tr("This takes a few seconds.")
        if step is Step.READY:
            return self.tr("Your certificate is ready"), self.tr(
                "{title}, valid until {date}. Press Print to take it with you."
            ).format(title=self._title, date=self._date_text())
        if step is Step.PRINTING:
            return self.tr("Printing"), self.tr("Your certificate is being printed.")
        if step is Step.PRINTED:
            return self.tr("Your certificate is printed"), self.tr(
                "Take it from the printer ({printer})."
            ).format(printer=self._where)
        if step is Step.SAVED_AS_FILE:
            return self.tr("No printer here"), self.tr(
                "This kiosk has no printer. Your certificate was saved as a PDF file "
                "({file}); staff can print it for you."
            ).format(file=Path(self._where).name)
        if step is Step.OFFLINE:
            return self.tr("The certificate cannot be made right now"), self.tr(
                "The kiosk cannot reach the municipality's register now. We keep your "
                "request. How would you like to receive the certificate?"
            )
        if step is Step.SAVING:
            return self.tr("Saving your request"), self.tr("One moment, please.")
        if step is Step.REQUEST_SAVED:
            if self._delivery is Delivery.TOWN_HALL:
                return self.tr("Your request is saved"), self.tr(
                    "Your certificate will be printed at the town hall counter. "
                    "You can collect it there from {date}."
                ).format(date=self._date_text())
            return self.tr("Your request is saved"), self.tr(
                "Your certificate will be posted to your home address. "
                "It should reach you by {date}."
            ).format(date=self._date_text())
        return self.tr("No certificate"), self._problem_text()

    def _problem_text(self) -> str:
        return {
            Problem.NOT_IN_REGISTER: self.tr(
                "The population register has no record of you. Please ask at the counter."
            ),
            Problem.DECEASED: self.tr(
                "The register does not allow this certificate. Please ask at the counter."
            ),
            Problem.NOT_A_VOTER: self.tr(
                "You are not on the voters' list of this municipality. Please ask at the counter."
            ),
            Problem.NO_COHABITATION: self.tr(
                "The register holds no declaration of legal cohabitation for you."
            ),
            Problem.NO_STORE: self.tr(
                "Your request cannot be saved at this kiosk now. Please ask at the counter."
            ),
            Problem.PRINT_FAILED: self.tr(
                "Printing did not work. Please call staff: they can print it for you."
            ),
            Problem.REFUSED: self.tr(
                "This kiosk cannot issue certificates now. Please ask at the counter."
            ),
        }[self._problem]

    def reset(self) -> None:
        """Forget the certificate: no title, code, date or file name."""
        super().reset()
        self._title = self._code = self._where = ""
        self._date = None
        self._show(Step.WORKING)
