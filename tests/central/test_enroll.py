"""Enrollment and device authentication over HTTP."""

from __future__ import annotations

import requests

from central import admin
from tests.central.helpers import Municipality


def _enroll(muni: Municipality, code: str) -> requests.Response:
    return requests.post(
        f"{muni.base}/v1/enroll", json={"code": code, "device_name": "kiosk hall"}, timeout=30
    )


def test_a_code_enrolls_one_device_only(smuni: Municipality) -> None:
    code = admin.create_enrollment_code(smuni.engine, smuni.municipality_id, "kiosk")
    first = _enroll(smuni, code.lower().replace("-", " "))  # as a person might type it
    assert first.status_code == 201
    assert first.json()["role"] == "kiosk"
    second = _enroll(smuni, code)
    assert (second.status_code, second.json()["code"]) == (400, "enrollment_code_invalid")


def test_an_expired_code_is_refused(smuni: Municipality) -> None:
    code = admin.create_enrollment_code(
        smuni.engine, smuni.municipality_id, "kiosk", valid_hours=1 / 3600 / 10
    )
    reply = _enroll(smuni, code)
    assert (reply.status_code, reply.json()["code"]) == (400, "enrollment_code_invalid")


def test_requests_without_or_with_a_wrong_token_are_unauthenticated(smuni: Municipality) -> None:
    for headers in ({}, {"Authorization": "Bearer nonsense"}):
        reply = requests.get(f"{smuni.base}/v1/sync/changes", headers=headers, timeout=30)
        assert (reply.status_code, reply.json()["code"]) == (401, "unauthenticated")


def test_a_revoked_device_is_refused(smuni: Municipality) -> None:
    device = smuni.enroll()
    admin.revoke_device(smuni.engine, device.device_id)
    for reply in (
        device.pull(),
        device.session.post(f"{smuni.base}/v1/sync/push", json={"ops": []}, timeout=30),
    ):
        assert (reply.status_code, reply.json()["code"]) == (403, "device_revoked")
    [listed] = admin.list_devices(smuni.engine, smuni.municipality_id)
    assert listed.revoked


def test_status_tells_role_team_and_position(smuni: Municipality) -> None:
    device = smuni.enroll(team="t2")
    body = device.session.get(f"{smuni.base}/v1/sync/status", timeout=30).json()
    assert (body["role"], body["team_id"], body["last_device_seq"]) == ("outreach", "t2", 0)
    assert body["municipality_id"] == smuni.municipality_id
