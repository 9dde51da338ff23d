"""What a certificate of each kind states about a person, from the population register.

The statements are decided here, on central, from the register (the source of truth);
the kiosk only lays them out. A kind that does not apply to the person (no legal
cohabitation, not a voter, deceased) is refused with `NotApplicable` and a reason code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from central import certificate_words as words
from central.certificate_models import (
    AddressPeriodBody,
    CertificateKind,
    HouseholdMemberBody,
    Language,
)
from central.register import PopulationRegister


class NotApplicable(Exception):
    """This kind of certificate cannot be issued to this person; ``code`` says why."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Statement:
    """The person-specific part of a certificate's data (the rest comes from issuing)."""

    holder_name: str
    holder_birth_date: dt.date | None
    holder_birth_place: str
    address: str
    resident_since: dt.date | None = None
    history: tuple[AddressPeriodBody, ...] = ()
    household: tuple[HouseholdMemberBody, ...] = ()
    nationality: str | None = None
    partner_name: str | None = None
    cohabitation_since: dt.date | None = None


def statement(
    register: PopulationRegister, kind: CertificateKind, language: Language, national_number: str
) -> Statement:
    """Ask the register what ``kind`` needs.

    Raises:
        PersonNotFound, RegisterUnavailable: from the register.
        NotApplicable: the kind does not apply to this person.
    """
    life = register.life_status(national_number)
    if not life.alive:
        raise NotApplicable("person_deceased", "the register records this person as deceased")
    who = register.identity(national_number)
    residence = register.main_residence(national_number)
    base = Statement(
        holder_name=who.full_name,
        holder_birth_date=who.birth_date,
        holder_birth_place=who.birth_place,
        address=residence.address.one_line(),
    )
    if kind in (CertificateKind.RESIDENCE, CertificateKind.RESIDENCE_HISTORY):
        base = replace(base, resident_since=residence.since)
    if kind is CertificateKind.RESIDENCE_HISTORY:
        history = tuple(
            AddressPeriodBody(address=p.address.one_line(), since=p.since, until=p.until)
            for p in register.address_history(national_number)
        )
        base = replace(base, history=history)
    elif kind is CertificateKind.HOUSEHOLD:
        members = tuple(
            HouseholdMemberBody(
                name=m.identity.full_name,
                birth_date=m.identity.birth_date,
                relation=words.relation(m.relation, language),
            )
            for m in register.household(national_number)
        )
        base = replace(base, household=members)
    elif kind is CertificateKind.NATIONALITY:
        base = replace(base, nationality=words.nationality(who.nationality, language))
    elif kind is CertificateKind.VOTER:
        if not register.voter_registration(national_number).registered:
            raise NotApplicable(
                "not_registered_as_voter", "this person is not registered as a voter here"
            )
    elif kind is CertificateKind.COHABITATION:
        cohabitation = register.cohabitation(national_number)
        if cohabitation is None:
            raise NotApplicable(
                "no_legal_cohabitation", "no legal cohabitation is registered for this person"
            )
        base = replace(
            base, partner_name=cohabitation.partner.full_name, cohabitation_since=cohabitation.since
        )
    return base  # LIFE: being alive was checked first
