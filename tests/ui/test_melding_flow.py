"""A guest reports a street light out at the kiosk; later, any kiosk shows what became of it.

Real widgets, a real device store; for the end-to-end test a real central process with an
enrolled kiosk store, the real sync loop, and the back office over HTTP.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import requests
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from card_reader.dates import PartialDate
from central import admin
from central.melding_reference import seed_demo
from kiosk.citizen import Citizen
from kiosk.session import EndReason
from offline_sync.enroll import DeviceCredentials, enroll
from offline_sync.outbox import pending_count
from offline_sync.runner import DeviceSync
from offline_sync.store import LocalStore, open_store
from tests.central.helpers import Municipality, running_sqlite_central
from tests.offline_sync.keyrings import MemoryKeyring
from tests.ui.conftest import Kiosk
from tests.ui.melding_helpers import (
    WAIT_MS,
    ask_question,
    file_melding,
    look_up,
    melding_flow,
    on_screen,
    press,
    seed_reference,
    shown,
    start_as_guest,
    type_into,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
REFERENCE = re.compile(r"^M-[0-9A-Z]{4}-[0-9A-Z]{4}$")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = open_store(tmp_path / "kiosk.sqlite3")
    yield opened
    opened.close()


def test_a_guest_reports_offline_and_gets_a_reference_at_once(
    qtbot: QtBot, kiosk: Kiosk, store: LocalStore, tmp_path: Path
) -> None:
    seed_reference(store)
    kiosk.window.parts.store.store = store  # open, never enrolled: offline
    photo = tmp_path / "usb" / "lamp.png"
    photo.parent.mkdir()
    photo.write_bytes(PNG)
    melding_flow(kiosk).photo_source = lambda: [photo]
    kiosk.window.parts.controller.set_read_aloud(True)
    start_as_guest(kiosk, qtbot)

    reference = file_melding(kiosk, qtbot, photo)

    assert REFERENCE.match(reference)
    done = kiosk.window.shell.screen_named("melding-done")
    assert "zodra deze zuil verbinding heeft" in shown(done)
    assert ", ".join(reference.replace("-", "")) in kiosk.speech.texts()[-1]
    with store.engine.connect() as connection:
        row = connection.execute(
            text("SELECT category, status, description, person_key, attachments FROM melding")
        ).one()
        assert pending_count(connection) == 1
    assert row[:4] == ("street_lighting", "511", "Lamp brandt al een week niet", None)
    assert "image/png" in row[4]
    # the reference is known at this kiosk at once
    press(qtbot, done, "next")
    on_screen(kiosk, qtbot, "guest-home")
    assert "Ontvangen" in look_up(kiosk, qtbot, reference.lower())
    press(qtbot, kiosk.window.shell.screen_named("reference-lookup"), "back")
    press(qtbot, kiosk.window.shell.screen_named("melding-start"), "back")
    number = ask_question(kiosk, qtbot, "Mag ik mijn grofvuil buiten zetten?")
    assert "aan elke zuil" in shown(kiosk.window.shell.screen_named("question-done"))
    press(qtbot, kiosk.window.shell.screen_named("question-done"), "next")
    answer = look_up(kiosk, qtbot, number)
    assert "Uw vraag: Mag ik mijn grofvuil buiten zetten?" in answer
    assert "Nog geen antwoord" in answer

    with qtbot.waitSignal(kiosk.window.parts.controller.ended):
        kiosk.window.parts.controller.end_session(EndReason.FINISHED)
    left = shown(kiosk.window)
    for private in (reference, number, "Kerkstraat 12", "Lamp brandt", "lamp.png", "grofvuil"):
        assert private not in left
    flow = melding_flow(kiosk)
    assert flow.draft.address is None
    assert len(flow.index) == 0


def _enrolled_store(folder: Path, muni: Municipality) -> tuple[LocalStore, DeviceCredentials]:
    store = open_store(folder / "kiosk.sqlite3")
    credentials = DeviceCredentials(MemoryKeyring())
    code = admin.create_enrollment_code(muni.engine, muni.municipality_id, "kiosk")
    enroll(store.engine, muni.base, code, device_name="kiosk 1", credentials=credentials)
    first = DeviceSync(store.engine, credentials=credentials)
    first()  # reference data: categories and addresses
    first.close()
    return store, credentials


def _synced(store: LocalStore) -> bool:
    with store.engine.connect() as connection:
        return pending_count(connection) == 0


def _only(staff: requests.Session, url: str) -> str:
    items = staff.get(url, timeout=30).json()["items"]
    assert len(items) == 1
    return str(items[0]["id"])


def test_status_and_answers_from_the_back_office_reach_the_kiosk(
    qtbot: QtBot, kiosk: Kiosk, tmp_path: Path
) -> None:
    parts = kiosk.window.parts
    with running_sqlite_central(tmp_path) as (central, _process):
        muni = central.municipality()
        seed_demo(muni.engine, muni.municipality_id, "Demogem")
        store, credentials = _enrolled_store(tmp_path, muni)
        parts.sync.credentials = credentials
        parts.store.store = store
        parts.store.opened.emit(store)  # the real sync loop starts
        staff = muni.staff()
        try:
            start_as_guest(kiosk, qtbot)
            reference = file_melding(kiosk, qtbot)
            qtbot.waitUntil(lambda: _synced(store), timeout=WAIT_MS)
            melding_id = _only(staff, f"{muni.base}/v1/backoffice/meldingen")
            moved = staff.post(
                f"{muni.base}/v1/backoffice/meldingen/{melding_id}/status",
                json={"status": "557"},
                timeout=30,
            )
            assert moved.status_code == 200, moved.text
            parts.controller.end_session(EndReason.FINISHED)

            start_as_guest(kiosk, qtbot)  # the next visit, by the same guest
            result = look_up(kiosk, qtbot, reference)
            assert "Doorgegeven aan een ploeg" in result
            assert "Straatverlichting" in result
            parts.controller.end_session(EndReason.FINISHED)

            _identified_citizen_gets_an_answer(qtbot, kiosk, store, staff, muni)
        finally:
            parts.sync.stop()
            store.close()


def _supplement(kiosk: Kiosk, qtbot: QtBot, extra: str) -> None:
    """From the citizen's home: "Ask a question" → "My questions" → the first → add."""
    home = on_screen(kiosk, qtbot, "citizen-home")
    press(qtbot, home, "service-question")
    start = on_screen(kiosk, qtbot, "question-start")
    press(qtbot, start, "question-mine")
    listing = on_screen(kiosk, qtbot, "question-list")
    press(qtbot, listing, "question-item-0")
    detail = on_screen(kiosk, qtbot, "question-detail")
    assert "Nog geen antwoord" in shown(detail)
    press(qtbot, detail, "question-add-info")
    add = on_screen(kiosk, qtbot, "question-supplement")
    type_into(qtbot, add, "question-supplement-field", extra)
    press(qtbot, add, "next")
    done = on_screen(kiosk, qtbot, "question-done")
    assert "Uw informatie is toegevoegd" in shown(done)
    press(qtbot, done, "next")


CITIZEN = Citizen(
    first_names="Anna",
    surname="Proef",
    person_key="pk-anna",
    birth_date=PartialDate(1980, 5, 1),
    card_valid_until=date(2030, 1, 1),
)


def _identify(kiosk: Kiosk, qtbot: QtBot) -> None:
    kiosk.window.parts.citizen.identify(CITIZEN)
    kiosk.window.shell.show_screen("citizen-home")
    on_screen(kiosk, qtbot, "citizen-home")


def _identified_citizen_gets_an_answer(
    qtbot: QtBot, kiosk: Kiosk, store: LocalStore, staff: requests.Session, muni: Municipality
) -> None:
    parts = kiosk.window.parts
    _identify(kiosk, qtbot)
    mine = file_melding(kiosk, qtbot)  # filed with the citizen's person key
    press(qtbot, kiosk.window.shell.screen_named("melding-done"), "next")
    home = on_screen(kiosk, qtbot, "citizen-home")
    press(qtbot, home, "service-melding")
    press(qtbot, on_screen(kiosk, qtbot, "melding-start"), "melding-mine")
    listing = on_screen(kiosk, qtbot, "melding-mine")
    assert f"{mine} (Straatverlichting): Ontvangen" in shown(listing)
    press(qtbot, listing, "back")
    press(qtbot, on_screen(kiosk, qtbot, "melding-start"), "back")
    on_screen(kiosk, qtbot, "citizen-home")
    number = ask_question(kiosk, qtbot, "Is het containerpark open op zondag?")
    assert number.startswith("V-")
    assert "volgende keer uw identiteitskaart" in shown(
        kiosk.window.shell.screen_named("question-done")
    )
    press(qtbot, kiosk.window.shell.screen_named("question-done"), "next")
    _supplement(kiosk, qtbot, "En op feestdagen?")
    qtbot.waitUntil(lambda: _synced(store), timeout=WAIT_MS)
    question_id = _only(staff, f"{muni.base}/v1/backoffice/questions")
    listed = staff.get(f"{muni.base}/v1/backoffice/questions", timeout=30).json()["items"]
    assert [e["text"] for e in listed[0]["fields"]["thread"]] == ["En op feestdagen?"]
    answered = staff.post(
        f"{muni.base}/v1/backoffice/questions/{question_id}/answer",
        json={"answer": "Nee, op zondag is het gesloten."},
        timeout=30,
    )
    assert answered.status_code == 200, answered.text
    parts.controller.end_session(EndReason.FINISHED)

    _identify(kiosk, qtbot)  # the next visit: the card is read again
    home = kiosk.window.shell.screen_named("citizen-home")
    qtbot.waitUntil(
        lambda: home.findChild(QPushButton, "question-answer-notice") is not None, timeout=WAIT_MS
    )
    press(qtbot, home, "question-answer-notice")
    listing = on_screen(kiosk, qtbot, "question-list")
    press(qtbot, listing, "question-item-0")
    detail = on_screen(kiosk, qtbot, "question-detail")
    content = detail.findChild(QLabel, "question-content")
    assert content is not None
    assert "Nee, op zondag is het gesloten." in content.text()
    assert "De gemeente heeft geantwoord." in shown(detail)

    with qtbot.waitSignal(parts.controller.ended):
        parts.controller.end_session(EndReason.FINISHED)
    left = shown(kiosk.window)
    for private in ("containerpark", "op zondag is het gesloten", number, mine, "Anna"):
        assert private not in left
    assert home.findChild(QPushButton, "question-answer-notice") is None
