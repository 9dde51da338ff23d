"""Bodies of the certificate endpoints (central-only; not part of the sync protocol).

`CertificateData` carries the fields of ``kiosk.documents.certificate.CertificateData``
as JSON: central decides what the certificate states, the kiosk lays it out as a PDF and
reports the PDF's SHA-256 back, so central keeps the digest of what was handed out.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

_STRICT = ConfigDict(extra="forbid")

Language = Literal["nl-BE", "fr-BE", "de-BE", "en"]


class CertificateKind(enum.StrEnum):
    RESIDENCE = "residence"
    RESIDENCE_HISTORY = "residence_history"
    HOUSEHOLD = "household"
    LIFE = "life"
    NATIONALITY = "nationality"
    VOTER = "voter"
    COHABITATION = "cohabitation"


class CertificateRequest(BaseModel):
    """Sent by a kiosk after the citizen entered their PIN; only over TLS."""

    model_config = _STRICT
    kind: CertificateKind
    language: Language
    national_number: str = Field(
        min_length=11,
        max_length=15,
        pattern=r"^[0-9 .\-]+$",
        description="the citizen's national register number; used for the register "
        "look-up only, never stored or logged",
    )
    assisted_by: str | None = Field(
        default=None,
        min_length=1,
        max_length=120,
        description="the staff member who asked with the citizen (assisted mode at a kiosk, "
        "a home visit); recorded with the issued certificate",
    )


class AddressPeriodBody(BaseModel):
    model_config = _STRICT
    address: str
    since: dt.date
    until: dt.date | None = None


class HouseholdMemberBody(BaseModel):
    model_config = _STRICT
    name: str
    birth_date: dt.date | None
    relation: str = Field(description="in the certificate's language")


class CertificateData(BaseModel):
    """What the certificate states, worded in ``language``, ready to be laid out."""

    model_config = _STRICT
    kind: CertificateKind
    language: Language
    municipality_name: str
    holder_name: str
    holder_birth_date: dt.date | None
    address: str
    issued_at: dt.datetime = Field(description="local time (Europe/Brussels) with offset")
    valid_until: dt.date = Field(description="last day on which the certificate is valid")
    verification_code: str = Field(description="XXXX-XXXX-XXXX")
    verify_base_url: str = Field(description="where /v1/verify/{code} answers")
    holder_birth_place: str | None = None
    resident_since: dt.date | None = None
    history: list[AddressPeriodBody] = Field(default_factory=list)
    household: list[HouseholdMemberBody] = Field(default_factory=list)
    nationality: str | None = Field(default=None, description="adjective in the language")
    partner_name: str | None = None
    cohabitation_since: dt.date | None = None


class PdfDigest(BaseModel):
    model_config = _STRICT
    pdf_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class VerifyStatus(enum.StrEnum):
    VALID = "valid"
    EXPIRED = "expired"
    REVOKED = "revoked"
    UNKNOWN = "unknown"


class VerifyResult(BaseModel):
    """What anyone holding the paper may learn: genuine, current, what and where.

    No name, address or number: the paper shows those, and the verifier compares them.
    """

    model_config = _STRICT
    code: str = Field(description="the code in its canonical form")
    status: VerifyStatus
    kind: CertificateKind | None = None
    issued_at: dt.datetime | None = None
    valid_until: dt.date | None = None
    municipality: str | None = Field(default=None, description="the issuing municipality")
    pdf_sha256: str | None = Field(
        default=None, description="SHA-256 of the PDF handed out, when the kiosk reported it"
    )
