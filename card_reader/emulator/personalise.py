"""Personalise an applet-1.8 card image for a synthetic person, signed by the TEST PKI.

Follows the 1.8 ID/address file specification: ascending TLV tags, SHA-384 photo hash
(tag 11) and basic-key hash (tag 1A), ECDSA P-384 signatures stored as DER padded with
zeros, and certificate files padded with 1100 zero bytes. The address signature covers the
trimmed address file followed by the whole identity signature file, as on real cards.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from card_reader.emulator.image import ATR_18, CardImage, PrivateKey
from card_reader.emulator.pki import Authority, distinguished_name, issue, new_key
from card_reader.files import Applet
from card_reader.tlv import encode_tlv

CERT_PADDING = 1100
SIGNATURE_FILE_SIZE = 256
ADDRESS_FILE_SIZE = 121


@dataclass(frozen=True)
class Person:
    """What the identity and address files say about a (synthetic) card holder."""

    card_number: str
    chip_number: bytes
    validity_begin: str
    validity_end: str
    delivery_municipality: str
    national_number: str
    surname: str
    first_names: str
    third_initial: str
    nationality: str
    birth_place: str
    birth_date: str
    sex: str
    document_type: str
    street_and_number: str
    zip_code: str
    municipality: str
    noble_condition: str = ""
    special_status: str = "0"
    extra_tags: Mapping[int, bytes] = field(default_factory=dict)
    """Foreigner/1.8 tags (0x12-0x1F except 0x1A) as raw values."""
    has_certificates: bool = True
    """False for a Kids-ID: no authentication or signing key."""


def identity_file(person: Person, photo: bytes, basic_key: bytes) -> bytes:
    """The 4031 file for ``person`` (text UTF-8, hashes binary)."""
    text = {
        0x01: person.card_number,
        0x03: person.validity_begin,
        0x04: person.validity_end,
        0x05: person.delivery_municipality,
        0x06: person.national_number,
        0x07: person.surname,
        0x08: person.first_names,
        0x09: person.third_initial,
        0x0A: person.nationality,
        0x0B: person.birth_place,
        0x0C: person.birth_date,
        0x0D: person.sex,
        0x0E: person.noble_condition,
        0x0F: person.document_type,
        0x10: person.special_status,
    }
    values = {tag: value.encode() for tag, value in text.items()}
    values[0x00] = b"\x01\x00"
    values[0x02] = person.chip_number
    values[0x11] = hashlib.sha384(photo).digest()
    values[0x1A] = hashlib.sha384(basic_key).digest()
    values.update(person.extra_tags)
    return encode_tlv(dict(sorted(values.items())))


def address_file(person: Person) -> bytes:
    """The 4033 file: three fields, zero-padded to its fixed size."""
    fields = {
        0x01: person.street_and_number.encode(),
        0x02: person.zip_code.encode(),
        0x03: person.municipality.encode(),
    }
    return encode_tlv(fields, size=ADDRESS_FILE_SIZE)


def sign_file(signer: ec.EllipticCurvePrivateKey, data: bytes) -> bytes:
    """An ECDSA P-384/SHA-384 signature file: DER, then zeros."""
    return signer.sign(data, ec.ECDSA(hashes.SHA384())).ljust(SIGNATURE_FILE_SIZE, b"\x00")


def signed_data_files(
    person: Person, photo: bytes, basic_key: bytes, rrn: Authority
) -> dict[str, bytes]:
    """Identity, address and both signatures, signed by the RRN key."""
    identity = identity_file(person, photo, basic_key)
    identity_signature = sign_file(rrn.key, identity)
    address = address_file(person)
    address_signature = sign_file(rrn.key, address.rstrip(b"\x00") + identity_signature)
    return {
        "DF01/4031": identity,
        "DF01/4032": identity_signature,
        "DF01/4033": address,
        "DF01/4034": address_signature,
    }


def personalise(
    name: str, person: Person, photo: bytes, *, root: Authority, ca: Authority, rrn: Authority
) -> CardImage:
    """A complete applet-1.8 card image with fresh per-card keys."""
    basic = new_key()
    basic_spki = basic.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    files = signed_data_files(person, photo, basic_spki, rrn)
    files["DF01/4035"] = photo
    files["DF01/4040"] = basic_spki
    keys: dict[int, PrivateKey] = {0x81: basic}
    for ref, fid, role in ((0x82, "5038", "Authentication"), (0x83, "5039", "Signature")):
        if not person.has_certificates:
            files[f"DF00/{fid}"] = bytes(CERT_PADDING)
            continue
        key = new_key()
        holder = f"{person.first_names.split()[0]} {person.surname}"[:40]
        subject = distinguished_name(f"{holder} ({role})")
        cert = issue(subject, key.public_key(), ca, ca=False)
        files[f"DF00/{fid}"] = _pad(cert.public_bytes(serialization.Encoding.DER))
        keys[ref] = key
    files["DF00/503A"] = _pad(ca.der)
    files["DF00/503B"] = _pad(root.der)
    files["DF00/503C"] = _pad(rrn.der)
    return CardImage(
        name=name,
        applet=Applet.V18,
        atr=ATR_18,
        files=files,
        chip_serial=person.chip_number,
        keys=keys,
    )


def _pad(der: bytes) -> bytes:
    return der + bytes(CERT_PADDING)
