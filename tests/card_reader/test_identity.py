"""Identity and address files from the specimen vectors and synthetic cards."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from card_reader.dates import PartialDate
from card_reader.doctypes import DocumentType
from card_reader.errors import MalformedData
from card_reader.identity import parse_address, parse_identity
from card_reader.model import Sex
from card_reader.tlv import encode_tlv, tlv_map
from tests.card_reader import vector_files


def test_alice_identity() -> None:
    identity = parse_identity(vector_files.alice().identity)
    assert identity.card_number == "000000122157"
    assert identity.chip_number_hex == "534C494E336600296CFF293B2A122219"
    assert identity.validity_begin == date(2009, 7, 23)
    assert identity.validity_end == date(2014, 7, 23)
    assert identity.delivery_municipality == "Antwerpen"
    assert identity.national_number == "71715100070"
    assert identity.national_number_valid
    assert identity.surname == "SPECIMEN"
    assert identity.first_names == "Alice Geldigekaart"
    assert identity.third_initial == "A"
    assert identity.nationality == "BELG"
    assert identity.birth_place == "Hamont-Achel"
    assert identity.birth_date == PartialDate(1971, 1, 1)
    assert identity.sex is Sex.FEMALE  # "V"
    assert identity.noble_condition == ""
    assert identity.document_type == DocumentType(1)
    assert identity.special_status == "0"
    assert len(identity.photo_hash) == 20
    assert not identity.member_of_family
    assert identity.basic_key_hash is None


def test_alice_address() -> None:
    address = parse_address(vector_files.alice().address)
    assert (address.street_and_number, address.zip, address.municipality) == (
        "Meirplaats 1 bus 1",
        "2000",
        "Antwerpen",
    )


def test_ec_vector_utf8_and_2000s_number() -> None:
    files = vector_files.ec_p384()
    identity = parse_identity(files.identity)
    assert identity.first_names == "Nora Angèle"
    assert identity.third_initial == ""  # empty field "09 00"
    assert identity.birth_date.iso() == "2001-05-03"
    assert identity.national_number_valid  # only with the 2000+ rule
    assert len(identity.photo_hash) == 32
    address = parse_address(files.address)
    assert (address.street_and_number, address.zip, address.municipality) == (
        "Specimenstraat 12",
        "1000",
        "Brussel",
    )


def test_rsa_integrity_vector() -> None:
    identity = parse_identity(vector_files.rsa_integrity().identity)
    assert identity.card_number == "000000128019"
    assert identity.validity_end == date(2015, 4, 30)


def _foreigner_card() -> bytes:
    fields = {
        0x00: b"\x00\x02",
        0x01: b"B01234567",
        0x02: bytes(range(16)),
        0x03: b"01.02.2024",
        0x04: b"01.02.2029",
        0x05: "Liège".encode(),
        0x06: b"12345678901",
        0x07: "Müller-Lüdenscheidt  ".encode(),
        0x08: b"Anna Maria",
        0x09: b"K",
        0x0A: b"Duitse",
        0x0B: b"Aachen",
        0x0C: "15.MÄR.1990".encode(),
        0x0D: b"W",
        0x0E: b"",
        0x0F: b"32",
        0x10: b"0",
        0x11: bytes(48),
        0x12: b"01",
        0x13: b"5",
        0x14: b"",
        0x15: b"12.03.2022-DE",
        0x16: b"7",
        0x17: b"0123.456.789",
        0x18: b"9876.543.210",
        0x19: b"AB123",
        0x1A: bytes(range(48)),
        0x1B: b"B",
        0x1C: b"C",
        0x1D: b"D",
        0x1E: b"K",
        0x1F: b"05.06.2020",
        0x42: b"a tag from the future",
    }
    return encode_tlv(fields, size=400)


def test_every_identity_tag_of_a_foreigner_card() -> None:
    identity = parse_identity(_foreigner_card())
    assert identity.structure_version == b"\x00\x02"
    assert identity.surname == "Müller-Lüdenscheidt"
    assert identity.birth_date.iso() == "1990-03-15"
    assert identity.sex is Sex.FEMALE
    assert identity.document_type.code == 32
    assert identity.document_type.label("nl") == "Vreemdelingenkaart EU+"
    assert identity.duplicate == "01"
    assert identity.special_organisation == "5"
    assert identity.member_of_family
    assert identity.protection_date == date(2022, 3, 12)
    assert identity.protection_country == "DE"
    assert identity.work_permit == "7"
    assert (identity.employer_vat_1, identity.employer_vat_2) == ("0123.456.789", "9876.543.210")
    assert identity.regional_file_number == "AB123"
    assert identity.basic_key_hash == bytes(range(48))
    assert (identity.brexit_mention_1, identity.brexit_mention_2) == ("B", "C")
    assert (identity.card_a_mention_1, identity.card_a_mention_2) == ("D", "K")
    assert identity.eu_start_date == date(2020, 6, 5)
    assert not identity.national_number_valid  # synthetic digits
    assert "Müller" not in repr(identity)


@pytest.mark.parametrize(("letter", "sex"), [("M", Sex.MALE), ("F", Sex.FEMALE), ("V", Sex.FEMALE)])
def test_sex_letters(letter: str, sex: Sex) -> None:
    data = bytearray(vector_files.alice().identity)
    data[data.index(b"\x0d\x01V") + 2] = ord(letter)
    assert parse_identity(bytes(data)).sex is sex


def test_missing_mandatory_tag_is_malformed() -> None:
    with pytest.raises(MalformedData):
        parse_identity(encode_tlv({0x01: b"123"}))
    with pytest.raises(MalformedData):
        parse_address(encode_tlv({0x01: b"Straat 1", 0x02: b"1000"}))


def test_invalid_utf8_is_malformed() -> None:
    with pytest.raises(MalformedData):
        parse_address(encode_tlv({0x01: b"\xff\xfe", 0x02: b"1000", 0x03: b"X"}))


def test_card_number_check_is_advisory() -> None:
    assert parse_identity(vector_files.alice().identity).card_number_check_ok is True
    assert parse_identity(vector_files.ec_p384().identity).card_number_check_ok is True  # 00
    assert parse_identity(_foreigner_card()).card_number_check_ok is None  # B01234567
    data = bytearray(vector_files.alice().identity)
    data[data.index(b"122157") + 5] = ord("8")
    assert parse_identity(bytes(data)).card_number_check_ok is False


@given(st.binary(max_size=400))
def test_any_bytes_parse_or_raise_malformed(data: bytes) -> None:
    for parse in (parse_identity, parse_address):
        with contextlib.suppress(MalformedData):
            parse(data)


_FIELD_VALUES = st.one_of(
    st.binary(max_size=60),
    st.text(max_size=20).map(str.encode),
    st.sampled_from([b"", b"01.01.2020", b"1984", b"M", b"01", b"12.03.2022-DE", b"99.99.9999"]),
)


@given(st.dictionaries(st.integers(0, 0x25), _FIELD_VALUES, max_size=8))
def test_any_fields_parse_or_raise_malformed(changes: dict[int, bytes]) -> None:
    fields = {**tlv_map(vector_files.alice().identity), **changes}
    data = encode_tlv(dict(sorted(fields.items())))
    for parse in (parse_identity, parse_address):
        with contextlib.suppress(MalformedData):
            parse(data)
