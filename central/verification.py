"""Verification codes of issued certificates: central issues them and checks typed ones.

The same scheme as ``kiosk.documents.verification`` (which the kiosk uses to catch a typo
before asking): 11 random Crockford base-32 characters (without Z) and a check character
(weights 1..11 mod 31), shown as ``XXXX-XXXX-XXXX``. Central may import nothing from the
device side but the protocol, so the 30 lines live in both places and
``tests/central/test_verification_codes.py`` checks that both agree on every rule.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY"  # 31 symbols: a prime, for the check
_RANDOM_CHARS = 11
_TYPO_MAP = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


class InvalidCode(ValueError):
    """Not a code central could have issued (wrong length, character or check)."""


def new_code() -> str:
    """A fresh random code, formatted for print."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(_RANDOM_CHARS))
    return _format(body + check_char(body))


def normalise(text: str) -> str:
    """The canonical form of a code typed loosely (case, spaces, dots, I/L/O/U).

    Raises:
        InvalidCode: a wrong character, length or check (a typo).
    """
    cleaned = "".join(ch for ch in text.upper() if ch not in " -.").translate(_TYPO_MAP)
    if len(cleaned) != _RANDOM_CHARS + 1 or any(ch not in ALPHABET for ch in cleaned):
        raise InvalidCode("not a verification code")
    if check_char(cleaned[:-1]) != cleaned[-1]:
        raise InvalidCode("the verification code has a typing error")
    return _format(cleaned)


def check_char(body: str) -> str:
    """The check character of 11 code characters."""
    total = sum((index + 1) * ALPHABET.index(ch) for index, ch in enumerate(body))
    return ALPHABET[total % 31]


def _format(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))
