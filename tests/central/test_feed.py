"""Pull on both backends: scope, scope exit, cursors, batches, commit order under load."""

from __future__ import annotations

import json
import threading
from typing import Any

from central import tables as t
from central.db import write_tx
from central.feed import Positions
from central.pull import SCAN_WINDOW, parse_cursor
from tests.central.helpers import Device, Municipality


def _visit(dev: Device, visit_id: str, team: str = "t1") -> dict[str, Any]:
    fields = {"person_id": "p1", "status": "planned", "team_id": team}
    return dev.op("visit", visit_id, "create", fields=fields)


def test_a_team_receives_only_its_own_caseload(muni: Municipality) -> None:
    a, b = muni.enroll(team="t1"), muni.enroll(team="t2")
    a.push(_visit(a, "va", "t1"))
    b.push(_visit(b, "vb", "t2"))
    assert set(a.state()) == {("visit", "va")}
    assert set(b.state()) == {("visit", "vb")}


def test_outreach_cannot_ask_for_a_person_and_kiosk_gets_only_that_person(
    muni: Municipality,
) -> None:
    laptop, kiosk = muni.enroll(), muni.enroll("kiosk")
    for key in ("pk1", "pk2"):
        kiosk.push(
            kiosk.op(
                "question",
                f"q-{key}",
                "create",
                fields={
                    "text": "When is the container park open?",
                    "status": "open",
                    "person_key": key,
                },
            )
        )
    refused = laptop.pull("", person_key="pk1")
    assert refused.status_code == 403
    assert refused.json()["code"] == "scope_forbidden"
    assert set(kiosk.state(person_key="pk1")) == {("question", "q-pk1")}
    assert set(kiosk.state()) == set()  # without a person: reference data only


def test_a_record_moved_to_another_team_leaves_the_old_team_once(muni: Municipality) -> None:
    a, b = muni.enroll(team="t1"), muni.enroll(team="t2")
    a.push(_visit(a, "v1"))
    held, cursor = a.pull_all()
    version = held[0]["versions"]["team_id"]
    a.push(
        a.op(
            "visit",
            "v1",
            fields={"team_id": "t2"},
            old={"team_id": "t1"},
            base={"team_id": version},
        )
    )
    changes, _ = a.pull_all(cursor)
    assert [(c["entity_id"], c["in_scope"]) for c in changes] == [("v1", False)]
    assert b.state()[("visit", "v1")]["in_scope"] is True
    edit = a.op("visit", "v1", fields={"outcome": "x"})
    assert a.push(edit)[0]["status"] == "quarantined"  # no longer a's record


def test_a_cursor_ahead_of_the_server_or_garbled_is_a_reset(muni: Municipality) -> None:
    laptop = muni.enroll()
    laptop.push(_visit(laptop, "v1"))
    _, cursor = laptop.pull_all()
    ahead = laptop.pull(f"v1:{int(cursor.split(':')[1]) + 1}")
    assert (ahead.status_code, ahead.json()["code"]) == (410, "cursor_reset")
    garbled = laptop.pull("banana")
    assert (garbled.status_code, garbled.json()["code"]) == (410, "cursor_reset")
    assert laptop.pull(cursor).json()["changes"] == []


def test_pull_comes_in_batches_and_resumes_from_each_cursor(muni: Municipality) -> None:
    laptop = muni.enroll()
    laptop.push(*[_visit(laptop, f"v{i}") for i in range(7)])
    seen: list[str] = []
    cursor = ""
    while True:
        body = laptop.pull(cursor, limit=3).json()
        assert len(body["changes"]) <= 3
        seen += [c["entity_id"] for c in body["changes"]]
        cursor = body["cursor"]
        if not body["has_more"]:
            break
    assert seen == [f"v{i}" for i in range(7)]


def test_concurrent_pushes_are_pulled_exactly_once_in_commit_order(muni: Municipality) -> None:
    writers = [muni.enroll(), muni.enroll()]
    reader = muni.enroll()
    rounds, per_batch = 15, 4
    expected = {f"{w}-{r}-{i}" for w in range(2) for r in range(rounds) for i in range(per_batch)}
    done = threading.Event()
    failures: list[BaseException] = []

    def write(index: int) -> None:
        dev = writers[index]
        try:
            for r in range(rounds):
                ops = [_visit(dev, f"{index}-{r}-{i}") for i in range(per_batch)]
                assert {x["status"] for x in dev.push(*ops)} == {"accepted"}
        except BaseException as exc:  # reported by the main thread
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    received: list[dict[str, Any]] = []
    cursor = ""
    while not done.is_set():
        finished = not any(t.is_alive() for t in threads)
        changes, cursor = reader.pull_all(cursor, limit=5)
        received += changes
        if finished:
            done.set()
    for thread in threads:
        thread.join(timeout=60)
    assert not failures, failures
    ids = [c["entity_id"] for c in received]
    assert sorted(ids) == sorted(expected)  # every change, none twice
    positions = [c["position"] for c in received]
    assert positions == sorted(positions)
    assert len(set(positions)) == len(positions)


def _strict_json(text: str) -> Any:
    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def test_pulled_values_come_back_as_pushed_in_strict_json(muni: Municipality) -> None:
    dev = muni.enroll()
    notes = [{"id": "n1", "text": 'Zei: "kom \\ later" — één keer 👍'}]
    visit_id = 'v-"quoted"\\é'
    fields = {"person_id": "p1", "status": "planned", "team_id": "t1", "notes": notes}
    dev.push(dev.op("visit", visit_id, "create", fields=fields))
    reply = dev.pull("")
    assert reply.headers["content-type"] == "application/json"
    (change,) = _strict_json(reply.text)["changes"]
    assert change["entity_id"] == visit_id
    assert change["fields"]["notes"] == notes
    assert change["in_scope"] is True
    assert change["deleted"] is False


def test_a_float_that_json_cannot_hold_is_pulled_as_null(muni: Municipality) -> None:
    dev = muni.enroll()
    fields = {"person_id": "p1", "status": "planned", "team_id": "t1", "outcome": float("nan")}
    body = json.dumps({"ops": [dev.op("visit", "v1", "create", fields=fields)]})
    headers = {"Content-Type": "application/json"}
    pushed = dev.session.post(f"{dev.base}/v1/sync/push", data=body, headers=headers, timeout=30)
    assert pushed.status_code == 200, pushed.text
    (change,) = _strict_json(dev.pull("").text)["changes"]
    assert change["fields"]["outcome"] is None


def test_what_a_laptop_makes_on_a_home_visit_reaches_its_team_only(muni: Municipality) -> None:
    """A question asked with a resident carries no team on the laptop; central gives it one."""
    laptop, colleague, other_team = (
        muni.enroll(team="t1"),
        muni.enroll(team="t1"),
        muni.enroll(team="t2"),
    )
    fields = {"text": "Kan ik een parkeerkaart krijgen?", "status": "open", "person_key": "pk7"}
    assert laptop.push(laptop.op("question", "q-home", "create", fields=fields))[0]["status"] == (
        "accepted"
    )
    received = colleague.state()[("question", "q-home")]
    assert received["fields"]["team_id"] == "t1"
    assert ("question", "q-home") not in other_team.state()
    assert laptop.state()[("question", "q-home")]["fields"]["team_id"] == "t1"  # told back
    kiosk = muni.enroll("kiosk")
    kiosk.push(kiosk.op("question", "q-kiosk", "create", fields=fields | {"person_key": "pk8"}))
    assert "team_id" not in kiosk.state(person_key="pk8")[("question", "q-kiosk")]["fields"]


def _other_teams_records(muni: Municipality, count: int) -> None:
    """``count`` visits of team t2 at the next feed positions, written straight to the table.

    (As many pushes would write them, at a fraction of the test's time.)
    """
    with write_tx(muni.engine) as conn:
        positions = Positions(conn, muni.municipality_id)
        rows = []
        for i in range(count):
            fields = {"person_id": f"p{i}", "status": "planned", "team_id": "t2"}
            position = positions.next()
            rows.append(
                {
                    "municipality_id": muni.municipality_id,
                    "entity": "visit",
                    "entity_id": f"t2-{i}",
                    "fields": json.dumps(fields),
                    "versions": json.dumps(dict.fromkeys(fields, position)),
                    "deleted": False,
                    "team_id": "t2",
                    "previous_team_id": None,
                    "person_key": None,
                    "status": "planned",
                    "category": None,
                    "position": position,
                }
            )
        conn.execute(t.record.insert(), rows)
        positions.flush()


def test_a_teams_records_behind_a_long_stretch_of_another_teams_still_arrive(
    muni: Municipality,
) -> None:
    """One request reads a bounded stretch of the feed; the device is sent on to the next."""
    a = muni.enroll(team="t1")
    a.push(_visit(a, "before"))
    _other_teams_records(muni, 2 * SCAN_WINDOW + 10)
    a.push(_visit(a, "after"))

    answers = []
    after = ""
    while True:
        reply = a.pull(after)
        assert reply.status_code == 200, reply.text
        answers.append(reply.json())
        if not answers[-1]["has_more"]:
            break
        assert parse_cursor(answers[-1]["cursor"]) > parse_cursor(after)
        after = answers[-1]["cursor"]
    got = [c["entity_id"] for answer in answers for c in answer["changes"]]
    assert got == ["before", "after"]
    assert any(not answer["changes"] and answer["has_more"] for answer in answers)
