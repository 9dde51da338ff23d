"""Per-field merge on both backends: what two offline laptops see after they sync."""

from __future__ import annotations

from typing import Any

from tests.central.helpers import Device, Municipality


def _setup(muni: Municipality, **fields: Any) -> tuple[Device, Device, dict[str, Any]]:
    """Two laptops of team t1 that both hold visit v1 at the same versions."""
    a, b = muni.enroll(), muni.enroll()
    base = {"person_id": "p1", "status": "planned", "team_id": "t1", **fields}
    assert a.push(a.op("visit", "v1", "create", fields=base))[0]["status"] == "accepted"
    return a, b, b.state()[("visit", "v1")]


def _edit(dev: Device, held: dict[str, Any], **fields: Any) -> dict[str, Any]:
    old = {name: held["fields"].get(name) for name in fields}
    base = {name: held["versions"].get(name, 0) for name in fields}
    return dev.op("visit", "v1", fields=fields, old=old, base=base)


def test_disjoint_edits_of_different_fields_both_apply(muni: Municipality) -> None:
    a, b, held = _setup(muni)
    assert a.push(_edit(a, held, outcome="met"))[0]["status"] == "accepted"
    assert b.push(_edit(b, held, planned_at="2026-12-01T10:00"))[0]["status"] == "accepted"
    fields = a.state()[("visit", "v1")]["fields"]
    assert (fields["outcome"], fields["planned_at"]) == ("met", "2026-12-01T10:00")


def test_concurrent_edit_of_one_field_keeps_both_values(muni: Municipality) -> None:
    a, b, held = _setup(muni, outcome="")
    a.push(_edit(a, held, outcome="from a"))
    result = b.push(_edit(b, held, outcome="from b"))[0]
    assert result["status"] == "conflict"
    [conflict] = result["conflicts"]
    assert (conflict["field"], conflict["server_value"], conflict["device_value"]) == (
        "outcome",
        "from a",
        "from b",
    )
    state = b.state()
    assert state[("visit", "v1")]["fields"]["outcome"] == "from a"
    shadow = state[("sync_conflict", conflict["conflict_id"])]["fields"]
    assert shadow["device_value"] == "from b"
    assert (shadow["entity"], shadow["entity_id"], shadow["resolved"]) == ("visit", "v1", False)


def test_same_value_from_both_sides_is_no_conflict(muni: Municipality) -> None:
    a, b, held = _setup(muni)
    a.push(_edit(a, held, outcome="same"))
    assert b.push(_edit(b, held, outcome="same"))[0]["status"] == "accepted"


def test_append_only_notes_from_both_laptops_are_kept(muni: Municipality) -> None:
    a, b, held = _setup(muni, notes=[{"id": "n0", "text": "first"}])
    a.push(_edit(a, held, notes=[{"id": "n0", "text": "first"}, {"id": "na", "text": "a"}]))
    b_note = [{"id": "n0", "text": "first"}, {"id": "nb", "text": "b"}]
    assert b.push(_edit(b, held, notes=b_note))[0]["status"] == "accepted"
    notes = a.state()[("visit", "v1")]["fields"]["notes"]
    assert [n["id"] for n in notes] == ["n0", "na", "nb"]


def test_checklist_adds_and_removes_of_both_sides_apply(muni: Municipality) -> None:
    a, b, held = _setup(muni, checklist=["ramp", "smoke alarm", "heating"])
    a.push(_edit(a, held, checklist=["ramp", "smoke alarm", "heating", "medication"]))
    b.push(_edit(b, held, checklist=["ramp", "heating"]))  # b ticked off the smoke alarm
    checklist = a.state()[("visit", "v1")]["fields"]["checklist"]
    assert sorted(checklist) == ["heating", "medication", "ramp"]


def test_invalid_state_transition_is_a_conflict(muni: Municipality) -> None:
    a, b, held = _setup(muni)
    a.push(_edit(a, held, status="done"))
    result = b.push(_edit(b, held, status="in_progress"))[0]  # done -> in_progress: no
    assert result["status"] == "conflict"
    assert result["conflicts"][0]["server_value"] == "done"
    assert a.state()[("visit", "v1")]["fields"]["status"] == "done"


def test_valid_transition_applies_whatever_the_base(muni: Municipality) -> None:
    a, b, held = _setup(muni)
    a.push(_edit(a, held, status="in_progress"))
    assert b.push(_edit(b, held, status="done"))[0]["status"] == "accepted"


def test_immutable_field_cannot_change(muni: Municipality) -> None:
    a, _b, held = _setup(muni)
    result = a.push(_edit(a, held, person_id="someone else"))[0]
    assert result["status"] == "conflict"
    assert a.state()[("visit", "v1")]["fields"]["person_id"] == "p1"


def test_a_resolve_op_sets_the_value_and_closes_the_conflict(muni: Municipality) -> None:
    a, b, held = _setup(muni, outcome="")
    a.push(_edit(a, held, outcome="from a"))
    conflict_id = b.push(_edit(b, held, outcome="from b"))[0]["conflicts"][0]["conflict_id"]
    resolve = b.op("visit", "v1", "resolve", fields={"outcome": "from b, checked"})
    assert b.push(resolve)[0]["status"] == "accepted"
    state = a.state()
    assert state[("visit", "v1")]["fields"]["outcome"] == "from b, checked"
    assert state[("sync_conflict", conflict_id)]["fields"]["resolved"] is True
    staff = muni.staff()
    listed = staff.get(f"{muni.base}/v1/backoffice/conflicts", timeout=30).json()["items"]
    assert [(c["conflict_id"], c["resolved"]) for c in listed] == [(conflict_id, True)]
