"""The citizen in front of the kiosk, as the services see them during one session.

Built from a verified card read (`card_reader`) and dropped when the session ends. The
national number stays in memory for the services that must send it to central (a
certificate, a vote's key); it is never logged, never written to the device's disk, and
left out of ``repr`` so that no traceback or log line can carry it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from card_reader.dates import PartialDate


@dataclass(frozen=True)
class Citizen:
    """An identified citizen (their eID read and verified)."""

    first_names: str
    surname: str
    person_key: str
    """The pseudonym records on devices carry (`kiosk.pseudonyms.person_key`)."""
    birth_date: PartialDate
    card_valid_until: date
    street_and_number: str = ""
    postcode: str = ""
    municipality: str = ""
    national_number: str = field(default="", repr=False)

    @property
    def display_name(self) -> str:
        """How the home screen greets them: the first given name and the surname."""
        first = self.first_names.split()[0] if self.first_names.strip() else ""
        return f"{first} {self.surname}".strip()
