"""Parse the identity (4031) and address (4033) files into `Identity` and `Address`.

Unknown tags are skipped: new card types have added tags before (1B-1F arrived with Brexit
and the EU+ cards), and a parser that chokes on them locks those citizens out. Missing
mandatory fields, invalid UTF-8 and unparseable dates raise `MalformedData`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date

from card_reader.dates import parse_birth_date, parse_card_date
from card_reader.doctypes import parse_document_type
from card_reader.errors import MalformedData
from card_reader.model import Address, Identity, Sex
from card_reader.nrn import is_valid_nrn
from card_reader.tlv import tlv_map


class IdentityTag(enum.IntEnum):
    """Tags of the identity file (ID and Address file contents v5.0)."""

    STRUCTURE_VERSION = 0x00
    CARD_NUMBER = 0x01
    CHIP_NUMBER = 0x02
    VALIDITY_BEGIN = 0x03
    VALIDITY_END = 0x04
    DELIVERY_MUNICIPALITY = 0x05
    NATIONAL_NUMBER = 0x06
    SURNAME = 0x07
    FIRST_NAMES = 0x08
    THIRD_INITIAL = 0x09
    NATIONALITY = 0x0A
    BIRTH_PLACE = 0x0B
    BIRTH_DATE = 0x0C
    SEX = 0x0D
    NOBLE_CONDITION = 0x0E
    DOCUMENT_TYPE = 0x0F
    SPECIAL_STATUS = 0x10
    PHOTO_HASH = 0x11
    DUPLICATE = 0x12
    SPECIAL_ORGANISATION = 0x13
    MEMBER_OF_FAMILY = 0x14
    PROTECTION = 0x15
    WORK_PERMIT = 0x16
    EMPLOYER_VAT_1 = 0x17
    EMPLOYER_VAT_2 = 0x18
    REGIONAL_FILE_NUMBER = 0x19
    BASIC_KEY_HASH = 0x1A
    BREXIT_MENTION_1 = 0x1B
    BREXIT_MENTION_2 = 0x1C
    CARD_A_MENTION_1 = 0x1D
    CARD_A_MENTION_2 = 0x1E
    EU_START_DATE = 0x1F


class AddressTag(enum.IntEnum):
    """Tags of the address file."""

    STRUCTURE_VERSION = 0x00
    STREET_AND_NUMBER = 0x01
    ZIP = 0x02
    MUNICIPALITY = 0x03


_SEX = {"M": Sex.MALE, "F": Sex.FEMALE, "V": Sex.FEMALE, "W": Sex.FEMALE}


class _Fields:
    """Typed access to one file's fields, turning every defect into `MalformedData`."""

    def __init__(self, fields: Mapping[int, bytes], what: str) -> None:
        self._fields = fields
        self._what = what

    def raw(self, tag: int, *, required: bool = False) -> bytes | None:
        value = self._fields.get(tag)
        if value is None and required:
            raise MalformedData(f"{self._what} file lacks mandatory tag {tag:02X}")
        return value

    def text(self, tag: int, *, required: bool = False) -> str:
        value = self.raw(tag, required=required)
        if value is None:
            return ""
        try:
            return value.decode("utf-8").rstrip()
        except UnicodeDecodeError as exc:
            raise MalformedData(f"{self._what} tag {tag:02X} is not UTF-8") from exc

    def card_date(self, tag: int, *, required: bool = False) -> date | None:
        text = self.text(tag, required=required)
        return parse_card_date(text) if text else None


def _protection(text: str) -> tuple[date | None, str]:
    """Split tag 15 ``dd.MM.yyyy-A2`` into its date and country."""
    if not text:
        return None, ""
    when, _, country = text.partition("-")
    return parse_card_date(when), country.strip()


def parse_identity(data: bytes) -> Identity:
    """Parse the identity file exactly as read (padding and all)."""
    f = _Fields(tlv_map(data), "identity")
    t = IdentityTag
    begin = f.card_date(t.VALIDITY_BEGIN, required=True)
    end = f.card_date(t.VALIDITY_END, required=True)
    if begin is None or end is None:
        raise MalformedData("identity file has an empty validity date")
    national_number = f.text(t.NATIONAL_NUMBER, required=True)
    protection_date, protection_country = _protection(f.text(t.PROTECTION))
    return Identity(
        card_number=f.text(t.CARD_NUMBER, required=True),
        chip_number=f.raw(t.CHIP_NUMBER) or b"",
        validity_begin=begin,
        validity_end=end,
        delivery_municipality=f.text(t.DELIVERY_MUNICIPALITY),
        national_number=national_number,
        surname=f.text(t.SURNAME, required=True),
        first_names=f.text(t.FIRST_NAMES),
        third_initial=f.text(t.THIRD_INITIAL),
        nationality=f.text(t.NATIONALITY),
        birth_place=f.text(t.BIRTH_PLACE),
        birth_date=parse_birth_date(f.text(t.BIRTH_DATE, required=True)),
        sex=_SEX.get(f.text(t.SEX).upper()),
        noble_condition=f.text(t.NOBLE_CONDITION),
        document_type=parse_document_type(f.text(t.DOCUMENT_TYPE, required=True)),
        special_status=f.text(t.SPECIAL_STATUS),
        photo_hash=f.raw(t.PHOTO_HASH, required=True) or b"",
        duplicate=f.text(t.DUPLICATE),
        special_organisation=f.text(t.SPECIAL_ORGANISATION),
        member_of_family=f.raw(t.MEMBER_OF_FAMILY) is not None,
        protection_date=protection_date,
        protection_country=protection_country,
        work_permit=f.text(t.WORK_PERMIT),
        employer_vat_1=f.text(t.EMPLOYER_VAT_1),
        employer_vat_2=f.text(t.EMPLOYER_VAT_2),
        regional_file_number=f.text(t.REGIONAL_FILE_NUMBER),
        basic_key_hash=f.raw(t.BASIC_KEY_HASH),
        brexit_mention_1=f.text(t.BREXIT_MENTION_1),
        brexit_mention_2=f.text(t.BREXIT_MENTION_2),
        card_a_mention_1=f.text(t.CARD_A_MENTION_1),
        card_a_mention_2=f.text(t.CARD_A_MENTION_2),
        eu_start_date=f.card_date(t.EU_START_DATE),
        structure_version=f.raw(t.STRUCTURE_VERSION),
        national_number_valid=is_valid_nrn(national_number),
    )


def parse_address(data: bytes) -> Address:
    """Parse the address file (fixed size, zero-padded)."""
    f = _Fields(tlv_map(data), "address")
    return Address(
        street_and_number=f.text(AddressTag.STREET_AND_NUMBER, required=True),
        zip=f.text(AddressTag.ZIP, required=True),
        municipality=f.text(AddressTag.MUNICIPALITY, required=True),
        structure_version=f.raw(AddressTag.STRUCTURE_VERSION),
    )
