"""Appointments at the kiosk for an identified citizen: check in, or book a new time.

The flow: the citizen's appointments (pulled by person scope while they are here) →
"check in now" gives a ticket linked to the appointment (`kiosk.check_in`, works
offline) and shows it on the queue ticket screen; or book: channel (counter, home
visit, video call) → service (counter only) → a free time from the slots central
published → booked at central at once, refused when full, or saved for sync when
central cannot be reached. A guest checks in with a booking code on the ticket screen.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.appointment_client import connect
from kiosk.appointments import Appointment, Slot, SlotFull, appointments_of, book, open_slots
from kiosk.check_in import can_check_in, check_in_local
from kiosk.citizen import actor_for
from kiosk.queue import Ticket
from kiosk.services import Service
from ui.citizen_home import CitizenMoreScreen
from ui.features import offer
from ui.features._appointment_result import Booking, BookingScreen
from ui.features._appointment_screens import (
    AppointmentServiceScreen,
    AppointmentsScreen,
    SlotsScreen,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from ui.app import KioskParts, KioskWindow

log = logging.getLogger(__name__)


class AppointmentFlow(QObject):
    """Moves the citizen through the appointment screens; forgets them at the end."""

    def __init__(self, parts: KioskParts) -> None:
        super().__init__()
        self.setObjectName("appointment-flow")
        self.parts = parts
        self.overview = AppointmentsScreen()
        self.services = AppointmentServiceScreen()
        self.slots = SlotsScreen()
        self.result = BookingScreen()
        self._appointments: list[Appointment] = []
        self._channel, self._service = "counter", ""
        self.overview.back.connect(lambda: parts.shell.show_screen(CitizenMoreScreen.name))
        self.overview.book.connect(self._book_channel)
        self.overview.check_in.connect(self._check_in)
        self.services.chosen.connect(self._service_chosen)
        self.services.back.connect(self.start)
        self.slots.chosen.connect(self._slot_chosen)
        self.slots.back.connect(self.start)
        self.result.done.connect(self.start)
        self.result.other_time.connect(self._load_slots)

    def engine(self) -> Engine | None:
        engine: Engine | None = getattr(self.parts.store.store, "engine", None)
        return engine

    def start(self) -> None:
        """Show the citizen's appointments (read on a worker)."""
        self.parts.shell.show_screen(self.overview.name)
        engine, citizen = self.engine(), self.parts.citizen.current
        if engine is None or citizen is None:
            self.overview.show_appointments([], can_check_in=False)
            return
        self.parts.sync.trigger()  # their latest appointments, for the next look
        person_key = citizen.person_key
        self.parts.jobs.run(lambda: appointments_of(engine, person_key), self._show)

    def forget(self) -> None:
        self._appointments, self._service = [], ""

    def _show(self, appointments: list[Appointment]) -> None:
        now = dt.datetime.now(dt.UTC)
        self._appointments = appointments
        today = any(can_check_in(a, now) for a in appointments)
        self.overview.show_appointments(appointments, can_check_in=today)
        self.parts.narrator.status(self.overview.message.text())

    def _check_in(self) -> None:
        engine, settings, now = self.engine(), self.parts.settings, dt.datetime.now(dt.UTC)
        due = [a for a in self._appointments if can_check_in(a, now)]
        if engine is None or not due:
            return
        appointment = due[0]
        self.parts.jobs.run(
            lambda: check_in_local(
                engine,
                appointment,
                now,
                prefix=settings.ticket_prefix,
                minutes_per_ticket=settings.queue_minutes_per_ticket,
            ),
            self._checked_in,
            lambda error: log.error("checking in failed", exc_info=error),
        )

    def _checked_in(self, ticket: Ticket) -> None:
        from ui.features.ticket import TicketFlow  # installed after this feature

        flow = self.parts.shell.window().findChild(TicketFlow)
        if isinstance(flow, TicketFlow):
            flow.present(ticket, checked_in=True)

    def _book_channel(self, channel: str) -> None:
        self._channel, self._service = channel, ""
        if channel == "counter":
            self.parts.shell.show_screen(self.services.name)
        else:
            self._load_slots()

    def _service_chosen(self, service: str) -> None:
        self._service = service
        self._load_slots()

    def _load_slots(self) -> None:
        self.slots.show_slots([], self._channel)
        self.parts.shell.show_screen(self.slots.name)
        engine, channel = self.engine(), self._channel
        service = self._service or None
        if engine is None:
            return
        self.parts.jobs.run(
            lambda: open_slots(engine, channel, dt.datetime.now(dt.UTC), service=service),
            self._show_slots,
        )

    def _show_slots(self, slots: list[Slot]) -> None:
        self.slots.show_slots(slots, self._channel)
        self.parts.narrator.status(self.slots.message.text())

    def _slot_chosen(self, slot: Slot) -> None:
        engine, citizen, parts = self.engine(), self.parts.citizen.current, self.parts
        self._show_outcome(Booking.WORKING)
        if engine is None or citizen is None:
            self._show_outcome(Booking.FAILED)
            return
        person_key, settings = citizen.person_key, parts.settings
        actor = actor_for(parts.citizen.assisted_by)
        self.parts.jobs.run(
            lambda: book(
                engine,
                lambda: connect(engine, parts.sync.credentials, settings.ca_bundle),
                slot,
                person_key,
                actor=actor,
            ),
            self._booked,
            self._booking_failed,
        )

    def _booked(self, appointment: Appointment) -> None:
        outcome = Booking.BOOKED if appointment.confirmed else Booking.SAVED_OFFLINE
        self._show_outcome(outcome, appointment)
        self.parts.sync.trigger()

    def _booking_failed(self, error: BaseException) -> None:
        if isinstance(error, SlotFull):
            self._show_outcome(Booking.FULL)
            return
        log.error("booking an appointment failed", exc_info=error)
        self._show_outcome(Booking.FAILED)

    def _show_outcome(self, outcome: Booking, appointment: Appointment | None = None) -> None:
        self.result.show_outcome(outcome, appointment)
        if self.parts.shell.current_name != self.result.name:
            self.parts.shell.show_screen(self.result.name)
        else:
            self.parts.narrator.status(self.result.message.text())


def install(parts: KioskParts, window: KioskWindow) -> None:
    """Add the appointment screens and offer the service on the citizen's pages."""
    flow = AppointmentFlow(parts)
    flow.setParent(window)
    for screen in (flow.overview, flow.services, flow.slots, flow.result):
        parts.shell.add_screen(screen)
    parts.controller.ended.connect(lambda _reason: flow.forget())
    offer(parts, Service.APPOINTMENT, flow.start)
