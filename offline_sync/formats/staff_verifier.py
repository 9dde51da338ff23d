"""The offline sign-in verifier central publishes for each outreach staff member.

A slow, salted scrypt hash of the password, derived separately from the back-office login
hash (own salt, own cost, own scheme name), so a copy taken from a laptop is not the
back-office credential. Format: ``scrypt-offline$N$r$p$<salt hex>$<key hex>``. Central
derives it (`derive`); the laptop checks a password against it (`matches`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SCHEME = "scrypt-offline"
N, R, P = 2**15, 8, 1  # ~32 MiB, about 0.1 s: slow for a guesser, fine for one sign-in
MAXMEM = 2**26


def derive(password: str) -> str:
    """A new verifier for ``password`` (fresh salt)."""
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=N, r=R, p=P, maxmem=MAXMEM)
    return f"{SCHEME}${N}${R}${P}${salt.hex()}${key.hex()}"


def matches(password: str, verifier: object) -> bool:
    """Whether ``verifier`` (any stored value, even a damaged one) was derived from ``password``."""
    if not isinstance(verifier, str):
        return False
    try:
        scheme, n, r, p, salt, key = verifier.split("$")
        if scheme != SCHEME:
            return False
        candidate = hashlib.scrypt(
            password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), maxmem=MAXMEM
        )
    except ValueError:
        return False
    return hmac.compare_digest(candidate.hex(), key)
