"""Belgian national register numbers (rijksregisternummer / numéro de registre national).

Eleven digits ``YYMMDD SSS CC``: birth date, a sequence number that is odd for men and even
for women, and a check number ``97 - (first nine digits mod 97)``. For people born from 2000
on, the check is computed over the nine digits with a ``2`` in front. Bis numbers (people not
in the register) add 20 or 40 to the month; a month or day of ``00`` means unknown.

These numbers are personal data: never log them; show `mask_nrn` where a hint suffices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from card_reader.dates import PartialDate
from card_reader.errors import MalformedData
from card_reader.model import Sex

_NRN = re.compile(r"[0-9]{11}")
_SEPARATORS = re.compile(r"[\s.\-]")


@dataclass(frozen=True)
class NationalNumber:
    """A checked national register number and what can be derived from it."""

    digits: str
    century: int

    @property
    def birth_date(self) -> PartialDate | None:
        """The birth date it encodes, partial when unknown; None for unusable digits."""
        year = self.century + int(self.digits[0:2])
        month = int(self.digits[2:4])
        day = int(self.digits[4:6])
        for offset in (40, 20):  # bis numbers: 20 or 40 added, so 20/40 mean "month unknown"
            if month >= offset:
                month -= offset
                break
        if month == 0:
            return PartialDate(year)
        if month > 12:
            return None
        try:
            return PartialDate(year, month, day or None)
        except MalformedData:
            return None

    @property
    def sex(self) -> Sex:
        """Odd sequence numbers are given to men, even ones to women."""
        return Sex.MALE if int(self.digits[6:9]) % 2 else Sex.FEMALE

    @property
    def formatted(self) -> str:
        """The usual printed form ``YY.MM.DD-SSS.CC``."""
        return format_nrn(self.digits)

    @property
    def masked(self) -> str:
        """A hint that identifies nothing on its own: only the check digits remain."""
        return mask_nrn(self.digits)

    def __repr__(self) -> str:  # keep the number out of tracebacks and logs
        return f"NationalNumber({self.masked})"


def normalise_nrn(text: str) -> str:
    """Drop the usual separators (dots, dashes, spaces)."""
    return _SEPARATORS.sub("", text)


def parse_nrn(text: str) -> NationalNumber:
    """Check the digits and the mod-97 check number (both centuries); raise MalformedData."""
    digits = normalise_nrn(text)
    if not _NRN.fullmatch(digits):
        raise MalformedData("national number is not 11 digits")
    body, check = int(digits[:9]), int(digits[9:])
    if 97 - body % 97 == check:
        return NationalNumber(digits, 1900)
    if 97 - (2_000_000_000 + body) % 97 == check:
        return NationalNumber(digits, 2000)
    raise MalformedData("national number check digits do not match")


def is_valid_nrn(text: str) -> bool:
    """True when `parse_nrn` accepts the number."""
    try:
        parse_nrn(text)
    except MalformedData:
        return False
    return True


def format_nrn(digits: str) -> str:
    """``YY.MM.DD-SSS.CC`` for 11 digits; anything else is returned unchanged."""
    if not _NRN.fullmatch(digits):
        return digits
    return f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:11]}"


def mask_nrn(digits: str) -> str:
    """``**.**.**-***.CC``: enough to tell two cards apart at a counter, no more."""
    tail = digits[-2:] if _NRN.fullmatch(digits) else "**"
    return f"**.**.**-***.{tail}"
