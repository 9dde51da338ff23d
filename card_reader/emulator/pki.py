"""The project's TEST PKI for emulated cards: a root, citizen and foreigner CAs, an RRN signer.

Minted once with ``python -m card_reader.emulator.pki`` and committed (private keys included:
they protect nothing, and every certificate says TEST in its name). Emulated cards get fresh
per-card keys issued from it at run time; the production trust store never contains it, so
a card signed with it verifies only where a test explicitly adds ``TEST_ROOT_PEM``.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

DATA = Path(__file__).parent / "data"
PKI_DIR = DATA / "testpki"
TEST_ROOT_PEM = PKI_DIR / "root.pem"
ALICE_ROOT_PEM = DATA / "alice-root.pem"
"""The Alice vector's own test root, converted to PEM so that tests can trust it."""

_NOT_BEFORE = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
_NOT_AFTER = datetime.datetime(2049, 12, 31, tzinfo=datetime.UTC)


@dataclass(frozen=True)
class Authority:
    """A certificate with its private key: something that can sign."""

    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey

    @property
    def der(self) -> bytes:
        """The certificate as a card file holds it (before padding)."""
        return self.cert.public_bytes(serialization.Encoding.DER)


@dataclass(frozen=True)
class TestPki:
    """Root → citizen CA / foreigner CA, and root → RRN (which signs identity and address)."""

    root: Authority
    citizen_ca: Authority
    foreigner_ca: Authority
    rrn: Authority


def distinguished_name(common_name: str, organisation: str | None = None) -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COUNTRY_NAME, "BE")]
    if organisation:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
    return x509.Name(parts)


def issue(
    subject: x509.Name,
    public_key: ec.EllipticCurvePublicKey,
    issuer: Authority | None,
    *,
    ca: bool,
    key: ec.EllipticCurvePrivateKey | None = None,
    not_after: datetime.datetime = _NOT_AFTER,
) -> x509.Certificate:
    """Issue a certificate (self-signed with ``key`` when ``issuer`` is None)."""
    signer = issuer.key if issuer else key
    if signer is None:
        raise ValueError("a self-signed certificate needs its own key")
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(_NOT_BEFORE)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    return builder.sign(signer, hashes.SHA384())


def new_key() -> ec.EllipticCurvePrivateKey:
    """A fresh P-384 key, the curve of applet 1.8."""
    return ec.generate_private_key(ec.SECP384R1())


def mint_root(common_name: str) -> Authority:
    """A self-signed root (the committed one, or a rogue one for the untrusted-root fault)."""
    key = new_key()
    cert = issue(distinguished_name(common_name), key.public_key(), None, ca=True, key=key)
    return Authority(cert, key)


def mint_rrn(root: Authority, common_name: str = "Fygitaal TEST RRN") -> Authority:
    """An RRN signer issued directly by ``root``, as on real cards."""
    key = new_key()
    cert = issue(distinguished_name(common_name, "Fygitaal TEST"), key.public_key(), root, ca=False)
    return Authority(cert, key)


def mint_test_pki(directory: Path = PKI_DIR) -> None:
    """Write a new TEST PKI to ``directory`` (run once; the result is committed)."""
    root = mint_root("Fygitaal TEST eID Root CA")
    pki = {"root": root, "rrn": mint_rrn(root)}
    for name, label in (("citizen-ca", "Citizen"), ("foreigner-ca", "Foreigner")):
        key = new_key()
        cert = issue(
            distinguished_name(f"Fygitaal TEST {label} CA"), key.public_key(), root, ca=True
        )
        pki[name] = Authority(cert, key)
    directory.mkdir(parents=True, exist_ok=True)
    for name, authority in pki.items():
        (directory / f"{name}.pem").write_bytes(
            authority.cert.public_bytes(serialization.Encoding.PEM)
        )
        (directory / f"{name}.key").write_bytes(
            authority.key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )


def _load(name: str) -> Authority:
    cert = x509.load_pem_x509_certificate((PKI_DIR / f"{name}.pem").read_bytes())
    key = serialization.load_pem_private_key((PKI_DIR / f"{name}.key").read_bytes(), None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise TypeError(f"{name}.key is not an EC key")
    return Authority(cert, key)


@functools.cache
def test_pki() -> TestPki:
    """The committed TEST PKI."""
    return TestPki(_load("root"), _load("citizen-ca"), _load("foreigner-ca"), _load("rrn"))


if __name__ == "__main__":
    mint_test_pki()
