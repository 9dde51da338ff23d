"""National register numbers: mod 97, the 2000+ rule, bis numbers, masking."""

from __future__ import annotations

import pytest

from card_reader.dates import PartialDate
from card_reader.errors import MalformedData
from card_reader.model import Sex
from card_reader.nrn import format_nrn, is_valid_nrn, mask_nrn, parse_nrn


def _with_check(nine: str, *, born_2000s: bool = False) -> str:
    body = int(("2" if born_2000s else "") + nine)
    return f"{nine}{97 - body % 97:02d}"


def test_twentieth_century_number() -> None:
    nrn = parse_nrn(_with_check("850730033"))
    assert nrn.century == 1900
    assert nrn.birth_date == PartialDate(1985, 7, 30)
    assert nrn.sex is Sex.MALE  # 033 is odd


def test_born_from_2000_uses_a_leading_2() -> None:
    digits = _with_check("010503998", born_2000s=True)
    nrn = parse_nrn(digits)
    assert nrn.century == 2000
    assert nrn.birth_date == PartialDate(2001, 5, 3)
    assert nrn.sex is Sex.FEMALE
    # the same digits checked the pre-2000 way do not validate
    assert digits != _with_check("010503998")


def test_specimen_numbers() -> None:
    assert parse_nrn("71715100070").birth_date is None  # Alice: month 71 encodes nothing
    assert parse_nrn("01050399963").birth_date == PartialDate(2001, 5, 3)  # Nora, EC vector


def test_bis_number_and_unknown_parts() -> None:
    assert parse_nrn(_with_check("852730033")).birth_date == PartialDate(1985, 7, 30)
    assert parse_nrn(_with_check("854730033")).birth_date == PartialDate(1985, 7, 30)
    assert parse_nrn(_with_check("850000033")).birth_date == PartialDate(1985)
    assert parse_nrn(_with_check("850300033")).birth_date == PartialDate(1985, 3)
    assert parse_nrn(_with_check("852000033")).birth_date == PartialDate(1985)  # bis, unknown
    assert parse_nrn(_with_check("854000033")).birth_date == PartialDate(1985)


def test_separators_accepted() -> None:
    digits = _with_check("850730033")
    assert is_valid_nrn(format_nrn(digits))
    assert format_nrn(digits) == f"85.07.30-033.{digits[-2:]}"


@pytest.mark.parametrize("text", ["", "1234567890", "123456789012", "8507300330x", "85073003300"])
def test_invalid_numbers(text: str) -> None:
    assert not is_valid_nrn(text)
    with pytest.raises(MalformedData):
        parse_nrn(text)


def test_every_single_digit_change_is_caught() -> None:
    digits = _with_check("850730033")
    for i in range(11):
        for d in "0123456789":
            if d != digits[i]:
                changed = digits[:i] + d + digits[i + 1 :]
                assert not is_valid_nrn(changed) or changed[:9] == digits[:9], changed


def test_masked_form_hides_birth_date_and_sequence() -> None:
    digits = _with_check("850730033")
    assert mask_nrn(digits) == f"**.**.**-***.{digits[-2:]}"
    assert digits[:9] not in repr(parse_nrn(digits))
