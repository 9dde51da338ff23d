"""Load shedding: beyond a number of requests in flight, answer 503 with Retry-After at once.

In the morning reconnect storm (sync.md: a few hundred ops/s from every device at once) a
quick "come back in a moment" keeps the service responsive and the database pool from
queueing requests until they time out; devices back off with jitter and honour the
header. Pure ASGI, so a shed request costs no routing or body parsing.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Receive, Scope, Send

MAX_IN_FLIGHT = 64
RETRY_AFTER_S = 2


class LoadShedding:
    def __init__(self, app: ASGIApp, max_in_flight: int = MAX_IN_FLIGHT) -> None:
        self.app = app
        self.max_in_flight = max_in_flight
        self.in_flight = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.max_in_flight:
            await overloaded(send, "the service is busy; retry after the Retry-After seconds")
            return
        self.in_flight += 1  # one event loop: no lock needed
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1


async def overloaded(send: Send, message: str) -> None:
    body = json.dumps({"code": "overloaded", "message": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 503,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", str(RETRY_AFTER_S).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
