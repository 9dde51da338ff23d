"""The trust store: production roots shipped with the package, extra roots only on request."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from card_reader.errors import MalformedData
from card_reader.trust import TrustStore, is_self_signed, load_certificates
from tests.card_reader import vector_files


def _common_names(store: TrustStore) -> set[str]:
    return {c.subject.rfc4514_string().split(",")[0] for c in store.roots}


def test_production_roots_ship_with_the_package() -> None:
    store = TrustStore.production()
    names = _common_names(store)
    assert {
        "CN=Belgium Root CA2",
        "CN=Belgium Root CA3",
        "CN=Belgium Root CA4",
        "CN=Belgium Root CA6",
    } <= names
    assert all(is_self_signed(c) for c in store.roots)
    # the Citizen/Foreigner CAs are kept, but never as trust anchors
    assert len(store.intermediates) == 2
    assert not any("Citizen" in n or "test" in n.lower() for n in names)


def test_extra_roots_only_when_added(tmp_path: Path) -> None:
    cert = load_certificates(vector_files.ALICE_ROOT.read_bytes())[0]
    pem = tmp_path / "alice-root.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    production = TrustStore.production()
    assert production.trusted_root_matching(cert) is None
    for path in (pem, vector_files.ALICE_ROOT):  # PEM, and DER with card padding
        extended = production.with_extra([path])
        assert extended.trusted_root_matching(cert) == cert
        assert len(extended.roots) == len(production.roots) + 1
    assert production.trusted_root_matching(cert) is None  # the original is unchanged


def test_garbage_root_file_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "junk.pem"
    path.write_bytes(b"\x30\x03\x01\x02\x03")
    with pytest.raises(MalformedData):
        TrustStore.production().with_extra([path])
