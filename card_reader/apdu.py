"""ISO 7816 command APDUs and status words as the Belpic applets use them.

Shared by the reader (which builds commands) and the emulator (which parses them), so that
both sides agree on one encoding: short APDUs only (the eID speaks T=0, no extended lengths).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol

BELPIC_AID = bytes.fromhex("A00000003029057000AD13100101FF")
MASTER_FILE = b"\x3f\x00"


class Transport(Protocol):
    """The device boundary: one command in, its data and status word out."""

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        """Send one APDU and return the response data and the status word."""
        ...


class Ins(enum.IntEnum):
    """Instruction bytes of the commands the eID understands."""

    VERIFY = 0x20
    MSE_SET = 0x22
    PSO = 0x2A
    INTERNAL_AUTHENTICATE = 0x88
    SELECT = 0xA4
    READ_BINARY = 0xB0
    GET_RESPONSE = 0xC0
    GET_CARD_DATA = 0xE4
    LOG_OFF = 0xE6


class Sw(enum.IntEnum):
    """Status words with a meaning the reader or the emulator acts on."""

    OK = 0x9000
    WRONG_LENGTH = 0x6700
    SECURITY_NOT_SATISFIED = 0x6982
    PIN_BLOCKED = 0x6983
    CONDITIONS_NOT_SATISFIED = 0x6985
    WRONG_DATA = 0x6A80
    FILE_NOT_FOUND = 0x6A82
    WRONG_P1P2_SELECT = 0x6A86
    KEY_NOT_FOUND = 0x6A88
    OFFSET_OUTSIDE_FILE = 0x6B00
    INS_NOT_SUPPORTED = 0x6D00
    CLA_NOT_SUPPORTED = 0x6E00

    # families identified by SW1 only
    MORE_DATA = 0x6100
    WRONG_LE = 0x6C00
    WRONG_PIN = 0x63C0


def sw1(sw: int) -> int:
    """The first status byte."""
    return sw >> 8


def sw2(sw: int) -> int:
    """The second status byte (a length for ``61xx``/``6Cxx``, tries for ``63Cx``)."""
    return sw & 0xFF


@dataclass(frozen=True)
class Command:
    """One short command APDU; ``le=None`` means no Le byte, ``le=0`` means 256."""

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None

    def to_bytes(self) -> bytes:
        """The APDU as sent: header, then Lc+data when present, then Le when present."""
        out = bytes((self.cla, self.ins, self.p1, self.p2))
        if self.data:
            if len(self.data) > 255:
                raise ValueError("short APDUs carry at most 255 bytes of data")
            out += bytes((len(self.data),)) + self.data
        if self.le is not None:
            out += bytes((self.le & 0xFF,))
        return out

    @classmethod
    def parse(cls, apdu: bytes) -> Command:
        """Decode a short APDU (cases 1-4); raises ValueError when it is malformed."""
        if len(apdu) < 4:
            raise ValueError("an APDU has at least four header bytes")
        cla, ins, p1, p2 = apdu[:4]
        body = apdu[4:]
        if not body:
            return cls(cla, ins, p1, p2)
        if len(body) == 1:
            return cls(cla, ins, p1, p2, le=body[0])
        lc = body[0]
        if lc == 0 or len(body) not in (1 + lc, 2 + lc):
            raise ValueError("Lc does not match the APDU length")
        le = body[1 + lc] if len(body) == 2 + lc else None
        return cls(cla, ins, p1, p2, data=bytes(body[1 : 1 + lc]), le=le)

    @property
    def expected_length(self) -> int:
        """Le as a byte count (Le=00 asks for 256)."""
        return 0 if self.le is None else (self.le or 256)


def select_aid(aid: bytes) -> Command:
    """SELECT an applet by its AID."""
    return Command(0x00, Ins.SELECT, 0x04, 0x0C, aid)


def select_path(path: bytes) -> Command:
    """SELECT an EF by absolute path (the caller decides whether to include 3F00)."""
    return Command(0x00, Ins.SELECT, 0x08, 0x0C, path)


def select_fid(fid: bytes) -> Command:
    """SELECT one file by its two-byte identifier."""
    return Command(0x00, Ins.SELECT, 0x02, 0x0C, fid)


def read_binary(offset: int, length: int) -> Command:
    """READ BINARY ``length`` bytes (256 encoded as Le=00) from ``offset``."""
    return Command(0x00, Ins.READ_BINARY, offset >> 8, offset & 0xFF, le=length & 0xFF)


def get_response(length: int) -> Command:
    """Fetch the data a case-4 command left behind (``61xx``)."""
    return Command(0x00, Ins.GET_RESPONSE, 0x00, 0x00, le=length & 0xFF)
