"""What the home screen offers before the citizen asks."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from card_reader.dates import PartialDate
from kiosk.proactive import Offer, ProactiveFacts, minimum_age, offers_for

TODAY = dt.date(2026, 11, 26)


def facts(
    valid_until: dt.date, birth: PartialDate, lives_alone: bool | None = None
) -> ProactiveFacts:
    return ProactiveFacts(card_valid_until=valid_until, birth_date=birth, lives_alone=lives_alone)


def test_a_card_expiring_within_three_months_offers_a_renewal() -> None:
    soon = facts(dt.date(2027, 2, 20), PartialDate(1990, 5, 1))
    later = facts(dt.date(2027, 6, 1), PartialDate(1990, 5, 1))
    expired = facts(dt.date(2026, 11, 1), PartialDate(1990, 5, 1))
    assert offers_for(soon, TODAY) == [Offer.RENEW_EID]
    assert offers_for(later, TODAY) == []
    assert offers_for(expired, TODAY) == [Offer.RENEW_EID]


@pytest.mark.parametrize(
    ("birth", "offered"),
    [
        (PartialDate(1961, 11, 26), True),  # 65 today
        (PartialDate(1961, 11, 27), False),  # 65 tomorrow
        (PartialDate(1961, 11), False),  # may turn 65 on 30 November: not yet certain
        (PartialDate(1961), False),  # may be born in December
        (PartialDate(1960), True),  # 65 whatever the day
    ],
)
def test_home_visits_are_offered_from_65_never_on_a_guess(
    birth: PartialDate, offered: bool
) -> None:
    result = offers_for(facts(dt.date(2030, 1, 1), birth), TODAY)
    assert (Offer.HOME_VISIT in result) is offered


def test_someone_known_not_to_live_alone_is_not_offered_a_visit() -> None:
    assert offers_for(facts(dt.date(2030, 1, 1), PartialDate(1940, 1, 1), False), TODAY) == []
    assert offers_for(facts(dt.date(2030, 1, 1), PartialDate(1940, 1, 1), True), TODAY) == [
        Offer.HOME_VISIT
    ]


def test_renewal_comes_before_the_visit() -> None:
    both = facts(dt.date(2026, 12, 24), PartialDate(1950, 2, 2))
    assert offers_for(both, TODAY) == [Offer.RENEW_EID, Offer.HOME_VISIT]


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY))
def test_the_minimum_age_of_a_full_date_is_the_age(born: dt.date) -> None:
    age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
    assert minimum_age(PartialDate(born.year, born.month, born.day), TODAY) == age
    assert minimum_age(PartialDate(born.year, born.month), TODAY) <= age
    assert minimum_age(PartialDate(born.year), TODAY) <= age
