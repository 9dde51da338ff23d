"""Identify a citizen from their eID: read, verify, and decide whether the card may be used.

The kiosk trusts a card only when every integrity check passed (`card_reader.verify`) and
the card is within its validity dates; anything else becomes one `IdentifyFailed` whose
`Problem` the UI turns into a plain sentence and a way on (guest, or call staff). The
person's ``person_key`` needs the municipality's pseudonym secret: without it (a kiosk
offline since it was installed) identification still works and the key is empty, so the
services that need it can say they are unavailable offline.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from card_reader.errors import (
    CardError,
    CardMute,
    CardRemoved,
    MalformedData,
    NoCard,
    NoReader,
    NotAnEid,
)
from card_reader.files import CardFiles
from card_reader.identity import parse_address, parse_identity
from card_reader.pcsc import Pcsc
from kiosk.citizen import Citizen
from kiosk.pseudonyms import person_key

if TYPE_CHECKING:  # the checks (cryptography) load with the first card, not at kiosk start
    from card_reader.trust import TrustStore
    from card_reader.verified_read import VerifiedRead
    from card_reader.verify import Verification

log = logging.getLogger(__name__)

SecretSource = Callable[[], bytes | None]


class Problem(enum.Enum):
    """Why a card could not identify its holder (the UI words each one)."""

    REMOVED = "removed"
    """The card left the reader before the read finished."""
    NOT_AN_EID = "not-an-eid"
    """Another kind of card (bank card, other token)."""
    NOT_VERIFIED = "not-verified"
    """The data failed an integrity check: damaged or forged; staff should look at it."""
    EXPIRED = "expired"
    """Genuine but past its validity date (or not yet valid)."""
    UNREADABLE = "unreadable"
    """Mute, damaged, or a reader problem."""


class IdentifyFailed(Exception):
    """The card cannot be used to identify; ``problem`` says why (no personal data here)."""

    def __init__(self, problem: Problem, detail: str = "") -> None:
        super().__init__(f"{problem.value}{': ' + detail if detail else ''}")
        self.problem = problem


def trust_store(extra_roots: Iterable[Path] = ()) -> TrustStore:
    """The production roots plus any configured test roots (``trust_roots`` setting).

    Raises:
        OSError, MalformedData: a configured root cannot be loaded.
    """
    from card_reader.trust import TrustStore

    return TrustStore.production().with_extra(list(extra_roots))


def citizen_from(verified: VerifiedRead, secret: bytes | None) -> Citizen:
    """The `Citizen` of a verified read.

    Raises:
        IdentifyFailed: not verified, expired, or the data does not parse.
    """
    verification = verified.verification
    if not verification.verified:
        log.warning("card not verified: %s", ", ".join(sorted(verification.failures)))
        raise IdentifyFailed(Problem.NOT_VERIFIED, ", ".join(sorted(verification.failures)))
    from card_reader.verify import CardValidity

    if verification.card_validity in (CardValidity.EXPIRED, CardValidity.NOT_YET_VALID):
        log.info("card outside its validity dates (%s)", verification.card_validity.value)
        raise IdentifyFailed(Problem.EXPIRED, verification.card_validity.value)
    files = verified.read.files
    try:
        identity = parse_identity(files.identity)
        address = parse_address(files.address)
    except MalformedData as exc:
        raise IdentifyFailed(Problem.NOT_VERIFIED, "data does not parse") from exc
    key = ""
    if secret is not None:
        try:
            key = person_key(secret, identity.national_number)
        except (MalformedData, ValueError):
            log.warning("no person key: the national number or the secret is unusable")
    return Citizen(
        first_names=identity.first_names,
        surname=identity.surname,
        person_key=key,
        birth_date=identity.birth_date,
        card_valid_until=identity.validity_end,
        street_and_number=address.street_and_number,
        postcode=address.zip,
        municipality=address.municipality,
        national_number=identity.national_number,
    )


def identify_card(
    pcsc: Pcsc,
    trust: TrustStore,
    reader: str | None,
    secret: SecretSource,
    *,
    on_progress: Callable[[], None] | None = None,
    verify: Callable[[CardFiles], Verification] | None = None,
) -> Citizen:
    """Read and verify the card in ``reader`` and return its holder (blocking: a worker).

    ``on_progress`` is called once the identity is read and its signatures checked;
    ``verify`` is where the signatures are checked (a `VerifierProcess`, else here).

    Raises:
        IdentifyFailed: for every way a card can fail; never another `CardError`.
    """
    progress = None if on_progress is None else (lambda _files, _check: on_progress())
    try:
        from card_reader.verified_read import read_and_verify

        verified = read_and_verify(pcsc, trust, reader, on_identity=progress, verify=verify)
    except NotAnEid as exc:
        raise IdentifyFailed(Problem.NOT_AN_EID) from exc
    except (CardRemoved, NoCard) as exc:
        raise IdentifyFailed(Problem.REMOVED) from exc
    except MalformedData as exc:
        raise IdentifyFailed(Problem.NOT_VERIFIED, "data does not parse") from exc
    except (CardMute, NoReader, CardError) as exc:
        log.info("card could not be read: %s", type(exc).__name__)
        raise IdentifyFailed(Problem.UNREADABLE, type(exc).__name__) from exc
    return citizen_from(verified, secret())
