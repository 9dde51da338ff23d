"""Queue tickets at the kiosk: choose a counter service, get a number, the wait and a paper.

The flow: counter services → the ticket is numbered and stored on a worker
(`kiosk.queue.take_ticket`) → the number and expected wait are shown at once → the 80 mm
ticket is rendered and printed on a worker (`ui.printing.DocumentPrinter`: where there is
no printer it is saved as a file and the screen says so). A guest with an appointment
checks in here with their booking code ("I have an appointment"): the appointment
service itself needs an eID, a check-in does not.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.appointment_client import connect
from kiosk.appointments import normalize_code
from kiosk.check_in import CheckInRefused, check_in_by_code
from kiosk.documents.ticket import TicketData, render_ticket
from kiosk.queue import Ticket, take_ticket
from kiosk.services import Service
from ui.citizen_home import CitizenHomeScreen
from ui.features import offer
from ui.features._ticket_screens import (
    BookingCodeScreen,
    ServiceChoiceScreen,
    TicketScreen,
    TicketState,
    service_label,
)
from ui.guest_home import GuestHomeScreen
from ui.printing import DocumentPrinter, Printed, PrintResult

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from ui.app import KioskParts, KioskWindow

log = logging.getLogger(__name__)


class TicketFlow(QObject):
    """Moves the citizen through the queue screens; `present` also serves check-ins."""

    def __init__(self, parts: KioskParts) -> None:
        super().__init__()
        self.setObjectName("ticket-flow")
        self.parts = parts
        self.choice = ServiceChoiceScreen()
        self.result = TicketScreen()
        self.code = BookingCodeScreen()
        self.printer = DocumentPrinter(parts.settings)
        self.choice.chosen.connect(self._take)
        self.choice.code_requested.connect(lambda: parts.shell.show_screen(self.code.name))
        self.choice.back.connect(self._home)
        self.code.submitted.connect(self._check_in)
        self.code.back.connect(parts.shell.go_back)
        self.result.done.connect(self._home)

    def engine(self) -> Engine | None:
        engine: Engine | None = getattr(self.parts.store.store, "engine", None)
        return engine

    def start(self) -> None:
        self.parts.shell.show_screen(self.choice.name)

    def present(self, ticket: Ticket, *, checked_in: bool = False) -> None:
        """Show ``ticket`` and print it (on a worker)."""
        minutes = round(ticket.estimated_wait.total_seconds() / 60)
        self.result.show_ticket(ticket.number, ticket.service, minutes, checked_in=checked_in)
        self._show_result()
        self.parts.sync.trigger()
        data = TicketData(
            municipality_name=self.parts.settings.municipality_name,
            service_label=service_label(ticket.service),
            number=ticket.number,
            estimated_wait=ticket.estimated_wait,
            taken_at=ticket.issued_at.astimezone(),
            language=self.parts.session.preferences.language,
        )
        printer = self.printer

        def work() -> PrintResult:
            pdf = render_ticket(data)
            return printer.print_pdf(pdf, f"ticket-{data.number}.pdf", title=data.number)

        self.parts.jobs.run(work, self._printed, self._print_failed)

    def _take(self, service: str) -> None:
        engine, settings = self.engine(), self.parts.settings
        self.result.reset()
        self._show_result()
        if engine is None:
            self._failed(RuntimeError("the local store is not open"))
            return
        self.parts.jobs.run(
            lambda: take_ticket(
                engine,
                service,
                prefix=settings.ticket_prefix,
                minutes_per_ticket=settings.queue_minutes_per_ticket,
            ),
            self.present,
            self._failed,
        )

    def _check_in(self, typed: str) -> None:
        code, engine, parts = normalize_code(typed), self.engine(), self.parts
        if code is None:
            self.code.show_problem(
                self.tr("That is not a booking code. It has 6 letters and digits.")
            )
            self.parts.narrator.status(self.code.problem.text())
            return
        if engine is None:
            self._refused("unavailable")
            return
        settings = parts.settings

        def work() -> Ticket:
            return check_in_by_code(
                engine,
                lambda: connect(engine, parts.sync.credentials, settings.ca_bundle),
                code,
                dt.datetime.now(dt.UTC),
                prefix=settings.ticket_prefix,
                minutes_per_ticket=settings.queue_minutes_per_ticket,
            )

        self.code.show_problem(self.tr("Checking your booking code..."))
        self.parts.jobs.run(work, self._checked_in, self._check_in_failed)

    def _checked_in(self, ticket: Ticket) -> None:
        self.code.reset()
        self.present(ticket, checked_in=True)

    def _check_in_failed(self, error: BaseException) -> None:
        if isinstance(error, CheckInRefused):
            self._refused(error.reason)
            return
        log.error("checking in failed", exc_info=error)
        self._refused("unavailable")

    def _refused(self, reason: str) -> None:
        text = {
            "unknown_booking_code": self.tr(
                "No appointment has this booking code. Please check it, or ask at the counter."
            ),
            "not_today": self.tr(
                "Your appointment is not today. Please come back on the day of your appointment."
            ),
            "not_at_counter": self.tr(
                "This appointment is not at the counter (a home visit or a video call)."
            ),
        }.get(reason, self.tr("Checking in is not possible now. Please ask at the counter."))
        self.code.show_problem(text)
        self.parts.narrator.status(text)

    def _printed(self, result: PrintResult) -> None:
        if isinstance(result, Printed):
            self.result.show_state(TicketState.PRINTED)
        else:
            self.result.show_state(TicketState.SAVED, result.path.name)
        self.parts.narrator.status(self.result.paper.text())

    def _print_failed(self, error: BaseException) -> None:
        log.error("printing a ticket failed", exc_info=error)
        self.result.show_state(TicketState.PRINT_FAILED)
        self.parts.narrator.status(self.result.paper.text())

    def _failed(self, error: BaseException) -> None:
        log.error("taking a ticket failed", exc_info=error)
        self.result.show_state(TicketState.FAILED)
        self.parts.narrator.status(self.result.paper.text())

    def _show_result(self) -> None:
        """Bring the ticket screen up (read aloud), or read the news when it is up."""
        if self.parts.shell.current_name != self.result.name:
            self.parts.shell.show_screen(self.result.name)
        elif self.result.number.isVisibleTo(self.result):
            texts = (self.result.number.text(), self.result.wait.text())
            self.parts.narrator.status("\n".join(texts))

    def _home(self) -> None:
        identified = self.parts.citizen.current is not None
        self.parts.shell.show_screen(CitizenHomeScreen.name if identified else GuestHomeScreen.name)


def install(parts: KioskParts, window: KioskWindow) -> None:
    """Add the queue screens and offer the ticket to guests and citizens."""
    flow = TicketFlow(parts)
    flow.setParent(window)
    for screen in (flow.choice, flow.result, flow.code):
        parts.shell.add_screen(screen)
    offer(parts, Service.TICKET, flow.start)
