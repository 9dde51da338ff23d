"""What an eID says about its holder, as typed, immutable values.

Parsed from the identity file (4031) and the address file (4033) by `card_reader.identity`.
Text fields are decoded UTF-8 with trailing spaces removed; a field the card leaves empty is
``""`` (or ``None`` for dates); binary fields (chip number, hashes) stay bytes. The
``repr`` of these classes hides personal data so that a stray log line cannot leak it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from card_reader.dates import PartialDate
from card_reader.doctypes import DocumentType


class Sex(enum.Enum):
    """Sex as printed on the card; ``F``, ``V`` (vrouw) and ``W`` (weiblich) all mean female."""

    MALE = "M"
    FEMALE = "F"


@dataclass(frozen=True, repr=False)
class Identity:
    """Every field of the identity file (tags 01-1F)."""

    card_number: str  # 01
    chip_number: bytes  # 02
    validity_begin: date  # 03
    validity_end: date  # 04
    delivery_municipality: str  # 05
    national_number: str  # 06
    surname: str  # 07
    first_names: str  # 08
    third_initial: str  # 09
    nationality: str  # 0A
    birth_place: str  # 0B
    birth_date: PartialDate  # 0C
    sex: Sex | None  # 0D (None: a letter this version does not know)
    noble_condition: str  # 0E
    document_type: DocumentType  # 0F
    special_status: str  # 10
    photo_hash: bytes  # 11
    duplicate: str = ""  # 12
    special_organisation: str = ""  # 13
    member_of_family: bool = False  # 14 (presence flag)
    protection_date: date | None = None  # 15, first half of "dd.MM.yyyy-A2"
    protection_country: str = ""  # 15, ISO 3166 alpha-2
    work_permit: str = ""  # 16
    employer_vat_1: str = ""  # 17
    employer_vat_2: str = ""  # 18
    regional_file_number: str = ""  # 19
    basic_key_hash: bytes | None = None  # 1A (applet 1.8)
    brexit_mention_1: str = ""  # 1B
    brexit_mention_2: str = ""  # 1C
    card_a_mention_1: str = ""  # 1D
    card_a_mention_2: str = ""  # 1E
    eu_start_date: date | None = None  # 1F
    structure_version: bytes | None = None  # 00
    national_number_valid: bool = True  # mod-97 check (a specimen or two break it)

    @property
    def chip_number_hex(self) -> str:
        """The chip number as the middleware shows it (upper-case hex)."""
        return self.chip_number.hex().upper()

    @property
    def card_number_check_ok(self) -> bool | None:
        """Advisory mod-97 check of a 12-digit card number; None for other formats.

        Never a reason to reject a card: specimens and some series do not follow it, and
        the identity signature is what proves the number genuine.
        """
        number = self.card_number
        if len(number) != 12 or not number.isascii() or not number.isdigit():
            return None
        remainder = int(number[:10]) % 97
        return int(number[10:]) in {remainder, 97 if remainder == 0 else remainder}

    def __repr__(self) -> str:
        return f"Identity(card_number={self.card_number!r}, document_type={self.document_type})"


@dataclass(frozen=True, repr=False)
class Address:
    """The holder's legal address (file 4033)."""

    street_and_number: str  # 01
    zip: str  # 02
    municipality: str  # 03
    structure_version: bytes | None = None  # 00

    def __repr__(self) -> str:
        return "Address(<hidden>)"
