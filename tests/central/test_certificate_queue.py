"""A certificate asked for offline is issued by central once the request arrives by sync."""

from __future__ import annotations

import time
from typing import Any

import requests

from central.certificate_queue import person_key as central_person_key
from kiosk.pseudonyms import person_key
from tests.central.helpers import Device, Municipality

ALICE = "71715100070"  # in the synthetic register, with an address history
NOBODY = "85073003328"  # a valid number the register does not know
DEADLINE_S = 30.0


def secret_of(device: Device) -> bytes:
    reply = device.session.get(f"{device.base}/v1/device/pseudonym-secret", timeout=30)
    assert reply.status_code == 200, reply.text
    return bytes.fromhex(reply.json()["secret"])


def queue_request(device: Device, key: str, request_id: str, **fields: Any) -> None:
    values = {
        "kind": "residence",
        "language": "fr-BE",
        "with_history": 1,
        "delivery": "post",
        "requested_at": "2026-11-26T10:00:00+00:00",
        "status": "queued",
        "person_key": key,
        **fields,
    }
    [result] = device.push(device.op("certificate_request", request_id, "create", fields=values))
    assert result["status"] == "accepted", result


def settled(device: Device, key: str, request_id: str) -> dict[str, Any]:
    """The request as the kiosk pulls it once central moved it on (bounded wait)."""
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        change = device.state(person_key=key).get(("certificate_request", request_id))
        if change is not None and change["fields"].get("status") != "queued":
            fields: dict[str, Any] = change["fields"]
            return fields
        time.sleep(0.2)
    raise AssertionError(f"request {request_id} still queued after {DEADLINE_S} s")


def test_central_makes_the_same_person_key_as_the_devices() -> None:
    secret = bytes(range(32))
    assert central_person_key(secret, ALICE) == person_key(secret, ALICE)
    assert central_person_key(secret, "71.71.51-000.70") == person_key(secret, ALICE)


def test_a_queued_request_comes_back_issued_with_a_valid_code(muni: Municipality) -> None:
    kiosk = muni.enroll("kiosk", None)
    key = person_key(secret_of(kiosk), ALICE)
    queue_request(kiosk, key, "req-alice")
    fields = settled(kiosk, key, "req-alice")
    assert fields["status"] == "issued"
    code = fields["verification_code"]
    answer = requests.get(f"{muni.base}/v1/verify/{code}", timeout=30).json()
    assert answer["status"] == "valid"
    assert answer["kind"] == "residence_history"


def test_a_person_the_register_does_not_know_is_refused(muni: Municipality) -> None:
    kiosk = muni.enroll("kiosk", None)
    key = person_key(secret_of(kiosk), NOBODY)
    queue_request(kiosk, key, "req-nobody", kind="life", with_history=0)
    fields = settled(kiosk, key, "req-nobody")
    assert fields["status"] == "refused"
    assert fields.get("verification_code") is None


def test_a_request_central_cannot_read_is_refused(muni: Municipality) -> None:
    kiosk = muni.enroll("kiosk", None)
    key = person_key(secret_of(kiosk), ALICE)
    queue_request(kiosk, key, "req-odd", kind="nationality", with_history=0, language="xx")
    assert settled(kiosk, key, "req-odd")["status"] == "refused"
