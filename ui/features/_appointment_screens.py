"""Appointment screens: the citizen's appointments, a service, a free time, the outcome.

Times and booking codes are data (``fixedText``); every sentence around them is
translated. A page shows at most four free times and two appointments: what fits
unclipped in large text at 1280x800, without scrolling.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
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
