"""Command/response plumbing above the transport: T=0 status words, SELECT and whole-file reads.

pyscard hands back raw status words; T=0 cards answer ``61xx`` (fetch the rest with GET
RESPONSE) and ``6Cxx`` (ask again with Le=xx), and signal the end of a transparent file with
``6Cxx``, ``6B00`` or a short read because SELECT with P2=0C returns no file size. Files
can be longer than 256 bytes, so reading loops until the card says the file is over.
"""

from __future__ import annotations

import logging

from card_reader.apdu import (
    MASTER_FILE,
    Command,
    Ins,
    Sw,
    Transport,
    get_response,
    select_fid,
    select_path,
    sw1,
    sw2,
)
from card_reader.errors import ApduError, UnreadableFile
from card_reader.files import FileId

log = logging.getLogger(__name__)

CHUNK = 256
"""Bytes per READ BINARY (sent as Le=00): the most a short T=0 response carries."""

# Plain ints and ready-made SELECTs: READ BINARY is most of a read's ~50 APDUs, and building
# Command objects or touching enum members for each one costs more than its status checks.
_READ_BINARY = int(Ins.READ_BINARY)
_OK = int(Sw.OK)
_END_OF_FILE = int(Sw.OFFSET_OUTSIDE_FILE)
_SELECT_PATH = {f: select_path(MASTER_FILE + f.path) for f in FileId}

_MAX_FILE = 0x8000  # offsets are 15 bits: a file cannot be longer


class ApduChannel:
    """Sends commands over a `Transport`, resolving ``61xx``/``6Cxx`` and counting APDUs."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport
        self.apdu_count = 0
        self._path_select_works = True

    def send(self, command: Command) -> tuple[bytes, int]:
        """Send ``command``; return the complete response data and the final status word."""
        data, sw = self._transmit(command.to_bytes())
        if sw1(sw) == 0x6C and command.le is not None:
            data, sw = self._transmit(
                Command(
                    command.cla, command.ins, command.p1, command.p2, command.data, sw2(sw)
                ).to_bytes()
            )
        collected = bytearray(data)
        while sw1(sw) == 0x61:
            data, sw = self._transmit(get_response(sw2(sw)).to_bytes())
            collected += data
        return bytes(collected), sw

    def check(self, command: Command, what: str) -> bytes:
        """Send ``command`` and raise `ApduError` unless the card answers 9000."""
        data, sw = self.send(command)
        if sw != Sw.OK:
            raise ApduError(sw, what)
        return data

    def select_file(self, file_id: FileId) -> None:
        """Select an EF by absolute path, falling back to one SELECT per FID when refused."""
        if self._path_select_works:
            _, sw = self.send(_SELECT_PATH[file_id])
            if sw == Sw.OK:
                return
            if sw not in (Sw.FILE_NOT_FOUND, Sw.WRONG_P1P2_SELECT):
                raise UnreadableFile(file_id.value, f"SELECT answered {sw:04X}")
            log.debug("path SELECT refused (%04X); selecting %s per FID", sw, file_id.value)
            self._path_select_works = False
        for fid in (MASTER_FILE, *(file_id.path[i : i + 2] for i in (0, 2))):
            _, sw = self.send(select_fid(fid))
            if sw != Sw.OK:
                raise UnreadableFile(file_id.value, f"SELECT {fid.hex().upper()} answered {sw:04X}")

    def read_selected(self, fid: str = "", *, der: bool = False) -> bytes:
        """Read the selected transparent EF from offset 0 to its end.

        With ``der`` the file holds one DER object followed by zero padding (certificates):
        reading stops where the DER ends, and a file starting with zeros (no certificate,
        as on a Kids-ID) ends after its first chunk.
        """
        content = bytearray()
        end = _MAX_FILE
        transmit = self.transport.transmit  # one call per APDU, not through self._transmit
        while len(content) < end:
            offset = len(content)
            asked = min(CHUNK, end - offset)
            self.apdu_count += 1
            data, sw = transmit(_read_binary(offset, asked))
            if sw >> 8 == 0x6C:  # the card wants another Le: usually fewer bytes remain
                self.apdu_count += 1
                data, sw = transmit(_read_binary(offset, sw & 0xFF))
            if sw == _END_OF_FILE and offset > 0:
                break
            if sw != _OK:
                raise UnreadableFile(fid, f"READ BINARY at {offset} answered {sw:04X}")
            content += data
            if der and offset == 0:
                end = min(end, _der_length(content) or len(content))
            if len(data) < asked:  # a short read (or a 6Cxx re-read) ends the file
                break
        return bytes(content[:end])

    def read_file(self, file_id: FileId, *, der: bool = False) -> bytes:
        """Select and read one file completely (up to its DER end with ``der``)."""
        self.select_file(file_id)
        return self.read_selected(file_id.value, der=der)

    def _transmit(self, apdu: bytes) -> tuple[bytes, int]:
        self.apdu_count += 1
        return self.transport.transmit(apdu)


def _read_binary(offset: int, length: int) -> bytes:
    """`apdu.read_binary` as bytes (Le=00 asks for 256), without the Command in between."""
    return bytes((0x00, _READ_BINARY, offset >> 8, offset & 0xFF, length & 0xFF))


def _der_length(head: bytes | bytearray) -> int | None:
    """Total length of the DER SEQUENCE starting ``head``, or None if it is not one."""
    if len(head) < 4 or head[0] != 0x30:
        return None
    size = head[1]
    if size < 0x80:
        return 2 + size
    if size == 0x81:
        return 3 + head[2]
    if size == 0x82:
        return 4 + ((head[2] << 8) | head[3])
    return None
