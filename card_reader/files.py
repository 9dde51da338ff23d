"""Raw card files as read, before parsing: the contract between reading and verifying.

Signatures are computed over files *exactly as read* (including padding), so this keeps the
bytes untouched; parsing and verification take a `CardFiles` and never go back to the card.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Applet(enum.Enum):
    """Belpic applet generation, from byte 21 of GET CARD DATA."""

    V17 = "1.7"
    V18 = "1.8"


class FileId(enum.Enum):
    """Absolute paths (without 3F00) of the files an eID holds."""

    IDENTITY = "DF01/4031"
    IDENTITY_SIGNATURE = "DF01/4032"
    ADDRESS = "DF01/4033"
    ADDRESS_SIGNATURE = "DF01/4034"
    PHOTO = "DF01/4035"
    BASIC_PUBLIC_KEY = "DF01/4040"
    AUTH_CERT = "DF00/5038"
    SIGN_CERT = "DF00/5039"
    CA_CERT = "DF00/503A"
    ROOT_CERT = "DF00/503B"
    RRN_CERT = "DF00/503C"

    @property
    def path(self) -> bytes:
        """The path as the SELECT command wants it (without the leading 3F00)."""
        return bytes.fromhex(self.value.replace("/", ""))


@dataclass(frozen=True)
class CardFiles:
    """Every file read from one card, byte for byte; ``None`` means not read (yet)."""

    applet: Applet
    identity: bytes
    identity_signature: bytes
    address: bytes
    address_signature: bytes
    photo: bytes | None = None
    rrn_cert: bytes | None = None
    root_cert: bytes | None = None
    ca_cert: bytes | None = None
    auth_cert: bytes | None = None
    sign_cert: bytes | None = None
    basic_public_key: bytes | None = None
