"""The PC/SC adapter: the only module that imports pyscard.

Every PC/SC call runs on one dedicated thread that creates the context and owns every card
handle (`PcscThread`); callers on other threads hand work over and wait. Whole jobs (a
complete card read) can run there in one go with `Pcsc.run`, which keeps thread hand-overs
out of the per-APDU path. pyscard's status codes become the `card_reader.errors` family here,
so nothing above this module sees a pyscard error. APDU traffic is logged at level 5
(``TRACE``, below DEBUG) without response data and without command data except for SELECT
and MSE:SET, so PINs, national numbers and photos never reach a log.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

from smartcard import scard

from card_reader.apdu import Ins
from card_reader.errors import CardError, CardMute, CardRemoved, NoCard, NoReader

log = logging.getLogger(__name__)

TRACE = 5
logging.addLevelName(TRACE, "TRACE")

IGNORED_READERS = ("windows hello", "microsoft virtual smart card")
"""Virtual readers that are never an eID reader (matched case-insensitively)."""

T = TypeVar("T")

_NO_READER = {
    scard.SCARD_E_NO_SERVICE,
    scard.SCARD_E_SERVICE_STOPPED,
    scard.SCARD_E_NO_READERS_AVAILABLE,
    scard.SCARD_E_UNKNOWN_READER,
    scard.SCARD_E_READER_UNAVAILABLE,
}
_GONE = {
    scard.SCARD_W_REMOVED_CARD,
    scard.SCARD_E_NO_SMARTCARD,
    scard.SCARD_W_RESET_CARD,
    scard.SCARD_E_NOT_TRANSACTED,
    scard.SCARD_E_INVALID_HANDLE,
}
_MUTE = {  # no usable answer to reset (vpcd reports a garbage ATR as a protocol mismatch)
    scard.SCARD_W_UNRESPONSIVE_CARD,
    scard.SCARD_W_UNPOWERED_CARD,
    scard.SCARD_E_TIMEOUT,
    scard.SCARD_E_PROTO_MISMATCH,
}
_SHOWN_DATA = {Ins.SELECT, Ins.MSE_SET}
_get_ident = threading.get_ident


def _error(hr: int, what: str, *, connected: bool) -> CardError:
    """Translate a PC/SC status code into the error family."""
    code = hr & 0xFFFFFFFF
    message = f"{what}: {scard.SCardGetErrorMessage(hr)} ({code:08X})"
    if hr in _NO_READER:
        return NoReader(message)
    if hr in _MUTE:
        return CardMute(message)
    if hr in _GONE:
        return CardRemoved(message) if connected else NoCard(message)
    return CardError(message)


class PcscThread:
    """One thread that owns the PC/SC context and runs every call made through it."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pcsc")
        self._ident: int | None = None
        self._context: int | None = None

    @property
    def ident(self) -> int | None:
        """The PC/SC thread's identifier (None until it ran its first job)."""
        return self._ident

    @property
    def on_thread(self) -> bool:
        """Whether the caller already runs on the PC/SC thread."""
        return _get_ident() == self._ident

    def run(self, job: Callable[[], T]) -> T:
        """Run ``job`` on the PC/SC thread and return its result (or raise its error)."""
        if self.on_thread:
            return job()
        return self._executor.submit(self._enter, job).result()

    def submit(self, job: Callable[[], T]) -> Future[T]:
        """Queue ``job`` on the PC/SC thread without waiting for it."""
        return self._executor.submit(self._enter, job)

    def _enter(self, job: Callable[[], T]) -> T:
        self._ident = threading.get_ident()
        return job()

    def context(self) -> int:
        """The PC/SC context, established on first use; call only on the PC/SC thread."""
        if not self.on_thread:
            raise RuntimeError("PC/SC context used off its thread")
        if self._context is None:
            hr, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if hr != scard.SCARD_S_SUCCESS:
                raise _error(hr, "establishing the PC/SC context", connected=False)
            self._context = context
        return self._context

    def release_context(self) -> None:
        """Drop the context (on the PC/SC thread), e.g. after pcscd went away."""
        if self._context is not None:
            scard.SCardReleaseContext(self._context)
            self._context = None

    def close(self) -> None:
        """Release the context and stop the thread."""
        self.run(self.release_context)
        self._executor.shutdown(wait=True)


@dataclass(frozen=True)
class ReaderState:
    """A reader and what is in it, as the monitor compares between polls."""

    name: str
    present: bool
    mute: bool
    atr: bytes


class PcscConnection:
    """A connected card: the `Transport` the rest of `card_reader` talks to."""

    def __init__(self, thread: PcscThread, reader: str, handle: int, protocol: int) -> None:
        self._thread = thread
        self.reader = reader
        self._handle: int | None = handle
        self._protocol = protocol
        self._atr: bytes | None = None

    @property
    def atr(self) -> bytes:
        """The card's answer to reset (asked for only when someone wants it)."""
        if self._atr is None:
            self._atr = self._thread.run(self._status_atr)
        return self._atr

    def _status_atr(self) -> bytes:
        if self._handle is None:
            raise CardRemoved("the connection was closed")
        status = scard.SCardStatus(self._handle)
        if status[0] != scard.SCARD_S_SUCCESS:
            raise _error(status[0], "reading the ATR", connected=True)
        return bytes(status[4])

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        """Send one APDU; a vanished card raises `CardRemoved`.

        One function on the PC/SC thread (a read sends ~50 of these): on this emulated
        stack each microsecond of Python between two APDUs makes the next round trip
        slower too, so the on-thread path keeps to the call and its checks.
        """
        if _get_ident() != self._thread.ident:
            return self._thread.run(lambda: self.transmit(apdu))
        if self._handle is None:
            raise CardRemoved("the connection was closed")
        trace = log.isEnabledFor(TRACE)
        if trace:
            log.log(TRACE, "> %s", describe_command(apdu))
        hr, response = scard.SCardTransmit(self._handle, self._protocol, list(apdu))
        if hr != scard.SCARD_S_SUCCESS:
            raise _error(hr, "transmit", connected=True)
        if len(response) < 2:  # vpcd and some drivers report a lost card this way
            raise CardRemoved("the card stopped answering mid-command")
        sw = (response[-2] << 8) | response[-1]
        if trace:
            log.log(TRACE, "< [%d bytes] %04X", len(response) - 2, sw)
        return bytes(bytearray(response)[:-2]), sw  # bytearray(list) is 3x faster than bytes(list)

    def disconnect(self, *, reset: bool = False) -> None:
        """Release the card; ``reset`` also drops any PIN the card accepted."""
        handle, self._handle = self._handle, None
        if handle is not None:
            disposition = scard.SCARD_RESET_CARD if reset else scard.SCARD_LEAVE_CARD
            self._thread.run(lambda: scard.SCardDisconnect(handle, disposition))


class Pcsc:
    """Reader listing, card connection and reader states, all on one `PcscThread`."""

    def __init__(self, thread: PcscThread | None = None) -> None:
        self.thread = thread or PcscThread()

    def run(self, job: Callable[[], T]) -> T:
        """Run a whole job (e.g. a card read) on the PC/SC thread."""
        return self.thread.run(job)

    def submit(self, job: Callable[[], T]) -> Future[T]:
        """Queue a whole job on the PC/SC thread; the caller may work meanwhile."""
        return self.thread.submit(job)

    def readers(self) -> list[str]:
        """Names of the usable readers; raises `NoReader` when there are none."""
        return self.thread.run(self._readers)

    def _readers(self) -> list[str]:
        hr, names = scard.SCardListReaders(self.thread.context(), [])
        if hr in (scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED):
            self.thread.release_context()  # pcscd restarted: a new context next time
        if hr != scard.SCARD_S_SUCCESS:
            raise _error(hr, "listing readers", connected=False)
        usable = usable_readers(names)
        if not usable:
            raise NoReader("no usable reader")
        return usable

    def states(self) -> list[ReaderState]:
        """Every usable reader and whether it holds a card (never blocks)."""
        return self.thread.run(self._states)

    def _states(self) -> list[ReaderState]:
        names = self._readers()
        query = [(name, scard.SCARD_STATE_UNAWARE) for name in names]
        hr, answers = scard.SCardGetStatusChange(self.thread.context(), 0, query)
        if hr not in (scard.SCARD_S_SUCCESS, scard.SCARD_E_TIMEOUT):
            raise _error(hr, "reading reader states", connected=False)
        return [
            ReaderState(
                name=name,
                present=bool(state & scard.SCARD_STATE_PRESENT),
                mute=bool(state & scard.SCARD_STATE_MUTE),
                atr=bytes(atr),
            )
            for name, state, atr in answers
        ]

    def connect(self, reader: str | None = None) -> PcscConnection:
        """Connect to the card in ``reader`` (default: the first reader holding a card)."""
        return self.thread.run(lambda: self._connect(reader))

    def _connect(self, reader: str | None) -> PcscConnection:
        if reader is None:
            holding = [s.name for s in self._states() if s.present]
            if not holding:
                raise NoCard("no reader holds a card")
            reader = holding[0]
        hr, handle, protocol = scard.SCardConnect(
            self.thread.context(),
            reader,
            scard.SCARD_SHARE_SHARED,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
        )
        if hr != scard.SCARD_S_SUCCESS:
            raise _error(hr, f"connecting to {reader}", connected=False)
        return PcscConnection(self.thread, reader, handle, protocol)

    def close(self) -> None:
        """Release the context and stop the PC/SC thread."""
        self.thread.close()


def usable_readers(names: list[str]) -> list[str]:
    """``names`` without the virtual readers that can never hold an eID."""
    return [name for name in names if not any(i in name.lower() for i in IGNORED_READERS)]


def describe_command(apdu: bytes) -> str:
    """The header, Lc and Le in hex; data only for commands that carry nothing personal."""
    header = apdu[:4].hex(" ").upper()
    if len(apdu) <= 5:
        return f"{header} {apdu[4:].hex().upper()}".rstrip()
    lc = apdu[4]
    data = apdu[5 : 5 + lc]
    shown = data.hex().upper() if apdu[1] in _SHOWN_DATA else f"<{len(data)} bytes masked>"
    return f"{header} {lc:02X} {shown} {apdu[5 + lc :].hex().upper()}".rstrip()
