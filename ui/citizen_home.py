"""The identified citizen's home screen: a greeting by name, offers, and the services.

Three services on the home screen and the rest behind "More services" (a page holds no
more in large text). The greeting and the offers are filled when a card is verified
(`show_citizen`) and emptied by `reset` at the session end, so the next person never
sees them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.citizen import Citizen
from kiosk.services import Service
from ui.screen import set_text
from ui.service_menu import ServiceMenuScreen

HOME_SERVICES: tuple[Service, ...] = (Service.CERTIFICATE, Service.MELDING, Service.QUESTION)
MORE_SERVICES: tuple[Service, ...] = (
    Service.APPOINTMENT,
    Service.TICKET,
    Service.MY_DATA,
    Service.PARTICIPATION,
)


class CitizenHomeScreen(ServiceMenuScreen):
    """A greeting by name, the proactive offers, three services, "more" and "finish".

    ``offers`` is a box the card flow fills with offer buttons (`kiosk.proactive`).

    Signals:
        more_requested(): show the other services.
    """

    name = "citizen-home"
    more_requested = Signal()

    def __init__(
        self, available: frozenset[Service] = frozenset(), parent: QWidget | None = None
    ) -> None:
        super().__init__(HOME_SERVICES, available, parent, hide_unavailable=True)
        self.more_button = QPushButton()
        self.more_button.setObjectName("more-services")
        self.more_button.clicked.connect(self.more_requested)
        self._citizen: Citizen | None = None
        self.greeting = QLabel()
        self.greeting.setObjectName("heading")
        self.greeting.setWordWrap(True)
        self.offers = QWidget()
        self.offers.setObjectName("offers")
        self.offers_layout = QVBoxLayout(self.offers)
        self.offers_layout.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.greeting)
        self.layout_.addWidget(self.offers)
        self.bottom_row.addWidget(self.more_button)
        self.place_services()

    def show_citizen(self, citizen: Citizen) -> None:
        """Greet ``citizen`` by name."""
        self._citizen = citizen
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        super().retranslate()
        if not hasattr(self, "greeting"):
            return  # called from the base class before the greeting exists
        set_text(
            self.more_button, self.tr("More services"), self.tr("Appointments, my data, polls")
        )
        if self._citizen is None:
            set_text(self.greeting, self.tr("Welcome"))
        else:
            set_text(
                self.greeting,
                self.tr("Good day, {name}").format(name=self._citizen.display_name),
            )

    def reset(self) -> None:
        """Forget the citizen: no name, no offers."""
        super().reset()
        self._citizen = None
        while self.offers_layout.count():
            item = self.offers_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # out of the widget tree now, not at the next loop
                widget.deleteLater()
        self.retranslate()


class CitizenMoreScreen(ServiceMenuScreen):
    """The citizen's other services, and "back" to the home screen.

    Signals:
        back(): return to the home screen.
    """

    name = "citizen-more"
    back = Signal()

    def __init__(
        self, available: frozenset[Service] = frozenset(), parent: QWidget | None = None
    ) -> None:
        super().__init__(MORE_SERVICES, available, parent, hide_unavailable=True)
        self._heading = QLabel()
        self._heading.setObjectName("heading")
        self._heading.setWordWrap(True)
        self.back_button = QPushButton()
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.back)
        self.layout_.addWidget(self._heading)
        self.bottom_row.addWidget(self.back_button)
        self.place_services()

    def retranslate(self) -> None:
        """Texts in the current language."""
        super().retranslate()
        if not hasattr(self, "_heading"):
            return
        set_text(self._heading, self.tr("More services"))
        set_text(self.back_button, self.tr("Back"), self.tr("Back to the start"))
