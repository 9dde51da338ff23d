"""The card side of the PIN pad: checks the PIN on a worker while the pad asks the person.

`PinService` lives as a child of the shell (`ui.features._pin_pad.request_pin` finds it
there). For each request it connects to the card in the identified citizen's reader and
runs `card_reader.pin.verify_pin` on a worker with a `PadHandler`, so the worker (not the
GUI, not the PC/SC thread) waits while the person types, and the reader monitor keeps
seeing a card pulled meanwhile. The connection ends with a card reset, so a PIN given for
one act never unlocks the card for another.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject

from card_reader.eid import identify
from card_reader.errors import CardError, PinBlocked, PinCancelled
from card_reader.filereader import ApduChannel
from card_reader.pcsc import Pcsc
from card_reader.pin import verify_pin
from ui.features._pin_pad import PadHandler, PinPadScreen
from ui.jobs import BackgroundJobs
from ui.shell import KioskShell

log = logging.getLogger(__name__)


@dataclass
class _Request:
    purpose: str
    on_verified: Callable[[], None]
    on_cancelled: Callable[[], None]
    handler: PadHandler
    shown: bool = False


class PinService(QObject):
    """Runs one PIN request at a time for the card in ``reader()``."""

    def __init__(
        self,
        shell: KioskShell,
        pad: PinPadScreen,
        jobs: BackgroundJobs,
        pcsc: Callable[[], Pcsc | None],
        reader: Callable[[], str | None],
    ) -> None:
        super().__init__(shell)
        self.setObjectName("pin-service")
        self._shell, self._pad, self._jobs = shell, pad, jobs
        self._pcsc, self._reader = pcsc, reader
        self._request: _Request | None = None
        pad.entered.connect(self._entered)
        pad.cancelled.connect(self._cancelled)

    @property
    def busy(self) -> bool:
        """A request is under way."""
        return self._request is not None

    def request(
        self, purpose: str, on_verified: Callable[[], None], on_cancelled: Callable[[], None]
    ) -> None:
        """Ask for the PIN of the card in the reader (see `ui.features._pin_pad`)."""
        pcsc, reader = self._pcsc(), self._reader()
        if pcsc is None or reader is None:
            log.info("a PIN was asked for without an identified card")
            on_cancelled()
            return
        self.drop()
        handler = PadHandler(self)
        request = _Request(purpose, on_verified, on_cancelled, handler)
        handler.wanted.connect(lambda tries, retry: self._ask(request, tries, retry))
        self._request = request

        def check() -> None:
            connection = pcsc.connect(reader)
            try:
                channel = ApduChannel(connection)
                identify(channel)
                verify_pin(channel, handler)
            finally:
                connection.disconnect(reset=True)

        self._jobs.run(check, lambda _none: self._finish(request, True), self._failed(request))

    def drop(self) -> None:
        """Forget the request under way (the session ended): its worker gives up."""
        request, self._request = self._request, None
        if request is not None:
            request.handler.answer(None)  # the worker's copy of the handler stays valid

    def _ask(self, request: _Request, tries_left: object, retry: bool) -> None:
        if request is not self._request:
            request.handler.answer(None)
            return
        self._show(request)
        self._pad.ask(
            request.purpose, tries_left if isinstance(tries_left, int) else None, retry=retry
        )

    def _show(self, request: _Request) -> None:
        if not request.shown:
            request.shown = True
            self._shell.show_screen(PinPadScreen.name)

    def _entered(self, digits: object) -> None:
        if self._request is not None and isinstance(digits, bytearray):
            self._request.handler.answer(digits)

    def _cancelled(self) -> None:
        request = self._request
        if request is None:
            return
        if self._pad.blocked:
            self._finish(request, False)
        else:
            request.handler.answer(None)  # the worker ends with PinCancelled

    def _failed(self, request: _Request) -> Callable[[BaseException], None]:
        def failed(error: BaseException) -> None:
            if request is not self._request:
                return
            if isinstance(error, PinBlocked):
                self._show(request)
                self._pad.show_blocked()  # stays until "cancel" / "call staff"
                return
            if not isinstance(error, (PinCancelled, CardError)):
                log.error("the PIN check failed", exc_info=error)
            self._finish(request, False)

        return failed

    def _finish(self, request: _Request, verified: bool) -> None:
        if request is not self._request:
            return
        self._request = None
        request.handler.deleteLater()
        if request.shown and self._shell.current_name == PinPadScreen.name:
            self._shell.go_back()
        self._pad.reset()
        (request.on_verified if verified else request.on_cancelled)()
