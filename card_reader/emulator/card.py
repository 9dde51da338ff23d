"""The card side of the emulator: answers APDUs as the Belpic 1.7/1.8 reference manuals say.

Only what a reader relies on is modelled, but that part strictly: SELECT by AID, FID and
path (with or without 3F00), READ BINARY's ``6B00``/``6Cxx`` rules, GET CARD DATA in both
forms, GET RESPONSE for case-4 commands under T=0, VERIFY with its retry counter, MSE:SET +
PSO:CDS with the PIN access rules, and INTERNAL AUTHENTICATE with the 1.8 basic key.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils

from card_reader.apdu import BELPIC_AID, MASTER_FILE, Command, Ins, Sw
from card_reader.emulator.image import CardImage, Fault
from card_reader.files import Applet

log = logging.getLogger(__name__)

_DIRECTORIES = ("DF00", "DF01")
_HASHES: dict[int, hashes.HashAlgorithm] = {
    20: hashes.SHA1(),  # noqa: S303 - 1.7 cards sign SHA-1 digests; we only emulate them
    32: hashes.SHA256(),
    48: hashes.SHA384(),
    64: hashes.SHA512(),
}
_RSA_ALGORITHMS = {0x02: 20, 0x08: 32}  # PKCS#1 v1.5 with SHA-1 / SHA-256
_EC_ALGORITHMS = {0x01: 32, 0x02: 48, 0x04: 64, 0x40: 0}  # 0x40: hash not specified


class CardPulled(Exception):
    """Raised by the card to make the link drop, as a hand pulling the card would."""


def _status(sw: int, data: bytes = b"") -> bytes:
    return data + sw.to_bytes(2, "big")


class EmulatedCard:
    """One card's volatile state (selection, PIN status, security environment)."""

    def __init__(self, image: CardImage) -> None:
        self.image = image
        self.pin_tries = 0 if Fault.PIN_BLOCKED in image.faults else image.pin_tries
        self.reads = 0
        self.reset()

    def reset(self) -> None:
        """Power-on state: nothing selected, PIN not presented, no pending response."""
        self.selected: str | None = None
        self.pin_verified = False
        self.security_env: tuple[int, int] | None = None
        self.pending = b""

    def process(self, apdu: bytes) -> bytes:
        """Answer one command APDU with response data followed by the status word."""
        try:
            command = Command.parse(apdu)
        except ValueError:
            return _status(Sw.WRONG_LENGTH)
        if command.ins != Ins.GET_RESPONSE:
            self.pending = b""
        if command.cla not in (0x00, 0x80):
            return _status(Sw.CLA_NOT_SUPPORTED)
        handlers: dict[int, Callable[[Command], bytes]] = {
            Ins.SELECT: self._select,
            Ins.READ_BINARY: self._read_binary,
            Ins.GET_RESPONSE: self._get_response,
            Ins.GET_CARD_DATA: self._get_card_data,
            Ins.VERIFY: self._verify,
            Ins.MSE_SET: self._mse_set,
            Ins.PSO: self._pso,
            Ins.INTERNAL_AUTHENTICATE: self._internal_authenticate,
            Ins.LOG_OFF: self._log_off,
        }
        handler = handlers.get(command.ins)
        if handler is None:
            return _status(Sw.INS_NOT_SUPPORTED)
        return handler(command)

    # ------------------------------------------------------------------ files
    def _select(self, command: Command) -> bytes:
        if command.p2 not in (0x0C, 0x00):
            return _status(Sw.WRONG_P1P2_SELECT)
        if command.p1 == 0x04:
            if command.data != BELPIC_AID or not self.image.has_belpic:
                return _status(Sw.FILE_NOT_FOUND)
            self.selected = None
            return _status(Sw.OK)
        if command.p1 == 0x08 and Fault.NO_PATH_SELECT not in self.image.faults:
            return self._select_target(self._resolve_path(command.data))
        if command.p1 == 0x02 and len(command.data) == 2:
            return self._select_target(self._resolve_fid(command.data.hex().upper()))
        return _status(Sw.WRONG_P1P2_SELECT)

    @staticmethod
    def _resolve_path(data: bytes) -> str | None:
        path = data[2:] if data[:2] == MASTER_FILE else data
        if not path or len(path) % 2:
            return None
        return "/".join(path[i : i + 2].hex().upper() for i in range(0, len(path), 2))

    def _resolve_fid(self, fid: str) -> str:
        if fid == "3F00" or fid in _DIRECTORIES:
            return "" if fid == "3F00" else fid
        directory = (self.selected or "").split("/")[0]
        return f"{directory}/{fid}" if directory else fid

    def _select_target(self, target: str | None) -> bytes:
        if target is None or (target not in ("", *_DIRECTORIES) and target not in self.image.files):
            return _status(Sw.FILE_NOT_FOUND)
        self.selected = target
        return _status(Sw.OK)

    def _read_binary(self, command: Command) -> bytes:
        content = self.image.files.get(self.selected or "")
        if content is None:
            return _status(0x6986)  # command not allowed: no current EF
        self.reads += 1
        pulled = Fault.PULLED_MID_READ in self.image.faults and self.selected == "DF01/4035"
        if pulled and (command.p1 or command.p2):  # the photo's second chunk: mid-read
            raise CardPulled
        offset = (command.p1 << 8) | command.p2
        if offset >= len(content):
            return _status(Sw.OFFSET_OUTSIDE_FILE)
        wanted = command.expected_length
        remaining = len(content) - offset
        exact = min(remaining, 256)
        if wanted > remaining or (
            Fault.WRONG_LE_EVERY_READ in self.image.faults and wanted != exact
        ):
            return _status(Sw.WRONG_LE | (exact & 0xFF))
        return _status(Sw.OK, content[offset : offset + wanted])

    # ------------------------------------------------------------------ card data
    def _get_card_data(self, command: Command) -> bytes:
        if not self.image.has_belpic:
            return _status(Sw.INS_NOT_SUPPORTED)
        if command.cla != 0x80 or command.p1 != 0x00:
            return _status(Sw.OFFSET_OUTSIDE_FILE)
        if command.p2 == 0x00:
            data = self.image.card_data()
        elif command.p2 == 0x01 and self.image.applet is Applet.V18:
            data = self.image.card_data() + bytes((self.pin_tries, 0xFF, 0xFF))
        else:
            return _status(Sw.OFFSET_OUTSIDE_FILE)
        if command.expected_length != len(data):
            return _status(Sw.WRONG_LE | len(data))
        return _status(Sw.OK, data)

    def _get_response(self, command: Command) -> bytes:
        if not self.pending:
            return _status(Sw.CONDITIONS_NOT_SATISFIED)
        wanted = command.expected_length
        if wanted > len(self.pending):
            return _status(Sw.WRONG_LE | len(self.pending))
        data, self.pending = self.pending[:wanted], self.pending[wanted:]
        if self.pending:
            return _status(Sw.MORE_DATA | min(len(self.pending), 256) & 0xFF, data)
        return _status(Sw.OK, data)

    def _respond_later(self, data: bytes) -> bytes:
        """T=0 case 4: keep the output for GET RESPONSE and say how much there is."""
        self.pending = data
        return _status(Sw.MORE_DATA | len(data) & 0xFF)

    # ------------------------------------------------------------------ PIN
    def _verify(self, command: Command) -> bytes:
        if command.p1 != 0x00 or command.p2 != 0x01:
            return _status(Sw.WRONG_P1P2_SELECT)
        if self.pin_tries == 0:
            return _status(Sw.PIN_BLOCKED)
        if not command.data:  # status query: spends nothing
            return _status(Sw.OK if self.pin_verified else Sw.WRONG_PIN | self.pin_tries)
        pin = _decode_pin_block(command.data)
        if pin is None:
            return _status(Sw.WRONG_DATA)
        if pin != self.image.pin:
            self.pin_verified = False
            self.pin_tries -= 1
            log.debug("emulated card: wrong PIN, %d tries left", self.pin_tries)
            return _status(Sw.PIN_BLOCKED if self.pin_tries == 0 else Sw.WRONG_PIN | self.pin_tries)
        self.pin_tries = self.image.pin_tries
        self.pin_verified = True
        return _status(Sw.OK)

    def _log_off(self, command: Command) -> bytes:
        self.pin_verified = False
        return _status(Sw.OK)

    # ------------------------------------------------------------------ signatures
    def _mse_set(self, command: Command) -> bytes:
        data = command.data
        if command.p1 != 0x41 or command.p2 != 0xB6:
            return _status(Sw.OFFSET_OUTSIDE_FILE)
        if len(data) != 5 or data[0] != 0x04 or data[1] != 0x80 or data[3] != 0x84:
            return _status(Sw.WRONG_DATA)
        algorithm, key_ref = data[2], data[4]
        known = _EC_ALGORITHMS if self.image.applet is Applet.V18 else _RSA_ALGORITHMS
        if algorithm not in known or key_ref not in (0x82, 0x83):
            return _status(Sw.WRONG_DATA)
        if key_ref not in self.image.keys:
            return _status(Sw.KEY_NOT_FOUND)
        self.security_env = (algorithm, key_ref)
        return _status(Sw.OK)

    def _pso(self, command: Command) -> bytes:
        if command.p1 != 0x9E or command.p2 != 0x9A:
            return _status(Sw.OFFSET_OUTSIDE_FILE)
        if self.security_env is None:
            return _status(Sw.CONDITIONS_NOT_SATISFIED)
        algorithm, key_ref = self.security_env
        if not self.pin_verified:
            return _status(Sw.SECURITY_NOT_SATISFIED)
        if key_ref == 0x83:  # non-repudiation: the PIN must come right before each use
            self.pin_verified = False
        known = _EC_ALGORITHMS if self.image.applet is Applet.V18 else _RSA_ALGORITHMS
        size = known[algorithm]
        if (size and len(command.data) != size) or len(command.data) not in _HASHES:
            return _status(Sw.WRONG_DATA)
        return self._respond_later(self._sign(self.image.keys[key_ref], command.data))

    def _internal_authenticate(self, command: Command) -> bytes:
        key = self.image.keys.get(0x81)
        if self.image.applet is not Applet.V18 or key is None:
            return _status(Sw.KEY_NOT_FOUND)
        data = command.data
        if command.p2 != 0x81 or command.p1 not in _EC_ALGORITHMS:
            return _status(Sw.OFFSET_OUTSIDE_FILE)
        if len(data) < 2 or data[0] != 0x94 or data[1] != len(data) - 2 or data[1] not in _HASHES:
            return _status(Sw.WRONG_DATA)
        return self._respond_later(self._sign(key, data[2:]))

    @staticmethod
    def _sign(key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey, digest: bytes) -> bytes:
        prehashed = utils.Prehashed(_HASHES[len(digest)])
        if isinstance(key, rsa.RSAPrivateKey):
            return key.sign(digest, padding.PKCS1v15(), prehashed)
        r, s = utils.decode_dss_signature(key.sign(digest, ec.ECDSA(prehashed)))
        size = (key.curve.key_size + 7) // 8
        return r.to_bytes(size, "big") + s.to_bytes(size, "big")


def _decode_pin_block(block: bytes) -> str | None:
    """Decode ``2L dd dd .. FF`` (ISO 9564 format 2) or return None when malformed."""
    if len(block) != 8 or block[0] >> 4 != 0x2:
        return None
    length = block[0] & 0x0F
    nibbles = block[1:].hex().upper()
    digits, filler = nibbles[:length], nibbles[length:]
    if not 4 <= length <= 12 or not digits.isdigit() or filler != "F" * len(filler):
        return None
    return digits
