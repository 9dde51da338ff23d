"""Answered questions close once their 30 days are over; devices learn it by sync."""

from __future__ import annotations

import time
from datetime import date, timedelta

from central.housekeeping import Housekeeper, close_finished_questions
from tests.central.helpers import Device, Municipality

TODAY = date.today()


def _question(kiosk: Device, question_id: str, open_until: date) -> None:
    fields = {
        "text": "Mag ik mijn haag tot op de stoep laten groeien?",
        "status": "open",
        "person_key": "pk-housekeeping",
        "open_until": open_until.isoformat(),
    }
    result = kiosk.push(kiosk.op("question", question_id, "create", fields=fields))
    assert result[0]["status"] == "accepted"


def _answer(smuni: Municipality, question_id: str) -> None:
    reply = smuni.staff().post(
        f"{smuni.base}/v1/backoffice/questions/{question_id}/answer",
        json={"answer": "Neen, tot aan de perceelsgrens."},
        timeout=30,
    )
    assert reply.status_code == 200


def _statuses(kiosk: Device) -> dict[str, str]:
    state = kiosk.state(person_key="pk-housekeeping")
    return {
        key[1]: value["fields"]["status"] for key, value in state.items() if key[0] == "question"
    }


def test_only_answered_questions_past_their_days_close(smuni: Municipality) -> None:
    kiosk = smuni.enroll("kiosk")
    _question(kiosk, "q-done", TODAY - timedelta(days=1))  # answered, time over: closes
    _question(kiosk, "q-recent", TODAY + timedelta(days=3))  # answered, still open to add to
    _question(kiosk, "q-waiting", TODAY - timedelta(days=5))  # never answered: stays open
    _answer(smuni, "q-done")
    _answer(smuni, "q-recent")

    assert close_finished_questions(smuni.engine, TODAY) >= 1
    assert _statuses(kiosk) == {"q-done": "closed", "q-recent": "answered", "q-waiting": "open"}
    assert close_finished_questions(smuni.engine, TODAY) == 0  # nothing left to close
    assert _statuses(kiosk)["q-done"] == "closed"


def test_the_housekeeper_closes_them_by_itself(smuni: Municipality) -> None:
    kiosk = smuni.enroll("kiosk")
    _question(kiosk, "q-old", TODAY - timedelta(days=2))
    _answer(smuni, "q-old")
    keeper = Housekeeper(smuni.engine, interval=0.05)
    keeper.start()
    try:
        deadline = time.monotonic() + 30
        while _statuses(kiosk)["q-old"] != "closed" and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        keeper.stop()
    assert _statuses(kiosk)["q-old"] == "closed"
    assert keeper.rounds >= 1
