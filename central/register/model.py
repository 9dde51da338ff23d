"""What the population register says about a person, and the interface a backend fills.

`PopulationRegister` is the port: today `SyntheticRegister` answers it from the demo
population; later a MAGDA backend (the Flemish exchange platform in front of the National
Register) will implement the same methods. Everything is typed and language-neutral:
relations and nationalities are codes that the certificate service words per language.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Protocol


class RegisterError(Exception):
    """Base of the register's typed errors."""


class PersonNotFound(RegisterError):
    """The register has no person with this national number (or it is malformed).

    The message never contains the number.
    """


class RegisterUnavailable(RegisterError):
    """The register cannot be asked right now (network, maintenance): try again later."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Sex(enum.Enum):
    FEMALE = "F"
    MALE = "M"
    UNKNOWN = "X"


class Relation(enum.Enum):
    """Relation to the household's reference person (IT141 codes, simplified)."""

    REFERENCE_PERSON = "reference_person"
    PARTNER = "partner"
    CHILD = "child"
    PARENT = "parent"
    OTHER = "other"


@dataclass(frozen=True)
class Address:
    street_and_number: str
    postal_code: str
    municipality: str
    country: str = "BE"

    def one_line(self) -> str:
        return f"{self.street_and_number}, {self.postal_code} {self.municipality}"


@dataclass(frozen=True)
class Identity:
    surname: str
    first_names: str
    birth_date: dt.date | None
    """None when the register holds only a partial birth date."""
    birth_place: str
    nationality: str
    """ISO 3166-1 alpha-2 code (``BE``, ``ES``)."""
    sex: Sex

    @property
    def full_name(self) -> str:
        return f"{self.first_names} {self.surname}"


@dataclass(frozen=True)
class Residence:
    address: Address
    since: dt.date
    until: dt.date | None = None


@dataclass(frozen=True)
class HouseholdMember:
    identity: Identity
    relation: Relation


@dataclass(frozen=True)
class Cohabitation:
    """A legal cohabitation declaration (wettelijke samenwoning)."""

    partner: Identity
    since: dt.date


@dataclass(frozen=True)
class VoterRegistration:
    registered: bool
    municipality: str | None = None


@dataclass(frozen=True)
class LifeStatus:
    alive: bool
    deceased_on: dt.date | None = None


class PopulationRegister(Protocol):
    """Look-ups by national register number (11 digits, separators allowed).

    Every method raises `PersonNotFound` or `RegisterUnavailable`; none logs the number.
    """

    def identity(self, national_number: str) -> Identity: ...

    def main_residence(self, national_number: str) -> Residence: ...

    def address_history(self, national_number: str) -> tuple[Residence, ...]:
        """Every main residence, oldest first; the last one is the current one."""
        ...

    def household(self, national_number: str) -> tuple[HouseholdMember, ...]:
        """Everyone registered in the person's household, the person included."""
        ...

    def cohabitation(self, national_number: str) -> Cohabitation | None: ...

    def voter_registration(self, national_number: str) -> VoterRegistration: ...

    def life_status(self, national_number: str) -> LifeStatus: ...


def national_digits(text: str) -> str:
    """The 11 digits of a national number with a valid mod-97 check.

    Raises:
        PersonNotFound: not a well-formed number (no person can have it).
    """
    digits = "".join(ch for ch in text if ch not in " .-")
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
        raise PersonNotFound("not a national register number")
    body, check = int(digits[:9]), int(digits[9:])
    if 97 - body % 97 != check and 97 - int("2" + digits[:9]) % 97 != check:
        raise PersonNotFound("not a national register number (check digits)")
    return digits
