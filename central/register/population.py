"""The synthetic population: the emulator's card holders, with households and histories.

Central may not import the device side (`card_reader`), so the card holders' data is
repeated here as a table, and ``tests/central/test_register.py`` checks it against the
emulator profiles field by field (names, number, birth, sex, nationality, address).
People without a card profile (partners, children, a deceased person) exist only here,
so that every certificate kind can be produced. All people are fictitious.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from central.register.model import Address, Identity, Relation, Sex

D = dt.date


@dataclass(frozen=True)
class Citizen:
    """One person as the synthetic register keeps them."""

    national_number: str
    identity: Identity
    residences: tuple[tuple[Address, dt.date], ...]
    """(address, since), oldest first; each ends the day before the next begins."""
    household: str
    relation: Relation
    voter: bool = True
    cohabitant: str | None = None
    cohabitation_since: dt.date | None = None
    deceased_on: dt.date | None = None
    card_profile: str | None = None
    """The emulator profile whose card this person holds, if any."""

    @property
    def alive(self) -> bool:
        return self.deceased_on is None


def _who(surname: str, first: str, born: D, place: str, sex: Sex, *, nat: str = "BE") -> Identity:
    return Identity(surname, first, born, place, nat, sex)


_MEIR = Address("Meirplaats 1 bus 1", "2000", "Antwerpen")

CITIZENS: tuple[Citizen, ...] = (
    # Alice (the applet-1.7 specimen): partner in legal cohabitation and a child.
    Citizen(
        "71715100070",
        _who("SPECIMEN", "Alice Geldigekaart", D(1971, 1, 1), "Hamont-Achel", Sex.FEMALE),
        (
            (Address("Kerkstraat 12", "3930", "Hamont-Achel"), D(1971, 1, 1)),
            (Address("Overpoort 45", "9000", "Gent"), D(1993, 10, 1)),
            (_MEIR, D(2001, 7, 1)),
        ),
        household="alice",
        relation=Relation.REFERENCE_PERSON,
        cohabitant="69041201733",
        cohabitation_since=D(2012, 5, 18),
        card_profile="alice",
    ),
    Citizen(
        "69041201733",
        _who("Voorbeeld", "Bram", D(1969, 4, 12), "Lier", Sex.MALE),
        ((Address("Kloosterstraat 3", "2500", "Lier"), D(1969, 4, 12)), (_MEIR, D(2011, 9, 1))),
        household="alice",
        relation=Relation.PARTNER,
        cohabitant="71715100070",
        cohabitation_since=D(2012, 5, 18),
    ),
    Citizen(
        "14090308814",
        _who("Specimen", "Noor", D(2014, 9, 3), "Antwerpen", Sex.FEMALE),
        ((_MEIR, D(2014, 9, 3)),),
        household="alice",
        relation=Relation.CHILD,
        voter=False,
    ),
    # 'citizen': a young adult living alone, moved out of her parents' home.
    Citizen(
        "01050399864",
        _who("Specimen", "Lotte Marie", D(2001, 5, 3), "Liège", Sex.FEMALE),
        (
            (Address("Rue de l'Exemple 8", "4000", "Liège"), D(2001, 5, 3)),
            (Address("Proefstraat 25", "4000", "Gent"), D(2020, 9, 1)),
        ),
        household="lotte",
        relation=Relation.REFERENCE_PERSON,
        card_profile="citizen",
    ),
    # 'kids': a child (Kids-ID) in her father's household.
    Citizen(
        "85072103109",
        _who("Voorbeeldt", "Pieter", D(1985, 7, 21), "Brugge", Sex.MALE),
        ((Address("Proefstraat 10", "9000", "Brugge"), D(2010, 3, 1)),),
        household="voorbeeldt",
        relation=Relation.REFERENCE_PERSON,
    ),
    Citizen(
        "19021412393",
        _who("Voorbeeldt", "Louise", D(2019, 2, 14), "Namur", Sex.MALE),
        ((Address("Proefstraat 10", "9000", "Brugge"), D(2019, 2, 14)),),
        household="voorbeeldt",
        relation=Relation.CHILD,
        voter=False,
        card_profile="kids",
    ),
    # 'foreigner': an EU citizen, moved from Spain, not registered as a voter.
    Citizen(
        "88112345603",
        _who(
            "Van Den Voorbeeld-Proefschrijver de la Fictieve Testfamilie",
            "Maria Fernanda Alejandra Josefina Guadalupe",
            D(1988, 11, 23),
            "San Sebastián de los Reyes (Comunidad de Madrid), Spanje",
            Sex.FEMALE,
            nat="ES",
        ),
        (
            (
                Address("Calle Mayor 5", "28701", "San Sebastián de los Reyes", "ES"),
                D(1988, 11, 23),
            ),
            (Address("Proefstraat 67", "9000", "Liège"), D(2020, 9, 1)),
        ),
        household="maria",
        relation=Relation.REFERENCE_PERSON,
        voter=False,
        card_profile="foreigner",
    ),
    Citizen(
        "57102826169",
        _who("Proefmans", "Anna Maria", D(1957, 10, 28), "Gent", Sex.MALE),
        ((Address("Proefstraat 100", "4000", "Namur"), D(1990, 2, 1)),),
        household="proefmans",
        relation=Relation.REFERENCE_PERSON,
        card_profile="synthetic-1",
    ),
    Citizen(
        "47020385655",
        _who("Mustermann", "Lucas", D(1947, 2, 3), "Hasselt", Sex.FEMALE),
        ((Address("Proefstraat 164", "4000", "Brugge"), D(1975, 6, 15)),),
        household="mustermann",
        relation=Relation.REFERENCE_PERSON,
        card_profile="synthetic-2",
    ),
    # Deceased: a life certificate must be refused.
    Citizen(
        "30031504163",
        _who("Proefmans", "Jozef", D(1930, 3, 15), "Gent", Sex.MALE),
        ((Address("Proefstraat 100", "4000", "Namur"), D(1960, 1, 1)),),
        household="jozef",
        relation=Relation.REFERENCE_PERSON,
        voter=False,
        deceased_on=D(2019, 12, 1),
    ),
)
