"""Meldingen and questions in a real device store: reference at once, op in the outbox."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from kiosk import meldingen, questions
from kiosk.references import parse_reference, reference_for
from kiosk.service_categories import load_categories, localized
from offline_sync.outbox import applying, pending_ops
from offline_sync.protocol import new_id
from offline_sync.store import LocalStore, open_store

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
LIGHTING = {
    "code": "street_lighting",
    "labels": {"nl-BE": "Straatverlichting", "en": "Street lighting"},
    "questions": [
        {
            "code": "how",
            "datatype": "singlevaluelist",
            "required": True,
            "description": {"nl-BE": "Wat is er mis?", "en": "What is wrong?"},
            "values": [
                {"key": "out", "name": {"nl-BE": "Brandt niet", "en": "Not on"}},
                {"key": "day", "name": {"nl-BE": "Brandt overdag", "en": "On by day"}},
            ],
        }
    ],
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = open_store(tmp_path / "kiosk.sqlite3")
    with opened.engine.begin() as connection, applying(connection):
        connection.execute(
            text(
                "INSERT INTO service_category (id, code, labels, questions, active)"
                " VALUES (:id, :code, :labels, :questions, 1)"
            ),
            {
                "id": new_id(),
                "code": LIGHTING["code"],
                "labels": json.dumps(LIGHTING["labels"]),
                "questions": json.dumps(LIGHTING["questions"]),
            },
        )
        for number in range(1, 21):
            connection.execute(
                text(
                    "INSERT INTO address (id, street, number, postcode, municipality)"
                    " VALUES (:id, 'Kerkstraat', :number, '9999', 'Demogem')"
                ),
                {"id": new_id(), "number": str(number)},
            )
    yield opened
    opened.close()


def test_a_melding_gets_its_reference_offline_and_waits_in_the_outbox(
    store: LocalStore, tmp_path: Path
) -> None:
    with store.engine.connect() as connection:
        (category,) = load_categories(connection)
        found = meldingen.load_address_index(connection).search("kerkstr 12")
    assert localized(category.labels, "fr-BE") == "Straatverlichting"  # falls back to Dutch
    assert category.questions[0].is_choice
    assert [a.label for a in found] == ["Kerkstraat 12, 9999 Demogem"]
    photo = tmp_path / "lamp.png"
    photo.write_bytes(PNG)
    draft = meldingen.MeldingDraft(category, {"how": "out"}, found[0], " Lamp stuk ", photo)
    filed = meldingen.file_melding(store.engine, draft)

    assert filed.reference == reference_for(filed.melding_id, "M")
    with store.engine.connect() as connection:
        (op,) = pending_ops(connection)
        status = meldingen.find_local(connection, filed.reference.lower().replace("-", " "))
    assert op.actor == "citizen"
    assert op.entity == "melding"
    assert op.fields["status"] == "511"
    assert op.fields["description"] == "Lamp stuk"
    assert op.fields["person_key"] is None
    assert op.fields["attachments"][0]["content_type"] == "image/png"
    assert status is not None
    assert status.status == "511"
    assert status.address == "Kerkstraat 12"
    assert [e.status for e in status.history] == ["511"]


def test_an_identified_citizen_finds_their_meldingen(store: LocalStore) -> None:
    with store.engine.connect() as connection:
        (category,) = load_categories(connection)
        (address,) = meldingen.load_address_index(connection).search("kerkstraat 3")
    draft = meldingen.MeldingDraft(category, {}, address)
    mine = meldingen.file_melding(store.engine, draft, person_key="pk-1")
    meldingen.file_melding(store.engine, draft)
    with store.engine.connect() as connection:
        listed = meldingen.list_for_person(connection, "pk-1")
    assert [m.reference for m in listed] == [mine.reference]


def test_a_question_is_open_thirty_days_and_takes_supplements(store: LocalStore) -> None:
    asked = questions.ask_question(
        store.engine, "Wanneer is het containerpark open?", person_key="pk", today=date(2026, 3, 1)
    )
    assert asked.open_until == "2026-03-31"
    assert asked.reference.startswith("V-")
    questions.add_supplement(
        store.engine, asked.question_id, "Ook op zondag?", today=date(2026, 3, 2)
    )
    with store.engine.connect() as connection:
        (view,) = questions.list_for_person(connection, "pk")
        found = questions.find_local(connection, asked.reference)
        ops = pending_ops(connection)
    assert found == view
    assert [e.text for e in view.thread] == ["Ook op zondag?"]
    assert [op.kind.value for op in ops] == ["create", "update"]
    assert not view.answered
    assert view.can_supplement(date(2026, 3, 31))
    assert not view.can_supplement(date(2026, 4, 1))


def test_an_empty_question_is_refused(store: LocalStore) -> None:
    with pytest.raises(ValueError, match="text"):
        questions.ask_question(store.engine, "   ")


@given(st.uuids(version=4).map(str), st.sampled_from(["M", "V"]))
def test_a_reference_reads_back_to_the_id_it_was_made_from(record_id: str, prefix: str) -> None:
    reference = reference_for(record_id, prefix)
    parsed = parse_reference(reference)
    assert parsed is not None
    assert record_id.replace("-", "").endswith(parsed.id_suffix)
    typed = reference.lower().replace("-", "").replace("0", "o").replace("1", "l")
    assert parse_reference(typed) == parsed
    assert len(reference) == 11


def test_nonsense_is_no_reference() -> None:
    assert parse_reference("") is None
    assert parse_reference("X-1234-5678") is None
    assert parse_reference("M-1234-567") is None
    assert parse_reference("M-UUUU-UUUU") is None


def test_a_status_history_mixes_device_text_and_back_office_seconds() -> None:
    status = meldingen.status_from_fields(
        {
            "reference": "M-0000-0001",
            "status": "557",
            "status_history": [
                {"id": "b", "status": "557", "at": 1795706071},
                {"id": "a", "status": "511", "at": "2026-11-26T10:00:00+00:00"},
            ],
        }
    )
    assert [e.status for e in status.history] == ["511", "557"]
    assert status.history[-1].at.startswith("2026-11-26T")
