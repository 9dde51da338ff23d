"""Issuing certificates and answering verifiers.

Issuing asks the register (`central.certificate_content`), draws a verification code and
stores one ``issued_certificate`` row: code, kind, language, device, issue time, last
valid day, later the PDF's SHA-256. The national number is used for the look-up and then
dropped: no table and no log line holds it (nor a name). Verification needs only the code.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError

from central import tables as t
from central.certificate_content import statement
from central.certificate_models import (
    CertificateData,
    CertificateKind,
    CertificateRequest,
    VerifyResult,
    VerifyStatus,
)
from central.db import read_tx, write_tx
from central.devices import Device
from central.register import PopulationRegister
from offline_sync.formats.verification_codes import new_code, normalise

log = logging.getLogger(__name__)

LOCAL_TIME = ZoneInfo("Europe/Brussels")
DEFAULT_VALIDITY_MONTHS = 3
_C = t.issued_certificate.c


def utc_now() -> dt.datetime:
    return dt.datetime.now(tz=dt.UTC)


@dataclass(frozen=True)
class CertificateSettings:
    """How long certificates stay valid, and the clock (injected by tests)."""

    validity_months: int = DEFAULT_VALIDITY_MONTHS
    clock: Callable[[], dt.datetime] = field(default=utc_now)


class UnknownCertificate(Exception):
    """No certificate with this code was issued to this device."""


class DigestMismatch(Exception):
    """A different PDF digest was already recorded for this code."""


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` calendar months (clamped to the month's last day)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def issue(
    engine: Engine,
    register: PopulationRegister,
    device: Device,
    request: CertificateRequest,
    *,
    verify_base_url: str,
    settings: CertificateSettings,
) -> CertificateData:
    """Look the person up, record the issue and return what the certificate states.

    Raises:
        PersonNotFound, RegisterUnavailable, NotApplicable: nothing was recorded.
    """
    said = statement(register, request.kind, request.language, request.national_number)
    issued_at = settings.clock().astimezone(LOCAL_TIME).replace(microsecond=0)
    valid_until = add_months(issued_at.date(), settings.validity_months)
    with read_tx(engine) as conn:
        name = conn.execute(
            select(t.municipality.c.name).where(
                t.municipality.c.municipality_id == device.municipality_id
            )
        ).scalar_one()
    code = _record(engine, device, request, issued_at, valid_until)
    log.info("certificate %s (%s) issued by device %s", code, request.kind, device.device_id)
    return CertificateData(
        kind=request.kind,
        language=request.language,
        municipality_name=name,
        issued_at=issued_at,
        valid_until=valid_until,
        verification_code=code,
        verify_base_url=verify_base_url,
        holder_name=said.holder_name,
        holder_birth_date=said.holder_birth_date,
        holder_birth_place=said.holder_birth_place,
        address=said.address,
        resident_since=said.resident_since,
        history=list(said.history),
        household=list(said.household),
        nationality=said.nationality,
        partner_name=said.partner_name,
        cohabitation_since=said.cohabitation_since,
    )


def _record(
    engine: Engine,
    device: Device,
    request: CertificateRequest,
    issued_at: dt.datetime,
    valid_until: dt.date,
) -> str:
    for _attempt in range(5):  # 54 random bits: a collision is a curiosity, not a plan
        code = new_code()
        try:
            with write_tx(engine) as conn:
                conn.execute(
                    t.issued_certificate.insert().values(
                        code=code,
                        municipality_id=device.municipality_id,
                        device_id=device.device_id,
                        kind=request.kind.value,
                        language=request.language,
                        issued_at=int(issued_at.timestamp()),
                        valid_until=valid_until,
                        assisted_by=request.assisted_by,
                    )
                )
        except IntegrityError:
            continue
        return code
    raise RuntimeError("could not draw an unused verification code")


def record_digest(engine: Engine, device: Device, code: str, pdf_sha256: str) -> None:
    """Keep the SHA-256 of the PDF the kiosk made from code's data (once; repeats are fine).

    Raises:
        UnknownCertificate: not a code issued to this device.
        DigestMismatch: another digest was recorded before.
    """
    canonical = normalise(code)
    with write_tx(engine) as conn:
        row = conn.execute(
            select(_C.pdf_sha256).where(
                _C.code == canonical,
                _C.municipality_id == device.municipality_id,
                _C.device_id == device.device_id,
            )
        ).first()
        if row is None:
            raise UnknownCertificate
        if row.pdf_sha256 is not None and row.pdf_sha256 != pdf_sha256:
            raise DigestMismatch
        conn.execute(
            update(t.issued_certificate).where(_C.code == canonical).values(pdf_sha256=pdf_sha256)
        )


def verify(engine: Engine, code: str, today: dt.date) -> VerifyResult:
    """What a verifier learns about ``code`` on ``today`` (local date).

    Raises:
        InvalidCode: the code has a typing error (it cannot be one central issued).
    """
    canonical = normalise(code)
    m = t.municipality.c
    with read_tx(engine) as conn:
        row = conn.execute(
            select(_C.kind, _C.issued_at, _C.valid_until, _C.pdf_sha256, _C.revoked_at, m.name)
            .join(t.municipality, m.municipality_id == _C.municipality_id)
            .where(_C.code == canonical)
        ).first()
    if row is None:
        return VerifyResult(code=canonical, status=VerifyStatus.UNKNOWN)
    if row.revoked_at is not None:
        status = VerifyStatus.REVOKED
    elif today > row.valid_until:
        status = VerifyStatus.EXPIRED
    else:
        status = VerifyStatus.VALID
    return VerifyResult(
        code=canonical,
        status=status,
        kind=CertificateKind(row.kind),
        issued_at=dt.datetime.fromtimestamp(row.issued_at, tz=LOCAL_TIME),
        valid_until=row.valid_until,
        municipality=row.name,
        pdf_sha256=row.pdf_sha256,
    )


def revoke(engine: Engine, code: str, when: dt.datetime) -> bool:
    """Mark a certificate revoked (the back office's decision); False when unknown."""
    with write_tx(engine) as conn:
        done = conn.execute(
            update(t.issued_certificate)
            .where(_C.code == normalise(code), _C.revoked_at.is_(None))
            .values(revoked_at=int(when.timestamp()))
        )
    return done.rowcount > 0
