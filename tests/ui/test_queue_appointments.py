"""Queue tickets and appointments on the real kiosk widgets, with a real central process.

The kiosk's store is a real SQLite file enrolled with ``fygitaal central serve``; sync
rounds run as the background loop would run them. The citizen is put in the
`CitizenHolder` as the card flow does after a verified read (the card tests cover that).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from card_reader.dates import PartialDate
from central import appointments as central_appointments
from kiosk.citizen import Citizen
from kiosk.config import Settings
from kiosk.session import EndReason
from offline_sync.protocol import new_id
from offline_sync.runner import DeviceSync
from tests.central.helpers import Central, Municipality, running_sqlite_central
from tests.kiosk.kiosk_stores import KioskStore, enrolled_kiosk
from tests.ui.conftest import FakeClock
from ui.app import KioskWindow, build_kiosk
from ui.features.ticket import TicketFlow
from ui.printing import DocumentPrinter
from ui.speech import RecordingSpeech

WAIT_MS = 20_000
PERSON_KEY = "pk-queue-test"


@dataclass
class Kiosk:
    window: KioskWindow
    device: KioskStore
    central: Central
    muni: Municipality
    print_folder: Path

    @property
    def screen(self) -> str:
        return self.window.shell.current_name

    def widget(self, kind: type[QWidget], name: str) -> QWidget:
        found = self.window.shell.screen_named(self.screen).findChild(kind, name)
        assert found is not None, f"{self.screen}: no {name}"
        return found

    def click(self, qtbot: QtBot, name: str) -> None:
        button = self.widget(QAbstractButton, name)
        assert button.isVisible(), name
        assert button.isEnabled(), name
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def text(self, name: str) -> str:
        label = self.widget(QLabel, name)
        assert isinstance(label, QLabel)
        return label.text() if label.isVisible() else ""

    def sync(self) -> None:
        citizen = self.window.parts.citizen.current
        key = None if citizen is None else citizen.person_key
        run = DeviceSync(
            self.device.engine, credentials=self.device.credentials, person_key=lambda: key
        )
        try:
            run()
        finally:
            run.close()

    def identify(self) -> None:
        citizen = Citizen(
            first_names="Lotte Marie",
            surname="Specimen",
            person_key=PERSON_KEY,
            birth_date=PartialDate(1985, 7, 30),
            card_valid_until=dt.date.today() + dt.timedelta(days=900),
        )
        self.window.parts.controller.input_received()
        self.window.parts.citizen.identify(citizen)

    def slot(self, *, capacity: int = 1, hours: float = 1.0) -> str:
        return central_appointments.publish_slot(
            self.central.engine,
            self.muni.municipality_id,
            service="population",
            channel="counter",
            starts_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=hours),
            minutes=30,
            capacity=capacity,
        )


@contextlib.contextmanager
def kiosk_with_central(qtbot: QtBot, tmp_path: Path) -> Iterator[Kiosk]:
    with running_sqlite_central(tmp_path) as (central, _process):
        muni = central.municipality()
        device = enrolled_kiosk(
            tmp_path, "kiosk", central.url, central.engine, muni.municipality_id
        )
        settings = Settings(
            municipality_id=muni.municipality_id,
            municipality_name="Zonnegem",
            central_url=central.url,
            data_dir=tmp_path / "data",
            log_dir=tmp_path / "log",
            print_folder=tmp_path / "printed",
            ticket_prefix="K",
        )
        window = build_kiosk(settings, speech=RecordingSpeech(), clock=FakeClock(), tick_ms=5)
        window.parts.store.store = device.store
        window.parts.sync.credentials = device.credentials
        flow = window.findChild(TicketFlow)
        assert flow is not None
        flow.printer = DocumentPrinter(settings, find=lambda _settings: None)  # no printer here
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        try:
            yield Kiosk(window, device, central, muni, tmp_path / "printed")
        finally:
            window.parts.jobs.shutdown()
            device.store.close()


def _texts(root: QWidget) -> str:
    widgets = root.findChildren(QLabel) + root.findChildren(QAbstractButton)
    fields = [w.text() for w in root.findChildren(QLineEdit)]
    return "\n".join([w.text() for w in widgets] + fields)


def test_a_guest_takes_a_ticket_and_sees_number_wait_and_paper(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with kiosk_with_central(qtbot, tmp_path) as kiosk:
        kiosk.window.shell.show_screen("guest-home")
        kiosk.click(qtbot, "service-ticket")
        assert kiosk.screen == "ticket"
        kiosk.click(qtbot, "counter-population")
        qtbot.waitUntil(lambda: kiosk.text("ticket-number") == "K-001", timeout=WAIT_MS)
        assert kiosk.text("ticket-wait") == "U bent bijna aan de beurt"
        qtbot.waitUntil(lambda: "ticket-K-001.pdf" in kiosk.text("ticket-paper"), timeout=WAIT_MS)
        assert "geen printer" in kiosk.text("ticket-paper")
        assert (kiosk.print_folder / "ticket-K-001.pdf").read_bytes().startswith(b"%PDF")
        kiosk.click(qtbot, "done")
        kiosk.click(qtbot, "service-ticket")
        kiosk.click(qtbot, "counter-population")
        qtbot.waitUntil(lambda: kiosk.text("ticket-number") == "K-002", timeout=WAIT_MS)
        assert kiosk.text("ticket-wait") == "Verwachte wachttijd: ongeveer 6 minuten"
        kiosk.sync()
        tickets = kiosk.central.engine
        with tickets.connect() as conn:
            numbers = conn.execute(
                text(
                    "SELECT count(*) FROM record WHERE entity = 'ticket' AND municipality_id = :m"
                ),
                {"m": kiosk.muni.municipality_id},
            ).scalar_one()
        assert numbers == 2  # the queue reached central, so every kiosk sees it


def test_book_a_slot_then_check_in_by_booking_code(qtbot: QtBot, tmp_path: Path) -> None:
    with kiosk_with_central(qtbot, tmp_path) as kiosk:
        slot_id = kiosk.slot(capacity=1)
        kiosk.sync()
        kiosk.identify()
        kiosk.window.shell.show_screen("citizen-more")
        kiosk.click(qtbot, "service-appointment")
        qtbot.waitUntil(lambda: kiosk.text("appointment-message") != "", timeout=WAIT_MS)
        kiosk.click(qtbot, "book-counter")
        kiosk.click(qtbot, "appointment-population")
        qtbot.waitUntil(
            lambda: kiosk.widget(QAbstractButton, "slot-0").isVisible(), timeout=WAIT_MS
        )
        kiosk.click(qtbot, "slot-0")
        qtbot.waitUntil(lambda: kiosk.text("booking-code") != "", timeout=WAIT_MS)
        code = kiosk.text("booking-code")
        assert kiosk.text("appointment-result-message").startswith("Geboekt:")
        counts = central_appointments.slot_counts(kiosk.central.engine, kiosk.muni.municipality_id)
        assert counts[slot_id] == (1, 1)  # central booked the place
        kiosk.sync()  # the appointment comes to the kiosk with the citizen's records
        kiosk.click(qtbot, "done")
        qtbot.waitUntil(lambda: "geboekt" in kiosk.text("appointment-0"), timeout=WAIT_MS)
        assert kiosk.widget(QAbstractButton, "check-in-eid").isVisible()

        kiosk.window.parts.controller.end_session(EndReason.FINISHED)
        assert code not in _texts(kiosk.window)  # nothing of the booking is left on screen

        kiosk.window.shell.show_screen("guest-home")
        kiosk.click(qtbot, "service-ticket")
        kiosk.click(qtbot, "booking-code")
        field = kiosk.widget(QLineEdit, "booking-code-field")
        qtbot.keyClicks(field, code.lower())
        kiosk.click(qtbot, "check-in")
        qtbot.waitUntil(lambda: kiosk.text("ticket-number") == "K-001", timeout=WAIT_MS)
        assert kiosk.text("ticket-result-message") == "U bent ingecheckt voor uw afspraak."
        with kiosk.device.engine.connect() as conn:
            linked = conn.execute(text("SELECT appointment_id FROM ticket")).scalar_one()
        kiosk.sync()
        state = {r["id"]: r for r in _records(kiosk, "appointment")}
        assert state[linked]["fields"]["status"] == "checked_in"


def test_a_full_slot_is_refused_with_a_clear_message(qtbot: QtBot, tmp_path: Path) -> None:
    with kiosk_with_central(qtbot, tmp_path) as kiosk:
        slot_id = kiosk.slot(capacity=1)
        kiosk.sync()  # the kiosk sees a free place ...
        central_appointments.book(  # ... that another kiosk takes before this citizen
            kiosk.central.engine,
            kiosk.muni.municipality_id,
            central_appointments.Booking(new_id(), slot_id, "OTHER2", "pk-other"),
        )
        kiosk.identify()
        kiosk.window.shell.show_screen("citizen-more")
        kiosk.click(qtbot, "service-appointment")
        kiosk.click(qtbot, "book-counter")
        kiosk.click(qtbot, "appointment-population")
        qtbot.waitUntil(
            lambda: kiosk.widget(QAbstractButton, "slot-0").isVisible(), timeout=WAIT_MS
        )
        kiosk.click(qtbot, "slot-0")
        qtbot.waitUntil(
            lambda: "volzet" in kiosk.text("appointment-result-message"), timeout=WAIT_MS
        )
        assert kiosk.text("appointment-result-message") == (
            "Sorry, dit uur is volzet. Kies een ander moment."
        )
        assert kiosk.text("booking-code") == ""
        kiosk.click(qtbot, "other-time")
        assert kiosk.screen == "appointment-slots"


def _records(kiosk: Kiosk, entity: str) -> list[dict[str, Any]]:
    from central.backoffice import list_records

    return list_records(
        kiosk.central.engine,
        kiosk.muni.municipality_id,
        entity,
        status=None,
        category=None,
        limit=100,
        offset=0,
    )


def test_a_citizen_checks_in_by_eid_and_gets_a_linked_ticket(qtbot: QtBot, tmp_path: Path) -> None:
    with kiosk_with_central(qtbot, tmp_path) as kiosk:
        slot_id = kiosk.slot(capacity=2, hours=0.5)
        booking = central_appointments.Booking(new_id(), slot_id, "EID234", PERSON_KEY)
        central_appointments.book(kiosk.central.engine, kiosk.muni.municipality_id, booking)
        kiosk.identify()
        kiosk.sync()  # the citizen's appointments come with their records
        kiosk.window.shell.show_screen("citizen-more")
        kiosk.click(qtbot, "service-appointment")
        qtbot.waitUntil(
            lambda: kiosk.widget(QAbstractButton, "check-in-eid").isVisible(), timeout=WAIT_MS
        )
        kiosk.click(qtbot, "check-in-eid")
        qtbot.waitUntil(lambda: kiosk.screen == "ticket-result", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: kiosk.text("ticket-number") == "K-001", timeout=WAIT_MS)
        assert kiosk.text("ticket-result-message") == "U bent ingecheckt voor uw afspraak."
        kiosk.sync()
        (record,) = _records(kiosk, "appointment")
        assert record["fields"]["status"] == "checked_in"
        (ticket,) = _records(kiosk, "ticket")
        assert ticket["fields"]["appointment_id"] == booking.appointment_id
