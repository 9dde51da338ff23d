"""Birth dates in every card language, partial dates, and DD.MM.YYYY validity dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from card_reader.dates import PartialDate, parse_birth_date, parse_card_date
from card_reader.errors import MalformedData


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("24 MAAR 1969", "1969-03-24"),
        ("26 AVR  1975", "1975-04-26"),
        ("22.DEZ. 1997", "1997-12-22"),
        ("23.SEP.1982", "1982-09-23"),
        ("1 JAN 1971", "1971-01-01"),
        ("01 JAN 1971", "1971-01-01"),
        ("03 MEI 2001", "2001-05-03"),
        ("14 FEV 1980", "1980-02-14"),
        ("29 FEB 2000", "2000-02-29"),
        ("15.MÄR.1990", "1990-03-15"),
        ("15.MRZ.1990", "1990-03-15"),
        ("15.MA\u0308R.1990", "1990-03-15"),  # decomposed umlaut
        ("7 MARS 1966", "1966-03-07"),
        ("9 JUIN 1961", "1961-06-09"),
        ("9 JUIL 1962", "1962-07-09"),
        ("31 AOUT 1950", "1950-08-31"),
        ("1 SEPT 1940", "1940-09-01"),
        ("2 OKT 1941", "1941-10-02"),
        ("2 OCT 1941", "1941-10-02"),
        ("30 NOV 1999", "1999-11-30"),
        ("24 DEC 1999", "1999-12-24"),
        ("10.MAI.1955", "1955-05-10"),
        ("1984", "1984"),
        ("   1984", "1984"),
        ("  .   .1984", "1984"),
        ("00 00 1984", "1984"),
        ("   JAN 1984", "1984-01"),
        ("00 JAN 1984", "1984-01"),
        ("JUL 2003", "2003-07"),
        ("24 maar 1969  ", "1969-03-24"),
    ],
)
def test_birth_date_variants(text: str, iso: str) -> None:
    assert parse_birth_date(text).iso() == iso


def test_partial_dates_are_not_guessed() -> None:
    year_only = parse_birth_date("1984")
    assert (year_only.year, year_only.month, year_only.day) == (1984, None, None)
    assert year_only.to_date() is None
    assert not year_only.is_complete
    assert parse_birth_date("JAN 1984").to_date() is None
    assert parse_birth_date("2 JAN 1984").to_date() == date(1984, 1, 2)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "24 XYZ 1969",
        "24 MAAR 69",
        "32 JAN 1970",
        "30 FEB 2000",
        "1 2 JAN 1970",
        "A JAN 1970",
        "24 MAAR 1969 X",
        "0000",
    ],
)
def test_bad_birth_dates_are_malformed(text: str) -> None:
    with pytest.raises(MalformedData):
        parse_birth_date(text)


def test_card_dates() -> None:
    assert parse_card_date("23.07.2009") == date(2009, 7, 23)
    for bad in ("2009-07-23", "31.02.2009", "1.7.2009", ""):
        with pytest.raises(MalformedData):
            parse_card_date(bad)


def test_partial_date_rejects_impossible_parts() -> None:
    with pytest.raises(MalformedData):
        PartialDate(1990, None, 3)
    with pytest.raises(MalformedData):
        PartialDate(1990, 13)
    assert str(PartialDate(1990, 2)) == "1990-02"


@given(st.text(max_size=40))
def test_any_text_is_a_date_or_malformed(text: str) -> None:
    try:
        result = parse_birth_date(text)
    except MalformedData:
        return
    assert 1 <= result.year <= 9999


@given(
    st.text(alphabet="0123456789 .JANFEBMRSÄVIUOLTCPKDZE", max_size=16),
)
def test_card_alphabet_is_a_date_or_malformed(text: str) -> None:
    try:
        parse_birth_date(text)
        parse_card_date(text)
    except MalformedData:
        pass
