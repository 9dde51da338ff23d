"""The one exception family everything above `card_reader` sees.

Hardware and card faults are translated at the adapter (``card_reader.pcsc``) so that no
pyscard exception ever escapes this package; parsing and verification raise the same family.
Every error carries a short English ``str()`` for logs; the UI maps the *type* to its own
translated, plain-language message. Nothing here may carry a PIN or a national number.
"""

from __future__ import annotations

from collections.abc import Mapping


class CardError(Exception):
    """Base of every error raised by `card_reader`."""


class NoReader(CardError):
    """No usable PC/SC reader is connected (or the PC/SC service is not running)."""


class NoCard(CardError):
    """A reader is present but holds no card."""


class CardRemoved(CardError):
    """The card left the reader while it was being used; the operation was abandoned."""


class CardMute(CardError):
    """The card was present but did not answer (no ATR, or the reader timed out)."""


class NotAnEid(CardError):
    """The card is not a Belgian eID (the Belpic applet could not be selected)."""


class ApduError(CardError):
    """The card answered a command with an unexpected status word."""

    def __init__(self, sw: int, command: str = "") -> None:
        self.sw = sw
        self.command = command
        super().__init__(f"{command or 'APDU'} failed with SW {sw:04X}")


class UnreadableFile(CardError):
    """A file on the card could not be selected or read."""

    def __init__(self, fid: str, reason: str = "") -> None:
        self.fid = fid
        self.reason = reason
        super().__init__(f"file {fid} could not be read" + (f": {reason}" if reason else ""))


class MalformedData(CardError):
    """A file's bytes do not follow the card's format (TLV, dates, certificates)."""


class WrongPin(CardError):
    """The PIN was wrong; ``tries_left`` attempts remain before it is blocked."""

    def __init__(self, tries_left: int) -> None:
        self.tries_left = tries_left
        super().__init__(f"wrong PIN, {tries_left} tries left")


class PinBlocked(CardError):
    """The PIN is blocked; only the municipality's counter can unblock it (PUK)."""


class PinCancelled(CardError):
    """The person dismissed the PIN prompt."""


class VerificationFailed(CardError):
    """The card's data failed an integrity check and must not be trusted.

    ``details`` maps the failing check's name (e.g. ``"identity_signature"``) to a reason.
    """

    def __init__(self, details: Mapping[str, str]) -> None:
        self.details = dict(details)
        summary = ", ".join(f"{k}: {v}" for k, v in self.details.items())
        super().__init__(f"card data not verified ({summary})")
