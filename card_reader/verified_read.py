"""Read and verify a card with the checks overlapping the reading.

The identity and address signatures and the RRN chain are checked (by the caller's
``verify``) while the PC/SC thread is still reading the photo and certificates, so the
first screen can show verified data early and a full read costs little more than its
APDUs. The photo and basic-key hashes, and the card's copy of the root, are checked once
those files have arrived.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, wait
from dataclasses import dataclass

from card_reader.files import CardFiles
from card_reader.pcsc import Pcsc
from card_reader.reading import CardRead, read_card
from card_reader.trust import TrustStore
from card_reader.verify import Verification, completed, verify_card

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VerifiedRead:
    """A complete read and the verdict on all of it."""

    read: CardRead
    verification: Verification


def read_and_verify(
    pcsc: Pcsc,
    trust: TrustStore,
    reader: str | None = None,
    *,
    on_identity: Callable[[CardFiles, Verification], None] | None = None,
    verify: Callable[[CardFiles], Verification] | None = None,
) -> VerifiedRead:
    """Read every file and verify it; ``on_identity`` gets the first phase as soon as checked.

    ``on_identity`` runs on the caller's thread while the card is still being read; its
    verification covers the signatures and the chain to a trusted root (photo, basic key
    and the card's copy of the root are not read yet: the final verdict checks them).
    ``verify`` checks the first phase against ``trust`` (default: `verify_card` on this
    thread; a kiosk passes `VerifierProcess.verify`, which keeps the GIL free for reading).
    Raises the `card_reader.errors` family like `read_card`.
    """
    first_phase: Future[CardFiles] = Future()
    reading = pcsc.submit(lambda: read_card(pcsc, reader, on_first_phase=first_phase.set_result))

    def failed_early(done: Future[CardRead]) -> None:
        error = done.exception()
        if error is not None and not first_phase.done():
            first_phase.set_exception(error)  # the read failed before the identity was in

    reading.add_done_callback(failed_early)
    first = first_phase.result()
    try:
        early = verify(first) if verify is not None else verify_card(first, trust)
        if on_identity is not None:
            on_identity(first, early)
    except BaseException:
        wait((reading,))  # let the read end (and release the card) before giving up
        raise
    result = reading.result()
    # The signatures do not depend on the second phase: complete without redoing them.
    return VerifiedRead(result, completed(early, result.files, trust))
