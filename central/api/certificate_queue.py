"""Issuing queued certificate requests right after they arrive by sync.

`install` wraps the app in a small ASGI middleware: after every ``POST /v1/sync/push``
it wakes one background thread that runs `central.certificate_queue.issue_queued` for
each municipality with requests waiting. The push answers first and never waits for the
register; a sweep already running is simply asked to run once more.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from fastapi import FastAPI
from starlette.datastructures import State
from starlette.types import ASGIApp, Receive, Scope, Send

from central.certificate_queue import issue_queued, queued_municipalities, synthetic_lookup
from central.pseudonyms import pseudonym_secret
from central.register import SyntheticRegister

log = logging.getLogger(__name__)

PUSH_PATH = "/v1/sync/push"


class QueueSweeper:
    """One background thread that issues queued requests whenever it is kicked."""

    def __init__(self, state: State) -> None:
        self._state = state
        self._lock = threading.Lock()
        self._again = False
        self._running = False
        self.base_url = ""

    def kick(self, base_url: str) -> None:
        """Sweep soon (now, or once more after the sweep under way)."""
        with self._lock:
            self.base_url = base_url or self.base_url
            if self._running:
                self._again = True
                return
            self._running = True
        threading.Thread(target=self._run, name="certificate-queue", daemon=True).start()

    def _run(self) -> None:
        while True:
            try:
                self.sweep()
            except Exception:  # a failed sweep is retried at the next push
                log.exception("issuing queued certificate requests failed")
            with self._lock:
                if not self._again:
                    self._running = False
                    return
                self._again = False

    def sweep(self) -> int:
        """Issue what is queued in every municipality; the number of requests settled."""
        engine, register = self._state.engine, self._state.register
        if engine is None or register is None:
            return 0
        if not isinstance(register, SyntheticRegister):
            log.warning("queued certificate requests wait: this register has no person-key index")
            return 0
        settled = 0
        for municipality_id in queued_municipalities(engine):
            secret = pseudonym_secret(engine, municipality_id)
            lookup = synthetic_lookup(secret, register.national_numbers())
            settled += len(
                issue_queued(
                    engine,
                    register,
                    municipality_id,
                    lookup,
                    verify_base_url=self.base_url,
                    settings=self._state.certificates,
                )
            )
        return settled


class _AfterPush:
    def __init__(self, app: ASGIApp, sweeper: QueueSweeper) -> None:
        self.app = app
        self.sweeper = sweeper

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        status: list[int] = []

        async def noting(message: Any) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        if scope["type"] != "http" or scope["path"] != PUSH_PATH or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, noting)
        if status and status[0] == 200:
            self.sweeper.kick(_base_url(scope))


def _base_url(scope: Scope) -> str:
    headers = dict(scope.get("headers") or [])
    host = headers.get(b"host", b"").decode("latin-1")
    return f"{scope.get('scheme', 'http')}://{host}" if host else ""


def install(app: FastAPI) -> QueueSweeper:
    """Issue queued certificate requests after each push to ``app``."""
    sweeper = QueueSweeper(app.state)
    app.add_middleware(_AfterPush, sweeper=sweeper)
    app.state.certificate_queue = sweeper
    return sweeper
