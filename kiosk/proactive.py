"""Offers the home screen makes before the citizen asks (product.md, "Proactive").

Decided from what the verified eID says, never from guesses: a birth date of which only
the year is known counts with the youngest age it allows, so nobody is told they are
older than they are.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from dataclasses import dataclass

from card_reader.dates import PartialDate

RENEWAL_WINDOW_DAYS = 92  # "within 3 months"
HOME_VISIT_AGE = 65


class Offer(enum.Enum):
    RENEW_EID = "renew-eid"
    """Book an appointment to renew the eID before it expires."""
    HOME_VISIT = "home-visit"
    """Ask for an outreach worker to come by."""


@dataclass(frozen=True)
class ProactiveFacts:
    """What the offers are decided on; built from the verified card (and later the register)."""

    card_valid_until: dt.date
    birth_date: PartialDate
    lives_alone: bool | None = None
    """From the register when known; ``None`` means unknown and does not block an offer."""


def minimum_age(birth: PartialDate, today: dt.date) -> int:
    """The youngest the person can be today, given what of the birth date is known."""
    # the latest birthday the known parts allow: 31 December, or the month's last day
    month = birth.month if birth.month is not None else 12
    day = birth.day if birth.day is not None else calendar.monthrange(birth.year, month)[1]
    had_birthday = (today.month, today.day) >= (month, day)
    return today.year - birth.year - (0 if had_birthday else 1)


def offers_for(facts: ProactiveFacts, today: dt.date) -> list[Offer]:
    """The offers to show, most urgent first."""
    offers: list[Offer] = []
    if facts.card_valid_until - today <= dt.timedelta(days=RENEWAL_WINDOW_DAYS):
        offers.append(Offer.RENEW_EID)
    if minimum_age(facts.birth_date, today) >= HOME_VISIT_AGE and facts.lives_alone is not False:
        offers.append(Offer.HOME_VISIT)
    return offers
