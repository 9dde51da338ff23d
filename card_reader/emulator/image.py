"""What an emulated card holds: its ATR, files, PIN, keys, and the faults it should show.

An image is plain data, built by `card_reader.emulator.profiles`; `EmulatedCard` gives it
behaviour. Faults that change the *content* (tampered files, expiry, untrusted root) are
applied when the profile is built; faults that change *behaviour* are read by the card.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric import ec, rsa

from card_reader.files import Applet

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey

ATR_17 = bytes.fromhex("3B9813400AA503010101AD1311")
ATR_18 = bytes.fromhex("3B7F96000080318065B085040120120FFF829000")


class Fault(enum.Enum):
    """Misbehaviour on demand, named as on the command line (``--fault``)."""

    PULLED_MID_READ = "pulled-mid-read"
    MUTE = "mute"
    WRONG_LE_EVERY_READ = "6c-every-read"
    TAMPERED_IDENTITY = "tampered-identity"
    TAMPERED_ADDRESS = "tampered-address"
    PHOTO_HASH_MISMATCH = "photo-hash-mismatch"
    EXPIRED = "expired"
    PIN_BLOCKED = "pin-blocked"
    UNTRUSTED_ROOT = "untrusted-root"
    NO_PATH_SELECT = "no-path-select"


@dataclass
class CardImage:
    """Everything one emulated card holds, keyed by absolute path without 3F00 (``DF01/4031``)."""

    name: str
    applet: Applet
    atr: bytes
    files: dict[str, bytes]
    chip_serial: bytes
    pin: str = "1234"
    pin_tries: int = 3
    keys: dict[int, PrivateKey] = field(default_factory=dict)
    """Private keys by reference: 0x81 basic (1.8), 0x82 authentication, 0x83 signing."""
    faults: frozenset[Fault] = frozenset()
    has_belpic: bool = True
    """False for a card that merely shares the eID's ATR (another Thales token)."""

    def card_data(self) -> bytes:
        """The 28 bytes of GET CARD DATA (P2=00): serial, chip/OS bytes, applet version."""
        version = 0x18 if self.applet is Applet.V18 else 0x17
        os_bytes = bytes((0x23, 0x45, 0x11, 0x00, 0x01))
        tail = bytes((version, 0x00, 0x01, 0x00, 0x00, 0x02, 0x0F))
        if self.applet is Applet.V17:
            tail = bytes((version, 0x00, 0x11, 0x00, 0x00, 0x01, 0x0F))
        return self.chip_serial[:16].ljust(16, b"\x00") + os_bytes + tail
