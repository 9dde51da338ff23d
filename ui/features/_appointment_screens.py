"""Appointment screens: the citizen's appointments, a service, a free time, the outcome.

Times and booking codes are data (``fixedText``); every sentence around them is
translated. A page shows at most four free times and two appointments: what fits
unclipped in large text at 1280x800, without scrolling.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.appointments import Appointment, Slot
from kiosk.queue import COUNTER_SERVICES
from ui.features._ticket_screens import Page, button, label, service_label
from ui.screen import set_text

MAX_SLOTS, MAX_SHOWN = 4, 2


def channel_label(channel: str) -> str:
    return {
        "counter": QCoreApplication.translate("AppointmentChannel", "at the counter"),
        "home_visit": QCoreApplication.translate("AppointmentChannel", "home visit"),
        "video": QCoreApplication.translate("AppointmentChannel", "video call"),
    }.get(channel, channel)


def when(moment: dt.datetime) -> str:
    """``27/11/2026 09:30`` in the kiosk's time zone (digits read the same in every language)."""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


class AppointmentsScreen(Page):
    """The citizen's next appointments, check-in, and booking by channel.

    Signals:
        check_in(): check in for today's counter appointment.
        book(str): book a new one by channel (counter, home_visit, video).
        back(): return to the citizen's services.
    """

    name = "appointment"
    check_in = Signal()
    book = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appointments: list[Appointment] = []
        self.can_check_in = False
        self.lines: list[QLabel] = []
        for index in range(MAX_SHOWN):
            line = label(f"appointment-{index}")
            self.layout_.insertWidget(2 + index, line)
            self.lines.append(line)
        self.check_in_button = button("check-in-eid")
        self.check_in_button.clicked.connect(self.check_in)
        self.column.addWidget(self.check_in_button)
        self.book_buttons: dict[str, QPushButton] = {}
        for channel in ("counter", "home_visit", "video"):
            widget = button(f"book-{channel}")
            widget.clicked.connect(lambda _c=False, c=channel: self.book.emit(c))
            self.column.addWidget(widget)
            self.book_buttons[channel] = widget
        self.back_button = button("back")
        self.back_button.clicked.connect(self.back)
        self.bottom.addWidget(self.back_button)
        self.bottom.addStretch(1)
        self.retranslate()

    def show_appointments(self, appointments: list[Appointment], *, can_check_in: bool) -> None:
        self.appointments, self.can_check_in = appointments[-MAX_SHOWN:], can_check_in
        self.retranslate()

    def retranslate(self) -> None:
        if not hasattr(self, "back_button"):
            return
        set_text(self.heading, self.tr("Appointments"))
        set_text(
            self.message,
            self.tr("Your appointments:")
            if self.appointments
            else self.tr("You have no appointments."),
        )
        for index, line in enumerate(self.lines):
            line.setVisible(index < len(self.appointments))
            set_text(
                line, self._line(self.appointments[index]) if index < len(self.appointments) else ""
            )
        self.check_in_button.setVisible(self.can_check_in)
        set_text(self.check_in_button, self.tr("Check in now for your appointment"))
        set_text(self.book_buttons["counter"], self.tr("Book an appointment at the counter"))
        set_text(self.book_buttons["home_visit"], self.tr("Book a home visit"))
        set_text(self.book_buttons["video"], self.tr("Book a video call"))
        set_text(self.back_button, self.tr("Back"))

    def _line(self, item: Appointment) -> str:
        values = {
            "when": when(item.starts_at),
            "service": service_label(item.service),
            "channel": channel_label(item.channel),
        }
        if item.status == "cancelled":
            text = self.tr(
                "{when}, {service} ({channel}): could not be kept, that time was fully "
                "booked. Please book another time."
            )
        elif item.status == "checked_in":
            text = self.tr("{when}, {service} ({channel}): checked in")
        else:
            text = self.tr("{when}, {service} ({channel}): booked")
        return text.format(**values)

    def reset(self) -> None:
        super().reset()
        self.appointments, self.can_check_in = [], False
        self.retranslate()


class AppointmentServiceScreen(Page):
    """Which counter service the appointment is for.

    Signals:
        chosen(str): the service code.
        back(): return to the appointments.
    """

    name = "appointment-service"
    chosen = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service_buttons: dict[str, QPushButton] = {}
        for code in COUNTER_SERVICES:
            widget = button(f"appointment-{code}")
            widget.clicked.connect(lambda _c=False, c=code: self.chosen.emit(c))
            self.column.addWidget(widget)
            self.service_buttons[code] = widget
        self.back_button = button("back")
        self.back_button.clicked.connect(self.back)
        self.bottom.addWidget(self.back_button)
        self.bottom.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Book an appointment at the counter"))
        set_text(self.message, self.tr("What is the appointment for?"))
        for code, widget in self.service_buttons.items():
            set_text(widget, service_label(code))
        set_text(self.back_button, self.tr("Back"))


class SlotsScreen(Page):
    """Up to four free times, and "later times" when there are more.

    Signals:
        chosen(object): the `Slot`.
        back(): return to the appointments.
    """

    name = "appointment-slots"
    chosen = Signal(object)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slots: list[Slot] = []
        self.first = 0
        self.channel = "counter"
        self.slot_buttons: list[QPushButton] = []
        for index in range(MAX_SLOTS):
            widget = button(f"slot-{index}")
            widget.setProperty("fixedText", True)  # a date and time
            widget.clicked.connect(lambda _c=False, i=index: self._chosen(i))
            self.column.addWidget(widget)
            self.slot_buttons.append(widget)
        self.back_button = button("back")
        self.back_button.clicked.connect(self.back)
        self.more_button = button("later-times")
        self.more_button.clicked.connect(self._later)
        self.bottom.addWidget(self.back_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.more_button)
        self.retranslate()

    def show_slots(self, slots: list[Slot], channel: str) -> None:
        self.slots, self.channel, self.first = slots, channel, 0
        self.retranslate()

    def _page(self) -> list[Slot]:
        return self.slots[self.first : self.first + MAX_SLOTS]

    def _later(self) -> None:
        self.first = self.first + MAX_SLOTS if self.first + MAX_SLOTS < len(self.slots) else 0
        self.retranslate()

    def _chosen(self, index: int) -> None:
        page = self._page()
        if index < len(page):
            self.chosen.emit(page[index])

    def retranslate(self) -> None:
        if not hasattr(self, "more_button"):
            return
        set_text(self.heading, self.tr("Choose a time"))
        page = self._page()
        if page:
            message = self.tr("Free times ({channel}):").format(channel=channel_label(self.channel))
        else:
            message = self.tr(
                "There are no free times in the coming days. Please ask at the counter."
            )
        set_text(self.message, message)
        for index, widget in enumerate(self.slot_buttons):
            widget.setVisible(index < len(page))
            if index < len(page):
                slot = page[index]
                set_text(
                    widget,
                    self.tr("{when}: {service}").format(
                        when=when(slot.starts_at), service=service_label(slot.service)
                    ),
                )
        self.more_button.setVisible(len(self.slots) > MAX_SLOTS)
        set_text(self.more_button, self.tr("Later times"))
        set_text(self.back_button, self.tr("Back"))

    def reset(self) -> None:
        super().reset()
        self.slots, self.first = [], 0
        self.retranslate()


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
