"""Start and identify: the eID in the reader becomes the citizen on the home screen.

`CardFlow` starts the reader monitor once the kiosk is up (with the store, after the first
paint) and reacts to its events on the GUI thread (`ui.card_events.CardEvents`): a card in
→ "reading your card" while a worker reads and verifies it (`kiosk.identify`) → the
citizen is identified and greeted on their home screen with the offers that apply; a card
that cannot be used → a plain message with a way on (guest, call staff); the card out →
the session ends and everything resets. Without pcscd or a reader the kiosk works for
guests and its health board says "no card reader". A card still in the reader after the
visit ended (finished, idle) is never read again: the next person would see its holder.

On the outreach laptop (``on_demand``) a card going in is not read: staff read it with
`CardFlow.read_card` once the resident's consent allows, through the same verification.

Other features ask for the PIN with `ui.features._pin_pad.request_pin` and read the
identified citizen from ``parts.citizen.current`` (`kiosk.citizen.Citizen`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QVBoxLayout

from kiosk.citizen import Citizen
from kiosk.identify import IdentifyFailed, Problem
from kiosk.session import EndReason
from ui.card_events import CardEvents
from ui.citizen_home import CitizenHomeScreen
from ui.features._card_offers import Offers
from ui.features._card_pin import PinService
from ui.features._card_runtime import ReaderRuntime
from ui.features._card_screens import AttractNotice, CardMessageScreen, Message, ReadingScreen
from ui.features._pin_pad import PinPadScreen
from ui.guest_home import GuestHomeScreen

if TYPE_CHECKING:
    from card_reader.pcsc import Pcsc, ReaderState
    from card_reader.trust import TrustStore
    from offline_sync.pseudonym_secret import PseudonymSecrets
    from ui.app import KioskParts, KioskWindow

log = logging.getLogger(__name__)

Notice = AttractNotice.Kind


class CardFlow(QObject):
    """The reader, the card's read and what the citizen sees of it.

    Signals:
        reader_seen(bool): from the monitor thread: a usable reader is there (or not).
        read_progress(): from a worker: the identity is read and checked.
    """

    reader_seen = Signal(bool)
    read_progress = Signal()

    def __init__(self, parts: KioskParts, window: KioskWindow) -> None:
        super().__init__(window)
        self.setObjectName("card-flow")
        self.parts = parts
        self.events = CardEvents(self)
        self.jobs = parts.jobs  # cancelled at every session end by the application
        self.reading = ReadingScreen()
        self.message = CardMessageScreen()
        self.pad = PinPadScreen()
        self.notice = AttractNotice()
        for screen in (self.reading, self.message, self.pad):
            parts.shell.add_screen(screen)
        layout = window.attract.layout()
        if isinstance(layout, QVBoxLayout):  # under the invitation, above the languages
            layout.insertWidget(layout.indexOf(window.attract.picker), self.notice)
        self.pin = PinService(parts.shell, self.pad, self.jobs, lambda: self.pcsc, self._pin_reader)
        self.offers = Offers(parts, self.message, dt.date.today)
        self.runtime = ReaderRuntime()
        self.secrets: PseudonymSecrets | None = None
        self._trust: TrustStore | None = None
        self._reader: str | None = None  # the reader holding the card we know of
        self._reading = False
        self._card_session = False  # this session came with the card in the reader
        self._last_seen: bool | None = None
        self.on_demand = False
        """Outreach: read a card only when asked (`read_card`), never on insertion."""

    # start and stop ------------------------------------------------------------------
    def start(self, pcsc: Pcsc | None = None) -> None:
        """Watch the readers (idempotent); every PC/SC call runs on the PC/SC thread."""
        if self.runtime.monitor is not None:
            return
        from card_reader.monitor import CardMonitor
        from card_reader.pcsc import Pcsc

        monitor = CardMonitor(self._states, self.events.deliver)
        self.runtime.watch(pcsc or Pcsc(), monitor)
        monitor.start()
        log.info("card reader monitor started")

    @property
    def pcsc(self) -> Pcsc | None:
        """The PC/SC adapter once started."""
        return self.runtime.pcsc

    def stop(self) -> None:
        """Stop watching, release PC/SC and end the verifier process (application end)."""
        self.pin.drop()
        self.runtime.stop()

    def reader_changed(self, present: bool) -> None:
        """A reader is there: have the verifier process warm before the first card."""
        if present and self.runtime.verifier is None:
            runtime, trust = self.runtime, self._trust_store
            self.jobs.run(lambda: runtime.start_verifier(trust()), lambda _none: None)

    def use_store(self, store: object) -> None:
        """The store is open: the pseudonym secret can be found (keyring, else central)."""
        engine = getattr(store, "engine", None)
        if engine is None or self.secrets is not None:
            return
        from offline_sync.pseudonym_secret import PseudonymSecrets

        secrets = PseudonymSecrets(
            engine, ca_bundle=self.parts.settings.ca_bundle, credentials=self.parts.sync.credentials
        )
        self.secrets = secrets
        self.prefetch_secret()

    def prefetch_secret(self) -> None:
        """Fetch the pseudonym secret ahead of the first card (kept for offline use)."""
        secrets = self.secrets
        if secrets is not None:
            self.jobs.run(secrets.get, lambda _secret: None)

    def _states(self) -> list[ReaderState]:
        """The monitor's view of the readers; tells the health board when that changes."""
        from card_reader.errors import NoReader

        pcsc = self.pcsc
        if pcsc is None:
            raise NoReader("stopped")
        try:
            states = pcsc.states()
        except NoReader:
            self._seen(False)
            raise
        self._seen(bool(states))
        return states

    def _seen(self, present: bool) -> None:
        if present != self._last_seen:
            self._last_seen = present
            self.reader_seen.emit(present)

    # card events (GUI thread) ---------------------------------------------------------
    def card_inserted(self, reader: str, _atr: bytes, mute: bool) -> None:
        """A card went in: read it, unless another card is in use (or reads are on demand)."""
        if self.on_demand:
            self._reader = reader
            return
        if self._reader is not None or self.pcsc is None:
            return
        self._reader, self._card_session = reader, True
        self.notice.clear()
        self.parts.controller.input_received()  # a card in is the start of a visit
        if mute:
            self._say(Message.UNREADABLE)
            return
        self._reading = True
        self.reading.begin()
        self.parts.shell.show_screen(ReadingScreen.name)
        self._identify(
            self.pcsc, reader, self._identified, self._failed, on_progress=self.read_progress.emit
        )

    def card_removed(self, reader: str) -> None:
        """The card came out: the visit it started ends, and nothing of it is left."""
        if reader != self._reader:
            return
        self._reader = None
        if self.on_demand:
            return
        was_reading, ends = self._reading, self._card_session
        if ends:
            self.parts.controller.end_session(EndReason.CARD_REMOVED)
        if was_reading:
            self.notice.say(Notice.REMOVED_EARLY)
            self.parts.narrator.status(self.notice.text())
        elif self.notice.kind is Notice.TAKE_CARD:
            self.notice.clear()

    def read_card(
        self, done: Callable[[Citizen], None], failed: Callable[[BaseException], None]
    ) -> bool:
        """Read and verify the card in the reader now, as on insertion (outreach).

        ``failed`` gets an `IdentifyFailed` (``REMOVED`` also when no card is in). False
        when there is no PC/SC at all (the reader stack did not start).
        """
        if self.pcsc is None:
            return False
        self._identify(self.pcsc, self._reader, done, failed)
        return True

    def _identify(
        self,
        pcsc: Pcsc,
        reader: str | None,
        done: Callable[[Citizen], None],
        failed: Callable[[BaseException], None],
        *,
        on_progress: Callable[[], None] | None = None,
    ) -> None:
        """Read and verify on a worker; signatures in the verifier process once it runs."""
        trust, secret, verify = self._trust_store, self._secret, self.runtime.verify
        from kiosk.identify import identify_card

        self.jobs.run(
            lambda: identify_card(
                pcsc, trust(), reader, secret, on_progress=on_progress, verify=verify()
            ),
            done,
            failed,
        )

    def _identified(self, citizen: Citizen) -> None:
        self._reading = False
        self.parts.citizen.identify(citizen)
        self.offers.show(citizen)  # before the screen is shown: read aloud with it
        self.parts.shell.show_screen(CitizenHomeScreen.name)

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        if not isinstance(error, IdentifyFailed):
            log.error("identifying a card failed", exc_info=error)
            self._say(Message.UNREADABLE)
        elif error.problem is Problem.REMOVED:
            if self._card_session:  # the removal event has not come yet: end now
                self.parts.controller.end_session(EndReason.CARD_REMOVED)
            self.notice.say(Notice.REMOVED_EARLY)
        else:
            self._say(Message.for_problem(error.problem))

    def _say(self, message: Message) -> None:
        self.message.show_message(message)
        self.parts.shell.show_screen(CardMessageScreen.name)

    def session_ended(self, reason: EndReason) -> None:
        """Whatever ended the visit: drop its PIN request (the application cancels its jobs)."""
        self.pin.drop()
        self._reading = self._card_session = False
        if self._reader is not None and reason is not EndReason.CARD_REMOVED:
            self.notice.say(Notice.TAKE_CARD)  # left behind: never read again for the next

    def go_as_guest(self) -> None:
        """After a card problem: the guest's services; taking the card out no longer ends."""
        self._card_session = False
        self.parts.shell.show_screen(GuestHomeScreen.name)

    def call_staff(self) -> None:
        """As the bar's button does."""
        self.parts.desk.call(self.parts.shell.current_name)
        self.parts.shell.show_staff_notice()

    # helpers for the worker -----------------------------------------------------------
    def _pin_reader(self) -> str | None:
        return self._reader if self.parts.citizen.current is not None else None

    def _trust_store(self) -> TrustStore:
        if self._trust is None:
            from kiosk.identify import trust_store

            self._trust = trust_store(self.parts.settings.trust_roots)
        return self._trust

    def _secret(self) -> bytes | None:
        secrets = self.secrets
        return None if secrets is None else secrets.get()


def card_flow(parts: KioskParts) -> CardFlow | None:
    """The installed flow (for tests, the tour and benchmarks)."""
    return parts.shell.window().findChild(CardFlow, "card-flow")


def install(parts: KioskParts, window: KioskWindow) -> None:
    """Add the card screens, the PIN pad and the reader; start it with the store."""
    flow = CardFlow(parts, window)
    events, shell = flow.events, parts.shell
    events.card_inserted.connect(flow.card_inserted)
    events.card_removed.connect(flow.card_removed)
    flow.reader_seen.connect(parts.health.report_reader)
    flow.reader_seen.connect(flow.reader_changed)
    flow.read_progress.connect(flow.reading.step)
    flow.message.guest_chosen.connect(flow.go_as_guest)
    flow.message.back.connect(shell.go_back)
    flow.message.staff_requested.connect(flow.call_staff)
    flow.pad.staff_requested.connect(flow.call_staff)
    parts.controller.ended.connect(flow.session_ended)
    window.attract.guest_chosen.connect(flow.notice.clear)
    parts.store.opened.connect(flow.use_store)
    parts.store.opened.connect(lambda _store: flow.start())
    runtime = flow.runtime
    window.destroyed.connect(lambda *_: runtime.stop())  # no thread outlives the window
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(lambda: runtime.stop())  # noqa: PLW0108 (holds it strongly)
