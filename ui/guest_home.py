"""The guest's home screen: the services that need no identity card."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from kiosk.services import GUEST_SERVICES, Service
from ui.screen import set_text
from ui.service_menu import ServiceMenuScreen


class GuestHomeScreen(ServiceMenuScreen):
    """Large buttons for meldingen, questions and queue tickets, and "finish"."""

    name = "guest-home"

    def __init__(
        self, available: frozenset[Service] = frozenset(), parent: QWidget | None = None
    ) -> None:
        super().__init__(GUEST_SERVICES, available, parent)
        self._heading = QLabel()
        self._heading.setObjectName("heading")
        self._heading.setWordWrap(True)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.layout_.addWidget(self._heading)
        self.layout_.addWidget(self._intro)
        self.place_services()

    def retranslate(self) -> None:
        """Texts in the current language."""
        super().retranslate()
        if not hasattr(self, "_heading"):
            return  # called from the base class before the headings exist
        set_text(self._heading, self.tr("What would you like to do?"))
        set_text(self._intro, self.tr("Without an identity card you can use these services."))
        self._intro.setVisible(bool(self.available))
