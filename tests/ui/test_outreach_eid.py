"""The resident's eID on a home visit, and the kiosk's services done with them, on the
real outreach window: the emulated card through pcscd, a real central process, the
laptop's SQLCipher store.

A colleague planned two visits. At Karel Janssens' (paper consent) the cards that cannot
identify him are named plainly: not an eID, forged, expired, taken out mid-read, and Lotte
Specimen's card, which is someone else's. Then offline, at Lotte Specimen's, consent is
given by reading her eID, which links her; with her the staff member files a melding,
asks a question, requests a certificate (queued for the post), books an appointment and
votes. Every record says it was assisted by the staff member, on the laptop and on
central after the sync.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from card_reader.emulator import Fault
from card_reader.emulator.pki import TEST_ROOT_PEM
from central import admin, polls
from central import appointments as central_appointments
from offline_sync.enroll import enroll
from tests.central.helpers import Central, CentralProcess, Municipality, running_sqlite_central
from tests.fixtures.pcsc import InsertCard
from tests.ui.conftest import FakeClock, Kiosk
from tests.ui.melding_helpers import ask_question, file_melding, on_screen, seed_reference
from tests.ui.outreach_window import open_outreach
from tests.ui.test_outreach import (  # noqa: F401 (os_keyring is a fixture)
    _central_records,
    _pending,
    _sign_in,
    _texts,
    os_keyring,
)
from ui.app import KioskWindow
from ui.features._certificate_result import Step
from ui.features._participation_outcome import Outcome
from ui.features._pin_pad import PinPadScreen
from ui.features.card import card_flow
from ui.features.certificate import CertificateFlow
from ui.features.participation import ParticipationFlow
from ui.outreach_desk import OutreachDesk
from ui.speech import RecordingSpeech

pytestmark = pytest.mark.pcsc

WAIT_MS = 60_000
PASSWORD = "zonnebloem 42"


@pytest.fixture
def central_process(tmp_path: Path) -> Iterator[tuple[Central, CentralProcess]]:
    with running_sqlite_central(tmp_path) as running:
        yield running


def _plan(muni: Municipality) -> None:
    now = datetime.now().astimezone()
    colleague = muni.enroll(team="t1")
    ops = []
    for person, first, last, visit, planned in (
        ("p1", "Lotte", "Specimen", "v1", now),  # due now: today's list whatever the hour
        ("p2", "Karel", "Janssens", "v2", now - timedelta(days=2)),
    ):
        fields = {"first_names": first, "surname": last, "team_id": "t1"}
        ops.append(colleague.op("person", person, "create", fields=fields))
        visit_fields = {
            "person_id": person,
            "planned_at": planned.isoformat(timespec="minutes"),
            "status": "planned",
            "checklist": [],
            "notes": [],
            "team_id": "t1",
        }
        ops.append(colleague.op("visit", visit, "create", fields=visit_fields))
    colleague.push(*ops)
    start = datetime.now(UTC) - timedelta(hours=1)
    polls.publish_poll(
        muni.engine,
        muni.municipality_id,
        {"nl-BE": "Moet het marktplein autovrij worden?", "en": "Car-free market square?"},
        [
            {"id": "yes", "labels": {"nl-BE": "Ja", "en": "Yes"}},
            {"id": "no", "labels": {"nl-BE": "Nee", "en": "No"}},
        ],
        start,
        start + timedelta(days=7),
    )
    central_appointments.publish_slot(
        muni.engine,
        muni.municipality_id,
        service="population",
        channel="counter",
        starts_at=datetime.now(UTC) + timedelta(days=2),
        minutes=30,
        capacity=2,
    )


def _click(qtbot: QtBot, widget: QWidget | None) -> None:
    assert widget is not None
    assert widget.isVisible(), widget.objectName()
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_eid_links_the_resident_and_services_are_recorded_as_assisted(
    qtbot: QtBot,
    tmp_path: Path,
    os_keyring: None,  # noqa: F811
    central_process: tuple[Central, CentralProcess],
    insert_card: InsertCard,
) -> None:
    central, process = central_process
    muni = central.municipality()
    admin.create_staff(
        muni.engine, muni.municipality_id, "an", "outreach", password=PASSWORD, team_id="t1"
    )
    _plan(muni)
    window, sync, desk = open_outreach(
        qtbot,
        tmp_path,
        central_url=central.url,
        trust_roots=(TEST_ROOT_PEM,),
        idle_timeout_seconds=3600,
    )
    flow = card_flow(window.parts)
    assert flow is not None
    try:
        _visits(qtbot, window, desk, muni, process, insert_card)
    finally:
        flow.stop()
        sync.stop()
        desk.shutdown()
        window.parts.store.finish()


def _visits(  # noqa: PLR0917 (the parts of the day)
    qtbot: QtBot,
    window: KioskWindow,
    desk: OutreachDesk,
    muni: Municipality,
    process: CentralProcess,
    insert_card: InsertCard,
) -> None:
    with qtbot.waitSignal(window.parts.store.opened, timeout=WAIT_MS):
        window.parts.store.start()
    engine = desk.engine
    assert engine is not None
    store = window.parts.store.store
    assert store is not None
    seed_reference(store)  # type: ignore[arg-type]
    code = admin.create_enrollment_code(muni.engine, muni.municipality_id, "outreach", "t1")
    enroll(engine, muni.base, code, device_name="laptop", credentials=desk.credentials)
    desk.sync.trigger()
    _sign_in(qtbot, desk, PASSWORD)  # online: the pseudonym secret comes down too
    day = desk.day
    qtbot.waitUntil(lambda: day.visits.count() == 2, timeout=WAIT_MS)
    flow = card_flow(window.parts)
    assert flow is not None
    secrets = flow.secrets
    assert secrets is not None
    qtbot.waitUntil(lambda: secrets.kept() is not None, timeout=WAIT_MS)

    # Karel Janssens (overdue, first): paper consent, then cards that are not his
    day.visits.setCurrentRow(0)
    _click(qtbot, day.open_visit)
    visit = desk.visit
    eid = visit.eid
    qtbot.waitUntil(lambda: "Janssens" in visit.heading.text(), timeout=WAIT_MS)
    assert eid.read.isEnabled()  # "eID read" is the consent method offered first
    consent = visit.consent
    consent.method.setCurrentIndex(2)  # paper form
    assert not eid.read.isEnabled()  # no card is read before that consent is recorded
    qtbot.keyClicks(consent.evidence, "F-2026-0007")
    _click(qtbot, consent.button)
    qtbot.waitUntil(visit.needs_box.isEnabled, timeout=WAIT_MS)

    def read(expected: str) -> None:
        _click(qtbot, eid.read)
        qtbot.waitUntil(lambda: expected in eid.state.text(), timeout=WAIT_MS)
        assert not eid.services.isEnabled()

    card = insert_card("other-card")
    read("geen eID")
    card.remove()
    card = insert_card("citizen", Fault.TAMPERED_IDENTITY)
    read("niet door de echtheidscontrole")
    card.remove()
    card = insert_card("citizen", Fault.EXPIRED)
    read("vervallen")
    card.remove()
    insert_card("citizen", Fault.PULLED_MID_READ)
    read("tijdens het lezen uitgenomen")
    card = insert_card("citizen")
    read("van iemand anders")
    assert _person_key(engine, "p2") is None

    # offline from here; Lotte Specimen gives consent by having her eID read
    process.stop()
    _click(qtbot, visit.back)
    day.visits.setCurrentRow(1)
    _click(qtbot, day.open_visit)
    qtbot.waitUntil(lambda: "Specimen" in visit.heading.text(), timeout=WAIT_MS)
    consent.method.setCurrentIndex(0)  # eID read
    assert not consent.button.isEnabled()  # recorded by reading the card, not by a click
    assert not visit.needs_box.isEnabled()
    read_eid = eid.read
    _click(qtbot, read_eid)
    qtbot.waitUntil(eid.services.isEnabled, timeout=WAIT_MS)
    assert "Lotte Specimen" in eid.state.text()
    shown = [w for w in eid.findChildren(QWidget) if w.isVisibleTo(eid)]
    assert all(w.accessibleName() for w in shown), [w.objectName() for w in shown]
    qtbot.waitUntil(visit.needs_box.isEnabled, timeout=WAIT_MS)  # consent came with the read
    assert _person_key(engine, "p1")
    assert _consents(engine) == {("p1", "eid"), ("p2", "paper")}

    # the kiosk's services, with her
    _click(qtbot, eid.services)
    assert desk.currentWidget() is desk.kiosk_shell
    kiosk = Kiosk(window, RecordingSpeech(), FakeClock())
    on_screen(kiosk, qtbot, "citizen-home")
    melding = file_melding(kiosk, qtbot)
    _click(qtbot, window.shell.screen_named("melding-done").findChild(QWidget, "next"))
    on_screen(kiosk, qtbot, "citizen-home")
    question = ask_question(kiosk, qtbot, "Hoe vraag ik een parkeerkaart aan?")
    _click(qtbot, window.shell.screen_named("question-done").findChild(QWidget, "next"))
    on_screen(kiosk, qtbot, "citizen-home")
    _certificate_by_post(qtbot, kiosk)
    _book_offline(qtbot, kiosk)
    _vote_offline(qtbot, kiosk)
    _click(qtbot, _current(window).findChild(QWidget, "finish"))
    qtbot.waitUntil(lambda: desk.currentWidget() is visit, timeout=WAIT_MS)
    assert window.parts.citizen.current is None
    card.remove()  # her card back to her (the readers end empty)

    key = _person_key(engine, "p1")
    local = {entity: _local(engine, entity) for entity in _SERVICES}
    for entity, records in local.items():
        [record] = records
        assert (record["assisted_by"], record["person_key"]) == ("an", key), entity
    assert local["melding"][0]["channel"] == "home"
    [vote] = _local(engine, "vote")
    assert (vote["assisted_by"], vote["channel"]) == ("an", "home")
    assert _actors(engine, (*_SERVICES, "vote")) == {"an"}  # never the resident alone

    # back in reach of central: all of it arrives, assisted
    process.restart()
    _click(qtbot, visit.back)
    _click(qtbot, desk.day.sync_now)
    qtbot.waitUntil(lambda: _pending(engine) == 0, timeout=WAIT_MS)
    for entity in _SERVICES:
        [record] = _central_records(muni, entity).values()
        assert record["assisted_by"] == "an", entity
        assert record["person_key"] == key, entity
    assert _central_records(muni, "person")["p1"]["person_key"] == key
    [central_vote] = _central_records(muni, "vote").values()
    assert (central_vote["assisted_by"], central_vote["choice"]) == ("an", "yes")
    methods = {(c["person_id"], c["method"]) for c in _central_records(muni, "consent").values()}
    assert methods == {("p1", "eid"), ("p2", "paper")}
    # signing out leaves nothing of her on screen, on the desk or in the kiosk's screens
    _click(qtbot, desk.day.sign_out)
    assert not any("Specimen" in shown for shown in _texts(window))
    assert melding.startswith("M")
    assert question.startswith("V")


_SERVICES = ("melding", "question", "certificate_request", "appointment")


def _current(window: KioskWindow) -> QWidget:
    return window.shell.screen_named(window.shell.current_name)


def _book_offline(qtbot: QtBot, kiosk: Kiosk) -> None:
    """An appointment at the counter, kept on the laptop until central answers again."""
    window = kiosk.window
    _click(qtbot, _current(window).findChild(QWidget, "more-services"))
    on_screen(kiosk, qtbot, "citizen-more")
    _click(qtbot, _current(window).findChild(QWidget, "service-appointment"))
    on_screen(kiosk, qtbot, "appointment")
    _click(qtbot, _current(window).findChild(QWidget, "book-counter"))
    on_screen(kiosk, qtbot, "appointment-service")
    _click(qtbot, _current(window).findChild(QWidget, "appointment-population"))
    slots = on_screen(kiosk, qtbot, "appointment-slots")
    qtbot.waitUntil(lambda: _visible(slots.findChild(QWidget, "slot-0")), timeout=WAIT_MS)
    _click(qtbot, slots.findChild(QWidget, "slot-0"))
    result = on_screen(kiosk, qtbot, "appointment-result")
    code = result.findChild(QLabel, "booking-code")
    assert isinstance(code, QLabel)
    qtbot.waitUntil(lambda: code.isVisible() and code.text() != "", timeout=WAIT_MS)
    _click(qtbot, result.findChild(QWidget, "done"))
    on_screen(kiosk, qtbot, "appointment")
    _click(qtbot, _current(window).findChild(QWidget, "back"))
    qtbot.waitUntil(
        lambda: window.shell.current_name in ("citizen-home", "citizen-more"), timeout=WAIT_MS
    )


def _vote_offline(qtbot: QtBot, kiosk: Kiosk) -> None:
    """A vote after her PIN, kept on the laptop for the next sync."""
    window = kiosk.window
    flow = window.findChild(ParticipationFlow, "participation-flow")
    assert flow is not None
    if window.shell.current_name == "citizen-home":
        _click(qtbot, _current(window).findChild(QWidget, "more-services"))
    _click(qtbot, _current(window).findChild(QWidget, "service-participation"))
    on_screen(kiosk, qtbot, "participation")
    qtbot.waitUntil(lambda: _visible(flow.polls.poll_buttons[0]), timeout=WAIT_MS)
    _click(qtbot, flow.polls.poll_buttons[0])
    on_screen(kiosk, qtbot, "participation-vote")
    _click(qtbot, flow.vote.option_buttons[0])
    pad = on_screen(kiosk, qtbot, PinPadScreen.name)
    assert isinstance(pad, PinPadScreen)
    for digit in "1234":
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.result.outcome is Outcome.RECORDED_OFFLINE, timeout=WAIT_MS)
    _click(qtbot, flow.result.done_button)
    on_screen(kiosk, qtbot, "participation")
    _click(qtbot, flow.polls.back_button)
    on_screen(kiosk, qtbot, "citizen-more")


def _visible(widget: QWidget | None) -> bool:
    return widget is not None and widget.isVisible()


def _certificate_by_post(qtbot: QtBot, kiosk: Kiosk) -> None:
    """Offline, after her PIN: the request is kept and she is told it comes by post."""
    window = kiosk.window
    flow = window.findChild(CertificateFlow)
    assert flow is not None
    home = window.shell.screen_named("citizen-home")
    _click(qtbot, home.findChild(QWidget, "service-certificate"))
    _click(qtbot, flow.kinds.kind_buttons[next(iter(flow.kinds.kind_buttons))])
    _click(qtbot, flow.options.continue_button)
    pad = on_screen(kiosk, qtbot, PinPadScreen.name)
    assert isinstance(pad, PinPadScreen)
    for digit in "1234":
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.result.step is Step.OFFLINE, timeout=WAIT_MS)
    _click(qtbot, flow.result.post_button)
    qtbot.waitUntil(lambda: flow.result.step is Step.REQUEST_SAVED, timeout=WAIT_MS)
    assert "met de post" in flow.result.message.text()
    _click(qtbot, flow.result.done_button)
    on_screen(kiosk, qtbot, "citizen-home")


def _person_key(engine: Engine, person_id: str) -> str | None:
    with engine.connect() as conn:
        key = conn.execute(
            text("SELECT person_key FROM person WHERE id = :id"), {"id": person_id}
        ).scalar_one()
    return None if key is None else str(key)


def _consents(engine: Engine) -> set[tuple[str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT person_id, method FROM consent WHERE _deleted = 0"))
        return {(row[0], row[1]) for row in rows}


def _local(engine: Engine, entity: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT * FROM {entity} WHERE _deleted = 0"))  # noqa: S608
        return [dict(row._mapping) for row in rows]


def _actors(engine: Engine, entities: tuple[str, ...]) -> set[str]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT actor FROM outbox WHERE entity IN {entities!r}")  # noqa: S608
        )
        return {row[0] for row in rows}
