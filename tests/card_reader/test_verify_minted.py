"""Cards minted by a test PKI (RSA for applet 1.7, P-384 for 1.8), as the emulator does."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from card_reader.files import Applet
from card_reader.identity import parse_identity
from card_reader.trust import TrustStore
from card_reader.verify import CheckStatus, completed, verify_card
from tests.card_reader.minted_pki import MintedPki, der, mint_card, sign

VALID = CheckStatus.VALID
INVALID = CheckStatus.INVALID
TODAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def ec_pki() -> MintedPki:
    return MintedPki.create("ec")


@pytest.fixture(scope="module")
def rsa_pki() -> MintedPki:
    return MintedPki.create("rsa")


def _trusting(pki: MintedPki, tmp_path: Path) -> TrustStore:
    pem = tmp_path / "test-root.pem"
    pem.write_bytes(pki.root_pem())
    return TrustStore.production().with_extra([pem])


def test_applet_18_card_verifies_every_check(ec_pki: MintedPki, tmp_path: Path) -> None:
    files = mint_card(ec_pki)
    assert files.applet is Applet.V18
    result = verify_card(files, _trusting(ec_pki, tmp_path), today=TODAY)
    assert set(result.checks.values()) == {VALID}
    assert result.verified
    assert result.details["photo_hash"] == "SHA384 matches"
    assert parse_identity(files.identity).birth_date.iso() == "2001-05-03"


def test_applet_17_card_resigned_with_sha256(rsa_pki: MintedPki, tmp_path: Path) -> None:
    files = mint_card(rsa_pki, rsa_hash=hashes.SHA256())
    result = verify_card(files, _trusting(rsa_pki, tmp_path), today=TODAY)
    assert result.verified
    assert result.details["identity_signature"] == "RSA PKCS#1 v1.5 SHA256"
    assert result.details["photo_hash"] == "SHA1 matches"  # photo hash stays SHA-1
    assert result.basic_key is CheckStatus.NOT_APPLICABLE


def test_untrusted_test_root_is_rejected(ec_pki: MintedPki) -> None:
    result = verify_card(mint_card(ec_pki), TrustStore.production(), today=TODAY)
    assert result.identity_signature is VALID
    assert result.rrn_chain is INVALID
    assert not result.verified


def test_rogue_root_with_the_trusted_name_is_rejected(ec_pki: MintedPki, tmp_path: Path) -> None:
    rogue = MintedPki.create("ec")  # same subject names, different keys
    trust = _trusting(ec_pki, tmp_path)
    for with_root in (True, False):  # 503B on the card, or looked up by issuer name
        result = verify_card(mint_card(rogue, with_root=with_root), trust, today=TODAY)
        assert result.rrn_chain is INVALID
        assert not result.verified


def test_chain_found_by_issuer_when_card_has_no_root_file(
    ec_pki: MintedPki, tmp_path: Path
) -> None:
    files = mint_card(ec_pki, with_root=False)
    assert verify_card(files, _trusting(ec_pki, tmp_path), today=TODAY).verified


def test_the_first_screen_verdict_is_completed_with_the_cards_root_copy(
    ec_pki: MintedPki, tmp_path: Path
) -> None:
    trust = _trusting(ec_pki, tmp_path)
    files = mint_card(ec_pki)
    first = dataclasses.replace(files, root_cert=None, photo=None, basic_public_key=None)
    early = verify_card(first, trust, today=TODAY)
    assert early.verified  # the root found in the trust store by the RRN issuer's name
    final = completed(early, files, trust)
    assert final == verify_card(files, trust, today=TODAY)
    assert set(final.checks.values()) == {VALID}
    other_root = der(MintedPki.create("ec").root)  # a root copy that did not issue the RRN cert
    swapped = completed(early, dataclasses.replace(files, root_cert=other_root), trust)
    assert swapped.rrn_chain is INVALID
    assert not swapped.verified
    assert (
        swapped.checks
        == verify_card(dataclasses.replace(files, root_cert=other_root), trust, today=TODAY).checks
    )


def test_basic_key_tampering_and_missing_hash(ec_pki: MintedPki, tmp_path: Path) -> None:
    trust = _trusting(ec_pki, tmp_path)
    files = mint_card(ec_pki)
    assert files.basic_public_key is not None
    key = bytearray(files.basic_public_key)
    key[-1] ^= 1
    tampered = verify_card(
        dataclasses.replace(files, basic_public_key=bytes(key)), trust, today=TODAY
    )
    assert tampered.basic_key is INVALID
    assert not tampered.verified
    unread = verify_card(dataclasses.replace(files, basic_public_key=None), trust, today=TODAY)
    assert unread.basic_key is CheckStatus.NOT_APPLICABLE


def test_raw_r_s_signature_is_accepted(ec_pki: MintedPki, tmp_path: Path) -> None:
    files = mint_card(ec_pki)
    signature = files.identity_signature[: files.identity_signature[1] + 2]
    r, s = decode_dss_signature(signature)
    raw = r.to_bytes(48, "big") + s.to_bytes(48, "big")
    address_signature = sign(ec_pki.rrn_key, files.address.rstrip(b"\x00") + raw)
    converted = dataclasses.replace(
        files, identity_signature=raw, address_signature=address_signature
    )
    assert verify_card(converted, _trusting(ec_pki, tmp_path), today=TODAY).verified


def test_der_trust_root_with_card_padding(ec_pki: MintedPki, tmp_path: Path) -> None:
    path = tmp_path / "root.der"
    path.write_bytes(der(ec_pki.root, 1100))
    trust = TrustStore.production().with_extra([path])
    assert verify_card(mint_card(ec_pki), trust, today=TODAY).verified
