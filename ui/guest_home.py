"""The guest's home screen: the services that need no identity card.

A service that is not built or not offered on this kiosk is shown disabled, and one
plain sentence says which ones and where to go instead (the counter, or "call staff");
nothing pretends to work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.services import GUEST_SERVICES, Service
from ui.screen import KioskScreen, set_text


class GuestHomeScreen(KioskScreen):
    """Large buttons for meldingen, questions and queue tickets, and "finish".

    Signals:
        service_chosen(object): the `Service` the guest picked (only available ones).
        finished(): the guest is done; the session ends.
    """

    name = "guest-home"
    service_chosen = Signal(object)
    finished = Signal()

    def __init__(self, available: frozenset[Service], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unavailable = [s for s in GUEST_SERVICES if s not in available]
        self._heading = QLabel()
        self._heading.setObjectName("heading")
        self._heading.setWordWrap(True)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._note = QLabel()
        self._note.setObjectName("subtitle")
        self._note.setWordWrap(True)
        self._note.setVisible(bool(self._unavailable))
        self._intro.setVisible(len(self._unavailable) < len(GUEST_SERVICES))
        self.service_buttons: dict[Service, QPushButton] = {}
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("finish")
        self.finish_button.clicked.connect(self.finished)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addWidget(self._note)
        layout.addSpacing(8)
        for service in GUEST_SERVICES:
            button = QPushButton()
            button.setObjectName(f"service-{service.value}")
            button.setEnabled(service in available)
            button.clicked.connect(lambda _c=False, s=service: self.service_chosen.emit(s))
            self.service_buttons[service] = button
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.finish_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        set_text(self._heading, self.tr("What would you like to do?"))
        set_text(self._intro, self.tr("Without an identity card you can use these services."))
        titles = {
            Service.MELDING: self.tr("Report a problem"),
            Service.QUESTION: self.tr("Ask a question"),
            Service.TICKET: self.tr("Take a queue ticket"),
        }
        descriptions = {
            Service.MELDING: self.tr("A broken street light, litter, a pothole"),
            Service.QUESTION: self.tr("A question to the municipality"),
            Service.TICKET: self.tr("A number for the counter"),
        }
        for service, button in self.service_buttons.items():
            set_text(button, titles[service], descriptions[service])
        if len(self._unavailable) == len(GUEST_SERVICES):
            note = self.tr(
                "These services are not available at this kiosk yet. "
                "Please ask at the counter or call staff."
            )
        else:
            note = self.tr(
                "Not available at this kiosk yet: {services}. "
                "Please ask at the counter or call staff."
            ).format(services=", ".join(titles[s] for s in self._unavailable))
        set_text(self._note, note)
        set_text(self.finish_button, self.tr("Finish"), self.tr("End your visit and start over"))
