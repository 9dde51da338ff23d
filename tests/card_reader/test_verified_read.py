"""Reading and verifying in one go, with the identity checked while the photo is read."""

from __future__ import annotations

import pytest

from card_reader.emulator import Fault
from card_reader.emulator.pki import TEST_ROOT_PEM
from card_reader.errors import CardRemoved, NotAnEid
from card_reader.files import CardFiles
from card_reader.pcsc import Pcsc
from card_reader.trust import TrustStore
from card_reader.verified_read import read_and_verify
from card_reader.verify import CheckStatus, Verification, verify_card
from tests.fixtures.pcsc import InsertCard

pytestmark = pytest.mark.pcsc

TRUST = TrustStore.production().with_extra([TEST_ROOT_PEM])


@pytest.mark.parametrize(
    "fault", [None, Fault.PHOTO_HASH_MISMATCH, Fault.TAMPERED_ADDRESS, Fault.UNTRUSTED_ROOT]
)
def test_verdict_equals_checking_everything_after_the_read(
    pcsc: Pcsc, insert_card: InsertCard, fault: Fault | None
) -> None:
    insert_card("foreigner", *([fault] if fault else []))
    result = read_and_verify(pcsc, TRUST)
    reference = verify_card(result.read.files, TRUST)
    assert result.verification.checks == reference.checks
    assert result.verification.verified is reference.verified is (fault is None)


def test_identity_is_verified_before_the_photo_is_in(pcsc: Pcsc, insert_card: InsertCard) -> None:
    insert_card("citizen")
    early: list[tuple[CardFiles, Verification]] = []
    result = read_and_verify(pcsc, TRUST, on_identity=lambda f, v: early.append((f, v)))
    files, verification = early[0]
    assert files.photo is None
    assert verification.verified
    assert verification.photo_hash is CheckStatus.NOT_APPLICABLE
    assert result.verification.photo_hash is CheckStatus.VALID
    assert result.verification.basic_key is CheckStatus.VALID


def test_a_card_that_is_not_an_eid_fails_before_any_identity(
    pcsc: Pcsc, insert_card: InsertCard
) -> None:
    insert_card("other-card")
    early: list[CardFiles] = []
    with pytest.raises(NotAnEid):
        read_and_verify(pcsc, TRUST, on_identity=lambda f, v: early.append(f))
    assert not early


def test_a_card_pulled_after_the_identity_ends_the_read(
    pcsc: Pcsc, insert_card: InsertCard
) -> None:
    insert_card("citizen", Fault.PULLED_MID_READ)
    early: list[CardFiles] = []
    with pytest.raises(CardRemoved):
        read_and_verify(pcsc, TRUST, on_identity=lambda f, v: early.append(f))
    assert early  # the first screen could already show the verified identity
