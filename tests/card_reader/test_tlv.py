"""The simplified TLV parser: every quirk of the card files, and no crash on any input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from card_reader.errors import MalformedData
from card_reader.tlv import TlvField, encode_tlv, parse_tlv, tlv_map


def test_fields_in_file_order_and_padding_ignored() -> None:
    data = bytes.fromhex("0102 4142 0200 0301 43") + bytes(40)
    assert parse_tlv(data) == [TlvField(1, b"AB"), TlvField(2, b""), TlvField(3, b"C")]


def test_structure_version_tag_00_may_open_the_file() -> None:
    data = bytes.fromhex("00020002 0103 414243") + bytes(5)
    assert tlv_map(data) == {0: b"\x00\x02", 1: b"ABC"}


def test_all_zero_file_is_empty() -> None:
    assert parse_tlv(bytes(117)) == []
    assert parse_tlv(b"") == []


@pytest.mark.parametrize(
    ("length_bytes", "length"),
    [("fe", 254), ("ff00", 255), ("ff05", 260), ("ffff03", 513), ("ffffff00", 765)],
)
def test_long_lengths_use_ff_continuation(length_bytes: str, length: int) -> None:
    data = bytes.fromhex("07" + length_bytes) + b"x" * length + bytes.fromhex("0801 41")
    assert tlv_map(data) == {7: b"x" * length, 8: b"A"}


def test_encode_round_trips_long_values_and_pads() -> None:
    fields = {1: b"a" * 300, 2: b"", 0x14: b"", 3: b"z" * 255}
    data = encode_tlv(fields, size=700)
    assert len(data) == 700
    assert tlv_map(data) == fields


@pytest.mark.parametrize(
    "data",
    [
        bytes.fromhex("0105 4142"),  # value runs past the end
        bytes.fromhex("01"),  # no length
        bytes.fromhex("01ff"),  # continuation without final byte
        bytes.fromhex("0101 41 0000 0201 42"),  # data hidden behind the padding
        bytes.fromhex("0101 41 0101 42"),  # the same tag twice
    ],
)
def test_broken_files_are_malformed(data: bytes) -> None:
    with pytest.raises(MalformedData):
        tlv_map(data)


@given(st.binary(max_size=600))
def test_any_bytes_parse_or_raise_malformed(data: bytes) -> None:
    try:
        fields = parse_tlv(data)
    except MalformedData:
        return
    assert all(0 <= f.tag <= 255 for f in fields)
    assert sum(len(f.value) for f in fields) <= len(data)


@given(st.dictionaries(st.integers(1, 255), st.binary(max_size=600), max_size=12))
def test_encode_then_parse_is_identity(fields: dict[int, bytes]) -> None:
    ordered = dict(sorted(fields.items()))
    assert tlv_map(encode_tlv(ordered, size=len(encode_tlv(ordered)) + 7)) == ordered
