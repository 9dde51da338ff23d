"""The kiosk's services on the outreach laptop, done by a staff member *with* the resident.

`AssistedServices` joins the visit screen to the kiosk core the window is built on: it
reads the eID with the kiosk's own `CardFlow` (on demand, after consent) and, once the
card is linked to the resident, opens the kiosk's citizen home screen inside the desk
with the resident identified and the staff member as ``assisted_by``, so every record the
kiosk's feature screens make (melding, question, certificate request, appointment) says
who helped. The kiosk session's end (the resident's "stop", idle, signing out) brings the
desk back to the visit and forgets the resident on the kiosk side.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.session import EndReason
from ui.citizen_home import CitizenHomeScreen
from ui.features.card import card_flow

if TYPE_CHECKING:
    from kiosk.citizen import Citizen
    from kiosk.staff_signin import StaffMember
    from ui.app import KioskParts
    from ui.outreach_desk import OutreachDesk

log = logging.getLogger(__name__)

HOME_CHANNEL = "home"
"""The channel of records made on a home visit."""


class AssistedServices(QObject):
    """The eID reader and the kiosk's services, for the visit screen."""

    def __init__(self, parts: KioskParts, desk: OutreachDesk) -> None:
        super().__init__(desk)
        self.setObjectName("assisted-services")
        self.parts = parts
        self.desk = desk
        self.flow = card_flow(parts)
        if self.flow is not None:
            self.flow.on_demand = True  # nothing is read before the resident's consent
        parts.controller.ended.connect(self._ended)
        desk.signed_in.connect(self._signed_in)

    def read_card(
        self, done: Callable[[Citizen], None], failed: Callable[[BaseException], None]
    ) -> bool:
        """Read and verify the resident's card (`CardFlow.read_card`); False: no reader."""
        return self.flow is not None and self.flow.read_card(done, failed)

    def start(self, resident: Citizen, staff: StaffMember) -> None:
        """Open the kiosk's services for ``resident``, assisted by ``staff``."""
        self.parts.controller.input_received()  # the kiosk session starts (idle end included)
        self.parts.citizen.identify(resident, assisted_by=staff.staff_id, channel=HOME_CHANNEL)
        self.parts.shell.show_screen(CitizenHomeScreen.name)
        self.desk.show_page(self.desk.kiosk_shell)
        log.info("assisted services opened")

    def stop(self) -> None:
        """End the assisted session (signing out, another visit): the resident is forgotten."""
        if self.parts.citizen.current is not None:
            self.parts.controller.end_session(EndReason.FINISHED)

    def _ended(self, _reason: EndReason) -> None:
        if self.desk.currentWidget() is self.desk.kiosk_shell:
            self.desk.show_page(self.desk.visit)
            self.desk.visit.reload()

    def _signed_in(self, _staff: object) -> None:
        if self.flow is not None:
            self.flow.prefetch_secret()  # the first card of the day may be read offline
