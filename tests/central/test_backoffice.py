"""The back office over HTTP: sign-in, roles, lists, status changes that reach devices."""

from __future__ import annotations

import requests

from tests.central.helpers import Device, Municipality


def _melding(kiosk: Device, melding_id: str, category: str = "litter") -> None:
    result = kiosk.push(
        kiosk.op(
            "melding",
            melding_id,
            "create",
            fields={
                "reference": melding_id.upper(),
                "category": category,
                "status": "511",
                "person_key": "pk1",
                "team_id": "t1",
                "status_history": [],
            },
        )
    )
    assert result[0]["status"] == "accepted"


def test_wrong_password_and_missing_role_are_refused(smuni: Municipality) -> None:
    reply = requests.post(
        f"{smuni.base}/v1/staff/login",
        json={"municipality_id": smuni.municipality_id, "username": "nobody", "password": "x"},
        timeout=30,
    )
    assert (reply.status_code, reply.json()["code"]) == (401, "unauthenticated")
    outreach = smuni.staff("outreach")
    listed = outreach.get(f"{smuni.base}/v1/backoffice/meldingen", timeout=30)
    assert (listed.status_code, listed.json()["code"]) == (403, "forbidden")
    counter = smuni.staff("counter")
    write = counter.post(
        f"{smuni.base}/v1/backoffice/meldingen/x/status", json={"status": "557"}, timeout=30
    )
    assert write.status_code == 403


def test_meldingen_are_listed_and_filtered(smuni: Municipality) -> None:
    kiosk = smuni.enroll("kiosk")
    _melding(kiosk, "m1", "litter")
    _melding(kiosk, "m2", "lighting")
    staff = smuni.staff()
    url = f"{smuni.base}/v1/backoffice/meldingen"
    assert {i["id"] for i in staff.get(url, timeout=30).json()["items"]} == {"m1", "m2"}
    only = staff.get(url, params={"category": "lighting", "status": "511"}, timeout=30)
    assert [i["id"] for i in only.json()["items"]] == ["m2"]


def test_a_status_change_reaches_the_team_and_invalid_moves_are_refused(
    smuni: Municipality,
) -> None:
    kiosk, laptop = smuni.enroll("kiosk"), smuni.enroll()
    _melding(kiosk, "m1")
    staff = smuni.staff()
    url = f"{smuni.base}/v1/backoffice/meldingen/m1/status"
    assert staff.post(url, json={"status": "557"}, timeout=30).status_code == 200
    fields = laptop.state()[("melding", "m1")]["fields"]
    assert fields["status"] == "557"
    assert [h["status"] for h in fields["status_history"]] == ["557"]
    bad = staff.post(url, json={"status": "511"}, timeout=30)
    assert (bad.status_code, bad.json()["code"]) == (409, "invalid_transition")
    missing = staff.post(
        f"{smuni.base}/v1/backoffice/meldingen/nope/status", json={"status": "557"}, timeout=30
    )
    assert (missing.status_code, missing.json()["code"]) == (404, "not_found")


def test_an_answer_reaches_the_kiosk_citizen(smuni: Municipality) -> None:
    kiosk = smuni.enroll("kiosk")
    kiosk.push(
        kiosk.op(
            "question",
            "q1",
            "create",
            fields={"text": "Can I get a parking card?", "status": "open", "person_key": "pk9"},
        )
    )
    staff = smuni.staff()
    reply = staff.post(
        f"{smuni.base}/v1/backoffice/questions/q1/answer",
        json={"answer": "Yes, at the counter."},
        timeout=30,
    )
    assert reply.status_code == 200
    fields = kiosk.state(person_key="pk9")[("question", "q1")]["fields"]
    assert (fields["answer"], fields["status"]) == ("Yes, at the counter.", "answered")
    listed = staff.get(
        f"{smuni.base}/v1/backoffice/questions", params={"status": "answered"}, timeout=30
    )
    assert [i["id"] for i in listed.json()["items"]] == ["q1"]
