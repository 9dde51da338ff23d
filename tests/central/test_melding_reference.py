"""Melding categories and addresses reach every kiosk; a reference finds its record at any kiosk."""

from __future__ import annotations

import json
from pathlib import Path

import requests
from hypothesis import given
from hypothesis import strategies as st

from central import melding_reference as reference
from central.reference_lookup import parse
from kiosk.cli import main
from kiosk.references import parse_reference, reference_for
from offline_sync.protocol import new_id
from tests.central.helpers import Device, Municipality


def _melding(kiosk: Device, melding_id: str) -> str:
    ref = reference_for(melding_id, "M")
    result = kiosk.push(
        kiosk.op(
            "melding",
            melding_id,
            "create",
            fields={
                "reference": ref,
                "category": "litter",
                "status": "511",
                "description": "a private remark",
                "status_history": [{"id": new_id(), "status": "511", "at": "2026-03-01"}],
            },
        )
    )
    assert result[0]["status"] == "accepted"
    return ref


def test_the_demo_set_reaches_a_kiosk_once(smuni: Municipality) -> None:
    categories, added = reference.seed_demo(smuni.engine, smuni.municipality_id, "Demogem")
    assert reference.seed_demo(smuni.engine, smuni.municipality_id, "Demogem") == (categories, 0)
    state = smuni.enroll("kiosk").state()
    codes = {
        c["fields"]["code"] for (entity, _), c in state.items() if entity == "service_category"
    }
    assert codes == {"street_lighting", "litter", "road_damage", "noise"}
    addresses = [c["fields"] for (entity, _), c in state.items() if entity == "address"]
    assert len(addresses) == added > 100
    assert {"street": "Kerkstraat", "number": "12", "postcode": "9999"}.items() <= next(
        a for a in addresses if a["street"] == "Kerkstraat" and a["number"] == "12"
    ).items()
    lighting = next(
        c["fields"]
        for (entity, _), c in state.items()
        if c["fields"].get("code") == "street_lighting"
    )
    assert set(lighting["labels"]) == {"nl-BE", "fr-BE", "de-BE", "en"}
    assert lighting["questions"][0]["datatype"] == "singlevaluelist"


def test_a_guest_follows_a_melding_by_its_reference(smuni: Municipality) -> None:
    kiosk, other_kiosk = smuni.enroll("kiosk"), smuni.enroll("kiosk")
    melding_id = new_id()
    ref = _melding(kiosk, melding_id)
    staff = smuni.staff()
    moved = staff.post(
        f"{smuni.base}/v1/backoffice/meldingen/{melding_id}/status",
        json={"status": "557"},
        timeout=30,
    )
    assert moved.status_code == 200, moved.text
    found = other_kiosk.session.get(f"{smuni.base}/v1/lookup/{ref.lower()}", timeout=30)
    assert found.status_code == 200, found.text
    body = found.json()
    assert (body["kind"], body["status"], body["reference"]) == ("melding", "557", ref)
    assert [s["status"] for s in body["status_history"]] == ["511", "557"]
    assert "a private remark" not in found.text
    missing = other_kiosk.session.get(f"{smuni.base}/v1/lookup/M-0000-0000", timeout=30)
    assert (missing.status_code, missing.json()["code"]) == (404, "not_found")
    anonymous = other_kiosk.session.get(
        f"{smuni.base}/v1/lookup/{ref}", headers={"Authorization": ""}, timeout=30
    )
    assert anonymous.status_code == 401


def test_an_answer_is_found_by_the_question_reference(smuni: Municipality) -> None:
    kiosk = smuni.enroll("kiosk")
    question_id = new_id()
    pushed = kiosk.push(
        kiosk.op(
            "question",
            question_id,
            "create",
            fields={"text": "Open on Sunday?", "status": "open", "thread": []},
        )
    )
    assert pushed[0]["status"] == "accepted"
    staff = smuni.staff()
    answered = staff.post(
        f"{smuni.base}/v1/backoffice/questions/{question_id}/answer",
        json={"answer": "No, closed on Sunday."},
        timeout=30,
    )
    assert answered.status_code == 200, answered.text
    body = kiosk.session.get(
        f"{smuni.base}/v1/lookup/{reference_for(question_id, 'V')}", timeout=30
    ).json()
    assert (body["status"], body["answer"]) == ("answered", "No, closed on Sunday.")


def test_the_admin_command_publishes_a_category(smuni: Municipality, tmp_path: Path) -> None:
    db = str(smuni.engine.url)
    questions = tmp_path / "q.json"
    questions.write_text(
        json.dumps([{"code": "size", "datatype": "string", "description": {"nl-BE": "Hoe groot?"}}])
    )
    argv = ["central", "admin", "--db", db, "meldingen", "category", smuni.municipality_id]
    assert (
        main([*argv, "graffiti", "--label", "nl-BE=Graffiti", "--questions", str(questions)]) == 0
    )
    assert main([*argv, "bad code", "--label", "nl-BE=X"]) == 1
    assert main([*argv, "graffiti", "--label", "nolanguage"]) == 2
    csv_file = tmp_path / "a.csv"
    csv_file.write_text("street,number,postcode\nMarkt,1,9999\nMarkt,2,9999\n")
    base = ["central", "admin", "--db", db, "meldingen"]
    assert main([*base, "import-addresses", smuni.municipality_id, str(csv_file)]) == 0
    state = smuni.enroll("kiosk").state()
    graffiti = [c for c in state.values() if c["fields"].get("code") == "graffiti"]
    assert graffiti[0]["fields"]["questions"][0]["code"] == "size"
    assert sum(1 for (entity, _) in state if entity == "address") == 2


@given(st.uuids(version=4).map(str), st.sampled_from(["M", "V"]))
def test_central_reads_a_reference_as_the_kiosk_wrote_it(record_id: str, prefix: str) -> None:
    written = reference_for(record_id, prefix)
    kiosk_side = parse_reference(written)
    assert kiosk_side is not None
    assert parse(written) == ({"M": "melding", "V": "question"}[prefix], kiosk_side.id_suffix)


def test_open311_clients_read_the_categories_in_their_language(smuni: Municipality) -> None:
    reference.seed_demo(smuni.engine, smuni.municipality_id, "Demogem")
    base = f"{smuni.base}/v1/open311/{smuni.municipality_id}"
    listed = requests.get(f"{base}/services.json", params={"lang": "fr-BE"}, timeout=30)
    assert listed.status_code == 200, listed.text
    names = {s["service_code"]: s["service_name"] for s in listed.json()}
    assert names["street_lighting"] == "Éclairage public"
    definition = requests.get(f"{base}/services/litter.json", timeout=30).json()
    first = definition["attributes"][0]
    assert (first["code"], first["datatype"], first["order"]) == ("amount", "singlevaluelist", 1)
    assert [v["name"] for v in first["values"]][:1] == ["Een beetje"]
    missing = requests.get(f"{base}/services/nothing.json", timeout=30)
    assert missing.status_code == 404
