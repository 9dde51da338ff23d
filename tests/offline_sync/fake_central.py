"""A small stand-in for the central service over real HTTP on loopback, for device tests.

It speaks the wire models of `offline_sync.protocol` with just enough behaviour: one-time
enrollment codes, bearer tokens, idempotent push (same id + same content is a duplicate,
other content is quarantined), last-writer-wins apply, a compacted change feed with
per-field versions, and scripted faults (any status/body/headers for the next requests).
The end-to-end tests against the real ``fygitaal central serve`` live elsewhere.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from offline_sync.protocol import (
    Change,
    ChangesResponse,
    DeviceStatus,
    EnrollRequest,
    EnrollResponse,
    OpResult,
    OpStatus,
    PushRequest,
    PushResponse,
    content_hash,
)


@dataclass
class Fault:
    """An answer to give instead of the real one."""

    status: int
    body: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Record:
    fields: dict[str, Any]
    versions: dict[str, int]
    position: int
    deleted: bool = False
    in_scope: bool = True


class FakeCentral:
    """Thread-safe state plus an HTTP server; use as a context manager."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.codes: dict[str, str] = {"CODE-1234": "dev-1"}
        self.tokens: dict[str, str] = {}
        self.revoked: set[str] = set()
        self.ops: dict[str, tuple[str, OpResult]] = {}
        self.forced: dict[str, OpStatus] = {}
        self.records: dict[tuple[str, str], Record] = {}
        self.position = 0
        self.last_seq = 0
        self.faults: deque[Fault] = deque()
        self.requests: list[str] = []
        self.hang = threading.Event()
        self.hanging = threading.Event()
        self.hang_on_changes_after: str | None = None
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeCentral:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.hang.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=10)

    def put(self, entity: str, entity_id: str, **fields: Any) -> None:
        """A change made centrally (back office): every given field gets a new version."""
        with self.lock:
            self.position += 1
            record = self.records.setdefault((entity, entity_id), Record({}, {}, 0))
            record.fields.update(fields)
            record.versions.update(dict.fromkeys(fields, self.position))
            record.position = self.position

    def leave_scope(self, entity: str, entity_id: str) -> None:
        with self.lock:
            self.position += 1
            record = self.records[(entity, entity_id)]
            record.in_scope, record.position = False, self.position

    # ------------------------------------------------------------ request handling

    def answer(self, method: str, path: str, query: dict[str, str], body: bytes) -> Any:
        if path == "/v1/enroll":
            request = EnrollRequest.model_validate_json(body)
            device = self.codes.pop(request.code, None)
            if device is None:
                return Fault(403, {"code": "bad_code", "message": "unknown or used code"})
            token = f"token-{device}"
            self.tokens[token] = device
            return EnrollResponse(
                device_id=device, token=token, municipality_id="m-1", role="outreach", team_id="t-1"
            )
        if path == "/v1/sync/push":
            return self._push(PushRequest.model_validate_json(body))
        if path == "/v1/sync/changes":
            return self._changes(query.get("after", ""), int(query.get("limit", "100")))
        if path == "/v1/sync/status":
            return DeviceStatus(
                device_id="dev-1",
                municipality_id="m-1",
                role="outreach",
                team_id="t-1",
                last_device_seq=self.last_seq,
                held_ops=0,
                server_position=self.position,
                cursor=str(self.position),
            )
        return Fault(404, {"code": "not_found", "message": path})

    def _push(self, request: PushRequest) -> PushResponse:
        results = []
        for op in request.ops:
            digest = content_hash(op)
            if op.op_id in self.ops:
                first_digest, _first = self.ops[op.op_id]
                status = OpStatus.DUPLICATE if first_digest == digest else OpStatus.QUARANTINED
                results.append(OpResult(op_id=op.op_id, status=status))
                continue
            self.last_seq = max(self.last_seq, op.device_seq)
            status = self.forced.get(op.op_id, OpStatus.ACCEPTED)
            if status is OpStatus.ACCEPTED:
                self.position += 1
                record = self.records.setdefault((op.entity, op.entity_id), Record({}, {}, 0))
                record.fields.update(op.fields)
                record.versions.update(dict.fromkeys(op.fields, self.position))
                record.position = self.position
                record.deleted = record.deleted or op.kind == "delete"
            result = OpResult(op_id=op.op_id, status=status, reason=f"forced {status}")
            self.ops[op.op_id] = (digest, result)
            results.append(result)
        return PushResponse(results=results)

    def _changes(self, after: str, limit: int) -> ChangesResponse:
        start = int(after or 0)
        newer = sorted(
            (r.position, key, r) for key, r in self.records.items() if r.position > start
        )
        page = newer[:limit]
        changes = [
            Change(
                position=position,
                entity=entity,
                entity_id=entity_id,
                fields=dict(record.fields),
                versions=dict(record.versions),
                deleted=record.deleted,
                in_scope=record.in_scope,
            )
            for position, (entity, entity_id), record in page
        ]
        cursor = str(page[-1][0]) if page else str(start)
        return ChangesResponse(changes=changes, cursor=cursor, has_more=len(newer) > limit)


def _handler(central: FakeCentral) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_: Any) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

        def _serve(self, method: str) -> None:
            parts = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            if parts.path == "/v1/sync/changes" and query.get("after", "") == (
                central.hang_on_changes_after
            ):
                central.hanging.set()
                central.hang.wait(timeout=60)
            with central.lock:
                central.requests.append(f"{method} {self.path}")
                answer = central.faults.popleft() if central.faults else None
                if answer is None:
                    answer = self._authorised(parts.path) or central.answer(
                        method, parts.path, query, body
                    )
            if isinstance(answer, Fault):
                self._send(answer.status, json.dumps(answer.body).encode(), answer.headers)
            else:
                self._send(200, answer.model_dump_json().encode(), {})

        def _authorised(self, path: str) -> Fault | None:
            if path == "/v1/enroll":
                return None
            token = self.headers.get("Authorization", "").removeprefix("Bearer ")
            device = central.tokens.get(token)
            if device is None:
                return Fault(401, {"code": "unauthenticated", "message": "who are you?"})
            if device in central.revoked:
                return Fault(403, {"code": "device_revoked", "message": "revoked"})
            return None

        def _send(self, status: int, payload: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

    return Handler
