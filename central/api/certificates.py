"""Certificate endpoints: issue (a kiosk, after the citizen's PIN), record the PDF's
digest, and the public verification that the QR code on the paper points at."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request, Response

from central import certificates as service
from central.api.deps import DeviceDep, EngineDep
from central.api.errors import ApiError
from central.certificate_content import NotApplicable
from central.certificate_models import CertificateData, CertificateRequest, PdfDigest, VerifyResult
from central.register import PersonNotFound, PopulationRegister, RegisterUnavailable
from offline_sync.formats.verification_codes import InvalidCode
from offline_sync.protocol import ErrorBody

log = logging.getLogger(__name__)

router = APIRouter(prefix="/v1", tags=["certificates"])


def _errors(**described: str) -> dict[int | str, dict[str, Any]]:
    return {int(s): {"model": ErrorBody, "description": d} for s, d in described.items()}


_DEVICE = {
    "401": "no valid device credential (code 'unauthenticated')",
    "403": "this device was revoked (code 'device_revoked')",
    "413": "request body too large (code 'payload_too_large')",
    "422": "malformed request (code 'invalid_request'); the value is never echoed",
}


def get_register(request: Request) -> PopulationRegister:
    register: PopulationRegister | None = request.app.state.register
    if register is None:
        raise ApiError(503, "register_unavailable", "no population register is configured")
    return register


def get_settings(request: Request) -> service.CertificateSettings:
    settings: service.CertificateSettings = request.app.state.certificates
    return settings


RegisterDep = Annotated[PopulationRegister, Depends(get_register)]
SettingsDep = Annotated[service.CertificateSettings, Depends(get_settings)]


@router.post(
    "/certificates",
    status_code=201,
    response_model=CertificateData,
    responses=_errors(
        **_DEVICE,
        **{
            "404": "the register has no such person (code 'person_not_found')",
            "409": "this kind does not apply to the person (codes 'person_deceased', "
            "'not_registered_as_voter', 'no_legal_cohabitation')",
            "503": "the population register cannot be reached (code 'register_unavailable'); "
            "retry after Retry-After seconds",
        },
    ),
)
def post_certificate(
    body: CertificateRequest,
    request: Request,
    *,
    device: DeviceDep,
    engine: EngineDep,
    register: RegisterDep,
    settings: SettingsDep,
) -> CertificateData:
    """Issue a certificate: central states it from the register, the kiosk renders the PDF.

    The national number is used for the register look-up only: it is not stored, not
    logged and not echoed in any error.
    """
    try:
        return service.issue(
            engine,
            register,
            device,
            body,
            verify_base_url=str(request.base_url).rstrip("/"),
            settings=settings,
        )
    except PersonNotFound:
        raise ApiError(
            404, "person_not_found", "the population register has no person with this number"
        ) from None
    except NotApplicable as exc:
        raise ApiError(409, exc.code, exc.message) from None
    except RegisterUnavailable as exc:
        log.warning("population register unavailable: %s", exc)
        retry = str(int(exc.retry_after or 60))
        raise ApiError(
            503,
            "register_unavailable",
            "the population register cannot be reached; try again later",
            headers={"Retry-After": retry},
        ) from None


_CODE = Path(max_length=40, description="the verification code, typed loosely or canonical")


@router.put(
    "/certificates/{code}/pdf",
    status_code=204,
    responses=_errors(
        **_DEVICE,
        **{
            "404": "no certificate with this code was issued to this device (code 'unknown_code')",
            "409": "another digest was already recorded (code 'digest_mismatch')",
        },
    ),
)
def put_pdf_digest(
    code: Annotated[str, _CODE], body: PdfDigest, device: DeviceDep, engine: EngineDep
) -> Response:
    """Record the SHA-256 of the PDF the kiosk rendered from the certificate's data."""
    try:
        service.record_digest(engine, device, code, body.pdf_sha256)
    except (InvalidCode, service.UnknownCertificate):
        raise ApiError(404, "unknown_code", "no certificate with this code") from None
    except service.DigestMismatch:
        raise ApiError(409, "digest_mismatch", "another PDF digest is recorded") from None
    return Response(status_code=204)


@router.get(
    "/verify/{code}",
    response_model=VerifyResult,
    responses=_errors(
        **{
            "400": "the code has a typing error: a character is wrong, missing or swapped "
            "(code 'invalid_code')",
            "422": "malformed request (code 'invalid_request')",
        }
    ),
)
def get_verify(
    code: Annotated[str, _CODE], engine: EngineDep, settings: SettingsDep
) -> VerifyResult:
    """Public, no credential: is the certificate genuine and current?

    A well-formed code that central never issued answers **200** with status
    ``unknown`` (like ``expired`` and ``revoked``, an answer about the paper, not an
    error); a code failing its check character answers 400 ``invalid_code``, so a typo
    is never mistaken for a forgery. No personal data is returned: a verifier compares
    the paper with the kind, dates and municipality.
    """
    try:
        return service.verify(engine, code, _today(settings))
    except InvalidCode as exc:
        raise ApiError(400, "invalid_code", f"{exc}: check what you typed") from None


def _today(settings: service.CertificateSettings) -> dt.date:
    return settings.clock().astimezone(service.LOCAL_TIME).date()
