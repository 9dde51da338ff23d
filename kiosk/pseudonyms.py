"""Keyed hashes that stand in for a national register number on devices and in votes.

Devices never store the number (data-model.md): records about a person carry
``person_key``, and a vote carries ``voter_key``, both HMAC-SHA256 of the number under a
municipality secret that central hands to enrolled devices. A label per purpose keeps the
two apart: a voter key cannot be joined to a person key, and a key for one poll cannot be
joined to another poll's, which is what keeps ballots secret outside the uniqueness check.
Without the secret the numbers cannot be recovered by trying all ~10^11 of them.
"""

from __future__ import annotations

import hashlib
import hmac

from card_reader.nrn import parse_nrn

MIN_SECRET_BYTES = 32


def person_key(secret: bytes, national_number: str) -> str:
    """The pseudonym of a person in records kept on devices and in sync.

    Raises:
        MalformedData: not a valid national register number.
        ValueError: the secret is too short to protect the numbers.
    """
    return _keyed(secret, b"fygitaal/person/v1", national_number)


def voter_key(secret: bytes, poll_id: str, national_number: str) -> str:
    """The one-vote-per-citizen key of a poll: the same person gets a different key per poll."""
    if not poll_id or "\x00" in poll_id:
        raise ValueError("a poll id is a non-empty text")
    return _keyed(secret, b"fygitaal/vote/v1/" + poll_id.encode(), national_number)


def _keyed(secret: bytes, label: bytes, national_number: str) -> str:
    if len(secret) < MIN_SECRET_BYTES:
        raise ValueError(f"a pseudonym secret has at least {MIN_SECRET_BYTES} bytes")
    digits = parse_nrn(national_number).digits  # validated and normalised
    message = label + b"\x00" + digits.encode("ascii")
    return hmac.new(secret, message, hashlib.sha256).hexdigest()
