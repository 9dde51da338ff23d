"""Votes at central: one per (poll, voter key), refused the second time, never pulled back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from central import polls
from kiosk import participation
from kiosk.pseudonyms import person_key, voter_key
from tests.central.helpers import Municipality

SECRET = bytes(range(32))
ALICE = "85.07.30-033.28"
BOB = "85073003427"


def _poll(muni: Municipality, *, days: int = 30) -> str:
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    return polls.publish_poll(
        muni.engine,
        muni.municipality_id,
        {"en": "Car-free market square?"},
        [{"id": "yes", "labels": {"en": "Yes"}}, {"id": "no", "labels": {"en": "No"}}],
        start,
        start + dt.timedelta(days=days),
    )


def _vote(muni: Municipality, device: Any, poll_id: str, key: str, choice: str) -> Any:
    return device.session.post(
        f"{muni.base}/v1/polls/{poll_id}/votes",
        json={"voter_key": key, "choice": choice, "channel": "kiosk"},
        timeout=30,
    )


def test_a_second_vote_is_refused_and_the_first_stands(smuni: Municipality) -> None:
    kiosk = smuni.enroll("kiosk")
    poll_id = _poll(smuni)
    key = voter_key(SECRET, poll_id, ALICE)
    voted = f"{smuni.base}/v1/polls/{poll_id}/voted"

    assert kiosk.session.get(voted, params={"voter_key": key}, timeout=30).json() == {
        "voted": False
    }
    first = _vote(smuni, kiosk, poll_id, key, "yes")
    second = _vote(smuni, kiosk, poll_id, key, "no")

    assert first.status_code == 201
    assert second.status_code == 409
    assert second.json()["code"] == "already_voted"
    assert "already" in second.json()["message"]
    assert kiosk.session.get(voted, params={"voter_key": key}, timeout=30).json() == {"voted": True}
    other = voter_key(SECRET, poll_id, BOB)
    assert _vote(smuni, kiosk, poll_id, other, "no").status_code == 201


def test_a_vote_synced_offline_counts_and_a_later_online_vote_is_refused(
    smuni: Municipality,
) -> None:
    kiosk = smuni.enroll("kiosk")
    poll_id = _poll(smuni)
    key = voter_key(SECRET, poll_id, ALICE)
    record_id = participation.vote_id(poll_id, key)
    assert record_id == polls.vote_id(poll_id, key)  # device and central derive the same id
    fields = {"poll_id": poll_id, "voter_key": key, "choice": "no", "channel": "kiosk"}

    (result,) = kiosk.push(kiosk.op("vote", record_id, "create", fields=fields))
    refused = _vote(smuni, kiosk, poll_id, key, "yes")
    (again,) = kiosk.push(kiosk.op("vote", record_id, "create", fields={**fields, "choice": "yes"}))

    assert result["status"] == "accepted"
    assert refused.json()["code"] == "already_voted"
    assert again["status"] == "quarantined"  # kept for staff to see, never counted
    assert "already voted" in again["reason"]
    rows = _records(smuni, "vote")
    assert [r["fields"]["choice"] for r in rows] == ["no"]


def test_votes_never_travel_back_to_devices_and_carry_no_person(smuni: Municipality) -> None:
    kiosk = smuni.enroll("kiosk")
    poll_id = _poll(smuni)
    key = voter_key(SECRET, poll_id, ALICE)
    assert _vote(smuni, kiosk, poll_id, key, "yes").status_code == 201

    pulled = kiosk.state()
    for_person = kiosk.state(person_key=person_key(SECRET, ALICE))
    (vote,) = _records(smuni, "vote")

    assert ("poll", poll_id) in pulled
    assert not [k for k in (*pulled, *for_person) if k[0] == "vote"]
    assert set(vote["fields"]) == {"poll_id", "voter_key", "choice", "channel"}
    assert person_key(SECRET, ALICE) != key  # a voter key cannot be joined to a person key


def test_a_closed_poll_or_an_unknown_choice_is_refused(smuni: Municipality) -> None:
    kiosk = smuni.enroll("kiosk")
    closed = polls.publish_poll(
        smuni.engine,
        smuni.municipality_id,
        {"en": "Old question"},
        [{"id": "a"}, {"id": "b"}],
        dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
        dt.datetime(2020, 2, 1, tzinfo=dt.UTC),
    )
    open_poll = _poll(smuni)

    late = _vote(smuni, kiosk, closed, voter_key(SECRET, closed, ALICE), "a")
    odd = _vote(smuni, kiosk, open_poll, voter_key(SECRET, open_poll, ALICE), "maybe")
    unknown = _vote(smuni, kiosk, "no-such-poll", voter_key(SECRET, "x", ALICE), "a")

    assert (late.status_code, late.json()["code"]) == (409, "poll_closed")
    assert (odd.status_code, odd.json()["code"]) == (409, "invalid_choice")
    assert (unknown.status_code, unknown.json()["code"]) == (404, "unknown_poll")


def _records(muni: Municipality, entity: str) -> list[dict[str, Any]]:
    from central.backoffice import list_records

    return list_records(
        muni.engine,
        muni.municipality_id,
        entity,
        status=None,
        category=None,
        limit=100,
        offset=0,
    )
