"""Every error answers `ErrorBody` JSON: raised API errors, validation, unknown paths, bugs.

Validation messages name the location and the problem but never echo the submitted value
(it may be personal data).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from central.api.shedding import RETRY_AFTER_S
from offline_sync.protocol import ErrorBody

log = logging.getLogger(__name__)

_CODES = {
    400: "invalid_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
}


class ApiError(Exception):
    """An error a client can act on; becomes ``ErrorBody`` with ``status``."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = ErrorBody(code=code, message=message).model_dump()
    return JSONResponse(body, status_code=status, headers=headers)


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route: each status (and 422) documented with `ErrorBody`."""
    return {
        status: {"model": ErrorBody, "description": _describe(status)}
        for status in sorted({*statuses, 422})
    }


def common_errors() -> dict[int | str, dict[str, Any]]:
    """What any route may answer: a body that does not parse (400), a busy service (503)."""
    return {status: {"model": ErrorBody, "description": _describe(status)} for status in (400, 503)}


def _describe(status: int) -> str:
    return {
        400: "a body that is not JSON, or a malformed value (code 'invalid_request')",
        401: "no valid credential (code 'unauthenticated')",
        403: "not allowed (codes 'device_revoked', 'forbidden', 'scope_forbidden')",
        404: "no such record (code 'not_found')",
        409: "not possible in the record's current state (code 'invalid_transition')",
        410: "the cursor is unknown to this server (code 'cursor_reset'): restart from ''",
        413: "request body too large (code 'payload_too_large')",
        422: "malformed request (code 'invalid_request')",
        429: "too many requests; retry after the Retry-After seconds",
        503: "overloaded or starting; retry after the Retry-After seconds",
    }.get(status, "error")


def install(app: FastAPI) -> None:
    """Register the handlers that turn every failure into ``ErrorBody``."""

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        message = f"{where}: {first.get('msg', 'invalid')}" if where else "invalid request"
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more problem(s))"
        return error_response(422, "invalid_request", message)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _CODES.get(exc.status_code, "http_error")
        headers = dict(exc.headers) if exc.headers else None
        return error_response(exc.status_code, code, str(exc.detail), headers)

    @app.exception_handler(UnicodeEncodeError)
    async def _bad_text(_request: Request, _exc: UnicodeEncodeError) -> JSONResponse:
        # JSON may carry "\ud800" escapes, which no database or UTF-8 answer can hold
        return error_response(
            422, "invalid_request", "the request contains text that is not valid Unicode"
        )

    @app.exception_handler(OperationalError)
    async def _database_busy(_request: Request, exc: OperationalError) -> JSONResponse:
        # SQLite locked past its busy timeout, PostgreSQL restarting or out of connections:
        # nothing was committed, and the same request may well succeed in a moment
        log.warning("database unavailable for a request: %s", type(exc.orig).__name__)
        return error_response(
            503,
            "database_busy",
            "the database is busy; retry after the Retry-After seconds",
            {"Retry-After": str(RETRY_AFTER_S)},
        )

    @app.exception_handler(PoolTimeout)
    async def _pool_exhausted(_request: Request, _exc: PoolTimeout) -> JSONResponse:
        return error_response(
            503,
            "overloaded",
            "the service is busy; retry after the Retry-After seconds",
            {"Retry-After": str(RETRY_AFTER_S)},
        )

    @app.exception_handler(Exception)
    async def _bug(_request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error in a request", exc_info=exc)
        return error_response(500, "internal_error", "the server failed; try again later")
