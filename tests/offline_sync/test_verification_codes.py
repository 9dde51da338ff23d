"""Verification codes: issued by central, typed back by a person at a kiosk or a web page."""

from __future__ import annotations

import pytest

from offline_sync.formats.verification_codes import ALPHABET, InvalidCode, new_code, normalise


def test_a_fresh_code_is_printed_in_three_groups_and_reads_back_as_itself() -> None:
    for _ in range(100):
        code = new_code()
        assert len(code) == 14
        assert code[4] == code[9] == "-"
        assert set(code.replace("-", "")) <= set(ALPHABET)
        assert normalise(code) == code


def test_loose_typing_is_read_as_meant() -> None:
    code = new_code()
    loose = code.lower().replace("-", " ").replace("1", "l").replace("0", "o")
    assert normalise(loose) == code


def test_a_typo_a_swap_and_a_short_code_are_caught() -> None:
    code = "".join(new_code().split("-"))
    changed = code[:3] + ("A" if code[3] != "A" else "B") + code[4:]
    swapped = code[:5] + code[6] + code[5] + code[7:]
    with pytest.raises(InvalidCode, match="typing error"):
        normalise(changed)
    if code[5] != code[6]:
        with pytest.raises(InvalidCode, match="typing error"):
            normalise(swapped)
    with pytest.raises(InvalidCode, match="not a verification code"):
        normalise(code[:-1])
    with pytest.raises(InvalidCode, match="not a verification code"):
        normalise(code[:-1] + "Z")
