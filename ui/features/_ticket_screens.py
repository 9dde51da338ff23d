"""Queue screens: choose a counter service, see the number and the wait, type a booking code.

The screens decide nothing: they show what the flow (`ui.features.ticket`) hands them and
say what the citizen chose. Counter service names are translated here
(`service_label`) and reused by the appointment screens and on the printed ticket.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.queue import COUNTER_SERVICES
from ui.screen import KioskScreen, set_text


def service_label(code: str) -> str:
    """The counter service's name in the current language (its code when unknown)."""
    labels = {
        "population": QCoreApplication.translate("CounterService", "Population and address"),
        "eid": QCoreApplication.translate("CounterService", "Identity cards and passports"),
        "civil_status": QCoreApplication.translate("CounterService", "Civil status"),
        "building_permits": QCoreApplication.translate("CounterService", "Building permits"),
    }
    return labels.get(code, code)


def label(name: str) -> QLabel:
    widget = QLabel()
    widget.setObjectName(name)
    widget.setWordWrap(True)
    return widget


def button(name: str) -> QPushButton:
    widget = QPushButton()
    widget.setObjectName(name)
    return widget


class Page(KioskScreen):
    """Heading, message, a column for buttons, a bottom row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = label("heading")
        self.message = label(f"{self.name}-message")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(48, 24, 48, 24)
        self.layout_.setSpacing(16)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.message)
        self.column = QVBoxLayout()
        self.column.setSpacing(12)
        self.layout_.addLayout(self.column)
        self.layout_.addStretch(1)
        self.bottom = QHBoxLayout()
        self.bottom.setSpacing(16)
        self.layout_.addLayout(self.bottom)


class ServiceChoiceScreen(Page):
    """The counter services as big buttons; a guest may also check in with a booking code.

    Signals:
        chosen(str): the service code.
        code_requested(): "I have an appointment" (check in with a booking code).
        back(): return to where the citizen came from.
    """

    name = "ticket"
    chosen = Signal(str)
    code_requested = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service_buttons: dict[str, QPushButton] = {}
        for code in COUNTER_SERVICES:
            widget = button(f"counter-{code}")
            widget.clicked.connect(lambda _c=False, c=code: self.chosen.emit(c))
            self.column.addWidget(widget)
            self.service_buttons[code] = widget
        self.back_button = button("back")
        self.back_button.clicked.connect(self.back)
        self.code_button = button("booking-code")
        self.code_button.clicked.connect(self.code_requested)
        self.bottom.addWidget(self.back_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.code_button)
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Take a queue ticket"))
        set_text(self.message, self.tr("Which counter do you need?"))
        for code, widget in self.service_buttons.items():
            set_text(widget, service_label(code))
        set_text(self.back_button, self.tr("Back"))
        set_text(
            self.code_button,
            self.tr("I have an appointment"),
            self.tr("Check in with the booking code of your appointment"),
        )


class TicketState(enum.Enum):
    WORKING = "working"
    PRINTING = "printing"
    PRINTED = "printed"
    SAVED = "saved"
    PRINT_FAILED = "print_failed"
    FAILED = "failed"


class TicketScreen(Page):
    """The ticket: the number large, the service, the expected wait, where the paper went.

    Signals:
        done(): the citizen has their number.
    """

    name = "ticket-result"
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = label("ticket-number")
        self.number.setProperty("fixedText", True)  # data: the number itself
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setStyleSheet("font-size: 72pt; font-weight: bold;")
        self.service = label("ticket-service")
        self.wait = label("ticket-wait")
        self.paper = label("ticket-paper")
        for widget in (self.number, self.service, self.wait, self.paper):
            self.column.addWidget(widget)
        self.done_button = button("done")
        self.done_button.clicked.connect(self.done)
        self.bottom.addWidget(self.done_button)
        self.bottom.addStretch(1)
        self._state = TicketState.WORKING
        self._ticket: tuple[str, str, int, bool] | None = (
            None  # number, service, minutes, checked in
        )
        self._file = ""
        self.retranslate()

    def show_ticket(self, number: str, service: str, minutes: int, *, checked_in: bool) -> None:
        self._ticket = (number, service, minutes, checked_in)
        self._state = TicketState.PRINTING
        self.retranslate()

    def show_state(self, state: TicketState, file_name: str = "") -> None:
        self._state, self._file = state, file_name
        self.retranslate()

    def retranslate(self) -> None:
        if not hasattr(self, "done_button"):
            return
        ticket = self._ticket
        set_text(self.heading, self.tr("Your number") if ticket else self.tr("Queue ticket"))
        self.number.setVisible(ticket is not None)
        self.message.setVisible(ticket is not None)
        self.service.setVisible(ticket is not None)
        self.wait.setVisible(ticket is not None)
        if ticket is not None:
            number, service, minutes, checked_in = ticket
            set_text(self.number, number)
            if checked_in:
                set_text(self.message, self.tr("You are checked in for your appointment."))
            else:
                set_text(self.message, self.tr("Please wait until your number is called."))
            set_text(self.service, service_label(service))
            wait = (
                self.tr("Expected wait: about {minutes} minutes").format(minutes=minutes)
                if minutes >= 2
                else self.tr("It will be your turn soon")
            )
            set_text(self.wait, wait)
        set_text(self.paper, self._paper_text())
        set_text(self.done_button, self.tr("Done"))

    def _paper_text(self) -> str:
        return {
            TicketState.WORKING: self.tr("Taking your number..."),
            TicketState.PRINTING: self.tr("Printing your ticket..."),
            TicketState.PRINTED: self.tr("Take your ticket from the printer."),
            TicketState.SAVED: self.tr(
                "There is no printer here: your ticket was saved as the file {file}. "
                "Please remember your number."
            ).format(file=self._file),
            TicketState.PRINT_FAILED: self.tr(
                "Your ticket could not be printed. Please remember your number."
            ),
            TicketState.FAILED: self.tr(
                "Sorry, no number could be given. Please ask at the counter or call staff."
            ),
        }[self._state]

    def reset(self) -> None:
        super().reset()
        self._ticket, self._state, self._file = None, TicketState.WORKING, ""
        self.retranslate()


class BookingCodeScreen(Page):
    """Type the booking code of an appointment to check in (no eID needed).

    Signals:
        submitted(str): the code as typed.
        back(): return to the ticket screen.
    """

    name = "ticket-booking-code"
    submitted = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLineEdit()
        self.code.setObjectName("booking-code-field")
        self.code.setMaxLength(9)
        self.code.returnPressed.connect(self._submit)
        self.problem = label("booking-code-problem")
        self.column.addWidget(self.code)
        self.column.addWidget(self.problem)
        self.submit_button = button("check-in")
        self.submit_button.clicked.connect(self._submit)
        self.back_button = button("back")
        self.back_button.clicked.connect(self.back)
        self.bottom.addWidget(self.back_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.submit_button)
        self._problem = ""
        self.retranslate()

    def _submit(self) -> None:
        self.submitted.emit(self.code.text())

    def show_problem(self, text: str) -> None:
        self._problem = text
        self.retranslate()

    def retranslate(self) -> None:
        if not hasattr(self, "back_button"):
            return
        set_text(self.heading, self.tr("Check in for your appointment"))
        set_text(
            self.message,
            self.tr("Type the booking code of your appointment (6 letters and digits)."),
        )
        self.code.setAccessibleName(self.tr("Booking code"))
        self.code.setPlaceholderText(self.tr("Booking code"))
        self.problem.setVisible(bool(self._problem))
        set_text(self.problem, self._problem)
        set_text(self.submit_button, self.tr("Check in"))
        set_text(self.back_button, self.tr("Back"))

    def reset(self) -> None:
        super().reset()
        self._problem = ""
        self.retranslate()
