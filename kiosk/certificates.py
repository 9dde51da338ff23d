"""Use case: a citizen asks for a certificate at the kiosk (after entering their PIN).

Online, central states the certificate from the population register and the kiosk lays
it out as a PDF (`kiosk.documents.certificate`), then tells central the PDF's SHA-256.
When central cannot answer (offline, or the register is down) the result is `Queued`:
what happened and how the certificate will reach the citizen. Saving the queued request
is the caller's job (`kiosk.certificate_requests`); nothing here writes to disk.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine

from kiosk.certificate_client import CentralUnreachable, CertificateError, connect_client
from kiosk.documents.certificate import (
    CertificateData,
    CertificateKind,
    RenderedCertificate,
    render_certificate,
)
from kiosk.documents.certificate_texts import LANGUAGES
from offline_sync.enroll import DeviceCredentials

log = logging.getLogger(__name__)

POSTAL_DELIVERY_WORKING_DAYS = 3


class CertificateClient(Protocol):
    """Central's certificate endpoints (`kiosk.certificate_client.HttpCertificateClient`)."""

    def issue(
        self,
        kind: CertificateKind,
        language: str,
        national_number: str,
        *,
        assisted_by: str | None = None,
    ) -> CertificateData: ...

    def record_pdf(self, code: str, sha256: str) -> None: ...


class QueueReason(enum.Enum):
    OFFLINE = "offline"
    """The kiosk cannot reach central."""
    REGISTER_UNAVAILABLE = "register_unavailable"
    """Central answered, but the population register could not be asked."""


class Delivery(enum.Enum):
    """How a queued certificate reaches the citizen (``certificate_request.delivery``)."""

    POST = "post"
    """Central issues it once the request arrives and posts it to the home address."""
    TOWN_HALL = "town_hall"
    """Central issues it once the request arrives; printed at the town hall counter."""


@dataclass(frozen=True)
class Issued:
    """A certificate ready to print or save."""

    data: CertificateData
    document: RenderedCertificate


@dataclass(frozen=True)
class Queued:
    """The request could not be answered now; it will reach the citizen later."""

    kind: CertificateKind
    language: str
    reason: QueueReason
    how_it_will_reach_you: Delivery
    working_days: int
    message: str
    """What to tell the citizen, in their language."""


_MESSAGES = {
    "nl-BE": "Uw aanvraag is bewaard. Zodra de kiosk weer verbinding heeft, stuurt de "
    "gemeente het attest binnen {days} werkdagen per post naar uw adres.",
    "fr-BE": "Votre demande est enregistrée. Dès que la borne est reconnectée, la commune "
    "envoie le certificat par la poste à votre adresse dans les {days} jours ouvrables.",
    "de-BE": "Ihr Antrag ist gespeichert. Sobald der Kiosk wieder verbunden ist, schickt "
    "die Gemeinde die Bescheinigung innerhalb von {days} Werktagen per Post an Ihre Adresse.",
    "en": "Your request is saved. As soon as the kiosk is back online, the municipality "
    "sends the certificate to your home address by post within {days} working days.",
}


def request_certificate(
    client: CertificateClient,
    kind: CertificateKind,
    language: str,
    national_number: str,
    *,
    assisted_by: str | None = None,
) -> Issued | Queued:
    """Ask central for ``kind`` and render it; `Queued` when central cannot answer now.

    ``assisted_by`` names the staff member asking with the citizen (central records it).

    Raises:
        ValueError: a language without certificate texts.
        kiosk.certificate_client.PersonNotInRegister: the register does not know the person.
        kiosk.certificate_client.NotApplicable: the kind does not apply (``code`` says why).
        kiosk.certificate_client.CertificateRefused: central refused this device.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no certificate texts for language {language!r}")
    try:
        data = client.issue(kind, language, national_number, assisted_by=assisted_by)
    except CentralUnreachable as exc:
        reason = QueueReason(exc.reason)
        log.info("certificate request (%s) queued: %s", kind.value, reason.value)
        return queued(kind, language, reason)
    document = render_certificate(data)
    try:
        client.record_pdf(data.verification_code, document.sha256)
    except CertificateError as exc:  # the certificate stands; only its digest is missing
        log.info("PDF digest of %s not recorded: %s", data.verification_code, exc)
    return Issued(data, document)


def request_with_enrollment(
    engine: Engine,
    kind: CertificateKind,
    language: str,
    national_number: str,
    *,
    credentials: DeviceCredentials | None = None,
    ca_bundle: Path | None = None,
    assisted_by: str | None = None,
) -> Issued | Queued:
    """`request_certificate` from the central service this device is enrolled with.

    A device that is not enrolled (or cannot read its credential) gets `Queued`: the
    request can only wait. Raises what `request_certificate` raises.
    """
    try:
        client = connect_client(engine, credentials, ca_bundle)
    except CentralUnreachable as exc:
        return queued(kind, language, QueueReason(exc.reason))
    try:
        return request_certificate(client, kind, language, national_number, assisted_by=assisted_by)
    finally:
        client.close()


def queued(kind: CertificateKind, language: str, reason: QueueReason) -> Queued:
    """The answer for a request that will be handled once central can be reached."""
    days = POSTAL_DELIVERY_WORKING_DAYS
    return Queued(
        kind=kind,
        language=language,
        reason=reason,
        how_it_will_reach_you=Delivery.POST,
        working_days=days,
        message=_MESSAGES[language].format(days=days),
    )
