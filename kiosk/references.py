"""Reference numbers a citizen can read, say and type: "M-7K3Q-9F2A", given at once, offline.

A kiosk cannot ask central for the next number while it is offline, so the reference is
derived from the record's own id (a UUIDv7 made on the device): its last 40 bits, which
are random, written as eight Crockford base-32 characters behind a letter for the kind
("M" melding, "V" question, from the Dutch "vraag"). No two devices need to agree on a
counter, and central finds the record again from the reference alone (the id ends in
the same ten hex digits). Crockford's alphabet has no I, L, O or U, and reading forgives
them ("O" is 0, "I" and "L" are 1), spaces, missing dashes and lower case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
MELDING_PREFIX = "M"
QUESTION_PREFIX = "V"
PREFIXES = (MELDING_PREFIX, QUESTION_PREFIX)
_BITS = 40
_HEX_DIGITS = _BITS // 4
_CHARS = _BITS // 5
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
_TYPED = re.compile(r"[^0-9A-Z]")


@dataclass(frozen=True)
class Reference:
    """A parsed reference: its kind letter and the hex digits the record id ends with."""

    prefix: str
    id_suffix: str

    @property
    def text(self) -> str:
        """The reference as printed and shown: ``M-7K3Q-9F2A``."""
        chars = _encode(int(self.id_suffix, 16))
        return f"{self.prefix}-{chars[:4]}-{chars[4:]}"


def reference_for(record_id: str, prefix: str) -> str:
    """The reference of the record with ``record_id`` (a UUID, as text)."""
    if prefix not in PREFIXES:
        raise ValueError(f"unknown reference kind {prefix!r}")
    digits = record_id.replace("-", "").lower()
    if len(digits) != 32 or not all(ch in "0123456789abcdef" for ch in digits):
        raise ValueError("a reference is made from a UUID")
    return Reference(prefix, digits[-_HEX_DIGITS:]).text


def parse_reference(typed: str) -> Reference | None:
    """What the citizen typed as a `Reference`, or None when it cannot be one."""
    plain = _TYPED.sub("", typed.upper())
    if len(plain) != 1 + _CHARS or plain[0] not in PREFIXES:
        return None
    value = 0
    for ch in plain[1:].translate(_CONFUSABLE):
        index = ALPHABET.find(ch)
        if index < 0:
            return None
        value = value * 32 + index
    return Reference(plain[0], f"{value:0{_HEX_DIGITS}x}")


def _encode(value: int) -> str:
    chars = []
    for _ in range(_CHARS):
        value, index = divmod(value, 32)
        chars.append(ALPHABET[index])
    return "".join(reversed(chars))
