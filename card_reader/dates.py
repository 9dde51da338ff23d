"""Dates as the eID writes them: birth dates in the card's language, validity dates numeric.

Birth dates follow the language of the issuing municipality (``24 MAAR 1969``,
``26 AVR  1975``, ``22.DEZ. 1997``, ``23.SEP.1982``) and may lack the day or the day and
month (``1984``) for people whose birth date is not known. Such dates stay partial: guessing
the first of January would put a wrong date on official documents.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from card_reader.errors import MalformedData

# FR, NL and DE abbreviations from the card content specification, plus accented spellings
# that some printers use; all upper case, NFC-normalised.
_MONTHS: dict[str, int] = {
    "JAN": 1,
    "FEV": 2,
    "FÉV": 2,
    "FEB": 2,
    "MARS": 3,
    "MAAR": 3,
    "MÄR": 3,
    "MAR": 3,
    "MRZ": 3,
    "MAER": 3,
    "AVR": 4,
    "APR": 4,
    "MAI": 5,
    "MEI": 5,
    "JUIN": 6,
    "JUN": 6,
    "JUIL": 7,
    "JUL": 7,
    "AOUT": 8,
    "AOÛT": 8,
    "AUG": 8,
    "SEPT": 9,
    "SEP": 9,
    "OCT": 10,
    "OKT": 10,
    "NOV": 11,
    "DEC": 12,
    "DEZ": 12,
}

_YEAR = re.compile(r"[0-9]{4}")
_DAY = re.compile(r"[0-9]{1,2}")
_NUMERIC_DATE = re.compile(r"([0-9]{2})\.([0-9]{2})\.([0-9]{4})")


@dataclass(frozen=True)
class PartialDate:
    """A date of which the month, or the day and month, may be unknown."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise MalformedData(f"year {self.year} out of range")
        if self.month is None:
            if self.day is not None:
                raise MalformedData("a day without a month")
            return
        if not 1 <= self.month <= 12:
            raise MalformedData(f"month {self.month} out of range")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise MalformedData(f"day {self.day} out of range for {self.year}-{self.month}")

    @property
    def is_complete(self) -> bool:
        """True when year, month and day are all known."""
        return self.day is not None

    def to_date(self) -> date | None:
        """The full date, or None when part of it is unknown (never guessed)."""
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    def iso(self) -> str:
        """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` depending on what is known."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.iso()


def parse_birth_date(text: str) -> PartialDate:
    """Parse tag 0C of the identity file in any of the card languages.

    The day and month may be missing or blank (spaces, zeros, dots); an unknown month name is
    malformed data rather than a guess.
    """
    normalised = unicodedata.normalize("NFC", text).upper().replace(".", " ")
    tokens = normalised.split()
    if not tokens or not _YEAR.fullmatch(tokens[-1]):
        raise MalformedData("birth date without a four-digit year")
    year = int(tokens[-1])
    rest = tokens[:-1]
    # A zero day or month ("00") means unknown on some foreigner cards.
    rest = [t for t in rest if t.strip("0")]
    if len(rest) > 2:
        raise MalformedData("birth date has too many parts")
    month: int | None = None
    day: int | None = None
    if rest:
        month_name = rest[-1]
        if month_name not in _MONTHS:
            raise MalformedData("birth date month is not a known abbreviation")
        month = _MONTHS[month_name]
    if len(rest) == 2:
        if not _DAY.fullmatch(rest[0]):
            raise MalformedData("birth date day is not a number")
        day = int(rest[0])
    return PartialDate(year, month, day)


def parse_card_date(text: str) -> date:
    """Parse a ``DD.MM.YYYY`` date (validity begin/end, EU start date, protection date)."""
    match = _NUMERIC_DATE.fullmatch(text.strip())
    if match is None:
        raise MalformedData("date is not DD.MM.YYYY")
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise MalformedData("date does not exist") from exc
