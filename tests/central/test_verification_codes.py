"""Central and the kiosk read verification codes the same way (each has its own copy,
because central may import nothing from the device side but the protocol)."""

from __future__ import annotations

import random

import pytest

from central import verification as central_codes
from kiosk.documents import verification as kiosk_codes


def test_both_use_the_same_alphabet_and_check() -> None:
    assert central_codes.ALPHABET == kiosk_codes.ALPHABET
    rng = random.Random(5)
    for _ in range(500):
        body = "".join(rng.choice(central_codes.ALPHABET) for _ in range(11))
        assert central_codes.check_char(body) == kiosk_codes._check_char(body)


def test_a_code_issued_by_either_is_accepted_by_both() -> None:
    for _ in range(100):
        for code in (central_codes.new_code(), kiosk_codes.new_code()):
            assert central_codes.normalise(code) == kiosk_codes.normalise(code) == code


def test_loose_typing_is_read_the_same() -> None:
    code = central_codes.new_code()
    loose = code.lower().replace("-", " ").replace("1", "l").replace("0", "o")
    assert central_codes.normalise(loose) == kiosk_codes.normalise(loose) == code


def test_both_catch_a_typo_and_a_swap() -> None:
    code = "".join(central_codes.new_code().split("-"))
    changed = code[:3] + ("A" if code[3] != "A" else "B") + code[4:]
    swapped = code[:5] + code[6] + code[5] + code[7:]
    for bad in (changed, swapped if code[5] != code[6] else changed, code[:-1]):
        with pytest.raises(central_codes.InvalidCode):
            central_codes.normalise(bad)
        with pytest.raises(kiosk_codes.InvalidCode):
            kiosk_codes.normalise(bad)
