"""My data at central: the person's records with who accessed them, and QR shares."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

import requests

from kiosk.pseudonyms import person_key
from offline_sync.protocol import new_id
from tests.central.helpers import Device, Municipality

SECRET = bytes(range(32))
ALICE = person_key(SECRET, "85.07.30-033.28")
BOB = person_key(SECRET, "85073003427")


def _alice_on_record(kiosk: Device) -> None:
    person = {"person_key": ALICE, "first_names": "Alice Marie", "surname": "Peeters"}
    person |= {"birth_date": "1985-07-30", "street_and_number": "Markt 1", "zip": "9000"}
    melding = {"reference": "M-1", "category": "litter", "status": "511", "person_key": ALICE}
    others = {"reference": "M-2", "category": "litter", "status": "511", "person_key": BOB}
    results = kiosk.push(
        kiosk.op("person", new_id(), "create", fields=person),
        kiosk.op("melding", new_id(), "create", fields=melding),
        kiosk.op("melding", new_id(), "create", fields=others),
    )
    assert {r["status"] for r in results} == {"accepted"}


def _my_data(kiosk: Device, key: str = ALICE) -> dict[str, Any]:
    reply = kiosk.session.get(f"{kiosk.base}/v1/my-data", params={"person_key": key}, timeout=30)
    assert reply.status_code == 200, reply.text
    body: dict[str, Any] = reply.json()
    return body


def test_my_data_returns_the_persons_records_and_logs_every_read(smuni: Municipality) -> None:
    kiosk = smuni.enroll("kiosk")
    _alice_on_record(kiosk)

    first = _my_data(kiosk)
    second = _my_data(kiosk)

    sections = second["sections"]
    assert [p["surname"] for p in sections["person"]] == ["Peeters"]
    assert [m["reference"] for m in sections["melding"]] == ["M-1"]  # not Bob's
    readers = [(e["actor"], e["purpose"]) for e in sections["access_log"]]
    assert readers == [(kiosk.device_id, "my_data"), (kiosk.device_id, "my_data")]
    assert len(first["sections"]["access_log"]) == 1  # the first read saw itself
    assert "vote" not in sections


def test_my_data_as_json_ld_uses_oslo_terms(smuni: Municipality) -> None:
    kiosk = smuni.enroll("kiosk")
    _alice_on_record(kiosk)

    document = _my_data(kiosk)["jsonld"]

    assert document["@context"]["persoon"] == "https://data.vlaanderen.be/ns/persoon#"
    types = {node["@type"] for node in document["@graph"]}
    assert {"person:Person", "melding:Melding"} <= types
    (alice,) = [n for n in document["@graph"] if n["@type"] == "person:Person"]
    assert alice["foaf:familyName"] == "Peeters"
    assert alice["m8g:domicile"]["locn:postCode"] == "9000"


def _share(kiosk: Device, subset: list[str], expires: dt.datetime) -> tuple[str, str]:
    token = secrets.token_urlsafe(24)
    share_id = new_id()
    fields = {
        "person_key": ALICE,
        "subset": subset,
        "token_sha256": hashlib.sha256(token.encode()).hexdigest(),
        "created_at": dt.datetime.now(dt.UTC).isoformat(),
        "expires_at": expires.isoformat(),
        "status": "active",
    }
    (result,) = kiosk.push(kiosk.op("data_share", share_id, "create", fields=fields))
    assert result["status"] == "accepted"
    return token, share_id


def test_a_valid_share_serves_only_the_chosen_subset_and_is_logged(smuni: Municipality) -> None:
    kiosk = smuni.enroll("kiosk")
    _alice_on_record(kiosk)
    token, share_id = _share(kiosk, ["identity"], dt.datetime.now(dt.UTC) + dt.timedelta(hours=24))

    reply = requests.get(f"{smuni.base}/v1/shares/{token}", timeout=30)

    assert reply.status_code == 200
    graph = reply.json()["@graph"]
    assert [n["@type"] for n in graph] == ["person:Person"]
    assert graph[0]["foaf:familyName"] == "Peeters"
    assert "m8g:domicile" not in graph[0]  # the address was not chosen
    log = _my_data(kiosk)["sections"]["access_log"]
    assert f"share:{share_id}" in [e["actor"] for e in log]
    shares = _my_data(kiosk)["sections"]["data_share"]
    assert "token_sha256" not in shares[0]


def test_a_revoked_share_answers_410(smuni: Municipality) -> None:
    kiosk = smuni.enroll("kiosk")
    _alice_on_record(kiosk)
    token, share_id = _share(kiosk, ["address"], dt.datetime.now(dt.UTC) + dt.timedelta(hours=24))
    revoke = kiosk.op(
        "data_share", share_id, fields={"status": "revoked"}, old={"status": "active"}
    )
    (result,) = kiosk.push(revoke)
    assert result["status"] == "accepted"

    reply = requests.get(f"{smuni.base}/v1/shares/{token}", timeout=30)

    assert reply.status_code == 410
    assert reply.json()["code"] == "share_revoked"
    assert "revoked" in reply.json()["message"]


def test_an_expired_or_unknown_share_is_not_served(smuni: Municipality) -> None:
    kiosk = smuni.enroll("kiosk")
    _alice_on_record(kiosk)
    token, _ = _share(kiosk, ["identity"], dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))

    expired = requests.get(f"{smuni.base}/v1/shares/{token}", timeout=30)
    unknown = requests.get(f"{smuni.base}/v1/shares/{secrets.token_urlsafe(24)}", timeout=30)

    assert (expired.status_code, expired.json()["code"]) == (410, "share_expired")
    assert "expired" in expired.json()["message"]
    assert (unknown.status_code, unknown.json()["code"]) == (404, "unknown_share")
