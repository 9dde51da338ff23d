"""The synthetic register holds the emulator's card holders exactly as their cards say,
with households and histories that make every certificate kind possible."""

from __future__ import annotations

import pytest

from card_reader.emulator import build_profile
from card_reader.identity import parse_address, parse_identity
from card_reader.model import Sex as CardSex
from central.register import PersonNotFound, Relation, Sex, SyntheticRegister
from central.register.population import CITIZENS, Citizen

_CARD_HOLDERS = [c for c in CITIZENS if c.card_profile]
_NATIONALITY = {"Belg": "BE", "BELG": "BE", "Spaanse": "ES"}


@pytest.mark.parametrize("citizen", _CARD_HOLDERS, ids=lambda c: c.card_profile)
def test_every_card_holder_is_in_the_register_as_the_card_says(citizen: Citizen) -> None:
    register = SyntheticRegister()
    assert citizen.card_profile is not None
    image = build_profile(citizen.card_profile)
    card = parse_identity(image.files["DF01/4031"])
    address = parse_address(image.files["DF01/4033"])

    assert card.national_number == citizen.national_number
    who = register.identity(card.national_number)
    home = register.main_residence(card.national_number).address
    assert (who.surname, who.first_names) == (card.surname, card.first_names)
    assert who.birth_date == card.birth_date.to_date()
    assert who.birth_place == card.birth_place
    assert who.nationality == _NATIONALITY[card.nationality]
    assert who.sex is (Sex.FEMALE if card.sex is CardSex.FEMALE else Sex.MALE)
    assert (home.street_and_number, home.postal_code, home.municipality) == (
        address.street_and_number,
        address.zip,
        address.municipality,
    )


def test_alice_lives_with_her_legal_cohabitant_and_their_child() -> None:
    register = SyntheticRegister()
    household = register.household("71.71.51-000.70")
    assert [(m.identity.first_names, m.relation) for m in household] == [
        ("Alice Geldigekaart", Relation.REFERENCE_PERSON),
        ("Bram", Relation.PARTNER),
        ("Noor", Relation.CHILD),
    ]
    cohabitation = register.cohabitation("71715100070")
    assert cohabitation is not None
    assert cohabitation.partner.first_names == "Bram"
    history = register.address_history("71715100070")
    assert len(history) == 3
    assert history[0].until is not None
    assert history[-1].until is None
    assert history[1].since > history[0].until


def test_voters_children_and_the_deceased() -> None:
    register = SyntheticRegister()
    assert register.voter_registration("71715100070").registered
    assert not register.voter_registration("19021412393").registered  # a child
    assert not register.voter_registration("88112345603").registered  # not registered
    assert not register.life_status("30031504163").alive
    assert register.cohabitation("01050399864") is None


@pytest.mark.parametrize("number", ["57102826170", "12345678901", "abc", "9702010001"])
def test_an_unknown_or_malformed_number_is_person_not_found_without_the_number(
    number: str,
) -> None:
    with pytest.raises(PersonNotFound) as caught:
        SyntheticRegister().identity(number)
    assert number not in str(caught.value)
