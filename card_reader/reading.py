"""Read a card's files in two phases: what the screen needs first, the rest after.

Phase one reads identity, address, their signatures and the RRN certificate, all that
their signatures and the chain to a trusted root need (the root is found in the trust
store by the RRN certificate's issuer); phase two the card's copy of the root, the photo,
the citizen's certificates and, on applet 1.8, the basic public key. The root copy is
checked with the second phase: reading it first would hold the signature checks back by
its five APDUs. No file is read twice; each costs one SELECT plus its chunks, and
certificate files are read only up to the end of their DER.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

from card_reader.eid import CardInfo, identify
from card_reader.filereader import ApduChannel
from card_reader.files import Applet, CardFiles, FileId
from card_reader.pcsc import Pcsc

log = logging.getLogger(__name__)

CERTIFICATES = frozenset(
    {FileId.AUTH_CERT, FileId.SIGN_CERT, FileId.CA_CERT, FileId.ROOT_CERT, FileId.RRN_CERT}
)
"""Read up to the end of their DER: the padding behind it (1100 bytes on 1.8) says nothing."""
FIRST_PHASE = (
    FileId.IDENTITY,
    FileId.IDENTITY_SIGNATURE,
    FileId.ADDRESS,
    FileId.ADDRESS_SIGNATURE,
    FileId.RRN_CERT,
)
SECOND_PHASE = (FileId.ROOT_CERT, FileId.PHOTO, FileId.AUTH_CERT, FileId.SIGN_CERT, FileId.CA_CERT)


@dataclass(frozen=True)
class CardRead:
    """One complete read: the card, its files and how many APDUs it took."""

    reader: str
    info: CardInfo
    files: CardFiles
    apdu_count: int


def read_first_phase(channel: ApduChannel, applet: Applet) -> CardFiles:
    """Identity, address, their signatures and the RRN certificate."""
    read = {f: channel.read_file(f, der=f in CERTIFICATES) for f in FIRST_PHASE}
    return CardFiles(
        applet=applet,
        identity=read[FileId.IDENTITY],
        identity_signature=read[FileId.IDENTITY_SIGNATURE],
        address=read[FileId.ADDRESS],
        address_signature=read[FileId.ADDRESS_SIGNATURE],
        rrn_cert=read[FileId.RRN_CERT],
    )


def read_second_phase(channel: ApduChannel, first: CardFiles) -> CardFiles:
    """Root copy, photo, authentication/signing/CA certificates and, on 1.8, the basic key."""
    read = {f: channel.read_file(f, der=f in CERTIFICATES) for f in SECOND_PHASE}
    basic_key = None
    if first.applet is Applet.V18:
        basic_key = channel.read_file(FileId.BASIC_PUBLIC_KEY)
    return replace(
        first,
        root_cert=read[FileId.ROOT_CERT],
        photo=read[FileId.PHOTO],
        auth_cert=read[FileId.AUTH_CERT],
        sign_cert=read[FileId.SIGN_CERT],
        ca_cert=read[FileId.CA_CERT],
        basic_public_key=basic_key,
    )


def read_card(
    pcsc: Pcsc,
    reader: str | None = None,
    *,
    on_first_phase: Callable[[CardFiles], None] | None = None,
) -> CardRead:
    """Connect, identify and read every file; the whole job runs on the PC/SC thread.

    ``on_first_phase`` receives the identity/address files as soon as they are read (on the
    PC/SC thread: hand them over, do not do slow work there). Raises the `card_reader.errors`
    family: `NoReader`, `NoCard`, `NotAnEid`, `CardRemoved`, `UnreadableFile`, …
    """

    def job() -> CardRead:
        connection = pcsc.connect(reader)
        try:
            channel = ApduChannel(connection)
            info = identify(channel)
            first = read_first_phase(channel, info.applet)
            if on_first_phase is not None:
                on_first_phase(first)
            files = read_second_phase(channel, first)
            log.info(
                "read a Belgian eID (applet %s) in %d APDUs", info.applet.value, channel.apdu_count
            )
            return CardRead(connection.reader, info, files, channel.apdu_count)
        finally:
            connection.disconnect()

    return pcsc.run(job)
