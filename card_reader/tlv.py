"""The eID's simplified TLV format (identity and address files).

A field is one tag byte, a length and the value. The length is one byte below 255; from 255
up it is written as ``FF`` bytes each worth 255 followed by a final byte (``FF 05`` = 260,
``FF FF 03`` = 513). Files are zero-padded to a fixed size; the optional tag ``00`` (file
structure version) may open the file. Any byte string either parses or raises
`MalformedData` — the card may be damaged or forged, so nothing else may escape.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from card_reader.errors import MalformedData

_CONTINUATION = 0xFF


@dataclass(frozen=True)
class TlvField:
    """One field: its tag and its raw value bytes (not decoded)."""

    tag: int
    value: bytes


def _read_length(data: bytes, pos: int) -> tuple[int, int]:
    """Return (length, position after the length bytes)."""
    length = 0
    while True:
        if pos >= len(data):
            raise MalformedData(f"TLV length truncated at offset {pos}")
        byte = data[pos]
        pos += 1
        length += byte
        if byte != _CONTINUATION:
            return length, pos


def _all_zero(data: bytes, start: int = 0) -> bool:
    return data.count(0, start) == len(data) - start


def _split(data: bytes) -> list[tuple[int, bytes]]:
    """(tag, value) pairs in file order, stopping at the zero padding.

    A zero tag byte after the first field starts the padding: everything from there on must
    be zero, otherwise the file is malformed (data hidden behind the padding).
    """
    data = bytes(data)
    fields: list[tuple[int, bytes]] = []
    pos = 0
    size = len(data)
    while pos < size:
        tag = data[pos]
        if tag == 0 and (pos > 0 or _all_zero(data)):
            if not _all_zero(data, pos):
                raise MalformedData(f"non-zero bytes after the padding at offset {pos}")
            break
        if pos + 1 < size and data[pos + 1] != _CONTINUATION:  # the usual one-byte length
            length, value_start = data[pos + 1], pos + 2
        else:
            length, value_start = _read_length(data, pos + 1)
        end = value_start + length
        if end > size:
            raise MalformedData(f"TLV field {tag:02X} runs past the end of the file")
        fields.append((tag, data[value_start:end]))
        pos = end
    return fields


def parse_tlv(data: bytes) -> list[TlvField]:
    """Split a file into its fields, in file order, stopping at the zero padding."""
    return [TlvField(tag, value) for tag, value in _split(data)]


def tlv_map(data: bytes) -> Mapping[int, bytes]:
    """Parse into ``{tag: value}``; a tag that occurs twice makes the file malformed."""
    fields = _split(data)
    result = dict(fields)
    if len(result) != len(fields):
        seen: set[int] = set()
        for tag, _ in fields:
            if tag in seen:
                raise MalformedData(f"TLV tag {tag:02X} occurs twice")
            seen.add(tag)
    return result


def encode_tlv(fields: Mapping[int, bytes] | list[TlvField], *, size: int | None = None) -> bytes:
    """Encode fields (the inverse of `parse_tlv`), zero-padded to ``size`` when given.

    Used by tests and by the emulator to mint files for synthetic citizens.
    """
    items = (
        [TlvField(tag, value) for tag, value in fields.items()]
        if isinstance(fields, Mapping)
        else fields
    )
    out = bytearray()
    for field in items:
        if not 0 <= field.tag <= 0xFF:
            raise ValueError(f"tag {field.tag} does not fit in one byte")
        out.append(field.tag)
        remaining = len(field.value)
        while remaining >= _CONTINUATION:
            out.append(_CONTINUATION)
            remaining -= _CONTINUATION
        out.append(remaining)
        out += field.value
    if size is not None:
        if len(out) > size:
            raise ValueError(f"{len(out)} bytes do not fit in a {size}-byte file")
        out += bytes(size - len(out))
    return bytes(out)
