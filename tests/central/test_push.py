"""Push semantics on both backends: idempotency, order, quarantine, upcasting."""

from __future__ import annotations

from typing import Any

import requests

from tests.central.helpers import Device, Municipality


def _visit(device: Device, visit_id: str, **fields: Any) -> dict[str, Any]:
    base = {"person_id": "p1", "status": "planned", "team_id": "t1"}
    return device.op("visit", visit_id, "create", fields={**base, **fields})


def _quarantine(muni: Municipality) -> list[dict[str, Any]]:
    reply = muni.staff().get(f"{muni.base}/v1/backoffice/quarantine", timeout=30)
    assert reply.status_code == 200, reply.text
    items: list[dict[str, Any]] = reply.json()["items"]
    return items


def test_same_op_twice_is_a_duplicate_applied_once(muni: Municipality) -> None:
    laptop = muni.enroll()
    op = laptop.op(
        "visit",
        "v1",
        "create",
        fields={"person_id": "p1", "status": "planned", "team_id": "t1", "notes": [{"id": "n1"}]},
    )
    assert laptop.push(op)[0]["status"] == "accepted"
    again = laptop.push(op)[0]
    assert again["status"] == "duplicate"
    assert "accepted" in again["reason"]
    visit = laptop.state()[("visit", "v1")]
    assert visit["fields"]["notes"] == [{"id": "n1"}]


def test_same_id_other_content_is_quarantined_and_the_first_stands(muni: Municipality) -> None:
    laptop = muni.enroll()
    op = _visit(laptop, "v1", outcome="first")
    laptop.push(op)
    forged = {**op, "fields": {**op["fields"], "outcome": "second"}}
    result = laptop.push(forged)[0]
    assert result["status"] == "quarantined"
    assert "different content" in result["reason"]
    assert laptop.state()[("visit", "v1")]["fields"]["outcome"] == "first"
    assert [q["op"]["fields"]["outcome"] for q in _quarantine(muni)] == ["second"]


def test_an_op_after_a_gap_is_held_then_applied_when_the_gap_fills(muni: Municipality) -> None:
    laptop = muni.enroll()
    first = _visit(laptop, "v1")
    second = laptop.op("visit", "v1", fields={"outcome": "seen"}, base={"outcome": 0})
    assert laptop.push(second)[0]["status"] == "held"
    assert laptop.push(second)[0]["status"] == "held"
    assert ("visit", "v1") not in laptop.state()
    status = laptop.session.get(f"{muni.base}/v1/sync/status", timeout=30).json()
    assert (status["last_device_seq"], status["held_ops"]) == (0, 1)
    assert laptop.push(first)[0]["status"] == "accepted"
    assert laptop.state()[("visit", "v1")]["fields"]["outcome"] == "seen"
    assert laptop.push(second)[0]["status"] == "accepted"  # the real result, told once
    assert laptop.push(second)[0]["status"] == "duplicate"


def test_invalid_ops_are_quarantined_with_a_reason_never_dropped(muni: Municipality) -> None:
    laptop = muni.enroll()
    ops = [
        laptop.op("spaceship", "s1", "create", fields={"x": 1}),
        laptop.op(
            "visit",
            "v1",
            "create",
            fields={"person_id": "p", "status": "planned", "team_id": "t1", "colour": "red"},
        ),
        laptop.op("service_category", "c1", "create", fields={"code": "x"}),
        laptop.op("visit", "v2", "create", fields={"status": "planned", "team_id": "t1"}),
        laptop.op(
            "visit",
            "v3",
            "create",
            fields={"person_id": "p", "status": "planned", "team_id": "t1"},
            schema_version=0,
        ),
        _visit(laptop, "v4"),
    ]
    ops[4]["schema_version"] = 1
    ops[4]["fields"]["status"] = "sleeping"
    results = laptop.push(*ops)
    assert [r["status"] for r in results] == ["quarantined"] * 5 + ["accepted"]
    reasons = " | ".join(r["reason"] for r in results[:5])
    for words in ("unknown entity", "unknown field", "may not write", "person_id", "sleeping"):
        assert words in reasons
    assert sorted(q["op_id"] for q in _quarantine(muni)) == sorted(o["op_id"] for o in ops[:5])
    assert laptop.push(ops[0])[0]["status"] == "duplicate"


def test_an_op_below_the_oldest_schema_is_refused_by_validation(muni: Municipality) -> None:
    laptop = muni.enroll()
    op = _visit(laptop, "v1")
    op["schema_version"] = 0
    reply = requests.post(
        f"{muni.base}/v1/sync/push", json={"ops": [op]}, headers=laptop.session.headers, timeout=30
    )
    assert reply.status_code == 422
    assert reply.json()["code"] == "invalid_request"


def test_a_schema_1_melding_is_upcast(muni: Municipality) -> None:
    kiosk = muni.enroll("kiosk")
    op = kiosk.op(
        "melding",
        "m1",
        "create",
        schema_version=1,
        fields={
            "reference": "M-1",
            "category": "litter",
            "status": "511",
            "person_key": "pk1",
            "location": {"street": "Veldstraat 1"},
        },
    )
    assert kiosk.push(op)[0]["status"] == "accepted"
    melding = kiosk.state(person_key="pk1")[("melding", "m1")]
    assert melding["fields"]["address"] == {"street": "Veldstraat 1"}
    assert "location" not in melding["fields"]


def test_create_of_an_existing_record_is_an_update_and_delete_a_tombstone(
    muni: Municipality,
) -> None:
    laptop = muni.enroll()
    laptop.push(_visit(laptop, "v1"))
    again = laptop.op("visit", "v1", "create", fields={"outcome": "x"})
    assert laptop.push(again)[0]["status"] == "accepted"
    assert laptop.push(laptop.op("visit", "v1", "delete"))[0]["status"] == "accepted"
    visit = laptop.state()[("visit", "v1")]
    assert visit["deleted"] is True
    assert visit["fields"]["outcome"] == "x"


def test_a_held_op_and_the_op_filling_its_gap_in_one_batch_both_apply_in_order(
    muni: Municipality,
) -> None:
    laptop = muni.enroll()
    first = _visit(laptop, "v1", outcome="planned visit")
    second = laptop.op("visit", "v1", fields={"planned_at": "2026-12-01"}, base={"planned_at": 0})
    # the later op arrives first in the same request: held, then applied when seq 1 lands
    results = laptop.push(second, first)
    assert [r["status"] for r in results] == ["held", "accepted"]
    status = laptop.session.get(f"{muni.base}/v1/sync/status", timeout=30).json()
    assert (status["last_device_seq"], status["held_ops"]) == (2, 0)
    fields = laptop.state()[("visit", "v1")]["fields"]
    assert (fields["outcome"], fields["planned_at"]) == ("planned visit", "2026-12-01")
    assert laptop.push(second)[0]["status"] == "accepted"  # its real result, told once
    assert laptop.push(second)[0]["status"] == "duplicate"


def test_the_same_op_twice_in_one_batch_is_applied_once(muni: Municipality) -> None:
    laptop = muni.enroll()
    op = laptop.op(
        "visit",
        "v1",
        "create",
        fields={"person_id": "p1", "status": "planned", "team_id": "t1", "notes": [{"id": "n1"}]},
    )
    results = laptop.push(op, op)
    assert [r["status"] for r in results] == ["accepted", "duplicate"]
    assert laptop.state()[("visit", "v1")]["fields"]["notes"] == [{"id": "n1"}]
