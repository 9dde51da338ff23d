"""Start and identify with the real card stack: pcscd, the virtual reader, emulated eIDs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from card_reader.emulator import Fault
from card_reader.emulator.profiles import national_number, synthetic_person
from kiosk.health import Problem
from kiosk.services import Service
from tests.fixtures.pcsc import InsertCard
from tests.ui.card_kiosk import WAIT_MS, CardKiosk, all_text, files_mentioning, running_card_kiosk
from ui.service_menu import ServiceMenuScreen

LOTTE = ("Lotte Specimen", national_number(dt.date(2001, 5, 3), 998))


def senior_profile() -> tuple[str, str, str]:
    """A synthetic citizen of 65 or more: (profile, display name, national number)."""
    for seed in range(4, 500):
        person = synthetic_person(seed)
        if int(person.birth_date[-4:]) <= 1955:
            name = f"{person.first_names.split()[0]} {person.surname}"
            return f"synthetic-{seed}", name, person.national_number
    raise AssertionError("no senior among the synthetic citizens")


@pytest.fixture
def kiosk(
    qtbot: QtBot, tmp_path: Path, pcsc: object, monkeypatch: pytest.MonkeyPatch
) -> Iterator[CardKiosk]:
    with running_card_kiosk(qtbot, tmp_path, monkeypatch) as card_kiosk:
        yield card_kiosk


def assert_forgotten(kiosk: CardKiosk, *secrets: str) -> None:
    """Nothing of the citizen in any widget, nor in the temporary folder."""
    text = all_text(kiosk.window)
    for secret in secrets:
        assert secret not in text
        assert secret.replace(" ", "") not in text.replace(" ", "")
    assert files_mentioning(kiosk.temp, *secrets) == []
    assert kiosk.window.parts.citizen.current is None


@pytest.mark.pcsc
def test_a_citizen_is_greeted_by_name_and_forgotten_when_the_card_leaves(
    qtbot: QtBot, kiosk: CardKiosk, insert_card: InsertCard
) -> None:
    card = insert_card("citizen")
    kiosk.wait_for(qtbot, "citizen-home")
    home = kiosk.window.shell.screen_named("citizen-home")
    assert "Goeiedag, Lotte Specimen" in all_text(home) or "Lotte Specimen" in all_text(home)
    citizen = kiosk.window.parts.citizen.current
    assert citizen is not None
    assert citizen.person_key == ""  # never enrolled: no secret, identified all the same
    assert kiosk.window.parts.controller.active
    with qtbot.waitSignal(kiosk.window.parts.controller.ended, timeout=WAIT_MS):
        card.remove()
    assert kiosk.screen == "attract"
    assert_forgotten(kiosk, *LOTTE)


@pytest.mark.pcsc
def test_a_card_pulled_mid_read_leaves_nothing_and_says_so(
    qtbot: QtBot, kiosk: CardKiosk, insert_card: InsertCard
) -> None:
    insert_card("citizen", Fault.PULLED_MID_READ)
    notice = kiosk.flow.notice
    qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
    assert kiosk.screen == "attract"
    assert (
        notice.text()
        == "Uw kaart werd te vroeg uitgenomen. Er werd niets bewaard. Steek ze opnieuw in."
    )
    assert not kiosk.window.parts.controller.active
    assert_forgotten(kiosk, *LOTTE)


@pytest.mark.pcsc
def test_another_card_gets_a_message_and_the_way_on_as_a_guest(
    qtbot: QtBot, kiosk: CardKiosk, insert_card: InsertCard
) -> None:
    card = insert_card("other-card")
    kiosk.wait_for(qtbot, "card-message")
    message = kiosk.flow.message
    assert message.heading.text() == "Dit is geen Belgische identiteitskaart"
    kiosk.click(qtbot, message.guest_button)
    assert kiosk.screen == "guest-home"
    card.remove()  # the guest goes on: taking the wrong card out is no reason to stop
    qtbot.waitUntil(lambda: kiosk.flow.notice.kind is None and kiosk.flow._reader is None)
    assert kiosk.screen == "guest-home"
    assert kiosk.window.parts.controller.active


@pytest.mark.pcsc
@pytest.mark.parametrize(
    ("fault", "heading"),
    [
        (Fault.TAMPERED_IDENTITY, "Uw kaart kon niet gecontroleerd worden"),
        (Fault.UNTRUSTED_ROOT, "Uw kaart kon niet gecontroleerd worden"),
        (Fault.EXPIRED, "Uw identiteitskaart is niet geldig"),
    ],
)
def test_a_card_that_cannot_be_trusted_is_explained_with_staff_at_hand(
    qtbot: QtBot, kiosk: CardKiosk, insert_card: InsertCard, fault: Fault, heading: str
) -> None:
    card = insert_card("citizen", fault)
    kiosk.wait_for(qtbot, "card-message")
    message = kiosk.flow.message
    assert message.heading.text() == heading
    assert message.guest_button.isVisible()
    assert kiosk.window.parts.citizen.current is None
    assert "Specimen" not in all_text(kiosk.window)
    kiosk.click(qtbot, message.staff_button)
    assert kiosk.window.shell.staff_notice.isVisible()
    with qtbot.waitSignal(kiosk.window.parts.controller.ended, timeout=WAIT_MS):
        card.remove()
    assert kiosk.screen == "attract"


@pytest.mark.pcsc
def test_the_next_citizen_sees_nothing_of_the_previous_one(
    qtbot: QtBot, kiosk: CardKiosk, insert_card: InsertCard
) -> None:
    first = insert_card("citizen")
    kiosk.wait_for(qtbot, "citizen-home")
    with qtbot.waitSignal(kiosk.window.parts.controller.ended, timeout=WAIT_MS):
        first.remove()
    profile, name, number = senior_profile()
    second = insert_card(profile)
    kiosk.wait_for(qtbot, "citizen-home")
    text = all_text(kiosk.window)
    assert name in text
    assert LOTTE[0] not in text
    assert LOTTE[1] not in text
    assert number not in text
    assert files_mentioning(kiosk.temp, *LOTTE, number) == []
    with qtbot.waitSignal(kiosk.window.parts.controller.ended, timeout=WAIT_MS):
        second.remove()
    assert_forgotten(kiosk, name, number)


@pytest.mark.pcsc
def test_an_expiring_card_brings_the_renewal_offer_first(
    qtbot: QtBot, kiosk: CardKiosk, insert_card: InsertCard
) -> None:
    kiosk.flow.offers._today = lambda: dt.date(2033, 12, 1)  # the card ends 15.01.2034
    profile, _name, _number = senior_profile()
    insert_card(profile)
    kiosk.wait_for(qtbot, "citizen-home")
    home = kiosk.window.shell.screen_named("citizen-home")
    renew = home.findChild(type(kiosk.window.attract.guest_button), "offer-renew-eid")
    assert renew is not None
    qtbot.waitUntil(renew.isVisible)
    # the most urgent offer only: the home visit waits until the card is renewed
    assert home.findChild(type(renew), "offer-home-visit") is None
    more = kiosk.window.shell.screen_named("citizen-more")
    assert isinstance(more, ServiceMenuScreen)
    kiosk.click(qtbot, renew)
    if Service.APPOINTMENT in more.available:  # the appointment service takes it from here
        qtbot.waitUntil(lambda: kiosk.screen not in ("citizen-home", "card-message"))
        return
    kiosk.wait_for(qtbot, "card-message")
    assert kiosk.flow.message.heading.text() == "Uw identiteitskaart vernieuwen"
    kiosk.click(qtbot, kiosk.flow.message.back_button)
    assert kiosk.screen == "citizen-home"


@pytest.mark.pcsc
def test_a_home_visit_request_is_stored_for_the_outreach_team(
    qtbot: QtBot, kiosk: CardKiosk, insert_card: InsertCard
) -> None:
    from sqlalchemy import text

    parts = kiosk.window.parts
    with qtbot.waitSignal(parts.store.opened, timeout=30_000):
        parts.store.start()
    profile, name, _number = senior_profile()
    insert_card(profile)
    kiosk.wait_for(qtbot, "citizen-home")
    home = kiosk.window.shell.screen_named("citizen-home")
    visit = home.findChild(type(kiosk.window.attract.guest_button), "offer-home-visit")
    assert visit is not None
    kiosk.click(qtbot, visit)
    kiosk.wait_for(qtbot, "card-message")
    assert kiosk.flow.message.heading.text() == "Uw aanvraag is verstuurd"
    engine = parts.store.store.engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT first_names, surname, status, channel FROM visit_request")
        ).all()
        pending = connection.execute(text("SELECT count(*) FROM outbox")).scalar()
    assert [(r.status, r.channel) for r in rows] == [("requested", "kiosk")]
    assert f"{rows[0].first_names.split()[0]} {rows[0].surname}" == name
    assert pending
    parts.sync.stop()
    parts.store.finish()


def test_without_a_reader_the_kiosk_serves_guests_and_reports_it(qtbot: QtBot) -> None:
    from card_reader.errors import NoReader
    from kiosk.config import Settings
    from ui.app import build_kiosk
    from ui.features.card import card_flow
    from ui.speech import RecordingSpeech

    class NoPcscd:
        def states(self) -> list[object]:
            raise NoReader("no pcscd")

        def close(self) -> None:
            pass

    window = build_kiosk(Settings(), speech=RecordingSpeech())
    qtbot.addWidget(window)
    flow = card_flow(window.parts)
    assert flow is not None
    flow.start(NoPcscd())  # type: ignore[arg-type]
    try:
        qtbot.waitUntil(lambda: window.parts.health.status.reader_present is False)
        assert Problem.NO_READER in window.parts.health.status.problems()
        qtbot.mouseClick(window.attract.guest_button, Qt.MouseButton.LeftButton)
        assert window.shell.current_name == "guest-home"
    finally:
        flow.stop()


@pytest.mark.pcsc
def test_an_enrolled_kiosk_keys_the_citizen_with_the_municipality_secret(
    qtbot: QtBot, kiosk: CardKiosk, insert_card: InsertCard, tmp_path: Path
) -> None:
    import keyring

    from central import admin
    from central.pseudonyms import pseudonym_secret
    from kiosk.pseudonyms import person_key
    from offline_sync.enroll import DeviceCredentials, enroll
    from tests.central.helpers import running_sqlite_central
    from tests.offline_sync.keyrings import MemoryKeyring

    parts = kiosk.window.parts
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        with running_sqlite_central(tmp_path / "central") as (central, _process):
            muni = central.municipality().municipality_id
            with qtbot.waitSignal(parts.store.opened, timeout=30_000):
                parts.store.start()
            code = admin.create_enrollment_code(central.engine, muni, "kiosk", None)
            engine = parts.store.store.engine  # type: ignore[attr-defined]
            enroll(engine, central.url, code, device_name="kiosk", credentials=DeviceCredentials())
            insert_card("citizen")
            kiosk.wait_for(qtbot, "citizen-home")
            citizen = parts.citizen.current
            assert citizen is not None
            secret = pseudonym_secret(central.engine, muni)
            assert citizen.person_key == person_key(secret, LOTTE[1])
            assert ("fygitaal-pseudonym-secret", muni) in memory.secrets
            parts.sync.stop()
            parts.store.finish()
    finally:
        keyring.set_keyring(previous)


@pytest.mark.pcsc
def test_the_card_is_checked_in_the_verifier_process_and_still_when_that_process_died(
    qtbot: QtBot, kiosk: CardKiosk, insert_card: InsertCard, caplog: pytest.LogCaptureFixture
) -> None:
    import os
    import signal

    runtime = kiosk.flow.runtime
    qtbot.waitUntil(lambda: runtime.verifier is not None, timeout=WAIT_MS)  # with the reader
    verifier = runtime.verifier
    assert verifier is not None
    worker = verifier.worker_pid()
    assert worker is not None
    assert worker != os.getpid()
    card = insert_card("citizen")
    kiosk.wait_for(qtbot, "citizen-home")
    assert "verifier process unavailable" not in caplog.text
    with qtbot.waitSignal(kiosk.window.parts.controller.ended, timeout=WAIT_MS):
        card.remove()
    os.kill(worker, signal.SIGKILL)  # out of memory, say: the next citizen is served all the same
    card = insert_card("citizen")
    kiosk.wait_for(qtbot, "citizen-home")
    assert "Lotte Specimen" in all_text(kiosk.window.shell.screen_named("citizen-home"))
    assert "verifier process unavailable" in caplog.text  # the read did ask that process
    with qtbot.waitSignal(kiosk.window.parts.controller.ended, timeout=WAIT_MS):
        card.remove()
