"""A throw-away test PKI that mints validly signed cards for synthetic citizens.

Mirrors what the National Register does: a root signs the RRN certificate, whose key signs
the identity file and ``rstrip_zeros(address) || identity signature file``. EC cards carry
a SHA-384 photo hash, the basic public key and its hash (tag 1A); RSA cards may be
"re-signed" (SHA-256 signatures while the photo hash stays SHA-1).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from card_reader.files import Applet, CardFiles
from card_reader.tlv import encode_tlv

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
_NOT_BEFORE = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
_NOT_AFTER = dt.datetime(2060, 1, 1, tzinfo=dt.UTC)
PHOTO = b"\xff\xd8\xff\xe0synthetic-jpeg" + bytes(range(256)) * 4 + b"\xff\xd9"


def new_key(kind: str) -> PrivateKey:
    if kind == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ec.generate_private_key(ec.SECP384R1())


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def certificate(
    subject: str, key: PrivateKey, issuer: str, issuer_key: PrivateKey, *, ca: bool
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(_NOT_BEFORE)
        .not_valid_after(_NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    algorithm = (
        hashes.SHA384() if isinstance(issuer_key, ec.EllipticCurvePrivateKey) else hashes.SHA256()
    )
    return builder.sign(issuer_key, algorithm)


def der(cert: x509.Certificate, padding_size: int = 0) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER) + bytes(padding_size)


def sign(key: PrivateKey, data: bytes, *, rsa_hash: hashes.HashAlgorithm | None = None) -> bytes:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        signature = key.sign(data, ec.ECDSA(hashes.SHA384()))
        return signature + bytes(120 - len(signature))  # fixed-size file, zero padded
    return key.sign(data, padding.PKCS1v15(), rsa_hash or hashes.SHA1())  # noqa: S303 (what 1.7 cards use)


@dataclass(frozen=True)
class MintedPki:
    """A root and an RRN key/certificate under it."""

    root_key: PrivateKey
    root: x509.Certificate
    rrn_key: PrivateKey
    rrn: x509.Certificate

    @classmethod
    def create(cls, kind: str, root_name: str = "Fygitaal test Root CA") -> MintedPki:
        root_key = new_key(kind)
        root = certificate(root_name, root_key, root_name, root_key, ca=True)
        rrn_key = new_key(kind)
        rrn = certificate("Fygitaal test RRN", rrn_key, root_name, root_key, ca=False)
        return cls(root_key, root, rrn_key, rrn)

    @property
    def is_ec(self) -> bool:
        return isinstance(self.rrn_key, ec.EllipticCurvePrivateKey)

    def root_pem(self) -> bytes:
        return self.root.public_bytes(serialization.Encoding.PEM)


def identity_fields(photo: bytes, *, photo_hash: str, basic_key: bytes | None) -> dict[int, bytes]:
    fields = {
        0x01: b"592123456789",
        0x02: bytes.fromhex("534C4790025100002239288F12920363"),
        0x03: b"01.02.2024",
        0x04: b"01.02.2034",
        0x05: b"Gent",
        0x06: b"01050399963",
        0x07: b"Peeters",
        0x08: "Zoë Anne".encode(),
        0x09: b"M",
        0x0A: b"Belg",
        0x0B: b"Gent",
        0x0C: b"03 MEI 2001",
        0x0D: b"V",
        0x0E: b"",
        0x0F: b"01",
        0x10: b"0",
        0x11: hashlib.new(photo_hash, photo).digest(),
    }
    if basic_key is not None:
        fields[0x1A] = hashlib.sha384(basic_key).digest()
    return fields


def mint_card(
    pki: MintedPki, *, rsa_hash: hashes.HashAlgorithm | None = None, with_root: bool = True
) -> CardFiles:
    """A complete, validly signed card: applet 1.8 for an EC PKI, 1.7 for an RSA one."""
    basic_key = None
    if pki.is_ec:
        basic_key = (
            ec.generate_private_key(ec.SECP384R1())
            .public_key()
            .public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
    identity = encode_tlv(
        identity_fields(PHOTO, photo_hash="sha384" if pki.is_ec else "sha1", basic_key=basic_key)
    )
    address = encode_tlv(
        {0x01: "Place de l'Église 3".encode(), 0x02: b"9000", 0x03: b"Gent"}, size=117
    )
    identity_signature = sign(pki.rrn_key, identity, rsa_hash=rsa_hash)
    address_signature = sign(
        pki.rrn_key, address.rstrip(b"\x00") + identity_signature, rsa_hash=rsa_hash
    )
    pad = 1100 if pki.is_ec else 50
    return CardFiles(
        applet=Applet.V18 if pki.is_ec else Applet.V17,
        identity=identity,
        identity_signature=identity_signature,
        address=address,
        address_signature=address_signature,
        photo=PHOTO,
        rrn_cert=der(pki.rrn, pad),
        root_cert=der(pki.root, pad) if with_root else None,
        basic_public_key=basic_key,
    )
