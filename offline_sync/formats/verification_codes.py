"""Verification codes printed on certificates: short, typeable, and self-checking.

A code is 12 characters of Crockford's base-32 alphabet (without Z) shown as
``XXXX-XXXX-XXXX``: 11 random characters (about 54 bits) and a check character, so a
mistyped character or two swapped neighbours are caught before central is asked.
Crockford's alphabet leaves out I, L, O and U; when a person types them anyway they are
read as 1, 1, 0 and V. Central issues them; the kiosk catches a typo before asking.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY"  # 31 symbols: a prime, for the check
_RANDOM_CHARS = 11
_TYPO_MAP = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


class InvalidCode(ValueError):
    """Not a code central could have issued (wrong length, character or check)."""


def new_code() -> str:
    """A fresh random verification code, formatted for print."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(_RANDOM_CHARS))
    return _format(body + check_char(body))


def normalise(text: str) -> str:
    """The canonical form of a code a person typed or a QR scanner read.

    Raises:
        InvalidCode: a wrong character or length ("not a verification code"), or a failed
            check ("has a typing error").
    """
    cleaned = "".join(ch for ch in text.upper() if ch not in " -.").translate(_TYPO_MAP)
    if len(cleaned) != _RANDOM_CHARS + 1 or any(ch not in ALPHABET for ch in cleaned):
        raise InvalidCode("not a verification code")
    if check_char(cleaned[:-1]) != cleaned[-1]:
        raise InvalidCode("the verification code has a typing error")
    return _format(cleaned)


def check_char(body: str) -> str:
    """The check character of 11 code characters."""
    # weights 1..11 mod the prime 31: every substitution and adjacent swap changes the sum
    total = sum((index + 1) * ALPHABET.index(ch) for index, ch in enumerate(body))
    return ALPHABET[total % 31]


def _format(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))
