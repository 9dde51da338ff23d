"""A citizen asks for a certificate at the kiosk: real central process, real store, real PDF.

The citizen is identified through `CitizenHolder.identify` with a synthetic citizen of the
register (the card path is the card feature's test); the PIN step is passed through here
(no card in a reader to check it against).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from card_reader.dates import PartialDate
from central import admin
from kiosk.citizen import Citizen
from kiosk.config import Settings
from kiosk.pseudonyms import person_key
from kiosk.session import EndReason
from offline_sync.device_state import CENTRAL_URL, set_state
from offline_sync.enroll import DeviceCredentials, enroll
from offline_sync.store import open_store
from tests.central.helpers import Central, running_sqlite_central
from tests.fixtures.pdf import pdf_text
from tests.offline_sync.keyrings import MemoryKeyring
from tests.ui.conftest import FakeClock
from ui.app import KioskWindow, build_kiosk
from ui.features._certificate_result import Step
from ui.features.card import card_flow
from ui.features.certificate import CertificateFlow
from ui.printing import DocumentPrinter
from ui.speech import RecordingSpeech

WAIT_MS = 60_000
ALICE_NUMBER = "71715100070"  # Alice SPECIMEN of the synthetic register (emulator profile)
SECRET = b"s" * 32


def all_text(root: QWidget) -> str:
    """Every text and accessible name/description under ``root``."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        found += [widget.accessibleName(), widget.accessibleDescription()]
    return "\n".join(found)


def files_mentioning(folder: Path, *needles: str) -> list[Path]:
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and any(n.encode() in path.read_bytes() for n in needles)
    ]


def alice() -> Citizen:
    return Citizen(
        first_names="Alice Geldigekaart",
        surname="SPECIMEN",
        person_key=person_key(SECRET, ALICE_NUMBER),
        birth_date=PartialDate(1971, 1, 1),
        card_valid_until=dt.date(2031, 1, 1),
        national_number=ALICE_NUMBER,
    )


@dataclass
class Visit:
    window: KioskWindow
    flow: CertificateFlow
    central_url: str
    temp: Path

    @property
    def screen(self) -> str:
        return self.window.shell.current_name

    def click(self, qtbot: QtBot, button: QAbstractButton | None) -> None:
        assert button is not None
        assert button.isVisible(), button.objectName()
        assert button.isEnabled(), button.objectName()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def ask(self, qtbot: QtBot, kind_button: str, *, history: bool = False) -> None:
        """From the citizen's home: Certificates → kind → (history) → continue."""
        home = self.window.shell.screen_named("citizen-home")
        self.click(qtbot, home.findChild(QAbstractButton, "service-certificate"))
        assert self.screen == "certificate-kind"
        page = self.flow.kinds
        button = page.findChild(QAbstractButton, kind_button)
        if button is None or not button.isVisible():
            self.click(qtbot, page.more_button)
            button = self.flow.more_kinds.findChild(QAbstractButton, kind_button)
        self.click(qtbot, button)
        assert self.screen == "certificate-options"
        if history:
            self.click(qtbot, self.flow.options.history_button)
        self.click(qtbot, self.flow.options.continue_button)

    def wait_step(self, qtbot: QtBot, *steps: Step) -> Step:
        """Wait until the result screen shows one of ``steps``; the step shown."""
        qtbot.waitUntil(lambda: self.flow.result.step in steps, timeout=WAIT_MS)
        return self.flow.result.step

    def cut_off_central(self) -> None:
        """Central stops answering this kiosk (its network is gone)."""
        engine = self.window.parts.sync.engine
        assert engine is not None
        with engine.begin() as connection:
            set_state(connection, CENTRAL_URL, "http://127.0.0.1:9")  # nothing listens


@pytest.fixture(scope="module")
def central_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Central, str]]:
    """One central process for the module; each test enrolls its own kiosk."""
    with running_sqlite_central(tmp_path_factory.mktemp("central")) as (central, process):
        yield central, process.url


@pytest.fixture
def visit(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    central_server: tuple[Central, str],
) -> Iterator[Visit]:
    """An enrolled kiosk with its store open, and Alice identified on the home screen."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    central, url = central_server
    muni = central.municipality()
    credentials = DeviceCredentials(MemoryKeyring())
    database = tmp_path / "kiosk.sqlite3"
    store = open_store(database)
    code = admin.create_enrollment_code(central.engine, muni.municipality_id, "kiosk", None)
    enroll(store.engine, central.url, code, device_name="kiosk", credentials=credentials)
    store.close()
    settings = Settings(
        municipality_name="Zonnegem",
        data_dir=tmp_path,
        database_path=database,
        print_folder=tmp_path / "printed",
        idle_timeout_seconds=120,
    )
    window = build_kiosk(settings, speech=RecordingSpeech(), clock=FakeClock(), tick_ms=5)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    parts = window.parts
    parts.sync.credentials = credentials
    with qtbot.waitSignal(parts.store.opened, timeout=WAIT_MS):
        parts.store.start()
    flow = window.findChild(CertificateFlow)
    assert flow is not None
    flow.pin = lambda _parts, _purpose, verified, _cancelled: verified()
    flow.printer = DocumentPrinter(settings, find=lambda _s: None)  # no printer here
    parts.citizen.identify(alice())
    parts.shell.show_screen("citizen-home")
    try:
        yield Visit(window, flow, url, temp)
    finally:
        cards = card_flow(parts)
        if cards is not None:
            cards.stop()  # its reader monitor started with the store
        parts.sync.stop()
        parts.store.finish()


def test_a_certificate_is_issued_shown_with_its_code_and_verifiable(
    qtbot: QtBot, visit: Visit, tmp_path: Path
) -> None:
    visit.window.parts.controller.set_language("fr-BE")
    visit.ask(qtbot, "certificate-life")
    assert visit.wait_step(qtbot, Step.READY, Step.PROBLEM, Step.OFFLINE) is Step.READY
    issued = visit.flow.issued
    assert issued is not None
    code = issued.data.verification_code
    assert issued.data.language == "fr-BE"  # the visit's language by default
    assert code in visit.flow.result.code_label.text()
    assert "Certificat de vie" in visit.flow.result.message.text()
    text = pdf_text(issued.document.pdf, tmp_path)
    assert "Alice" in text
    assert "SPECIMEN" in text
    assert code in text
    answer = requests.get(f"{visit.central_url}/v1/verify/{code}", timeout=30).json()
    assert answer["status"] == "valid"
    assert answer["pdf_sha256"] == issued.document.sha256
    # the PDF waits in the session's own folder
    folder = visit.flow.files.folder
    assert folder is not None
    assert (folder / f"certificate-{code}.pdf").exists()


def test_without_a_printer_the_citizen_hears_where_the_certificate_went(
    qtbot: QtBot, visit: Visit
) -> None:
    visit.ask(qtbot, "certificate-residence")
    visit.wait_step(qtbot, Step.READY)
    visit.click(qtbot, visit.flow.result.print_button)
    assert visit.wait_step(qtbot, Step.SAVED_AS_FILE, Step.PROBLEM) is Step.SAVED_AS_FILE
    issued = visit.flow.issued
    assert issued is not None
    saved = visit.window.parts.settings.print_output_folder / (
        f"certificate-{issued.data.verification_code}.pdf"
    )
    assert saved.read_bytes() == issued.document.pdf
    assert "geen printer" in visit.flow.result.message.text()
    assert saved.name in visit.flow.result.message.text()


def test_with_a_printer_the_certificate_is_printed(
    qtbot: QtBot, visit: Visit, tmp_path: Path
) -> None:
    paper = tmp_path / "paper.pdf"

    def printer(_settings: Settings) -> QPrinter:
        double = QPrinter(QPrinter.PrinterMode.HighResolution)
        double.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        double.setOutputFileName(str(paper))
        return double

    visit.flow.printer = DocumentPrinter(visit.window.parts.settings, find=printer)
    visit.ask(qtbot, "certificate-household")
    visit.wait_step(qtbot, Step.READY)
    visit.click(qtbot, visit.flow.result.print_button)
    assert visit.wait_step(qtbot, Step.PRINTED, Step.PROBLEM) is Step.PRINTED
    assert paper.stat().st_size > 0
    assert "Uw attest is afgedrukt" in visit.flow.result.spoken_text()
    assert "Neem het uit de printer" in visit.flow.result.message.text()
    assert not (tmp_path / "printed").exists()


def test_nothing_of_the_certificate_is_left_after_the_visit(qtbot: QtBot, visit: Visit) -> None:
    visit.ask(qtbot, "certificate-residence", history=True)
    visit.wait_step(qtbot, Step.READY)
    issued = visit.flow.issued
    assert issued is not None
    code = issued.data.verification_code
    folder = visit.flow.files.folder
    assert folder is not None
    assert folder.is_relative_to(visit.temp)
    with qtbot.waitSignal(visit.window.parts.controller.ended):
        visit.window.parts.controller.end_session(EndReason.CARD_REMOVED)
    assert not folder.exists()
    assert visit.flow.issued is None
    assert files_mentioning(visit.temp, "SPECIMEN", "Alice", code, ALICE_NUMBER) == []
    assert list(visit.temp.rglob("*.pdf")) == []
    shown = all_text(visit.window)
    for secret in ("SPECIMEN", "Alice", code):
        assert secret not in shown


def test_with_central_down_the_request_is_kept_and_the_citizen_told_how_it_comes(
    qtbot: QtBot, visit: Visit
) -> None:
    visit.cut_off_central()
    visit.ask(qtbot, "certificate-residence", history=True)
    assert visit.wait_step(qtbot, Step.OFFLINE, Step.READY, Step.PROBLEM) is Step.OFFLINE
    visit.click(qtbot, visit.flow.result.post_button)
    assert visit.wait_step(qtbot, Step.REQUEST_SAVED, Step.PROBLEM) is Step.REQUEST_SAVED
    message = visit.flow.result.message.text()
    assert "met de post" in message
    assert "adres" in message
    engine = visit.window.parts.sync.engine
    assert engine is not None
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT kind, language, with_history, delivery, status, person_key"
                " FROM certificate_request"
            )
        ).all()
        ops = connection.execute(
            text("SELECT count(*) FROM outbox WHERE entity = 'certificate_request'")
        ).scalar_one()
    assert [tuple(r) for r in rows] == [
        ("residence", "nl-BE", 1, "post", "queued", alice().person_key)
    ]
    assert ops == 1


def test_collecting_at_the_town_hall_names_the_day(qtbot: QtBot, visit: Visit) -> None:
    visit.cut_off_central()
    visit.ask(qtbot, "certificate-voter")
    assert visit.wait_step(qtbot, Step.OFFLINE, Step.READY, Step.PROBLEM) is Step.OFFLINE
    visit.click(qtbot, visit.flow.result.town_hall_button)
    visit.wait_step(qtbot, Step.REQUEST_SAVED, Step.PROBLEM)
    message = visit.flow.result.message.text()
    assert "loket" in message
    assert "ophalen vanaf" in message
