"""Malformed, oversized and unknown requests answer ErrorBody, never an HTML page or a 500."""

from __future__ import annotations

import requests

from central.api.limits import MAX_BODY_BYTES
from tests.central.helpers import Municipality


def _is_error_body(reply: requests.Response) -> bool:
    body = reply.json()
    return set(body) == {"code", "message"} and reply.status_code < 500


def test_corrupt_json_is_an_invalid_request(smuni: Municipality) -> None:
    device = smuni.enroll()
    reply = device.session.post(
        f"{smuni.base}/v1/sync/push",
        data=b'{"ops": [{',
        timeout=30,
        headers={"Content-Type": "application/json"},
    )
    assert (reply.status_code, reply.json()["code"]) == (422, "invalid_request")


def test_wrong_shapes_are_invalid_requests_without_echoing_values(smuni: Municipality) -> None:
    device = smuni.enroll()
    secret = "85073003328"  # looks like a national number: must not come back
    for body in ({"ops": "nope"}, {"ops": [{"op_id": secret}]}, {"ops": [], "extra": secret}):
        reply = device.session.post(f"{smuni.base}/v1/sync/push", json=body, timeout=30)
        assert _is_error_body(reply)
        assert reply.json()["code"] == "invalid_request"
        assert secret not in reply.text


def test_an_oversized_body_is_refused_with_413(smuni: Municipality) -> None:
    device = smuni.enroll()
    reply = device.session.post(
        f"{smuni.base}/v1/sync/push",
        data=b"x" * (MAX_BODY_BYTES + 1),
        timeout=60,
        headers={"Content-Type": "application/json"},
    )
    assert (reply.status_code, reply.json()["code"]) == (413, "payload_too_large")


def test_too_many_ops_and_bad_limits_are_invalid(smuni: Municipality) -> None:
    device = smuni.enroll()
    ops = [device.op("visit", f"v{i}", "create") for i in range(501)]
    reply = device.session.post(f"{smuni.base}/v1/sync/push", json={"ops": ops}, timeout=30)
    assert reply.json()["code"] == "invalid_request"
    assert device.pull("", limit=0).json()["code"] == "invalid_request"


def test_unknown_paths_and_methods_answer_error_body(smuni: Municipality) -> None:
    assert requests.get(f"{smuni.base}/v2/anything", timeout=30).json()["code"] == "not_found"
    reply = requests.delete(f"{smuni.base}/v1/enroll", timeout=30)
    assert (reply.status_code, reply.json()["code"]) == (405, "method_not_allowed")
