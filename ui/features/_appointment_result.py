"""The booking's outcome: booked (with the code to keep), saved offline, or the slot is full."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from kiosk.appointments import Appointment
from ui.features._appointment_screens import channel_label, when
from ui.features._ticket_screens import Page, button, label, service_label
from ui.screen import set_text


class Booking(enum.Enum):
    WORKING = "working"
    BOOKED = "booked"
    SAVED_OFFLINE = "saved_offline"
    FULL = "full"
    FAILED = "failed"


class BookingScreen(Page):
    """The booking's outcome and, once booked, the booking code to keep.

    Signals:
        done(): back to the appointments.
        other_time(): the slot was full; choose another.
    """

    name = "appointment-result"
    done = Signal()
    other_time = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_label = label("booking-code")
        self.code_label.setProperty("fixedText", True)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setStyleSheet("font-size: 40pt; font-weight: bold;")
        self.column.addWidget(self.code_label)
        self.other_button = button("other-time")
        self.other_button.clicked.connect(self.other_time)
        self.done_button = button("done")
        self.done_button.clicked.connect(self.done)
        self.bottom.addWidget(self.done_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.other_button)
        self.outcome = Booking.WORKING
        self.appointment: Appointment | None = None
        self.retranslate()

    def show_outcome(self, outcome: Booking, appointment: Appointment | None = None) -> None:
        self.outcome, self.appointment = outcome, appointment
        self.retranslate()

    def retranslate(self) -> None:
        if not hasattr(self, "done_button"):
            return
        item = self.appointment
        set_text(self.heading, self.tr("Your appointment"))
        values = (
            {
                "when": when(item.starts_at),
                "service": service_label(item.service),
                "channel": channel_label(item.channel),
            }
            if item is not None
            else {}
        )
        message = {
            Booking.WORKING: self.tr("Booking your appointment..."),
            Booking.BOOKED: self.tr(
                "Booked: {when}, {service} ({channel}). Keep this booking code to check in:"
            ),
            Booking.SAVED_OFFLINE: self.tr(
                "Saved: {when}, {service} ({channel}). The kiosk is offline: the booking is "
                "confirmed as soon as it is back online. If that time is full by then, you "
                "will see it at your next visit. Your booking code:"
            ),
            Booking.FULL: self.tr("Sorry, this time is fully booked. Please choose another time."),
            Booking.FAILED: self.tr(
                "The appointment could not be booked. Please ask at the counter."
            ),
        }[self.outcome]
        set_text(self.message, message.format(**values) if values else message)
        shown = item is not None and self.outcome in (Booking.BOOKED, Booking.SAVED_OFFLINE)
        self.code_label.setVisible(shown)
        set_text(self.code_label, item.booking_code if shown and item is not None else "")
        self.other_button.setVisible(self.outcome is Booking.FULL)
        set_text(self.other_button, self.tr("Choose another time"))
        set_text(self.done_button, self.tr("Done"))

    def reset(self) -> None:
        super().reset()
        self.outcome, self.appointment = Booking.WORKING, None
        self.retranslate()
