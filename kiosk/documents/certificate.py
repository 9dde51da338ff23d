"""Certificates (attesten) as A4 PDF documents, in the citizen's language.

Every certificate names the municipality, says what it certifies about whom, and carries
a validity period and a verification code, printed as text and as a QR code pointing at
central's ``/v1/verify/{code}``, so that whoever receives the paper can check it.
The national register number is deliberately left off: nothing here needs it.

This module holds what a certificate says; the layout (reportlab) is in
`kiosk.documents.certificate_pdf`, loaded on the first render, so that a kiosk that has
printed nothing yet does not carry it.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from kiosk.documents.certificate_texts import LANGUAGES


class CertificateKind(enum.Enum):
    RESIDENCE = "residence"
    RESIDENCE_HISTORY = "residence_history"
    HOUSEHOLD = "household"
    LIFE = "life"
    NATIONALITY = "nationality"
    VOTER = "voter"
    COHABITATION = "cohabitation"


@dataclass(frozen=True)
class AddressPeriod:
    address: str
    since: dt.date
    until: dt.date | None = None


@dataclass(frozen=True)
class HouseholdMember:
    name: str
    birth_date: dt.date | None
    relation: str


@dataclass(frozen=True)
class CertificateData:
    """What one certificate states; filled from the register by the certificate use case."""

    kind: CertificateKind
    language: str
    municipality_name: str
    holder_name: str
    holder_birth_date: dt.date | None
    address: str
    issued_at: dt.datetime
    valid_until: dt.date
    verification_code: str
    verify_base_url: str
    holder_birth_place: str | None = None
    resident_since: dt.date | None = None
    history: tuple[AddressPeriod, ...] = ()
    household: tuple[HouseholdMember, ...] = ()
    nationality: str | None = None
    partner_name: str | None = None
    cohabitation_since: dt.date | None = None

    @property
    def verify_url(self) -> str:
        return f"{self.verify_base_url.rstrip('/')}/v1/verify/{self.verification_code}"


@dataclass(frozen=True)
class RenderedCertificate:
    pdf: bytes
    sha256: str
    title: str


def render_certificate(data: CertificateData) -> RenderedCertificate:
    """Lay out ``data`` as an A4 PDF.

    Raises:
        ValueError: an unknown language, or data the kind needs is missing.
    """
    if data.language not in LANGUAGES:
        raise ValueError(f"no certificate texts for language {data.language!r}")
    from kiosk.documents.certificate_pdf import render

    return render(data)
