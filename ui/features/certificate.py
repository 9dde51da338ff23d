"""Certificates at the kiosk: choose one, its language, confirm with the PIN, print it.

The flow: kind → language (the visit's, pre-set) → PIN (`ui.features._pin_pad`) →
central is asked and the PDF rendered on a worker
(`kiosk.certificates.request_with_enrollment`) → "ready" with the verification code →
print (`ui.printing`, also on a worker). When central cannot be reached the citizen
chooses how the certificate should reach them and the request is saved as a
``certificate_request`` record that sync takes to central.

The rendered PDF is kept in the session's temporary folder (`kiosk.session_files`) and
that folder is deleted at every session end, with the flow's memory of the citizen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.certificate_client import CertificateRefused, NotApplicable, PersonNotInRegister
from kiosk.certificate_requests import Delivery, SavedRequest, save_request
from kiosk.certificates import Issued, Queued, QueueReason, queued, request_with_enrollment
from kiosk.documents.certificate import CertificateKind
from kiosk.services import Service
from kiosk.session_files import SessionFiles
from ui.citizen_home import CitizenHomeScreen
from ui.features import offer
from ui.features._certificate_choice import (
    CertificateKindScreen,
    CertificateMoreScreen,
    CertificateOptionsScreen,
)
from ui.features._certificate_result import CertificateResultScreen, Problem
from ui.features._pin_pad import request_pin
from ui.printing import DocumentPrinter, Printed, PrintResult

if TYPE_CHECKING:
    from ui.app import KioskParts, KioskWindow

log = logging.getLogger(__name__)


PinStep = Callable[["KioskParts", str, Callable[[], None], Callable[[], None]], None]
"""(parts, purpose, on_verified, on_cancelled): `ui.features._pin_pad.request_pin`."""


class CertificateFlow(QObject):
    """Holds one request at a time and moves the citizen through the screens.

    ``pin`` is the PIN step (the shared pad); ``printer`` prints or saves the PDF.
    """

    def __init__(self, parts: KioskParts, printer: DocumentPrinter, files: SessionFiles) -> None:
        super().__init__()
        self.setObjectName("certificate-flow")
        self.parts = parts
        self.printer = printer
        self.files = files
        self.pin: PinStep = request_pin
        self.kinds = CertificateKindScreen()
        self.more_kinds = CertificateMoreScreen()
        self.options = CertificateOptionsScreen()
        self.result = CertificateResultScreen()
        self.issued: Issued | None = None
        self._request: tuple[CertificateKind, str] | None = None
        self._ticket = 0  # a result of an abandoned request is not shown
        for page in (self.kinds, self.more_kinds):
            page.chosen.connect(self._kind_chosen)
            page.back.connect(parts.shell.go_back)
        self.kinds.more.connect(lambda: parts.shell.show_screen(self.more_kinds.name))
        self.options.confirmed.connect(self._confirmed)
        self.options.back.connect(parts.shell.go_back)
        self.result.print_requested.connect(self._print)
        self.result.delivery_chosen.connect(self._save_request)
        self.result.done.connect(self._home)

    def start(self) -> None:
        """The citizen picked "Certificates"."""
        self.parts.shell.show_screen(self.kinds.name)

    def forget(self) -> None:
        """The session ended: drop the request, the certificate and its files."""
        self._ticket += 1
        self.issued = None
        self._request = None
        self.files.wipe()

    def _home(self) -> None:
        self._ticket += 1
        self.parts.shell.show_screen(CitizenHomeScreen.name)

    def _kind_chosen(self, kind: CertificateKind) -> None:
        self.options.prepare(kind, self.parts.session.preferences.language)
        self.parts.shell.show_screen(self.options.name)

    def _confirmed(self, kind: CertificateKind, language: str) -> None:
        self._request = (kind, language)
        purpose = QCoreApplication.translate("Certificate", "to receive your certificate")
        self.pin(self.parts, purpose, self._pin_verified, self._pin_cancelled)

    def _pin_cancelled(self) -> None:
        if self.parts.shell.current_name != self.options.name:
            self.parts.shell.show_screen(self.options.name)

    def _pin_verified(self) -> None:
        citizen, store = self.parts.citizen.current, self.parts.store.store
        if self._request is None or citizen is None:
            return
        kind, language = self._request
        self._ticket += 1
        ticket = self._ticket
        self.result.show_working()
        self.parts.shell.show_screen(self.result.name)
        engine = getattr(store, "engine", None)
        credentials, ca_bundle = self.parts.sync.credentials, self.parts.settings.ca_bundle
        number, files = citizen.national_number, self.files
        assisted_by = self.parts.citizen.assisted_by

        def work() -> Issued | Queued:
            if engine is None:
                return queued(kind, language, QueueReason.OFFLINE)
            outcome = request_with_enrollment(
                engine,
                kind,
                language,
                number,
                credentials=credentials,
                ca_bundle=ca_bundle,
                assisted_by=assisted_by,
            )
            if isinstance(outcome, Issued):
                code = outcome.data.verification_code
                files.write(f"certificate-{code}.pdf", outcome.document.pdf)
            return outcome

        self.parts.jobs.run(
            work,
            lambda outcome: self._answered(ticket, outcome),
            lambda error: self._failed(ticket, error),
        )

    def _answered(self, ticket: int, outcome: Issued | Queued) -> None:
        if ticket != self._ticket:
            return
        if isinstance(outcome, Issued):
            self.issued = outcome
            data = outcome.data
            self.result.show_ready(outcome.document.title, data.verification_code, data.valid_until)
        elif self.parts.citizen.current is None or not self.parts.citizen.current.person_key:
            self.result.show_problem(Problem.NO_STORE)  # no key to keep the request under
        else:
            self.result.show_offline()
        self._announce()

    def _failed(self, ticket: int, error: BaseException) -> None:
        if ticket != self._ticket:
            return
        if isinstance(error, PersonNotInRegister):
            problem = Problem.NOT_IN_REGISTER
        elif isinstance(error, NotApplicable):
            known = {p.value: p for p in Problem}
            problem = known.get(error.code, Problem.REFUSED)
        else:
            if not isinstance(error, CertificateRefused):
                log.error("certificate request failed", exc_info=error)
            problem = Problem.REFUSED
        self.result.show_problem(problem)
        self._announce()

    def _print(self) -> None:
        issued = self.issued
        if issued is None:
            return
        self.result.show_printing()
        self._announce()
        pdf, title = issued.document.pdf, issued.document.title
        name = f"certificate-{issued.data.verification_code}.pdf"
        self.parts.jobs.run(
            lambda: self.printer.print_pdf(pdf, name, title=title),
            self._printed,
            self._print_failed,
        )

    def _printed(self, result: PrintResult) -> None:
        if isinstance(result, Printed):
            self.result.show_printed(result.printer)
        else:
            self.result.show_saved_as_file(result.path)
        self._announce()

    def _print_failed(self, error: BaseException) -> None:
        log.error("printing a certificate failed: %s", error)
        self.result.show_problem(Problem.PRINT_FAILED)
        self._announce()

    def _save_request(self, delivery: Delivery) -> None:
        citizen, store = self.parts.citizen.current, self.parts.store.store
        engine = getattr(store, "engine", None)
        if self._request is None or citizen is None or engine is None:
            self.result.show_problem(Problem.NO_STORE)
            self._announce()
            return
        kind, language = self._request
        person_key, assisted_by = citizen.person_key, self.parts.citizen.assisted_by
        self.result.show_saving()
        self.parts.jobs.run(
            lambda: save_request(
                engine,
                person_key=person_key,
                kind=kind,
                language=language,
                delivery=delivery,
                assisted_by=assisted_by,
            ),
            self._request_saved,
            self._request_not_saved,
        )

    def _request_saved(self, saved: SavedRequest) -> None:
        self.result.show_request_saved(saved.delivery, saved.expected_on)
        self._announce()
        self.parts.sync.trigger()  # goes out as soon as central answers again

    def _request_not_saved(self, error: BaseException) -> None:
        log.error("a certificate request could not be saved: %s", type(error).__name__)
        self.result.show_problem(Problem.NO_STORE)
        self._announce()

    def _announce(self) -> None:
        if self.parts.shell.current_name == self.result.name:
            self.parts.narrator.announce(self.result.spoken_text())


def install(parts: KioskParts, window: KioskWindow) -> None:
    """Add the certificate screens and make "Certificates" available to identified citizens."""
    flow = CertificateFlow(parts, DocumentPrinter(parts.settings), SessionFiles())
    flow.setParent(window)
    for screen in (flow.kinds, flow.more_kinds, flow.options, flow.result):
        parts.shell.add_screen(screen)
    offer(parts, Service.CERTIFICATE, flow.start)
    parts.controller.ended.connect(lambda _reason: flow.forget())
