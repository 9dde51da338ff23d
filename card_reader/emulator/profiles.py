"""Named card profiles for tests and demos, with content faults applied on request.

``alice`` reproduces the applet-1.7 Alice vector byte for byte (its keys are unknown, so her
card signs with a throwaway key). ``citizen``, ``kids``, ``foreigner`` and ``synthetic-N``
are applet-1.8 cards minted from the committed TEST PKI; ``synthetic-N`` is a reproducible
synthetic person (fictitious names, valid mod-97 national number) for every integer N.
``other-card`` shares the 1.8 ATR but has no Belpic applet, like other Thales tokens.
"""

from __future__ import annotations

import datetime
import functools
import random
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import rsa

from card_reader.emulator.image import ATR_18, CardImage, Fault
from card_reader.emulator.personalise import Person, personalise
from card_reader.emulator.pki import DATA, mint_root, mint_rrn, test_pki
from card_reader.files import Applet

PROFILES = ("alice", "citizen", "kids", "foreigner", "synthetic-N", "other-card")
CONTENT_FAULTS = frozenset(
    {
        Fault.TAMPERED_IDENTITY,
        Fault.TAMPERED_ADDRESS,
        Fault.PHOTO_HASH_MISMATCH,
        Fault.EXPIRED,
        Fault.UNTRUSTED_ROOT,
    }
)
_ALICE_FILES = {
    "DF01/4031": "Identity",
    "DF01/4032": "IdentitySignature",
    "DF01/4033": "Address",
    "DF01/4034": "AddressSignature",
    "DF01/4035": "Photo",
    "DF00/5038": "AuthentificationCertificate",
    "DF00/5039": "SigningCertificate",
    "DF00/503A": "CACertificate",
    "DF00/503B": "RootCertificate",
    "DF00/503C": "RRNCertificate",
}
_SURNAMES = ("Testaert", "Proefmans", "Voorbeeldt", "Exemplaire", "Mustermann", "Fictief")
_FIRST_NAMES = ("Anna Maria", "Jef", "Louise", "Mohamed Ali", "Sofie", "Lucas", "Élodie")
_PLACES = ("Gent", "Liège", "Eupen", "Hasselt", "Namur", "Brugge")
_MONTHS_NL = ("JAN", "FEB", "MAAR", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC")


class UnknownProfile(ValueError):
    """The profile name is not one of `PROFILES`."""


def national_number(birth: datetime.date, sequence: int) -> str:
    """A national register number with its mod-97 check digits (2000+ rule included)."""
    base = f"{birth:%y%m%d}{sequence:03d}"
    prefix = "2" if birth.year >= 2000 else ""
    return f"{base}{97 - int(prefix + base) % 97:02d}"


def card_number(serial: int) -> str:
    """A 12-digit card number whose last two digits are the mod-97 check of the first ten."""
    check = serial % 97 or 97
    return f"{serial:010d}{check:02d}"


def synthetic_person(seed: int, *, birth: datetime.date | None = None) -> Person:
    """A reproducible fictitious Belgian citizen."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    born = birth or datetime.date(rng.randint(1940, 2012), rng.randint(1, 12), rng.randint(1, 28))
    sex = rng.choice("MF")
    sequence = rng.randrange(1, 997, 2) if sex == "M" else rng.randrange(2, 997, 2)
    return Person(
        card_number=card_number(rng.randrange(10**9, 10**10)),
        chip_number=rng.randbytes(16),
        validity_begin="15.01.2024",
        validity_end="15.01.2034",
        delivery_municipality=rng.choice(_PLACES),
        national_number=national_number(born, sequence),
        surname=rng.choice(_SURNAMES),
        first_names=rng.choice(_FIRST_NAMES),
        third_initial=rng.choice(("", "J")),
        nationality="Belg",
        birth_place=rng.choice(_PLACES),
        birth_date=f"{born.day:02d} {_MONTHS_NL[born.month - 1]} {born.year}",
        sex=sex,
        document_type="01",
        street_and_number=f"Proefstraat {rng.randint(1, 200)}",
        zip_code=str(rng.choice((1000, 2000, 3500, 4000, 9000))),
        municipality=rng.choice(_PLACES),
    )


def _person(profile: str) -> Person:
    if profile == "citizen":
        return replace(
            synthetic_person(1, birth=datetime.date(2001, 5, 3)),
            surname="Specimen",
            first_names="Lotte Marie",
            sex="F",
            national_number=national_number(datetime.date(2001, 5, 3), 998),
        )
    if profile == "kids":
        born = datetime.date(2019, 2, 14)
        return replace(
            synthetic_person(2, birth=born),
            document_type="06",
            has_certificates=False,
            national_number=national_number(born, 123),
            sex="M",
        )
    if profile == "foreigner":
        born = datetime.date(1988, 11, 23)
        return replace(
            synthetic_person(3, birth=born),
            surname="Van Den Voorbeeld-Proefschrijver de la Fictieve Testfamilie",
            first_names="Maria Fernanda Alejandra Josefina Guadalupe",
            nationality="Spaanse",
            birth_place="San Sebastián de los Reyes (Comunidad de Madrid), Spanje",
            birth_date="23.NOV.1988",
            document_type="11",
            national_number=national_number(born, 456),
            sex="F",
            extra_tags={0x16: b"7", 0x17: b"0123.456.789", 0x1D: b"D", 0x1F: b"01.09.2020"},
        )
    if profile.startswith("synthetic-") and profile.removeprefix("synthetic-").isdigit():
        return synthetic_person(int(profile.removeprefix("synthetic-")))
    raise UnknownProfile(f"unknown card profile {profile!r} (known: {', '.join(PROFILES)})")


def build_profile(profile: str, faults: Iterable[Fault] = ()) -> CardImage:
    """The card image for ``profile`` with ``faults`` applied."""
    wanted = frozenset(faults)
    if profile == "other-card":
        return CardImage(
            name=profile,
            applet=Applet.V18,
            atr=ATR_18,
            files={},
            chip_serial=bytes(16),
            faults=wanted,
            has_belpic=False,
        )
    if profile == "alice":
        image = _alice()
        if wanted & {Fault.EXPIRED, Fault.UNTRUSTED_ROOT}:
            raise ValueError("the Alice vector cannot be re-signed (expired/untrusted-root)")
    else:
        person = _person(profile)
        if Fault.EXPIRED in wanted:
            person = replace(person, validity_begin="10.03.2012", validity_end="10.03.2022")
        pki = test_pki()
        photo = (DATA / "photo.jpg").read_bytes()
        root, rrn = pki.root, pki.rrn
        if Fault.UNTRUSTED_ROOT in wanted:
            root = mint_root("Fygitaal TEST eID Root CA")  # same name, different key
            rrn = mint_rrn(root)
        ca = pki.foreigner_ca if person.document_type not in ("01", "06") else pki.citizen_ca
        image = personalise(profile, person, photo, root=root, ca=ca, rrn=rrn)
    image.faults = wanted
    _tamper(image, wanted)
    return image


def _alice() -> CardImage:
    folder = DATA / "alice"
    files = {path: _read(folder / f"Alice_{name}.tlv") for path, name in _ALICE_FILES.items()}
    throwaway = _throwaway_rsa_key()
    return CardImage(
        name="alice",
        applet=Applet.V17,
        atr=_read(folder / "Alice_ATR.bin"),
        files=files,
        chip_serial=files["DF01/4031"][16:32],
        keys={0x82: throwaway, 0x83: throwaway},
    )


@functools.cache
def _throwaway_rsa_key() -> rsa.RSAPrivateKey:
    """Alice's real keys are unknown: her emulated card signs with this one instead."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _tamper(image: CardImage, faults: frozenset[Fault]) -> None:
    """Change bytes *after* signing, as a forger (or a damaged chip) would."""
    if Fault.TAMPERED_IDENTITY in faults:
        image.files["DF01/4031"] = _flip_letter(image.files["DF01/4031"], b"\x07")
    if Fault.TAMPERED_ADDRESS in faults:
        image.files["DF01/4033"] = _flip_letter(image.files["DF01/4033"], b"\x01")
    if Fault.PHOTO_HASH_MISMATCH in faults:
        photo = bytearray(image.files["DF01/4035"])
        photo[len(photo) // 2] ^= 0x01
        image.files["DF01/4035"] = bytes(photo)


def _flip_letter(content: bytes, tag: bytes) -> bytes:
    """Change the first letter of a field's value (keeps the TLV structure intact)."""
    position = 0
    while position < len(content):
        if content[position : position + 1] == tag:
            changed = bytearray(content)
            changed[position + 2] ^= 0x01  # 'S' -> 'R', 'M' -> 'L': still a letter
            return bytes(changed)
        position += 2 + content[position + 1]
    raise ValueError("field not found")


def _read(path: Path) -> bytes:
    return path.read_bytes()
