"""The visit's eID step: read the resident's card, link it, then do services with them.

"Read eID" is possible once consent is recorded, or when consent is given by this very
read (the consent panel's "eID read"). The card is read and verified as at the kiosk
(`ui.outreach_assist.AssistedServices` → `CardFlow.read_card`), then `kiosk.resident_eid`
decides whether it is this resident's; the panel says plainly what happened: linked,
someone else's card, not verified, expired, not an eID, or no card / taken out. Once
linked, "Services with the resident" opens the kiosk's services, assisted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ui.outreach_desk import named
from ui.screen import set_text

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.citizen import Citizen
    from kiosk.resident_eid import Linked
    from kiosk.staff_signin import StaffMember
    from ui.outreach_assist import AssistedServices
    from ui.outreach_consent import ConsentPanel
    from ui.outreach_desk import OutreachDesk


class EidPanel(QGroupBox):
    """Signals:
    linked(): the card was verified and linked to the resident (consent may be new).
    """

    linked = Signal()

    def __init__(self, desk: OutreachDesk, consent: ConsentPanel) -> None:
        super().__init__()
        self.setObjectName("visit-eid")
        self._desk = desk
        self._consent = consent
        self.host: AssistedServices | None = None
        """Set by the composition root (`ui.outreach.build_outreach`)."""
        self.person_id: str | None = None
        self.holder: Citizen | None = None
        self._reading = False
        self.state = named(QLabel(), "eid-state")
        self.state.setWordWrap(True)
        self.read = named(QPushButton(), "eid-read")
        self.services = named(QPushButton(), "assisted-services-open")
        buttons = QHBoxLayout()
        buttons.addWidget(self.read)
        buttons.addWidget(self.services)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.read.clicked.connect(self.read_card)
        self.services.clicked.connect(self.open_services)
        consent.method.currentIndexChanged.connect(lambda _i: self._enable())
        self._say: Callable[[], None] = self._hint
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("eID and services with the resident"))
        self.setAccessibleName(self.tr("eID and services with the resident"))
        set_text(self.read, self.tr("Read eID"))
        set_text(self.services, self.tr("Services with the resident"))
        self._say()
        self._enable()

    def show_person(self, person_id: str) -> None:
        if person_id != self.person_id:
            self.person_id, self.holder = person_id, None
            self._show(self._hint)
        self._enable()

    def _enable(self) -> None:
        consent = self._consent
        allowed = consent.given or consent.by_eid
        self.read.setEnabled(self.person_id is not None and allowed and not self._reading)
        self.services.setEnabled(self.holder is not None and not self._reading)

    def _show(self, say: Callable[[], None]) -> None:
        """Say ``say`` now and again after a language switch."""
        self._say = say
        say()

    # reading ---------------------------------------------------------------------------
    def read_card(self) -> None:
        host = self.host
        if self.person_id is None or host is None or self._reading:
            return
        self.holder = None
        self._reading = True
        self._show(lambda: set_text(self.state, self.tr("Reading the eID… keep it in the reader.")))
        self._enable()
        if not host.read_card(self._read, self._failed):
            self._reading = False
            self._show(lambda: set_text(self.state, self.tr("This laptop has no card reader.")))
            self._enable()

    def _read(self, holder: Citizen) -> None:
        from kiosk.resident_eid import EidConsent, link_resident

        person_id, consent = self.person_id, self._consent
        if person_id is None:
            self._reading = False
            return
        terms = EidConsent(consent.purpose.text(), consent.expires_at()) if consent.by_eid else None

        def work(engine: Engine, staff: StaffMember) -> Linked:
            return link_resident(engine, staff, person_id, holder, consent=terms)

        self._desk.write(work, lambda _linked: self._linked(holder), self._failed)

    def _linked(self, holder: Citizen) -> None:
        self._reading = False
        self.holder = holder
        name = holder.display_name
        self._show(
            lambda: set_text(
                self.state,
                self.tr("eID of {name} verified and linked to this resident.").format(name=name),
            )
        )
        self._enable()
        self.linked.emit()

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        self.holder = None
        self._show(lambda: set_text(self.state, self._problem_text(error)))
        self._enable()

    def _problem_text(self, error: BaseException) -> str:
        from kiosk.consent import ConsentInvalid, ConsentMissing
        from kiosk.identify import IdentifyFailed, Problem
        from kiosk.resident_eid import Mismatch, NotThisResident

        if isinstance(error, NotThisResident):
            if error.reason is Mismatch.NO_KEY:
                return self.tr(
                    "This laptop cannot match cards yet: connect once to sync, then read again."
                )
            return self.tr(
                "This eID belongs to someone else, not to the resident of this visit. "
                "Nothing was linked."
            )
        if isinstance(error, ConsentMissing):
            return self.tr("Record consent first, or choose consent by eID read.")
        if isinstance(error, ConsentInvalid):
            return self.tr("Fill in the purpose of the consent, then read again.")
        problem = error.problem if isinstance(error, IdentifyFailed) else Problem.UNREADABLE
        texts = {
            Problem.REMOVED: self.tr(
                "No eID in the reader, or it was taken out during the read. "
                "Put it in and read again."
            ),
            Problem.NOT_AN_EID: self.tr("This card is not an eID."),
            Problem.NOT_VERIFIED: self.tr(
                "This eID failed the authenticity check: do not use it. "
                "The resident should have it checked at the town hall."
            ),
            Problem.EXPIRED: self.tr(
                "This eID has expired: the resident needs a new one at the town hall."
            ),
        }
        return texts.get(
            problem, self.tr("The card could not be read. Check the reader and try again.")
        )

    def _hint(self) -> None:
        set_text(
            self.state,
            self.tr("With the resident's consent, put their eID in the reader and read it."),
        )

    # services --------------------------------------------------------------------------
    def open_services(self) -> None:
        host, holder, staff = self.host, self.holder, self._desk.staff
        if host is not None and holder is not None and staff is not None:
            host.start(holder, staff)

    def reset(self) -> None:
        """Signing out or another visit: the resident's card and services are forgotten."""
        if self.host is not None:
            self.host.stop()
        self.person_id, self.holder, self._reading = None, None, False
        self._show(self._hint)
        self._enable()
