"""``fygitaal central serve``: migrate the database, then run the app on uvicorn.

When the socket listens, one line ``central listening on http://HOST:PORT`` goes to
stdout (with the real port when 0 was asked), which scripts and tests wait for. uvicorn
handles SIGTERM and SIGINT: it stops accepting, finishes running requests and returns.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
import threading
from collections.abc import Iterator
from typing import Any

import uvicorn

from central.api import certificate_queue, create_app
from central.certificates import DEFAULT_VALIDITY_MONTHS, CertificateSettings
from central.db import create_central_engine
from central.housekeeping import DEFAULT_INTERVAL_S, Housekeeper
from central.migrate import upgrade
from central.register import open_register
from offline_sync.protocol import MAX_ATTACHMENT_BYTES

log = logging.getLogger(__name__)

_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class _AnnouncingServer(uvicorn.Server):
    """Announces the real address, and ends with exit code 0 after a SIGTERM/SIGINT.

    uvicorn re-raises the caught signal after its graceful shutdown (the process then
    dies "by signal"); a service manager should instead see a clean exit.
    """

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        originals = {sig: signal.signal(sig, self.handle_exit) for sig in _SIGNALS}
        try:
            yield
        finally:
            for sig, handler in originals.items():
                signal.signal(sig, handler)

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.should_exit:
            return
        host, port = self.config.host, self.config.port
        for server in self.servers:
            for sock in server.sockets:
                address: Any = sock.getsockname()
                port = address[1]
                break
        print(f"central listening on http://{host}:{port}", flush=True)  # noqa: T201
        log.info("central listening on %s:%s", host, port)


def serve(
    db_url: str,
    host: str,
    port: int,
    *,
    register: str = "synthetic",
    validity_months: int = DEFAULT_VALIDITY_MONTHS,
    max_attachment_bytes: int = MAX_ATTACHMENT_BYTES,
    housekeeping_interval: float = DEFAULT_INTERVAL_S,
) -> int:
    """Run until SIGTERM/SIGINT; returns the exit code.

    Housekeeping (closing finished questions) runs at start and every
    ``housekeeping_interval`` seconds on a thread of its own.

    Raises:
        ValueError: an unknown ``register`` backend.
    """
    population = open_register(register)
    engine = create_central_engine(db_url)
    housekeeper = Housekeeper(engine, housekeeping_interval)
    try:
        revision = upgrade(engine)
        log.info("central database at revision %s (%s)", revision, engine.url.get_backend_name())
        log.info("population register: %s; certificates valid %d months", register, validity_months)
        app = create_app(
            engine,
            population,
            CertificateSettings(validity_months),
            max_attachment_bytes=max_attachment_bytes,
        )
        certificate_queue.install(app)  # certificates asked for offline, issued after a push
        config = uvicorn.Config(
            app,
            host=host,
            port=port,
            log_config=None,
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=10,
        )
        server = _AnnouncingServer(config)
        housekeeper.start()
        server.run()
        sys.stdout.flush()
        return 0 if server.started else 1
    finally:
        housekeeper.stop()
        engine.dispose()
