"""Clients for tests: a central process, a municipality, enrolled devices, staff."""

from __future__ import annotations

import contextlib
import itertools
import os
import selectors
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Engine

from central import admin
from central.db import create_central_engine
from central.migrate import upgrade
from offline_sync.protocol import SCHEMA_VERSION, new_id

_counter = itertools.count(1)


class CentralProcess:
    """``fygitaal central serve`` as a real process; stops it with SIGTERM or SIGKILL.

    The first start takes a free port (``--port 0``); `restart` reuses that port, so that
    devices keep the URL they were enrolled with.
    """

    def __init__(self, db_url: str, home: Path, port: int = 0) -> None:
        self.db_url = db_url
        self.home = home
        self.stderr_path = home / "central.stderr"
        self.url = self._start(port)

    def _start(self, port: int) -> str:
        exe = Path(os.environ.get("VIRTUAL_ENV", "")) / "bin" / "fygitaal"
        if not exe.exists():
            exe = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "fygitaal"
        home = self.home
        env = {**os.environ, "XDG_STATE_HOME": str(home), "XDG_DATA_HOME": str(home)}
        argv = [str(exe), "central", "serve", "--db", self.db_url, "--port", str(port)]
        with self.stderr_path.open("a") as stderr:
            self.proc = subprocess.Popen(
                [*argv, "--host", "127.0.0.1"],
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                env=env,
            )
        return self._wait_for_url(timeout=60)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush, as when the server loses power."""
        self.proc.kill()
        self.proc.communicate(timeout=10)

    def restart(self) -> None:
        """Start again on the same database and port (after `kill` or `stop`)."""
        if self.proc.poll() is None:
            self.stop()
        port = int(self.url.rsplit(":", 1)[1])
        for _attempt in range(50):  # the old socket may linger a moment after a kill
            try:
                self.url = self._start(port)
                return
            except pytest.fail.Exception:
                time.sleep(0.1)
        pytest.fail(f"central did not restart on port {port}")

    def _wait_for_url(self, timeout: float) -> str:
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as sel:
            sel.register(self.proc.stdout, selectors.EVENT_READ)
            while time.monotonic() < deadline:
                if sel.select(timeout=0.5):
                    line = self.proc.stdout.readline()
                    if line.startswith("central listening on "):
                        return line.removeprefix("central listening on ").strip()
                    if not line and self.proc.poll() is not None:
                        break
        self.proc.kill()
        self.proc.communicate(timeout=10)
        pytest.fail(f"central did not start: {self.stderr_path.read_text()[-2000:]}")

    def stop(self) -> int:
        self.proc.terminate()
        try:
            self.proc.communicate(timeout=20)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.communicate(timeout=10)
        return self.proc.returncode


@dataclass
class Device:
    """An enrolled device talking HTTP to central; numbers its ops like an outbox."""

    base: str
    device_id: str
    token: str
    role: str
    team_id: str | None
    seq: int = 0
    session: requests.Session = field(default_factory=requests.Session)

    def __post_init__(self) -> None:
        self.session.headers["Authorization"] = f"Bearer {self.token}"

    def op(self, entity: str, entity_id: str, kind: str = "update", **kw: Any) -> dict[str, Any]:
        """A new op with the next device_seq."""
        self.seq += 1
        return {
            "op_id": new_id(),
            "device_seq": self.seq,
            "entity": entity,
            "entity_id": entity_id,
            "kind": kind,
            "fields": kw.pop("fields", {}),
            "old": kw.pop("old", {}),
            "base_versions": kw.pop("base", {}),
            "schema_version": kw.pop("schema_version", SCHEMA_VERSION),
            "actor": "tester",
            **kw,
        }

    def push(self, *ops: dict[str, Any]) -> list[dict[str, Any]]:
        reply = self.session.post(f"{self.base}/v1/sync/push", json={"ops": list(ops)}, timeout=30)
        assert reply.status_code == 200, reply.text
        results: list[dict[str, Any]] = reply.json()["results"]
        return results

    def pull(self, after: str = "", **params: Any) -> requests.Response:
        return self.session.get(
            f"{self.base}/v1/sync/changes", params={"after": after, **params}, timeout=30
        )

    def pull_all(self, after: str = "", **params: Any) -> tuple[list[dict[str, Any]], str]:
        """Every change after ``after``, batch by batch, and the final cursor."""
        changes: list[dict[str, Any]] = []
        while True:
            reply = self.pull(after, **params)
            assert reply.status_code == 200, reply.text
            body = reply.json()
            changes.extend(body["changes"])
            after = body["cursor"]
            if not body["has_more"]:
                return changes, after

    def state(self, **params: Any) -> dict[tuple[str, str], dict[str, Any]]:
        """The latest change of every record this device receives, by (entity, id)."""
        changes, _ = self.pull_all("", **params)
        return {(c["entity"], c["entity_id"]): c for c in changes}


@dataclass
class Municipality:
    """A fresh municipality with teams t1 and t2 and a back-office user."""

    base: str
    engine: Engine
    municipality_id: str

    def enroll(self, role: str = "outreach", team: str | None = "t1") -> Device:
        code = admin.create_enrollment_code(
            self.engine, self.municipality_id, role, team if role == "outreach" else None
        )
        reply = requests.post(
            f"{self.base}/v1/enroll", json={"code": code, "device_name": "test"}, timeout=30
        )
        assert reply.status_code == 201, reply.text
        body = reply.json()
        return Device(self.base, body["device_id"], body["token"], body["role"], body["team_id"])

    def staff(self, role: str = "backoffice") -> requests.Session:
        username = f"{role}{next(_counter)}"
        admin.create_staff(
            self.engine, self.municipality_id, username, role, password="correct horse"
        )
        reply = requests.post(
            f"{self.base}/v1/staff/login",
            json={
                "municipality_id": self.municipality_id,
                "username": username,
                "password": "correct horse",
            },
            timeout=30,
        )
        assert reply.status_code == 200, reply.text
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {reply.json()['token']}"
        return session


@dataclass
class Central:
    """A running central process and an engine on the same database (for admin steps)."""

    url: str
    engine: Engine
    backend: str

    def municipality(self) -> Municipality:
        muni = f"m{next(_counter)}-{os.getpid()}-{time.monotonic_ns() % 10**9}"
        admin.create_municipality(self.engine, muni, "Test municipality")
        admin.create_team(self.engine, muni, "t1", "Team 1")
        admin.create_team(self.engine, muni, "t2", "Team 2")
        return Municipality(self.url, self.engine, muni)


@contextlib.contextmanager
def running_sqlite_central(folder: Path) -> Iterator[tuple[Central, CentralProcess]]:
    """A central process on a fresh SQLite file in ``folder``, stopped at the end."""
    url = f"sqlite:///{folder / 'central.sqlite3'}"
    engine = create_central_engine(url)
    upgrade(engine)
    process = CentralProcess(url, folder)
    try:
        yield Central(process.url, engine, "sqlite"), process
    finally:
        if process.proc.poll() is None:
            process.stop()
        engine.dispose()
