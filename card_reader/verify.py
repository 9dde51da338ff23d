"""Decide whether a card's data is genuine: signatures, hashes and the RRN chain.

A card may be forged, tampered with or damaged, so every check reports VALID, INVALID or
NOT_APPLICABLE (e.g. the photo was not read yet, or a 1.7 card has no basic key), and the
card is *verified* only when every applicable check is VALID. A missing file that a check
needs is INVALID, never silently skipped. Card expiry is reported separately: an expired
card's data is still genuine, the desk decides what to do with it.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from cryptography.exceptions import UnsupportedAlgorithm

from card_reader.dates import parse_card_date
from card_reader.der import is_empty_file
from card_reader.errors import MalformedData, VerificationFailed
from card_reader.files import Applet, CardFiles
from card_reader.identity import IdentityTag
from card_reader.rrn import RrnCheck, rrn_check
from card_reader.signatures import SignatureInvalid, check_signature
from card_reader.tlv import tlv_map
from card_reader.trust import TrustStore

logger = logging.getLogger(__name__)

_PHOTO_HASHES = {20: "sha1", 32: "sha256", 48: "sha384"}


class CheckStatus(enum.Enum):
    """Outcome of one check."""

    VALID = "valid"
    INVALID = "invalid"
    NOT_APPLICABLE = "not_applicable"


class CardValidity(enum.Enum):
    """Whether today lies within the card's validity dates (informative only)."""

    VALID = "valid"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Verification:
    """Per-check outcome, the overall verdict, and a reason for every check."""

    identity_signature: CheckStatus
    address_signature: CheckStatus
    photo_hash: CheckStatus
    basic_key: CheckStatus
    rrn_chain: CheckStatus
    card_validity: CardValidity = CardValidity.UNKNOWN
    details: Mapping[str, str] = field(default_factory=dict)

    @property
    def checks(self) -> dict[str, CheckStatus]:
        """The signature and hash checks by name (card validity is not one of them)."""
        return {
            "identity_signature": self.identity_signature,
            "address_signature": self.address_signature,
            "photo_hash": self.photo_hash,
            "basic_key": self.basic_key,
            "rrn_chain": self.rrn_chain,
        }

    @property
    def verified(self) -> bool:
        """True only if no check failed and the signatures and the chain were proven."""
        statuses = self.checks.values()
        proven = (self.identity_signature, self.address_signature, self.rrn_chain)
        return CheckStatus.INVALID not in statuses and all(s is CheckStatus.VALID for s in proven)

    @property
    def failures(self) -> dict[str, str]:
        """Reasons of the INVALID checks only."""
        return {
            name: self.details.get(name, "invalid")
            for name, status in self.checks.items()
            if status is CheckStatus.INVALID
        }


def require_verified(verification: Verification) -> Verification:
    """Return ``verification`` if the card is verified, else raise `VerificationFailed`."""
    if not verification.verified:
        raise VerificationFailed(verification.failures or {"verification": "incomplete"})
    return verification


Outcome = tuple[CheckStatus, str]


def _signature(rrn: RrnCheck, signature: bytes, data: bytes) -> Outcome:
    if rrn.key is None:
        return CheckStatus.INVALID, rrn.key_problem
    if is_empty_file(signature):
        return CheckStatus.INVALID, "signature file missing or empty"
    try:
        return CheckStatus.VALID, check_signature(rrn.key, signature, data)
    except (SignatureInvalid, ValueError, UnsupportedAlgorithm) as exc:
        return CheckStatus.INVALID, str(exc)


def _hash_matches(expected: bytes, algorithm: str, data: bytes) -> bool:
    return hmac.compare_digest(expected, hashlib.new(algorithm, data).digest())


def _photo(fields: Mapping[int, bytes] | None, photo: bytes | None) -> Outcome:
    if photo is None:
        return CheckStatus.NOT_APPLICABLE, "photo not read"
    if fields is None or IdentityTag.PHOTO_HASH not in fields:
        return CheckStatus.INVALID, "identity file holds no photo hash"
    expected = fields[IdentityTag.PHOTO_HASH]
    algorithm = _PHOTO_HASHES.get(len(expected))
    if algorithm is None:
        return CheckStatus.INVALID, f"photo hash of unexpected length {len(expected)}"
    if not _hash_matches(expected, algorithm, photo):
        return CheckStatus.INVALID, f"photo does not match its {algorithm.upper()} hash"
    return CheckStatus.VALID, f"{algorithm.upper()} matches"


def _basic_key(fields: Mapping[int, bytes] | None, files: CardFiles) -> Outcome:
    expected = None if fields is None else fields.get(IdentityTag.BASIC_KEY_HASH)
    key = files.basic_public_key
    if expected is None:
        if files.applet is Applet.V18 and key is not None:
            return CheckStatus.INVALID, "applet 1.8 identity file lacks the basic key hash"
        return CheckStatus.NOT_APPLICABLE, "no basic key on this card"
    if key is None:
        return CheckStatus.NOT_APPLICABLE, "basic public key not read"
    if len(expected) != 48 or not _hash_matches(expected, "sha384", key):
        return CheckStatus.INVALID, "basic public key does not match its SHA-384 hash"
    return CheckStatus.VALID, "SHA384 matches"


def _card_validity(fields: Mapping[int, bytes] | None, today: date) -> CardValidity:
    """From the validity dates alone (parsing the whole identity here would only cost time)."""
    if fields is None:
        return CardValidity.UNKNOWN
    try:
        begin, end = (
            parse_card_date(fields[tag].decode("utf-8"))
            for tag in (IdentityTag.VALIDITY_BEGIN, IdentityTag.VALIDITY_END)
        )
    except (KeyError, UnicodeDecodeError, MalformedData):  # missing or damaged
        return CardValidity.UNKNOWN
    if today < begin:
        return CardValidity.NOT_YET_VALID
    if today > end:
        return CardValidity.EXPIRED
    return CardValidity.VALID


def verify_card(files: CardFiles, trust: TrustStore, *, today: date | None = None) -> Verification:
    """Check everything that can be checked in ``files`` against ``trust``."""
    details: dict[str, str] = {}
    rrn = rrn_check(files, trust)
    if rrn.certificate_problem is not None:
        details["rrn_certificate"] = rrn.certificate_problem
    fields = _identity_fields(files.identity)
    address_data = files.address.rstrip(b"\x00") + files.identity_signature
    identity_sig = _signature(rrn, files.identity_signature, files.identity)
    address_sig = _signature(rrn, files.address_signature, address_data)
    photo = _photo(fields, files.photo)
    basic_key = _basic_key(fields, files)
    details["identity_signature"] = identity_sig[1]
    details["address_signature"] = address_sig[1]
    details["photo_hash"] = photo[1]
    details["basic_key"] = basic_key[1]
    details["rrn_chain"] = rrn.chain_detail
    result = Verification(
        identity_signature=identity_sig[0],
        address_signature=address_sig[0],
        photo_hash=photo[0],
        basic_key=basic_key[0],
        rrn_chain=CheckStatus.VALID if rrn.chain_valid else CheckStatus.INVALID,
        card_validity=_card_validity(fields, today or date.today()),
        details=details,
    )
    _log(result)
    return result


def completed(verification: Verification, files: CardFiles, trust: TrustStore) -> Verification:
    """``verification`` of the first phase, completed with what the second phase brought.

    That is the photo and basic-key hashes, and the chain again now that the card's copy of
    the root is in (it must be a trusted root, and the one that issued the RRN
    certificate). The signatures depend only on the first-phase files and are not checked
    again; ``files`` must hold the files that ``verification`` checked. The outcome is
    `verify_card`'s on all of ``files``.
    """
    fields = _identity_fields(files.identity)
    photo = _photo(fields, files.photo)
    basic_key = _basic_key(fields, files)
    rrn = rrn_check(files, trust)  # remembered: free after the first card of a period
    details = {
        **verification.details,
        "photo_hash": photo[1],
        "basic_key": basic_key[1],
        "rrn_chain": rrn.chain_detail,
    }
    result = replace(
        verification,
        photo_hash=photo[0],
        basic_key=basic_key[0],
        rrn_chain=CheckStatus.VALID if rrn.chain_valid else CheckStatus.INVALID,
        details=details,
    )
    _log(result)
    return result


def _identity_fields(identity: bytes) -> Mapping[int, bytes] | None:
    try:
        return tlv_map(identity)
    except MalformedData:
        return None


def _log(result: Verification) -> None:
    if logger.isEnabledFor(logging.INFO):
        checks = ", ".join(f"{name}={s.value}" for name, s in result.checks.items())
        logger.info("card verification: %s", checks)
