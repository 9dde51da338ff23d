"""The wire between an emulated card and Debian's ``vsmartcard-vpcd`` pcscd driver.

pcscd shows the driver as a "Virtual PCD" reader listening on TCP; a connected client *is*
the inserted card and a closed connection a removed one. Frames are a 2-byte big-endian
length and a payload: one byte is a control message (0 off, 1 on, 2 reset, 4 ATR request),
anything longer an APDU answered the same way. Without TCP_NODELAY and a re-armed
TCP_QUICKACK every APDU would wait ~40 ms for a delayed ACK.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading

from card_reader.emulator.card import CardPulled, EmulatedCard
from card_reader.emulator.image import Fault

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 35963

_POWER_OFF, _POWER_ON, _RESET, _ATR = 0, 1, 2, 4


class VpcdLink:
    """One card's connection to a vpcd slot; `insert` connects, `remove` disconnects."""

    def __init__(self, card: EmulatedCard, port: int = DEFAULT_PORT, host: str = DEFAULT_HOST):
        self.card = card
        self.port = port
        self.host = host
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._powering_up = False

    @property
    def inserted(self) -> bool:
        """Whether the card is currently connected to the reader."""
        return self._thread is not None and self._thread.is_alive()

    def insert(self, timeout: float = 5.0) -> None:
        """Connect to vpcd: pcscd then sees a card in the reader."""
        if self.inserted:
            return
        sock = socket.create_connection((self.host, self.port), timeout=timeout)
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._lock:
            self._sock = sock
        self._thread = threading.Thread(
            target=self._serve, args=(sock,), name=f"vpcd-{self.port}", daemon=True
        )
        self._thread.start()

    def remove(self) -> None:
        """Disconnect: pcscd then sees an empty reader."""
        with self._lock:
            sock, self._sock = self._sock, None
        if sock is not None:
            _close(sock)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        self._thread = None

    def _serve(self, sock: socket.socket) -> None:
        try:
            while True:
                payload = self._receive(sock)
                if payload is None:
                    break
                reply = self._answer(payload)
                if reply is not None:
                    sock.sendall(struct.pack(">H", len(reply)) + reply)
        except CardPulled:
            log.info("emulator: card pulled from the reader on port %d", self.port)
        except OSError:
            pass  # removed while waiting: the normal way out
        finally:
            with self._lock:
                if self._sock is sock:
                    self._sock = None
            _close(sock)

    def _answer(self, payload: bytes) -> bytes | None:
        if len(payload) != 1:
            return self.card.process(payload)
        control = payload[0]
        if control == _ATR:
            # a mute card is there (presence polls see an ATR) but answers power-up with noise
            mute = self._powering_up and Fault.MUTE in self.card.image.faults
            self._powering_up = False
            return b"\x00\x00" if mute else self.card.image.atr
        self._powering_up = control in (_POWER_ON, _RESET)
        self.card.reset()
        return None

    @staticmethod
    def _receive(sock: socket.socket) -> bytes | None:
        header = _receive_exactly(sock, 2)
        if header is None:
            return None
        (length,) = struct.unpack(">H", header)
        return _receive_exactly(sock, length)


def _receive_exactly(sock: socket.socket, size: int) -> bytes | None:
    buffer = bytearray()
    while len(buffer) < size:
        chunk = sock.recv(size - len(buffer))
        if not chunk:
            return None
        # Linux falls back to delayed ACKs after each receive: ask for a quick one again
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        buffer += chunk
    return bytes(buffer)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
