"""Linking a caseload resident to a verified eID, on a real device store: consent first,
the card's key once, someone else's card refused, consent given by the read itself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from card_reader.dates import PartialDate
from kiosk.citizen import Citizen
from kiosk.consent import ConsentMissing, has_consent, record_consent
from kiosk.resident_eid import EidConsent, Mismatch, NotThisResident, link_resident
from kiosk.staff_signin import StaffMember
from offline_sync.outbox import set_actor
from offline_sync.store import LocalStore, open_store

AN = StaffMember("an", "An", "outreach", "t1")


def _holder(surname: str = "Specimen", key: str = "k" * 64) -> Citizen:
    return Citizen(
        first_names="Lotte Marie",
        surname=surname,
        person_key=key,
        birth_date=PartialDate(2001, 5, 3),
        card_valid_until=date(2034, 1, 15),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    local = open_store(tmp_path / "outreach.sqlite3")
    yield local
    local.close()


def _person(engine: Engine, person_id: str, surname: str, key: str | None = None) -> str:
    with engine.begin() as conn:
        set_actor(conn, "an")
        conn.execute(
            text(
                "INSERT INTO person (id, person_key, first_names, surname, team_id)"
                " VALUES (:i, :k, 'Lotte', :s, 't1')"
            ),
            {"i": person_id, "k": key, "s": surname},
        )
    return person_id


def _key(engine: Engine, person_id: str) -> str | None:
    with engine.connect() as conn:
        key = conn.execute(
            text("SELECT person_key FROM person WHERE id = :i"), {"i": person_id}
        ).scalar_one()
    return None if key is None else str(key)


def _consent(engine: Engine, person_id: str) -> None:
    record_consent(
        engine, AN, person_id, purpose="e-inclusion", method="paper", expires_at=None, evidence="F"
    )


def test_no_link_before_consent(store: LocalStore) -> None:
    engine = store.engine
    person = _person(engine, "p1", "Specimen")
    with pytest.raises(ConsentMissing):
        link_resident(engine, AN, person, _holder())
    assert _key(engine, person) is None


def test_a_resident_is_linked_once_then_recognised(store: LocalStore) -> None:
    engine = store.engine
    person = _person(engine, "p1", "Van den Specimen")
    _consent(engine, person)
    linked = link_resident(engine, AN, person, _holder("van den specimen"))
    assert (linked.newly_linked, linked.consent_recorded) == (True, False)
    assert _key(engine, person) == "k" * 64
    assert not link_resident(engine, AN, person, _holder()).newly_linked  # same key
    with pytest.raises(NotThisResident) as refused:
        link_resident(engine, AN, person, _holder(key="x" * 64))
    assert refused.value.reason is Mismatch.OTHER_PERSON


def test_someone_elses_card_is_not_linked(store: LocalStore) -> None:
    engine = store.engine
    other = _person(engine, "p1", "Specimen", key="k" * 64)
    person = _person(engine, "p2", "Janssens")
    _consent(engine, person)
    with pytest.raises(NotThisResident):  # the name fits, but the key is another resident's
        link_resident(engine, AN, person, _holder("Janssens"))
    with pytest.raises(NotThisResident):  # an unlinked resident with another surname
        link_resident(engine, AN, person, _holder("Peeters", key="y" * 64))
    assert _key(engine, person) is None
    assert _key(engine, other) == "k" * 64


def test_without_the_pseudonym_secret_nothing_can_be_matched(store: LocalStore) -> None:
    engine = store.engine
    person = _person(engine, "p1", "Specimen")
    _consent(engine, person)
    with pytest.raises(NotThisResident) as refused:
        link_resident(engine, AN, person, _holder(key=""))
    assert refused.value.reason is Mismatch.NO_KEY


def test_consent_by_eid_read_is_stored_with_the_link_or_not_at_all(store: LocalStore) -> None:
    engine = store.engine
    person = _person(engine, "p1", "Specimen")
    terms = EidConsent("e-inclusion", datetime.now(UTC) + timedelta(days=365))
    with pytest.raises(NotThisResident):
        link_resident(engine, AN, person, _holder("Peeters"), consent=terms)
    assert not has_consent(engine, person)  # rolled back with the refused link
    linked = link_resident(engine, AN, person, _holder(), consent=terms)
    assert linked.consent_recorded
    assert has_consent(engine, person)
    with engine.connect() as conn:
        method, staff = conn.execute(text("SELECT method, staff_id FROM consent")).one()
        actors = {row[0] for row in conn.execute(text("SELECT actor FROM outbox"))}
    assert (method, staff) == ("eid", "an")
    assert actors == {"an"}
