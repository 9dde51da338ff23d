"""The cardholder PIN: ask through a handler, present it once, wipe it, report tries left.

The person types the PIN on a pad the UI owns; `card_reader` only sees a `PinHandler`. The
PIN travels as a ``bytearray`` of ASCII digits so that it can be zeroed after use (as can
the ISO 9564 format-2 block built from it); it is never logged, stored or kept (only the
short-lived copy handed to PC/SC escapes the wipe). Querying the retry counter uses VERIFY
without data, which spends nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from card_reader.apdu import Command, Ins, Sw, sw1, sw2
from card_reader.eid import identify
from card_reader.errors import ApduError, PinBlocked, WrongPin
from card_reader.filereader import ApduChannel
from card_reader.pcsc import Pcsc

log = logging.getLogger(__name__)

CARDHOLDER_PIN = 0x01
PIN_BLOCK_SIZE = 8
MIN_DIGITS, MAX_DIGITS = 4, 12


class PinHandler(Protocol):
    """Asks the person for their PIN (the UI: a PIN pad; tests: a scripted answer)."""

    def get_pin(self, tries_left: int | None, *, retry: bool) -> bytearray:
        """Return the digits as ASCII in a bytearray the caller will zero.

        ``retry`` is true after a wrong PIN, so the prompt can say how many ``tries_left``
        remain. Raise `card_reader.errors.PinCancelled` when the person gives up.
        """
        ...


@dataclass(frozen=True)
class PinStatus:
    """The cardholder PIN's state, read without spending a try."""

    tries_left: int | None
    """``None`` when the card already accepted the PIN in this session."""

    @property
    def blocked(self) -> bool:
        """Only the counter (with the PUK) can unblock it."""
        return self.tries_left == 0


def pin_status(channel: ApduChannel) -> PinStatus:
    """Ask the card how many tries remain (VERIFY without data)."""
    _, sw = channel.send(Command(0x00, Ins.VERIFY, 0x00, CARDHOLDER_PIN))
    if sw == Sw.OK:
        return PinStatus(tries_left=None)
    if sw == Sw.PIN_BLOCKED:
        return PinStatus(tries_left=0)
    if sw1(sw) == 0x63 and sw2(sw) & 0xF0 == 0xC0:
        return PinStatus(tries_left=sw2(sw) & 0x0F)
    raise ApduError(sw, "VERIFY (status)")


def pin_block(digits: bytearray) -> bytearray:
    """``2L`` then the digits in BCD, padded with ``F`` to 8 bytes; the caller zeroes it."""
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS or any(not 0x30 <= d <= 0x39 for d in digits):
        raise ValueError("a PIN has 4 to 12 digits")
    block = bytearray(b"\xff" * PIN_BLOCK_SIZE)
    block[0] = 0x20 | len(digits)
    for index, digit in enumerate(digits):
        position = 1 + index // 2
        if index % 2 == 0:
            block[position] = ((digit - 0x30) << 4) | 0x0F
        else:
            block[position] = (block[position] & 0xF0) | (digit - 0x30)
    return block


def wipe(buffer: bytearray) -> None:
    """Overwrite a secret in place."""
    buffer[:] = bytes(len(buffer))


def present_pin(channel: ApduChannel, digits: bytearray) -> None:
    """VERIFY the PIN once; the digits are wiped whatever happens.

    Raises `WrongPin` (with the tries left) or `PinBlocked`.
    """
    block = bytearray()
    try:
        block = pin_block(digits)
        _, sw = channel.send(Command(0x00, Ins.VERIFY, 0x00, CARDHOLDER_PIN, bytes(block)))
    finally:
        wipe(digits)
        wipe(block)
    if sw == Sw.OK:
        log.info("PIN accepted")
        return
    if sw == Sw.PIN_BLOCKED:
        log.info("PIN blocked")
        raise PinBlocked("the PIN is blocked")
    if sw1(sw) == 0x63 and sw2(sw) & 0xF0 == 0xC0:
        log.info("wrong PIN, %d tries left", sw2(sw) & 0x0F)
        raise WrongPin(sw2(sw) & 0x0F)
    raise ApduError(sw, "VERIFY")


def verify_pin(channel: ApduChannel, handler: PinHandler) -> None:
    """Ask for the PIN until the card accepts it, it is blocked, or the person cancels."""
    status = pin_status(channel)
    if status.tries_left is None:
        return  # already presented in this card session
    if status.blocked:
        raise PinBlocked("the PIN is blocked")
    tries_left: int | None = status.tries_left
    retry = False
    while True:
        digits = handler.get_pin(tries_left, retry=retry)
        try:
            present_pin(channel, digits)
            return
        except WrongPin as exc:
            tries_left, retry = exc.tries_left, True


def read_pin_status(pcsc: Pcsc, reader: str | None = None) -> PinStatus:
    """Connect, check that this is an eID, and read the PIN status; nothing is spent."""

    def job() -> PinStatus:
        connection = pcsc.connect(reader)
        try:
            channel = ApduChannel(connection)
            identify(channel)
            return pin_status(channel)
        finally:
            connection.disconnect()

    return pcsc.run(job)
