"""The proactive offers on the citizen's home screen (decided by `kiosk.proactive`).

An eID that expires within three months brings "renew your identity card" (the
appointment service when this kiosk has it, else a note to ask at the counter); a citizen
of 65 or over gets "ask for a home visit", which stores a ``visit_request`` on a worker.
The most urgent offer sits in the home screen's ``offers`` box, which the home screen
empties at the session end.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kiosk.citizen import Citizen
from kiosk.proactive import Offer, ProactiveFacts, offers_for
from kiosk.services import Service
from ui.citizen_home import CitizenHomeScreen, CitizenMoreScreen
from ui.features._card_screens import CardMessageScreen, Message
from ui.screen import set_text

if TYPE_CHECKING:
    from ui.app import KioskParts

log = logging.getLogger(__name__)

MAX_OFFERS = 1
"""The most urgent offer only: with the greeting and three services, more do not fit in
large text at 1280x800 (a 65+ citizen whose card expires is offered the renewal)."""


class OfferButton(QPushButton):
    """One offer; its text follows the language."""

    def __init__(self, offer: Offer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self.setObjectName(f"offer-{offer.value}")
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Re-translate with the screen."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Text and description in the current language."""
        if self.offer is Offer.RENEW_EID:
            set_text(
                self,
                self.tr("Renew your eID"),
                self.tr("Your card expires within three months"),
            )
        else:
            set_text(
                self,
                self.tr("Ask for a home visit"),
                self.tr("Someone from the municipality comes to help you at home"),
            )


class Offers:
    """Puts the offers on the home screen and carries them out."""

    def __init__(
        self, parts: KioskParts, message: CardMessageScreen, today: Callable[[], dt.date]
    ) -> None:
        self._parts = parts
        self._message = message
        self._today = today
        home = parts.shell.screen_named(CitizenHomeScreen.name)
        more = parts.shell.screen_named(CitizenMoreScreen.name)
        assert isinstance(home, CitizenHomeScreen)
        assert isinstance(more, CitizenMoreScreen)
        self._home, self._more = home, more

    def show(self, citizen: Citizen) -> None:
        """Add the offers that apply to ``citizen``."""
        facts = ProactiveFacts(citizen.card_valid_until, citizen.birth_date)
        offers = offers_for(facts, self._today())
        if not offers:
            return
        row = QWidget()
        row.setObjectName("offer-row")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        for offer in offers[:MAX_OFFERS]:
            button = OfferButton(offer)
            button.clicked.connect(lambda _c=False, o=offer: self.take(o))
            layout.addWidget(button, 1)
        self._home.offers_layout.addWidget(row)

    def take(self, offer: Offer) -> None:
        """The citizen took ``offer``."""
        if offer is Offer.RENEW_EID:
            if Service.APPOINTMENT in self._more.available:
                self._more.service_chosen.emit(Service.APPOINTMENT)
            else:
                self._say(Message.RENEW_AT_COUNTER)
            return
        self._request_visit()

    def _request_visit(self) -> None:
        citizen = self._parts.citizen.current
        engine = getattr(self._parts.store.store, "engine", None)
        if citizen is None or engine is None:
            self._say(Message.VISIT_FAILED)
            return
        from kiosk.visit_requests import request_home_visit

        def done(_request_id: str) -> None:
            self._parts.sync.trigger()
            self._say(Message.VISIT_REQUESTED)

        def failed(error: BaseException) -> None:
            log.warning("the home visit request was not saved: %s", type(error).__name__)
            self._say(Message.VISIT_FAILED)

        self._parts.jobs.run(lambda: request_home_visit(engine, citizen), done, failed)

    def _say(self, message: Message) -> None:
        self._message.show_message(message)
        self._parts.shell.show_screen(CardMessageScreen.name)
