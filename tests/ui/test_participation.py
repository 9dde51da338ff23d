"""Participation at the kiosk, on the real widgets with a real central process."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from central import polls
from kiosk.services import Service
from kiosk.session import EndReason
from tests.ui.card_kiosk import all_text
from tests.ui.self_service_kiosk import NUMBER, WAIT_MS, EnrolledKiosk, enrolled_kiosk
from ui.features._participation_outcome import Outcome
from ui.features.participation import ParticipationFlow
from ui.service_menu import ServiceMenuScreen

QUESTION = "Moet het marktplein autovrij worden?"


@pytest.fixture
def kiosk(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[EnrolledKiosk]:
    with enrolled_kiosk(qtbot, tmp_path, monkeypatch) as enrolled:
        start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
        polls.publish_poll(
            enrolled.central.engine,
            enrolled.muni.municipality_id,
            {"nl-BE": QUESTION, "en": "Car-free market square?"},
            [
                {"id": "yes", "labels": {"nl-BE": "Ja", "en": "Yes"}},
                {"id": "no", "labels": {"nl-BE": "Nee", "en": "No"}},
            ],
            start,
            start + dt.timedelta(days=7),
        )
        enrolled.sync()  # the poll reaches the kiosk as reference data
        flow = enrolled.window.findChild(ParticipationFlow, "participation-flow")
        assert flow is not None
        flow.confirm = lambda _parts, _purpose, verified, _cancelled: verified()
        flow.secret = lambda: enrolled.secret
        yield enrolled


def flow_of(kiosk: EnrolledKiosk) -> ParticipationFlow:
    flow = kiosk.window.findChild(ParticipationFlow, "participation-flow")
    assert flow is not None
    return flow


def open_polls(qtbot: QtBot, kiosk: EnrolledKiosk) -> ParticipationFlow:
    flow = flow_of(kiosk)
    more = kiosk.window.shell.screen_named("citizen-more")
    assert isinstance(more, ServiceMenuScreen)
    kiosk.window.shell.show_screen("citizen-more")
    kiosk.click(qtbot, more.service_buttons[Service.PARTICIPATION])
    kiosk.wait_for(qtbot, "participation")
    qtbot.waitUntil(flow.polls.poll_buttons[0].isVisible, timeout=WAIT_MS)
    return flow


def cast(qtbot: QtBot, kiosk: EnrolledKiosk, option: int) -> str:
    flow = open_polls(qtbot, kiosk)
    assert flow.polls.poll_buttons[0].accessibleName() == QUESTION
    assert flow.polls.poll_buttons[0].text().replace("\n", " ") == QUESTION
    kiosk.click(qtbot, flow.polls.poll_buttons[0])
    kiosk.wait_for(qtbot, "participation-vote")
    assert [b.text() for b in flow.vote.option_buttons if b.isVisible()] == ["Ja", "Nee"]
    kiosk.click(qtbot, flow.vote.option_buttons[option])
    kiosk.wait_for(qtbot, "participation-result")
    qtbot.waitUntil(lambda: flow.result.outcome is not Outcome.WORKING, timeout=WAIT_MS)
    return flow.result.message.text()


def test_a_vote_is_counted_once_and_a_second_attempt_says_already_voted(
    qtbot: QtBot, kiosk: EnrolledKiosk
) -> None:
    kiosk.identify()

    first = cast(qtbot, kiosk, 0)
    second = cast(qtbot, kiosk, 1)

    assert first == "Dank u. Uw stem is geteld."
    assert second == "U hebt al gestemd in deze bevraging. Uw eerste stem blijft gelden."
    assert [v["fields"]["choice"] for v in kiosk.records("vote")] == ["yes"]


def test_offline_a_vote_is_kept_for_sync_and_a_second_one_refused_here(
    qtbot: QtBot, kiosk: EnrolledKiosk
) -> None:
    kiosk.identify()
    kiosk.process.stop()  # central unreachable

    first = cast(qtbot, kiosk, 1)
    second = cast(qtbot, kiosk, 0)

    assert "zodra de kiosk weer verbinding heeft" in first
    assert second.startswith("U hebt al gestemd")
    kiosk.process.restart()
    kiosk.sync()
    assert [v["fields"]["choice"] for v in kiosk.records("vote")] == ["no"]


def test_a_vote_carries_neither_the_number_nor_the_person(
    qtbot: QtBot, kiosk: EnrolledKiosk
) -> None:
    citizen = kiosk.identify()
    kiosk.process.stop()
    cast(qtbot, kiosk, 0)

    with kiosk.store.engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM vote")).mappings().all()
        ops = connection.execute(text("SELECT * FROM outbox WHERE entity = 'vote'")).all()
    stored = json.dumps([dict(r) for r in rows]) + json.dumps([list(map(str, o)) for o in ops])
    digits = NUMBER.replace(".", "").replace("-", "")
    assert len(rows) == 1
    assert digits not in stored
    assert NUMBER not in stored
    assert citizen.person_key not in stored  # the choice is not joined to the person


def test_a_proposal_goes_to_the_forum_and_typed_text_is_gone_after_the_visit(
    qtbot: QtBot, kiosk: EnrolledKiosk
) -> None:
    kiosk.identify()
    flow = open_polls(qtbot, kiosk)
    kiosk.click(qtbot, flow.polls.proposal_button)
    kiosk.wait_for(qtbot, "participation-proposal")
    flow.proposal.title_field.setText("Meer fietsenstallingen")
    flow.proposal.text_field.setText("Aan het station zijn er te weinig plaatsen.")
    kiosk.click(qtbot, flow.proposal.send_button)
    qtbot.waitUntil(lambda: "burgerforum" in flow.result.message.text(), timeout=WAIT_MS)
    flow.proposal.title_field.setText("Nog een idee van Lotte")

    with qtbot.waitSignal(kiosk.window.parts.controller.ended, timeout=WAIT_MS):
        kiosk.window.parts.controller.end_session(EndReason.FINISHED)

    assert "Lotte" not in all_text(kiosk.window)
    kiosk.sync()
    (proposal,) = kiosk.records("proposal")
    assert proposal["fields"]["title"] == "Meer fietsenstallingen"
    assert proposal["fields"]["status"] == "submitted"
