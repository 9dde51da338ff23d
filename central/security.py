"""Credentials: bearer tokens and enrollment codes stored as SHA-256, passwords as scrypt.

A token or code is shown once and never stored; a database leak then gives no usable
credential. Passwords are low-entropy, so they get a salted, memory-hard scrypt hash.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, typed by hand


def now() -> int:
    """Unix seconds; only for expiry, never for ordering."""
    return int(time.time())


def new_token() -> str:
    return secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    """The stored form of a token or a normalised enrollment code."""
    return hashlib.sha256(secret.encode()).hexdigest()


def new_enrollment_code() -> str:
    """Twelve characters in groups of four, easy to read over the phone."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


def normalise_code(code: str) -> str:
    """Case, spaces and dashes do not matter when a person types the code."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${key.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, key = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(
        password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p)
    )
    return hmac.compare_digest(candidate.hex(), key)
