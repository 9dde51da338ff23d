"""Find where a DER object ends inside a zero-padded card file.

Certificate files (50xx) and EC signature files (4032/4034 on EC cards) hold one DER object
followed by zeros up to the file's fixed size; the object's own length header says where
the data stops. Cutting at the first zero byte instead would truncate most certificates.
"""

from __future__ import annotations

from card_reader.errors import MalformedData

_MAX_LENGTH_BYTES = 4


def der_length(data: bytes) -> int:
    """Total size (header included) of the DER object at the start of ``data``."""
    if len(data) < 2:
        raise MalformedData("too short for a DER object")
    first = data[1]
    if first < 0x80:
        total = 2 + first
    else:
        count = first & 0x7F
        if count == 0 or count > _MAX_LENGTH_BYTES or len(data) < 2 + count:
            raise MalformedData("unsupported DER length encoding")
        total = 2 + count + int.from_bytes(data[2 : 2 + count], "big")
    if total > len(data):
        raise MalformedData("DER object runs past the end of the file")
    return total


def strip_der_padding(data: bytes) -> bytes:
    """The DER object without the zero padding; non-zero bytes after it are malformed."""
    end = der_length(data)
    if any(data[end:]):
        raise MalformedData("non-zero bytes after the DER object")
    return data[:end]


def is_empty_file(data: bytes | None) -> bool:
    """True for a file that was not read, or that the card left all zeros (no certificate)."""
    return data is None or not any(data)
