"""Pseudonyms keep national numbers off devices and ballots secret."""

from __future__ import annotations

import pytest

from card_reader.errors import MalformedData
from kiosk.pseudonyms import person_key, voter_key

SECRET = bytes(range(32))
OTHER_SECRET = bytes(range(1, 33))
ALICE = "85.07.30-033.28"  # the specimen card's number, formatted as printed


def test_the_same_person_gets_the_same_key_however_the_number_is_written() -> None:
    assert person_key(SECRET, ALICE) == person_key(SECRET, "85073003328")


def test_a_key_reveals_nothing_of_the_number() -> None:
    key = person_key(SECRET, ALICE)
    assert "85073003328" not in key
    assert "850730" not in key
    assert len(key) == 64


def test_keys_differ_per_municipality_secret_and_purpose() -> None:
    keys = {
        person_key(SECRET, ALICE),
        person_key(OTHER_SECRET, ALICE),
        voter_key(SECRET, "poll-1", ALICE),
        voter_key(SECRET, "poll-2", ALICE),
    }
    assert len(keys) == 4


def test_one_vote_per_citizen_per_poll() -> None:
    assert voter_key(SECRET, "poll-1", ALICE) == voter_key(SECRET, "poll-1", "85073003328")


def test_an_invalid_number_or_weak_secret_is_refused() -> None:
    with pytest.raises(MalformedData):
        person_key(SECRET, "85073003329")  # check digits wrong
    with pytest.raises(ValueError, match="32 bytes"):
        person_key(b"short", ALICE)
    with pytest.raises(ValueError, match="poll"):
        voter_key(SECRET, "", ALICE)
