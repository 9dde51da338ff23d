"""Verification of the specimen vectors and of cards minted by our own test PKI.

What the vectors showed: Alice (applet 1.7) and the rsa-integrity Alice are signed by the
"test RRN" certificate under "eID test Root CA" (Alice's own 503B file) with RSA SHA-1.
The ec-p384 vector's RRN certificate is issued by "eID TEST EC Root CA", which none of the
vectors contain, so its chain stays untrusted while both ECDSA signatures verify against the
RRN certificate's key.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from card_reader.errors import VerificationFailed
from card_reader.files import CardFiles
from card_reader.trust import TrustStore
from card_reader.verify import CardValidity, CheckStatus, require_verified, verify_card
from tests.card_reader import vector_files

VALID = CheckStatus.VALID
INVALID = CheckStatus.INVALID
NA = CheckStatus.NOT_APPLICABLE
TODAY = date(2012, 1, 1)

PRODUCTION = TrustStore.production()
WITH_ALICE_ROOT = PRODUCTION.with_extra([vector_files.ALICE_ROOT])

RSA_VECTORS: dict[str, Callable[[], CardFiles]] = {
    "alice": vector_files.alice,
    "rsa-integrity": vector_files.rsa_integrity,
}


def _flip(data: bytes, index: int) -> bytes:
    changed = bytearray(data)
    changed[index] ^= 0x01
    return bytes(changed)


@pytest.mark.parametrize("name", RSA_VECTORS)
def test_rsa_vectors_verify_with_their_test_root(name: str) -> None:
    result = verify_card(RSA_VECTORS[name](), WITH_ALICE_ROOT, today=TODAY)
    assert result.checks == {
        "identity_signature": VALID,
        "address_signature": VALID,
        "photo_hash": VALID,
        "basic_key": NA,
        "rrn_chain": VALID,
    }
    assert result.verified
    assert result.details["identity_signature"] == "RSA PKCS#1 v1.5 SHA1"
    assert require_verified(result) is result


@pytest.mark.parametrize("name", RSA_VECTORS)
def test_rsa_vectors_are_not_verified_by_production_roots_alone(name: str) -> None:
    result = verify_card(RSA_VECTORS[name](), PRODUCTION, today=TODAY)
    assert result.identity_signature is VALID
    assert result.address_signature is VALID
    assert result.rrn_chain is INVALID
    assert not result.verified
    with pytest.raises(VerificationFailed) as caught:
        require_verified(result)
    assert set(caught.value.details) == {"rrn_chain"}


def test_ec_vector_signatures_verify_but_its_root_is_unknown() -> None:
    result = verify_card(vector_files.ec_p384(), WITH_ALICE_ROOT, today=date(2025, 1, 1))
    assert result.identity_signature is VALID
    assert result.address_signature is VALID
    assert result.details["identity_signature"] == "ECDSA secp384r1 SHA384"
    assert result.photo_hash is VALID
    assert result.details["photo_hash"] == "SHA256 matches"
    assert result.basic_key is NA
    assert result.rrn_chain is INVALID
    assert "eID TEST EC Root CA" in result.details["rrn_chain"]
    assert not result.verified


def _all_vectors() -> list[tuple[str, CardFiles, TrustStore]]:
    return [
        ("alice", vector_files.alice(), WITH_ALICE_ROOT),
        ("rsa-integrity", vector_files.rsa_integrity(), WITH_ALICE_ROOT),
        ("ec-p384", vector_files.ec_p384(), PRODUCTION),
    ]


def test_flipping_any_identity_byte_breaks_the_identity_signature() -> None:
    for _name, files, trust in _all_vectors():
        for i in range(len(files.identity)):
            tampered = dataclasses.replace(files, identity=_flip(files.identity, i))
            result = verify_card(tampered, trust, today=TODAY)
            assert result.identity_signature is INVALID, (_name, i)
            assert result.address_signature is VALID
            assert not result.verified


def test_flipping_any_address_byte_breaks_the_address_signature() -> None:
    for _name, files, trust in _all_vectors():
        for i in range(len(files.address)):  # data and zero padding alike
            tampered = dataclasses.replace(files, address=_flip(files.address, i))
            result = verify_card(tampered, trust, today=TODAY)
            assert result.address_signature is INVALID, (_name, i)
            assert result.identity_signature is VALID
            assert not result.verified


@pytest.mark.parametrize("which", ["identity_signature", "address_signature"])
def test_flipping_any_signature_byte_is_caught(which: str) -> None:
    for _name, files, trust in _all_vectors():
        original: bytes = getattr(files, which)
        for i in range(len(original)):  # including an EC file's zero padding
            if which == "identity_signature":
                tampered = dataclasses.replace(files, identity_signature=_flip(original, i))
            else:
                tampered = dataclasses.replace(files, address_signature=_flip(original, i))
            result = verify_card(tampered, trust, today=TODAY)
            assert getattr(result, which) is INVALID, (_name, which, i)
            if which == "identity_signature":  # the address signature covers it too
                assert result.address_signature is INVALID
            assert not result.verified


def test_flipping_a_photo_byte_breaks_the_photo_hash() -> None:
    for _name, files, trust in _all_vectors():
        assert files.photo is not None
        for i in (0, 1, len(files.photo) // 2, len(files.photo) - 1):
            result = verify_card(
                dataclasses.replace(files, photo=_flip(files.photo, i)), trust, today=TODAY
            )
            assert result.photo_hash is INVALID
            assert result.identity_signature is VALID
            assert not result.verified


def test_tampered_rrn_certificate_breaks_the_chain() -> None:
    files = vector_files.alice()
    assert files.rrn_cert is not None
    for i in (20, 100, 300, 500):
        tampered = dataclasses.replace(files, rrn_cert=_flip(files.rrn_cert, i))
        result = verify_card(tampered, WITH_ALICE_ROOT, today=TODAY)
        assert result.rrn_chain is INVALID
        assert not result.verified


def test_missing_rrn_certificate_is_invalid_never_skipped() -> None:
    files = vector_files.alice()
    for missing in (None, bytes(len(files.rrn_cert or b""))):
        result = verify_card(
            dataclasses.replace(files, rrn_cert=missing), WITH_ALICE_ROOT, today=TODAY
        )
        assert result.identity_signature is INVALID
        assert result.address_signature is INVALID
        assert result.rrn_chain is INVALID
        assert not result.verified


def test_empty_signature_file_is_invalid() -> None:
    files = dataclasses.replace(vector_files.alice(), identity_signature=bytes(128))
    result = verify_card(files, WITH_ALICE_ROOT, today=TODAY)
    assert result.identity_signature is INVALID
    assert not result.verified


def test_photo_not_read_yet_is_not_applicable() -> None:
    files = dataclasses.replace(vector_files.alice(), photo=None)
    result = verify_card(files, WITH_ALICE_ROOT, today=TODAY)
    assert result.photo_hash is NA
    assert result.verified  # identity and address are proven; the photo was not shown


def test_verification_logs_no_personal_data(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    verify_card(vector_files.alice(), WITH_ALICE_ROOT, today=TODAY)
    assert "identity_signature=valid" in caplog.text
    for personal in ("71715100070", "Alice", "SPECIMEN", "Meirplaats", "Hamont"):
        assert personal not in caplog.text


def test_card_validity_is_reported_separately() -> None:
    files = vector_files.alice()  # valid 23.07.2009 - 23.07.2014
    expired = verify_card(files, WITH_ALICE_ROOT, today=date(2020, 1, 1))
    assert expired.card_validity is CardValidity.EXPIRED
    assert expired.verified  # genuine data, expired card
    early = verify_card(files, WITH_ALICE_ROOT, today=date(2009, 7, 22))
    assert early.card_validity is CardValidity.NOT_YET_VALID
    assert verify_card(files, WITH_ALICE_ROOT, today=date(2014, 7, 23)).card_validity is (
        CardValidity.VALID
    )


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(
        [
            "identity",
            "identity_signature",
            "address",
            "address_signature",
            "rrn_cert",
            "root_cert",
            "photo",
            "basic_public_key",
        ]
    ),
    st.binary(max_size=300),
)
def test_any_garbage_file_gives_a_verdict_not_a_crash(which: str, garbage: bytes) -> None:
    files = vector_files.alice()
    tampered = dataclasses.replace(files, **{which: garbage})  # type: ignore[arg-type]
    result = verify_card(tampered, WITH_ALICE_ROOT, today=TODAY)
    # a 1.7 card ignores a basic key; an all-zero root file means "no root on the card"
    ignored = which == "basic_public_key" or (which == "root_cert" and not any(garbage))
    if garbage != getattr(files, which) and not ignored:
        assert not result.verified
