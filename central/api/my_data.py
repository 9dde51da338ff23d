""" "My data" and QR shares: a citizen's records with their access log, and shared subsets.

``GET /v1/my-data`` answers a device for the identified citizen (by ``person_key``) and
logs that read in the citizen's access log. ``GET /v1/shares/{token}`` is public: whoever
holds the QR code's token gets the chosen subset while the share is valid; an expired
or revoked share answers 410 with a sentence saying which.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, ConfigDict, Field

from central import my_data, shares
from central.api.deps import DeviceDep, EngineDep
from central.api.errors import ApiError
from central.oslo import to_jsonld
from offline_sync.protocol import SHA256_PATTERN, ErrorBody

router = APIRouter(prefix="/v1", tags=["my data"])

_STRICT = ConfigDict(extra="forbid", frozen=True)


def _errors(**described: str) -> dict[int | str, dict[str, Any]]:
    return {int(s): {"model": ErrorBody, "description": d} for s, d in described.items()}


class MyData(BaseModel):
    model_config = _STRICT
    sections: dict[str, list[dict[str, Any]]] = Field(
        description="records by entity: person, melding, question, appointment, "
        "certificate_request, issued_certificate, consent, contact_moment, visit, referral, "
        "visit_request, data_share, access_log (who looked at the data; this read included)"
    )
    jsonld: dict[str, Any] = Field(description="the same records as JSON-LD with OSLO terms")


@router.get(
    "/my-data",
    response_model=MyData,
    responses=_errors(
        **{
            "401": "no valid device credential (code 'unauthenticated')",
            "403": "this device was revoked (code 'device_revoked')",
            "422": "malformed request (code 'invalid_request')",
        }
    ),
)
def get_my_data(
    person_key: Annotated[str, Query(pattern=SHA256_PATTERN, description="the citizen's key")],
    device: DeviceDep,
    engine: EngineDep,
) -> MyData:
    """Everything held about the identified citizen; this read is logged as an access."""
    sections = my_data.collect(
        engine, device.municipality_id, person_key, actor=device.device_id, role=device.role
    )
    return MyData(sections=sections, jsonld=to_jsonld(sections))


@router.get(
    "/shares/{token}",
    responses=_errors(
        **{
            "404": "no share has this token (code 'unknown_share')",
            "410": "the share expired (code 'share_expired') or was revoked by the citizen "
            "(code 'share_revoked')",
            "422": "malformed request (code 'invalid_request')",
        }
    ),
)
def get_share(
    token: Annotated[str, Path(min_length=16, max_length=128)], engine: EngineDep
) -> dict[str, Any]:
    """Public, no credential: the subset a citizen shared by QR code, as JSON-LD."""
    try:
        return shares.read_share(engine, token)
    except shares.UnknownShare:
        raise ApiError(404, "unknown_share", "no data share has this code") from None
    except shares.ShareGone as exc:
        message = (
            "this share has expired; ask the citizen for a new QR code"
            if exc.code == "share_expired"
            else "the citizen revoked this share; it is no longer available"
        )
        raise ApiError(410, exc.code, message) from None
