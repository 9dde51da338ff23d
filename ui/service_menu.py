"""A home screen's list of services: big buttons, honest about what this kiosk offers.

The guest's and the identified citizen's screens share it. A service becomes available
when its feature (`ui.features`) is installed and calls `make_available`; until then its
button is disabled and one plain sentence says where to go instead (the counter, or
"call staff"), or, on the citizen's pages, it is not shown at all. A page holds at most
four services in one column: in large text at 1280x800 no more fit unclipped.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.services import Service
from ui.screen import KioskScreen, set_text


def service_title(service: Service) -> str:
    """The button text of ``service`` in the current language."""
    return {
        Service.MELDING: QCoreApplication.translate("ServiceMenu", "Report a problem"),
        Service.QUESTION: QCoreApplication.translate("ServiceMenu", "Ask a question"),
        Service.TICKET: QCoreApplication.translate("ServiceMenu", "Take a queue ticket"),
        Service.APPOINTMENT: QCoreApplication.translate("ServiceMenu", "Appointments"),
        Service.CERTIFICATE: QCoreApplication.translate("ServiceMenu", "Certificates"),
        Service.MY_DATA: QCoreApplication.translate("ServiceMenu", "My data"),
        Service.PARTICIPATION: QCoreApplication.translate("ServiceMenu", "Have your say"),
    }[service]


def service_description(service: Service) -> str:
    """One line under the title that says what the service is for."""
    return {
        Service.MELDING: QCoreApplication.translate(
            "ServiceMenu", "A broken street light, litter, a pothole"
        ),
        Service.QUESTION: QCoreApplication.translate(
            "ServiceMenu", "A question to the municipality"
        ),
        Service.TICKET: QCoreApplication.translate("ServiceMenu", "A number for the counter"),
        Service.APPOINTMENT: QCoreApplication.translate(
            "ServiceMenu", "Book an appointment, or check in for one"
        ),
        Service.CERTIFICATE: QCoreApplication.translate(
            "ServiceMenu", "Proof of residence, household composition and more"
        ),
        Service.MY_DATA: QCoreApplication.translate(
            "ServiceMenu", "What the municipality holds about you, and who looked at it"
        ),
        Service.PARTICIPATION: QCoreApplication.translate(
            "ServiceMenu", "Polls and proposals for the municipality"
        ),
    }[service]


class ServiceMenuScreen(KioskScreen):
    """Headings (from the subclass), a button per service, an honesty note, "finish".

    Signals:
        service_chosen(object): the `Service` picked (only available ones can be).
        finished(): the visit is over; the session ends.
    """

    service_chosen = Signal(object)
    finished = Signal()

    def __init__(
        self,
        services: Sequence[Service],
        available: frozenset[Service] = frozenset(),
        parent: QWidget | None = None,
        *,
        hide_unavailable: bool = False,
    ) -> None:
        super().__init__(parent)
        self._hide_unavailable = hide_unavailable
        self._services = tuple(services)
        self._available = set(available) & set(self._services)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(48, 24, 48, 24)
        self.layout_.setSpacing(16)
        self.note = QLabel()
        self.note.setObjectName("subtitle")
        self.note.setWordWrap(True)
        self.service_buttons: dict[Service, QPushButton] = {}
        for service in self._services:
            button = QPushButton()
            button.setObjectName(f"service-{service.value}")
            button.clicked.connect(lambda _c=False, s=service: self.service_chosen.emit(s))
            self.service_buttons[service] = button
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("finish")
        self.finish_button.clicked.connect(self.finished)
        self.bottom_row = QHBoxLayout()
        self.bottom_row.setSpacing(16)

    def place_services(self) -> None:
        """Add the note, the service buttons and "finish" below what the subclass placed."""
        self.layout_.addWidget(self.note)
        self.layout_.addSpacing(8)
        for button in self.service_buttons.values():
            self.layout_.addWidget(button)
        self.layout_.addStretch(1)
        self.bottom_row.addWidget(self.finish_button)
        self.bottom_row.addStretch(1)
        self.layout_.addLayout(self.bottom_row)
        self._show_availability()

    @property
    def available(self) -> frozenset[Service]:
        """The services that can be chosen here now."""
        return frozenset(self._available)

    def make_available(self, service: Service) -> None:
        """``service`` works on this kiosk: enable its button (a feature calls this)."""
        if service in self.service_buttons:
            self._available.add(service)
            self._show_availability()

    def _show_availability(self) -> None:
        for service, button in self.service_buttons.items():
            button.setEnabled(service in self._available)
            button.setVisible(service in self._available or not self._hide_unavailable)
        lacking = len(self._available) < len(self._services)
        self.note.setVisible(lacking and not self._hide_unavailable)
        self.retranslate()

    def retranslate(self) -> None:
        """Service texts and the note in the current language."""
        for service, button in self.service_buttons.items():
            set_text(button, service_title(service), service_description(service))
        missing = [s for s in self._services if s not in self._available]
        if len(missing) == len(self._services):
            note = QCoreApplication.translate(
                "ServiceMenu",
                "These services are not available at this kiosk yet. "
                "Please ask at the counter or call staff.",
            )
        else:
            note = QCoreApplication.translate(
                "ServiceMenu",
                "Not available at this kiosk yet: {services}. "
                "Please ask at the counter or call staff.",
            ).format(services=", ".join(service_title(s) for s in missing))
        set_text(self.note, note)
        set_text(
            self.finish_button,
            QCoreApplication.translate("ServiceMenu", "Finish"),
            QCoreApplication.translate("ServiceMenu", "End your visit and start over"),
        )
