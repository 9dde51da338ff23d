"""Outreach staff sign in on their team's laptop; central publishes an offline verifier.

Also the team boundary of the caseload: a laptop of team t2 receives nothing of team t1
(persons, visits, consents, verifiers). Visits alone are covered in test_feed.py
(`test_a_team_receives_only_its_own_caseload`).
"""

from __future__ import annotations

from typing import Any

import requests
from sqlalchemy import select

from central import admin
from central import tables as t
from central.staff_verifiers import revoke
from tests.central.helpers import Device, Municipality

PASSWORD = "zonnebloem 42"


def _staff(muni: Municipality, username: str, team: str = "t1", role: str = "outreach") -> None:
    admin.create_staff(
        muni.engine, muni.municipality_id, username, role, password=PASSWORD, team_id=team
    )


def _sign_in(device: Device, username: str, password: str = PASSWORD) -> requests.Response:
    return device.session.post(
        f"{device.base}/v1/staff/sign-in",
        json={"username": username, "password": password},
        timeout=30,
    )


def _verifiers(device: Device) -> dict[str, dict[str, Any]]:
    return {
        c["fields"]["username"]: c["fields"]
        for (entity, _id), c in device.state().items()
        if entity == "staff_verifier"
    }


def test_sign_in_publishes_a_verifier_to_the_team_only(smuni: Municipality) -> None:
    _staff(smuni, "an")
    laptop, other_team = smuni.enroll(team="t1"), smuni.enroll(team="t2")
    reply = _sign_in(laptop, "an")
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert (body["staff_id"], body["role"], body["team_id"]) == ("an", "outreach", "t1")
    verifier = body["record"]["fields"]["verifier"]
    assert verifier.startswith("scrypt-offline$")
    with smuni.engine.connect() as conn:
        login_hash = conn.execute(
            select(t.staff.c.password_hash).where(
                t.staff.c.municipality_id == smuni.municipality_id, t.staff.c.username == "an"
            )
        ).scalar_one()
    assert PASSWORD not in verifier
    assert verifier.split("$")[-1] != login_hash.split("$")[-1]  # not the back-office hash
    assert _verifiers(laptop)["an"]["verifier"] == verifier
    assert _verifiers(other_team) == {}
    again = _sign_in(laptop, "an").json()
    assert again["record"]["position"] == body["record"]["position"]  # nothing republished


def test_wrong_password_other_team_and_kiosks_are_refused(smuni: Municipality) -> None:
    _staff(smuni, "bert", team="t2")
    _staff(smuni, "carla")
    laptop = smuni.enroll(team="t1")
    wrong = _sign_in(laptop, "carla", "not her password")
    assert (wrong.status_code, wrong.json()["code"]) == (401, "sign_in_refused")
    unknown = _sign_in(laptop, "nobody")
    assert (unknown.status_code, unknown.json()["code"]) == (401, "sign_in_refused")
    other = _sign_in(laptop, "bert")
    assert (other.status_code, other.json()["code"]) == (403, "not_this_team")
    kiosk = _sign_in(smuni.enroll("kiosk"), "carla")
    assert (kiosk.status_code, kiosk.json()["code"]) == (403, "forbidden")
    assert _verifiers(laptop) == {}


def test_an_admin_revokes_and_the_laptops_learn_it(smuni: Municipality) -> None:
    _staff(smuni, "dirk")
    laptop = smuni.enroll(team="t1")
    assert _sign_in(laptop, "dirk").status_code == 200
    backoffice = smuni.staff("backoffice")
    url = f"{smuni.base}/v1/backoffice/staff/dirk/revoke"
    assert backoffice.post(url, timeout=30).status_code == 403
    admin_session = smuni.staff("admin")
    assert admin_session.post(url, timeout=30).status_code == 200
    assert _verifiers(laptop)["dirk"]["revoked"] is True
    refused = _sign_in(laptop, "dirk")
    assert (refused.status_code, refused.json()["code"]) == (403, "staff_revoked")
    missing = admin_session.post(f"{smuni.base}/v1/backoffice/staff/ghost/revoke", timeout=30)
    assert missing.status_code == 404


def test_team_b_cannot_pull_team_a_caseload(smuni: Municipality) -> None:
    _staff(smuni, "els")
    a, b = smuni.enroll(team="t1"), smuni.enroll(team="t2")
    assert _sign_in(a, "els").status_code == 200
    a.push(
        a.op("person", "p1", "create", fields={"surname": "Peeters", "team_id": "t1"}),
        a.op(
            "visit",
            "v1",
            "create",
            fields={"person_id": "p1", "status": "planned", "team_id": "t1"},
        ),
        a.op(
            "consent",
            "c1",
            "create",
            fields={
                "person_id": "p1",
                "purpose": "e-inclusion",
                "method": "paper",
                "given_at": "2026-11-26T10:00:00+00:00",
                "team_id": "t1",
            },
        ),
    )
    assert {entity for entity, _id in a.state()} == {"person", "visit", "consent", "staff_verifier"}
    assert b.state() == {}
    assert "Peeters" not in b.pull("").text


def test_a_password_that_is_not_valid_unicode_is_refused_cleanly(smuni: Municipality) -> None:
    laptop = smuni.enroll(team="t1")
    reply = laptop.session.post(
        f"{laptop.base}/v1/staff/sign-in",
        data=b'{"username": "an", "password": "\\ud800"}',
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    assert reply.status_code in (400, 422), reply.text


def _assist(device: Device, username: str, password: str = PASSWORD) -> requests.Response:
    return device.session.post(
        f"{device.base}/v1/staff/assist",
        json={"username": username, "password": password},
        timeout=30,
    )


def test_counter_staff_sign_in_to_assist_at_a_kiosk_and_nothing_is_published(
    smuni: Municipality,
) -> None:
    _staff(smuni, "bert", team="t1", role="counter")
    _staff(smuni, "root", team="t1", role="admin")
    kiosk, laptop = smuni.enroll("kiosk", team=None), smuni.enroll(team="t1")
    reply = _assist(kiosk, "bert")
    assert reply.status_code == 200, reply.text
    assert reply.json() == {"staff_id": "bert", "display_name": "bert", "role": "counter"}
    assert "verifier" not in reply.text
    assert "bert" not in _verifiers(laptop)  # assisting at a kiosk publishes no verifier

    wrong = _assist(kiosk, "bert", "zonnebloem 43")
    assert (wrong.status_code, wrong.json()["code"]) == (401, "sign_in_refused")
    unknown = _assist(kiosk, "nobody")
    assert (unknown.status_code, unknown.json()["code"]) == (401, "sign_in_refused")
    admin_role = _assist(kiosk, "root")
    assert (admin_role.status_code, admin_role.json()["code"]) == (403, "not_assisting_staff")
    from_a_laptop = _assist(laptop, "bert")
    assert (from_a_laptop.status_code, from_a_laptop.json()["code"]) == (403, "forbidden")


def test_a_revoked_staff_member_cannot_assist(smuni: Municipality) -> None:
    _staff(smuni, "cas", role="counter")
    kiosk = smuni.enroll("kiosk", team=None)
    assert _assist(kiosk, "cas").status_code == 200
    revoke(smuni.engine, smuni.municipality_id, "cas")
    refused = _assist(kiosk, "cas")
    assert (refused.status_code, refused.json()["code"]) == (403, "staff_revoked")
