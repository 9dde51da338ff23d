"""Attachment endpoints: resumable chunked upload by devices, download by devices and staff.

A device sends ``PUT /v1/attachments/{sha256}`` with ``Content-Range: bytes S-E/TOTAL``
and the attachment's own ``Content-Type``, chunk after chunk; after a dropped connection
it asks ``GET .../status`` and continues from ``received``. Bytes central already holds
are skipped, so a repeated chunk is harmless.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from central import attachments as store
from central.api.deps import BACKOFFICE_READ, DeviceDep, EngineDep, StaffDep, require_role
from central.api.errors import ApiError
from offline_sync.protocol import (
    ATTACHMENT_CHUNK_BYTES,
    ATTACHMENT_TYPES,
    MAX_ATTACHMENT_BYTES,
    SHA256_PATTERN,
    AttachmentStatus,
    ErrorBody,
)

router = APIRouter(prefix="/v1", tags=["attachments"])

MAX_CHUNK_BYTES = 4 * ATTACHMENT_CHUNK_BYTES
_RANGE = re.compile(r"^bytes (\d{1,12})-(\d{1,12})/(\d{1,12})$")
Sha256 = Annotated[str, Path(pattern=SHA256_PATTERN, description="SHA-256 of the content, hex")]


def _errors(**described: str) -> dict[int | str, dict[str, Any]]:
    base = {
        "401": "no valid credential (code 'unauthenticated')",
        "403": "not allowed (codes 'device_revoked', 'forbidden')",
        "422": "malformed request (code 'invalid_request')",
    }
    return {
        status: {"model": ErrorBody, "description": text}
        for status, text in sorted({**base, **described}.items())
    }


def _limit(request: Request) -> int:
    limit: int = getattr(request.app.state, "max_attachment_bytes", MAX_ATTACHMENT_BYTES)
    return limit


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


_TYPES = sorted(ATTACHMENT_TYPES)
_BINARY = {"schema": {"type": "string", "format": "binary"}}


@router.put(
    "/attachments/{sha256}",
    response_model=AttachmentStatus,
    responses=_errors(
        **{
            "400": "Content-Range missing, malformed or not matching the body "
            "(code 'invalid_content_range')",
            "409": "the chunk does not start where central's copy ends "
            "(code 'attachment_offset_mismatch': ask the status and resume), or another "
            "upload of this content is under way (codes 'attachment_conflict', "
            "'attachment_busy')",
            "413": "the attachment is over the size limit (code 'attachment_too_large'), or "
            "the chunk is too large (codes 'chunk_too_large', 'payload_too_large')",
            "415": "the content type is not accepted (code 'attachment_type_unsupported')",
            "422": "the complete content does not match its SHA-256; central discarded it "
            "(code 'attachment_hash_mismatch'), or a malformed request ('invalid_request')",
        }
    ),
    openapi_extra={
        "requestBody": {"required": True, "content": dict.fromkeys(_TYPES, _BINARY)},
        "parameters": [
            {
                "name": "Content-Range",
                "in": "header",
                "required": True,
                "schema": {"type": "string", "pattern": _RANGE.pattern},
                "description": "bytes START-END/TOTAL (END inclusive)",
            }
        ],
    },
)
async def put_chunk(
    sha256: Sha256,
    request: Request,
    device: DeviceDep,
    engine: EngineDep,
    *,
    content_type: Annotated[str, Header(include_in_schema=False)] = "",
    content_range: Annotated[str, Header(include_in_schema=False)] = "",
) -> AttachmentStatus:
    """Store one chunk; the answer says how much central holds and whether it is complete.

    Idempotent: bytes central already holds are skipped, and any chunk of a complete
    attachment answers its status without change.
    """
    match = _RANGE.match(content_range.strip())
    if match is None:
        raise ApiError(400, "invalid_content_range", "send 'Content-Range: bytes START-END/TOTAL'")
    start, end, total = (int(group) for group in match.groups())
    limit = _limit(request)
    if total > limit:
        raise ApiError(
            413,
            "attachment_too_large",
            f"the attachment is {_megabytes(total)}; the limit is {_megabytes(limit)} "
            f"({limit} bytes): take a smaller photo or scan",
        )
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind not in ATTACHMENT_TYPES:
        raise ApiError(
            415,
            "attachment_type_unsupported",
            f"attachments must be one of {', '.join(_TYPES)}",
        )
    if end - start + 1 > MAX_CHUNK_BYTES:
        raise ApiError(413, "chunk_too_large", f"send chunks of at most {MAX_CHUNK_BYTES} bytes")
    if not start <= end < total:
        raise ApiError(400, "invalid_content_range", "the range must lie inside the total")
    data = await request.body()
    if len(data) != end - start + 1:
        raise ApiError(
            400, "invalid_content_range", "the body length does not match the Content-Range"
        )
    chunk = store.Chunk(device.municipality_id, sha256, kind, start, total, data, device.device_id)
    try:
        return await run_in_threadpool(store.store_chunk, engine, chunk)
    except store.OffsetMismatch as exc:
        raise ApiError(409, "attachment_offset_mismatch", str(exc)) from None
    except store.UploadConflict:
        raise ApiError(
            409,
            "attachment_conflict",
            "an upload of this content with another size or type is under way",
        ) from None
    except IntegrityError:
        raise ApiError(409, "attachment_busy", "another upload of it just began; retry") from None
    except store.HashMismatch:
        raise ApiError(
            422,
            "attachment_hash_mismatch",
            "the uploaded bytes do not match the SHA-256 in the address; central discarded "
            "them: upload the attachment again from the start",
        ) from None


@router.get("/attachments/{sha256}/status", response_model=AttachmentStatus, responses=_errors())
def get_status(sha256: Sha256, device: DeviceDep, engine: EngineDep) -> AttachmentStatus:
    """How many bytes central holds (0 for an unknown attachment): resume the upload there."""
    return store.status(engine, device.municipality_id, sha256)


def _download(engine: Engine, municipality_id: str, sha256: str) -> StreamingResponse:
    current = store.status(engine, municipality_id, sha256)
    if not current.complete or current.content_type is None:
        raise ApiError(404, "not_found", "no complete attachment with this SHA-256")
    chunks: Iterator[bytes] = store.content(engine, municipality_id, sha256)
    headers = {"ETag": f'"{sha256}"', "Content-Length": str(current.size)}
    return StreamingResponse(chunks, media_type=current.content_type, headers=headers)


_DOWNLOAD: dict[int | str, dict[str, Any]] = {
    "200": {"content": dict.fromkeys(_TYPES, _BINARY), "description": "the content"},
}


@router.get(
    "/attachments/{sha256}",
    response_class=StreamingResponse,
    responses={
        **_errors(**{"404": "unknown, incomplete or not visible (code 'not_found')"}),
        **_DOWNLOAD,
    },
)
def get_attachment(sha256: Sha256, device: DeviceDep, engine: EngineDep) -> StreamingResponse:
    """The content, for the device that uploaded it or one whose team's records refer to it."""
    if not store.visible_to_device(
        engine, device.municipality_id, sha256, device.device_id, device.team_id
    ):
        raise ApiError(404, "not_found", "no complete attachment with this SHA-256")
    return _download(engine, device.municipality_id, sha256)


@router.get(
    "/backoffice/attachments/{sha256}",
    response_class=StreamingResponse,
    tags=["back office"],
    responses={**_errors(**{"404": "unknown or incomplete (code 'not_found')"}), **_DOWNLOAD},
)
def get_backoffice_attachment(
    sha256: Sha256, staff: StaffDep, engine: EngineDep
) -> StreamingResponse:
    """The content of an attachment of the staff member's municipality."""
    require_role(staff, BACKOFFICE_READ)
    return _download(engine, staff.municipality_id, sha256)
