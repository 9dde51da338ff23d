"""`SyntheticRegister`: the population register for demos and tests, in memory.

Built from `central.register.population` (the emulator's card holders plus the people
that make up their households). It answers exactly like a real backend would, typed
errors included, so the certificate service cannot tell the difference.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from central.register.model import (
    Cohabitation,
    HouseholdMember,
    Identity,
    LifeStatus,
    PersonNotFound,
    Residence,
    VoterRegistration,
    national_digits,
)
from central.register.population import CITIZENS, Citizen


class SyntheticRegister:
    """A `PopulationRegister` over a fixed table of fictitious citizens."""

    def __init__(self, citizens: Iterable[Citizen] = CITIZENS) -> None:
        self._people = {c.national_number: c for c in citizens}

    def national_numbers(self) -> tuple[str, ...]:
        """Everyone in this register (a real register cannot be listed; this one can)."""
        return tuple(self._people)

    def identity(self, national_number: str) -> Identity:
        return self._find(national_number).identity

    def main_residence(self, national_number: str) -> Residence:
        return self.address_history(national_number)[-1]

    def address_history(self, national_number: str) -> tuple[Residence, ...]:
        periods = self._find(national_number).residences
        ends: list[dt.date | None] = [since - dt.timedelta(days=1) for _, since in periods[1:]]
        ends.append(None)
        return tuple(
            Residence(address, since, until)
            for (address, since), until in zip(periods, ends, strict=True)
        )

    def household(self, national_number: str) -> tuple[HouseholdMember, ...]:
        person = self._find(national_number)
        members = [c for c in self._people.values() if c.household == person.household and c.alive]
        members.sort(key=lambda c: (c.relation.value != "reference_person", _born(c)))
        return tuple(HouseholdMember(c.identity, c.relation) for c in members)

    def cohabitation(self, national_number: str) -> Cohabitation | None:
        person = self._find(national_number)
        if person.cohabitant is None or person.cohabitation_since is None:
            return None
        partner = self._people[person.cohabitant]
        return Cohabitation(partner.identity, person.cohabitation_since)

    def voter_registration(self, national_number: str) -> VoterRegistration:
        person = self._find(national_number)
        if not person.voter or not person.alive:
            return VoterRegistration(registered=False)
        return VoterRegistration(True, person.residences[-1][0].municipality)

    def life_status(self, national_number: str) -> LifeStatus:
        person = self._find(national_number)
        return LifeStatus(alive=person.alive, deceased_on=person.deceased_on)

    def _find(self, national_number: str) -> Citizen:
        person = self._people.get(national_digits(national_number))
        if person is None:
            raise PersonNotFound("no person with this national number in the register")
        return person


def _born(citizen: Citizen) -> dt.date:
    return citizen.identity.birth_date or dt.date.min
