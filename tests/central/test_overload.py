"""A busy central says "come back in a moment" (503 + Retry-After) instead of failing.

Driven at the ASGI level, in process, so that the busy moments can be made on purpose:
requests held in flight, and a SQLite database locked by another writer.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from central import admin
from central.api import create_app
from central.api.shedding import LoadShedding
from central.db import create_central_engine
from central.migrate import upgrade
from offline_sync.protocol import SCHEMA_VERSION, new_id

Reply = tuple[int, dict[str, str], Any]


async def call(app: Any, method: str, path: str, body: Any = None, token: str = "") -> Reply:
    """One HTTP request through an ASGI app; returns (status, headers, JSON body)."""
    raw = json.dumps(body).encode() if body is not None else b""
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode())]
    if token:
        headers.append((b"authorization", f"Bearer {token}".encode()))
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
        "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
        "root_path": "", "headers": headers, "client": ("127.0.0.1", 1), "server": ("t", 80),
    }  # fmt: skip
    sent = False
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            await asyncio.sleep(3600)
        sent = True
        return {"type": "http.request", "body": raw, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    await app(scope, receive, send)
    start = next(m for m in messages if m["type"] == "http.response.start")
    payload = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    response_headers = {k.decode(): v.decode() for k, v in start["headers"]}
    return start["status"], response_headers, json.loads(payload) if payload else None


def test_requests_beyond_the_limit_are_shed_at_once_with_retry_after() -> None:
    release = asyncio.Event()

    async def slow_app(_scope: Any, _receive: Any, send: Any) -> None:
        await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    async def scenario() -> tuple[list[Reply], Reply]:
        shedding = LoadShedding(slow_app, max_in_flight=2)
        held = [asyncio.create_task(call(shedding, "GET", "/v1/sync/status")) for _ in range(2)]
        await asyncio.sleep(0.05)
        shed = await call(shedding, "GET", "/v1/sync/status")
        release.set()
        return list(await asyncio.gather(*held)), shed

    held, (status, headers, body) = asyncio.run(scenario())
    assert [reply[0] for reply in held] == [200, 200]
    assert status == 503
    assert headers["retry-after"] == "2"
    assert body["code"] == "overloaded"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "central.sqlite3"
    engine = create_central_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


def test_a_locked_database_answers_503_and_nothing_is_half_done(database: Path) -> None:
    engine = create_central_engine(f"sqlite:///{database}")
    event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA busy_timeout = 100"))
    admin.create_municipality(engine, "m1", "Demogem")
    admin.create_team(engine, "m1", "t1", "Team")
    code = admin.create_enrollment_code(engine, "m1", "outreach", "t1")
    app = create_app(engine)
    status, _h, enrolled = asyncio.run(
        call(app, "POST", "/v1/enroll", {"code": code, "device_name": "laptop"})
    )
    assert status == 201
    op = {
        "op_id": new_id(), "device_seq": 1, "entity": "visit", "entity_id": new_id(),
        "kind": "create", "fields": {"person_id": "p", "status": "planned", "team_id": "t1"},
        "old": {}, "base_versions": {}, "schema_version": SCHEMA_VERSION, "actor": "s1",
    }  # fmt: skip
    with closing(sqlite3.connect(database, isolation_level=None)) as other_writer:
        other_writer.execute("BEGIN IMMEDIATE")  # a long write elsewhere holds the lock
        status, headers, body = asyncio.run(
            call(app, "POST", "/v1/sync/push", {"ops": [op]}, enrolled["token"])
        )
        other_writer.execute("ROLLBACK")
    assert (status, body["code"], headers["retry-after"]) == (503, "database_busy", "2")
    status, _h, body = asyncio.run(
        call(app, "POST", "/v1/sync/push", {"ops": [op]}, enrolled["token"])
    )
    assert (status, body["results"][0]["status"]) == (200, "accepted")  # not a duplicate
    engine.dispose()
