"""Back-office endpoints (staff bearer token from ``POST /v1/staff/login``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from central import backoffice as bo
from central.api.deps import BACKOFFICE_READ, BACKOFFICE_WRITE, EngineDep, StaffDep, require_role
from central.api.errors import ApiError, documented
from central.api.models import (
    Answer,
    ConflictItem,
    ConflictList,
    LoginRequest,
    LoginResponse,
    QuarantineItem,
    QuarantineList,
    RecordItem,
    RecordList,
    StatusChange,
    Written,
)
from central.staff import TOKEN_SECONDS, LoginRefused, login

router = APIRouter(prefix="/v1", tags=["back office"])
_ERR = documented(401, 403, 422)
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=10**9)]
Filter = Annotated[str | None, Query(max_length=64)]


@router.post("/staff/login", response_model=LoginResponse, responses=documented(401, 413, 422))
def post_login(body: LoginRequest, engine: EngineDep) -> LoginResponse:
    """Sign in; the token is valid for one working day."""
    try:
        token, staff = login(engine, body.municipality_id, body.username, body.password)
    except LoginRefused:
        raise ApiError(401, "unauthenticated", "unknown user or wrong password") from None
    return LoginResponse(token=token, role=staff.role, expires_in=TOKEN_SECONDS)


def _list(
    engine: EngineDep,
    staff: StaffDep,
    *,
    entity: str,
    status: str | None,
    category: str | None,
    limit: int,
    offset: int,
) -> RecordList:
    require_role(staff, BACKOFFICE_READ)
    rows = bo.list_records(
        engine,
        staff.municipality_id,
        entity,
        status=status,
        category=category,
        limit=limit,
        offset=offset,
    )
    return RecordList(items=[RecordItem(**r) for r in rows])


@router.get("/backoffice/meldingen", response_model=RecordList, responses=_ERR)
def get_meldingen(
    engine: EngineDep,
    staff: StaffDep,
    *,
    status: Filter = None,
    category: Filter = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> RecordList:
    """Meldingen of the staff member's municipality, newest change first."""
    return _list(
        engine,
        staff,
        entity="melding",
        status=status,
        category=category,
        limit=limit,
        offset=offset,
    )


@router.get("/backoffice/questions", response_model=RecordList, responses=_ERR)
def get_questions(
    engine: EngineDep,
    staff: StaffDep,
    *,
    status: Filter = None,
    category: Filter = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> RecordList:
    """Questions, newest change first."""
    return _list(
        engine,
        staff,
        entity="question",
        status=status,
        category=category,
        limit=limit,
        offset=offset,
    )


@router.get("/backoffice/visits", response_model=RecordList, responses=_ERR)
def get_visits(
    engine: EngineDep,
    staff: StaffDep,
    *,
    status: Filter = None,
    category: Filter = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> RecordList:
    """Home visits, newest change first."""
    return _list(
        engine, staff, entity="visit", status=status, category=category, limit=limit, offset=offset
    )


@router.post(
    "/backoffice/meldingen/{melding_id}/status",
    response_model=Written,
    responses=documented(401, 403, 404, 409, 413, 422),
)
def post_melding_status(
    melding_id: str, body: StatusChange, engine: EngineDep, staff: StaffDep
) -> Written:
    """Move a melding to an OSLO status; devices receive it by sync."""
    require_role(staff, BACKOFFICE_WRITE)
    try:
        position = bo.set_status(
            engine,
            staff.municipality_id,
            "melding",
            melding_id,
            status=body.status,
            by=staff.username,
        )
    except bo.NotFound as exc:
        raise ApiError(404, "not_found", str(exc)) from None
    except bo.InvalidTransition as exc:
        raise ApiError(409, "invalid_transition", str(exc)) from None
    return Written(position=position)


@router.post(
    "/backoffice/questions/{question_id}/answer",
    response_model=Written,
    responses=documented(401, 403, 404, 409, 413, 422),
)
def post_answer(question_id: str, body: Answer, engine: EngineDep, staff: StaffDep) -> Written:
    """Answer a question; devices receive it by sync."""
    require_role(staff, BACKOFFICE_WRITE)
    try:
        position = bo.answer_question(
            engine, staff.municipality_id, question_id, body.answer, staff.username
        )
    except bo.NotFound as exc:
        raise ApiError(404, "not_found", str(exc)) from None
    except bo.InvalidTransition as exc:
        raise ApiError(409, "invalid_transition", str(exc)) from None
    return Written(position=position)


@router.get("/backoffice/quarantine", response_model=QuarantineList, responses=_ERR)
def get_quarantine(
    engine: EngineDep, staff: StaffDep, limit: Limit = 100, offset: Offset = 0
) -> QuarantineList:
    """Ops that were stored but not applied, with the reason."""
    require_role(staff, BACKOFFICE_WRITE)
    rows = bo.list_quarantine(engine, staff.municipality_id, limit, offset)
    return QuarantineList(items=[QuarantineItem(**r) for r in rows])


@router.get("/backoffice/conflicts", response_model=ConflictList, responses=_ERR)
def get_conflicts(
    engine: EngineDep,
    staff: StaffDep,
    *,
    resolved: bool | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> ConflictList:
    """Fields where a device and the server disagree, both values kept."""
    require_role(staff, BACKOFFICE_WRITE)
    rows = bo.list_conflicts(engine, staff.municipality_id, resolved, limit, offset)
    return ConflictList(items=[ConflictItem(**r) for r in rows])
