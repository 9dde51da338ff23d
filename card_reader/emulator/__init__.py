"""A Belgian eID emulator that plugs into the real PC/SC stack through vsmartcard-vpcd.

Tests and demos drive it with `Emulator`: ``insert()`` connects the card to the virtual
reader, ``remove()`` pulls it, ``swap()`` changes cards. No Qt here: the demo calls these.
"""

from __future__ import annotations

from card_reader.emulator.control import Emulator
from card_reader.emulator.image import CardImage, Fault
from card_reader.emulator.profiles import PROFILES, UnknownProfile, build_profile
from card_reader.emulator.vpcd import DEFAULT_PORT

__all__ = [
    "DEFAULT_PORT",
    "PROFILES",
    "CardImage",
    "Emulator",
    "Fault",
    "UnknownProfile",
    "build_profile",
]
