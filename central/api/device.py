"""Device endpoints: enroll, push, changes, status (``/v1``)."""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import APIRouter, Header, Query, Response
from sqlalchemy import func, select

from central import tables as t
from central.api.deps import DeviceDep, EngineDep
from central.api.errors import ApiError, documented
from central.api.json_body import model_body_route
from central.apply import Actor
from central.db import read_tx
from central.devices import EnrollmentRefused, enroll, note_clock_skew
from central.feed import last_position
from central.pull import CursorReset, Reader, ScopeForbidden, changes, make_cursor, parse_cursor
from central.push import push
from central.tombstones import note_pulled
from offline_sync.protocol import (
    MAX_CHANGES_PER_PULL,
    ChangesResponse,
    DeviceStatus,
    EnrollRequest,
    EnrollResponse,
    OpStatus,
    PushRequest,
    PushResponse,
)

router = APIRouter(prefix="/v1", tags=["device"])
_AUTH = (401, 403, 413, 422)


@router.post(
    "/enroll", status_code=201, response_model=EnrollResponse, responses=documented(400, 413, 422)
)
def post_enroll(body: EnrollRequest, engine: EngineDep) -> EnrollResponse:
    """Exchange a one-time enrollment code for device credentials (the token is shown once)."""
    try:
        return enroll(engine, body.code, body.device_name)
    except EnrollmentRefused:
        raise ApiError(
            400,
            "enrollment_code_invalid",
            "the enrollment code is unknown, already used or expired; ask for a new one",
        ) from None


def post_push(body: PushRequest, device: DeviceDep, engine: EngineDep) -> Response:
    """Store the ops durably, apply them in device order, one result per op in order."""
    actor = Actor(device.device_id, device.role, device.team_id)
    results = PushResponse(results=push(engine, device.municipality_id, actor, body.ops))
    return Response(results.model_dump_json(), media_type="application/json")


router.add_api_route(  # the body is validated from its bytes (`model_body_route`)
    "/sync/push",
    post_push,
    methods=["POST"],
    response_model=PushResponse,
    responses=documented(*_AUTH),
    route_class_override=model_body_route(PushRequest),
)


@router.get("/sync/changes", response_model=ChangesResponse, responses=documented(*_AUTH, 410))
def get_changes(
    device: DeviceDep,
    engine: EngineDep,
    after: Annotated[str, Query(max_length=40)] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_CHANGES_PER_PULL)] = MAX_CHANGES_PER_PULL,
    person_key: Annotated[str | None, Query(min_length=1, max_length=128)] = None,
) -> Response:
    """The changes after ``after`` that this device may receive, in commit order."""
    reader = Reader(device.municipality_id, device.role, device.team_id)
    try:
        body = changes(engine, reader, after, limit, person_key)  # rendered JSON
        if person_key is None and after:
            # asking for more after ``after`` means everything up to it was applied
            note_pulled(engine, device, parse_cursor(after))
        return Response(body, media_type="application/json")
    except CursorReset as exc:
        raise ApiError(410, "cursor_reset", f"{exc}; start again from an empty cursor") from None
    except ScopeForbidden as exc:
        raise ApiError(403, "scope_forbidden", str(exc)) from None


@router.get("/sync/status", response_model=DeviceStatus, responses=documented(401, 403))
def get_status(
    device: DeviceDep,
    engine: EngineDep,
    x_device_time: Annotated[int | None, Header(description="device clock, epoch ms")] = None,
) -> DeviceStatus:
    """The device's role and team, its last applied device_seq and the server position.

    With ``X-Device-Time`` the device's clock skew is noted (admin ``list-devices`` shows
    it); nothing in sync depends on device clocks, but the times a device shows do.
    """
    skew = None if x_device_time is None else round(x_device_time / 1000 - time.time(), 1)
    if skew is not None:
        note_clock_skew(engine, device, skew)
    o = t.op_log.c
    with read_tx(engine) as conn:
        position = last_position(conn, device.municipality_id) or 0
        held = conn.execute(
            select(func.count()).where(
                o.municipality_id == device.municipality_id,
                o.device_id == device.device_id,
                o.status == OpStatus.HELD.value,
            )
        ).scalar_one()
    return DeviceStatus(
        device_id=device.device_id,
        municipality_id=device.municipality_id,
        role="outreach" if device.role == "outreach" else "kiosk",
        team_id=device.team_id,
        last_device_seq=device.last_seq,
        held_ops=held,
        server_position=position,
        cursor=make_cursor(position),
        clock_skew_s=skew,
    )
