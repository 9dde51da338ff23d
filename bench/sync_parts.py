"""Pieces of `bench/sync_throughput.py`: the central process, the floor, devices, workers.

Devices are real: SQLite files migrated by `open_store`, rows written through SQL so the
outbox triggers make the ops, enrolled over HTTP with a one-time code, and pushed or
pulled by `SyncClient` in worker processes (``sync_throughput.py --worker push|pull``),
so that the client side of ten devices does not share one interpreter's GIL and the
device peak RSS is that of a process that did nothing but the pull.
"""

from __future__ import annotations

import json
import logging
import os
import re
import selectors
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from keyring.backend import KeyringBackend
from sqlalchemy import Engine, text, update

from central import admin
from central import tables as t
from central.db import write_tx
from kiosk.interpreter_settings import tune_garbage_collector
from offline_sync.client import SyncClient
from offline_sync.enroll import DeviceCredentials, enroll
from offline_sync.outbox import set_actor
from offline_sync.protocol import SCHEMA_VERSION, Op, OpKind, content_hash, new_id
from offline_sync.store import open_store
from offline_sync.sync_errors import Offline, ServerError, SyncTimeout
from offline_sync.transport import CentralHttp

ROOT = Path(__file__).resolve().parents[1]
TOKEN_ENV = "FYGITAAL_BENCH_TOKEN"  # noqa: S105 (the variable name, not a secret)
TEAM = "t1"
START_TIMEOUT_S = 60.0
MAX_PUSH_FAILURES = 100

log = logging.getLogger(__name__)
_EXCEPTION = re.compile(r"^[\w.]+(Error|Exception): ")


class BenchKeyring(KeyringBackend):
    """Device tokens in a dict: the bench hands them to its worker processes itself."""

    priority = -10

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def visit_fields(i: int) -> dict[str, object]:
    """A realistic outreach visit (what a laptop writes most)."""
    return {
        "person_id": f"person-{i % 5000}",
        "planned_at": f"2026-11-{1 + i % 28:02d}T{8 + i % 10:02d}:00:00",
        "staff_id": f"staff-{i % 40}",
        "status": "planned",
        "checklist": ["id-checked", "consent"],
        "notes": [{"id": f"n{i}", "text": "Bezoek gepland na aanmelding aan het loket."}],
        "outcome": None,
        "team_id": TEAM,
    }


# ---------------------------------------------------------------- central


class CentralServer:
    """``fygitaal central serve --port 0`` as a separate process."""

    def __init__(self, db_url: str, home: Path) -> None:
        env = {**os.environ, "XDG_STATE_HOME": str(home), "XDG_DATA_HOME": str(home)}
        env["FYGITAAL_LOG_DIR"] = str(home)
        self.stderr_path = home / "central.stderr"
        exe = ROOT / ".venv" / "bin" / "fygitaal"
        with self.stderr_path.open("w") as stderr:
            self.proc = subprocess.Popen(
                [
                    str(exe),
                    "central",
                    "serve",
                    "--db",
                    db_url,
                    *("--host", "127.0.0.1", "--port", "0"),
                ],
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                env=env,
            )
        self.url = self._wait_for_url()

    def _wait_for_url(self) -> str:
        assert self.proc.stdout is not None
        deadline = time.monotonic() + START_TIMEOUT_S
        with selectors.DefaultSelector() as sel:
            sel.register(self.proc.stdout, selectors.EVENT_READ)
            while time.monotonic() < deadline:
                if sel.select(timeout=0.5):
                    line = self.proc.stdout.readline()
                    if line.startswith("central listening on "):
                        return line.removeprefix("central listening on ").strip()
                    if not line and self.proc.poll() is not None:
                        break
        self.stop()
        raise RuntimeError(f"central did not start: {self.stderr_path.read_text()[-2000:]}")

    def peak_rss_kb(self) -> int:
        return vm_hwm_kb(self.proc.pid)

    def cpu_seconds(self) -> float:
        return cpu_seconds(self.proc.pid)

    def errors(self) -> Counter[str]:
        """The exceptions central logged (a 500 each), by final traceback line."""
        lines = self.stderr_path.read_text(errors="replace").splitlines()
        return Counter(line[:120] for line in lines if _EXCEPTION.match(line))

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.communicate(timeout=10)


def cpu_seconds(pid: int | str = "self") -> float:
    """User plus system CPU time a process has used so far.

    On a shared machine the wall time of a step depends on the other load; the CPU time
    a step cost does much less, so the bench reports both.
    """
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def vm_hwm_kb(pid: int | str = "self") -> int:
    """Peak resident set size of a process (``VmHWM``), in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


# ---------------------------------------------------------------- floor


def floor_push(engine: Engine, municipality_id: str, n: int, batch: int = 500) -> float:
    """Seconds to insert ``n`` op rows and ``n`` record rows with executemany, as push would."""
    ops, records = [], []
    for i in range(n):
        entity_id = new_id()
        fields = visit_fields(i)
        op = Op(
            op_id=new_id(),
            device_seq=i + 1,
            entity="visit",
            entity_id=entity_id,
            kind=OpKind.CREATE,
            fields=fields,
            schema_version=SCHEMA_VERSION,
            actor="bench",
        )
        ops.append(
            {
                "municipality_id": municipality_id,
                "op_id": op.op_id,
                "device_id": "floor",
                "device_seq": op.device_seq,
                "body": op.model_dump_json(),
                "content_hash": content_hash(op),
                "status": "accepted",
                "result": json.dumps({"op_id": op.op_id, "status": "accepted"}),
                "reported": True,
                "received_at": 0,
            }
        )
        records.append(_record_row(municipality_id, entity_id, fields, i + 1))
    started = time.perf_counter()
    for start in range(0, n, batch):
        with write_tx(engine) as conn:
            conn.execute(t.op_log.insert(), ops[start : start + batch])
            conn.execute(t.record.insert(), records[start : start + batch])
    return time.perf_counter() - started


def floor_records(engine: Engine, municipality_id: str, n: int, batch: int = 2000) -> float:
    """Seconds to insert ``n`` record rows with executemany.

    The rows are what pushed visits leave in ``record`` (positions 1..n), and the feed
    counter is then moved to ``n`` (untimed): a device of that municipality's team pulls
    exactly these ``n`` changes, so the pull volume needs no slow seeding push.
    """
    rows = [_record_row(municipality_id, new_id(), visit_fields(i), i + 1) for i in range(n)]
    started = time.perf_counter()
    for start in range(0, n, batch):
        with write_tx(engine) as conn:
            conn.execute(t.record.insert(), rows[start : start + batch])
    seconds = time.perf_counter() - started
    with write_tx(engine) as conn:
        conn.execute(
            update(t.feed_counter)
            .where(t.feed_counter.c.municipality_id == municipality_id)
            .values(last=n)
        )
    return seconds


def _record_row(
    municipality_id: str, entity_id: str, fields: dict[str, object], position: int
) -> dict[str, object]:
    return {
        "municipality_id": municipality_id,
        "entity": "visit",
        "entity_id": entity_id,
        "fields": json.dumps(fields, sort_keys=True, separators=(",", ":")),
        "versions": json.dumps(dict.fromkeys(fields, position), sort_keys=True),
        "deleted": False,
        "team_id": TEAM,
        "previous_team_id": None,
        "person_key": None,
        "status": "planned",
        "category": None,
        "position": position,
    }


# ---------------------------------------------------------------- devices


@dataclass(frozen=True)
class Device:
    path: Path
    token: str
    write_seconds: float


def make_device(
    central_engine: Engine, municipality_id: str, url: str, path: Path, n_rows: int
) -> Device:
    """Enroll a fresh device and write ``n_rows`` visits through SQL (the triggers make ops)."""
    store = open_store(path)
    try:
        keyring = BenchKeyring()
        code = admin.create_enrollment_code(central_engine, municipality_id, "outreach", TEAM)
        enrollment = enroll(
            store.engine, url, code, device_name=path.stem, credentials=DeviceCredentials(keyring)
        )
        rows = []
        for i in range(n_rows):
            f = visit_fields(i)
            rows.append(
                {
                    **f,
                    "id": new_id(),
                    "checklist": json.dumps(f["checklist"]),
                    "notes": json.dumps(f["notes"]),
                }
            )
        started = time.perf_counter()
        if rows:
            with store.engine.begin() as conn:
                set_actor(conn, "bench")
                conn.execute(
                    text(
                        "INSERT INTO visit (id, person_id, planned_at, staff_id, status,"
                        " checklist, notes, outcome, team_id) VALUES (:id, :person_id,"
                        " :planned_at, :staff_id, :status, :checklist, :notes, :outcome,"
                        " :team_id)"
                    ),
                    rows,
                )
        seconds = time.perf_counter() - started
    finally:
        store.close()
    token = keyring.secrets[("fygitaal-device", enrollment.device_id)]
    return Device(path, token, seconds)


def start_worker(mode: str, device: Device, url: str) -> subprocess.Popen[str]:
    """A worker process that opens the device, prints ``ready``, and waits for a line."""
    env = {**os.environ, TOKEN_ENV: device.token}
    return subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("sync_throughput.py")),
            *("--worker", mode, "--device-db", str(device.path), "--url", url),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def run_worker(mode: str, device_db: Path, url: str) -> int:
    """Worker side: push or pull once when told to, then print one JSON line of figures.

    The interpreter is set as every fygitaal process sets it (`kiosk.cli.main`).
    """
    tune_garbage_collector()
    store = open_store(device_db)
    client = SyncClient(store.engine, CentralHttp(url, os.environ[TOKEN_ENV]))
    print("ready", flush=True)
    sys.stdin.readline()
    started = time.perf_counter()
    cpu_started = time.process_time()
    figures: dict[str, object] = {}
    if mode == "push":
        figures["server_errors"] = _push_until_done(client)
        with store.engine.connect() as conn:
            statuses: dict[str, int] = dict(
                conn.execute(text("SELECT status, count(*) FROM outbox_result GROUP BY status"))
                .tuples()
                .all()
            )
        figures |= {"count": sum(statuses.values()), "statuses": statuses}
    else:
        applied, resets = client.pull()
        figures |= {"count": applied, "resets": resets}
    figures["seconds"] = time.perf_counter() - started
    figures["cpu_s"] = time.process_time() - cpu_started
    with store.engine.connect() as conn:
        figures["rows"] = conn.execute(text("SELECT count(*) FROM visit")).scalar_one()
    client.close()
    store.close()
    figures["peak_rss_kb"] = vm_hwm_kb()
    print(json.dumps(figures), flush=True)
    return 0


def _push_until_done(client: SyncClient) -> int:
    """Push everything, retrying as the sync loop would; returns how many attempts failed."""
    failures = 0
    while True:
        try:
            client.push()
        except (ServerError, Offline, SyncTimeout) as error:
            failures += 1
            log.warning("push attempt failed (%s); retrying", error.user_message)
            if failures > MAX_PUSH_FAILURES:
                raise
            time.sleep(min(2.0, 0.1 * failures))
        else:
            return failures
