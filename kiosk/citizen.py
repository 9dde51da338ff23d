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

CITIZEN = "citizen"
"""The actor of what a citizen does alone (the outbox's ``actor``, a history's ``by``)."""


def actor_for(assisted_by: str | None) -> str:
    """Who a record says did it: the staff member at the citizen's side, else the citizen."""
    return assisted_by or CITIZEN


def assisted_by_of(actor: str) -> str | None:
    """The staff member an ``actor`` names, or None when the citizen acted alone."""
    return None if actor == CITIZEN else actor


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
