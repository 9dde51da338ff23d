"""Is this a Belgian eID, and which applet? Decided by the card's answers, never by its ATR.

The 1.8 ATR is a generic Thales pattern shared with other tokens, so identification selects
the Belpic applet and reads the applet version from GET CARD DATA (byte 21: ``17``/``18``).
Applet 1.8 also reports the PIN retry counter there (P2=01), at no cost to the citizen.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from card_reader.apdu import BELPIC_AID, Command, Ins, Sw, select_aid
from card_reader.errors import NotAnEid
from card_reader.filereader import ApduChannel
from card_reader.files import Applet

log = logging.getLogger(__name__)

CARD_DATA_LENGTH = 28
CARD_DATA_WITH_PIN_LENGTH = 31
_APPLET_VERSION_BYTE = 21
_PIN_TRIES_BYTE = 28
_APPLETS = {0x17: Applet.V17, 0x18: Applet.V18}


@dataclass(frozen=True)
class CardInfo:
    """What GET CARD DATA says about the card."""

    applet: Applet
    chip_serial: bytes
    pin_tries_left: int | None = None
    """Only on applet 1.8 when asked for (``None`` otherwise)."""


def identify(channel: ApduChannel, *, with_pin_tries: bool = False) -> CardInfo:
    """Select the Belpic applet and read the applet version; `NotAnEid` for other cards.

    With ``with_pin_tries`` a 1.8 card is asked for the extended card data (one APDU more
    on a 1.7 card, which refuses it); otherwise one GET CARD DATA serves both applets.
    """
    _, sw = channel.send(select_aid(BELPIC_AID))
    if sw != Sw.OK:
        raise NotAnEid(f"the Belpic applet could not be selected (SW {sw:04X})")
    if with_pin_tries:
        data, sw = channel.send(_get_card_data(with_pin=True))
        if sw == Sw.OK and len(data) >= CARD_DATA_WITH_PIN_LENGTH:
            info = _parse(data)
            if info.applet is Applet.V18:
                return CardInfo(info.applet, info.chip_serial, data[_PIN_TRIES_BYTE])
    data, sw = channel.send(_get_card_data(with_pin=False))
    if sw != Sw.OK or len(data) < CARD_DATA_LENGTH:
        raise NotAnEid(f"GET CARD DATA answered {sw:04X} with {len(data)} bytes")
    return _parse(data)


def _get_card_data(*, with_pin: bool) -> Command:
    if with_pin:
        return Command(0x80, Ins.GET_CARD_DATA, 0x00, 0x01, le=CARD_DATA_WITH_PIN_LENGTH)
    return Command(0x80, Ins.GET_CARD_DATA, 0x00, 0x00, le=CARD_DATA_LENGTH)


def _parse(data: bytes) -> CardInfo:
    applet = _APPLETS.get(data[_APPLET_VERSION_BYTE])
    if applet is None:
        raise NotAnEid(f"unknown Belpic applet version {data[_APPLET_VERSION_BYTE]:02X}")
    log.debug("Belgian eID, applet %s", applet.value)
    return CardInfo(applet=applet, chip_serial=data[:16])
