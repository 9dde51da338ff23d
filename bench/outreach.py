"""The outreach laptop's working set: initial sync, the 360° view, saving a visit record.

One run, against a real central (``fygitaal central serve`` on loopback, SQLite):

1. central holds a team caseload of ``--residents`` residents (2,000) with
   ``--history`` history records (20,000: visits with notes, contacts, consents, tasks,
   referrals, meldingen, questions); one resident has 200 timeline items. The records
   are inserted straight into central's ``record`` table and the feed counter is moved
   past them (as `bench/sync_throughput.py` does): seeding by push would take longer
   than the rest of the run. Untimed.
2. For an encrypted laptop (SQLCipher, a random 32-byte key) and a plain SQLite one,
   each freshly enrolled:
   - initial sync: one `DeviceSync` round (reconcile, push, pull every batch), timed;
     median of ``--sync-runs`` fresh laptops of each kind, the kinds taking turns to go
     first (the first pull of the run also warms central's page cache);
   - 360° view: the real `PersonScreen` on a real `OutreachDesk` (offscreen Qt) opens
     the 200-item resident: click to painted, i.e. the access log written, the timeline
     read, the list filled and ``repaint()`` returned; median of ``--runs``;
   - save: one visit record saved (`kiosk.visits.add_note`: consent check, read, update,
     the outbox op, ``synchronous=FULL`` commit); median of ``--runs``.
3. Encryption overhead: SQLCipher time / plain time for each part and for the whole
   workload (sync + views + saves), same run.

Prints the figures and ``PASS`` / ``MISS`` against the targets of issue 6; exits 0.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/outreach.py [--residents 2000]
        [--history 20000] [--runs 20] [--sync-runs 3]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sync_parts import TEAM, BenchKeyring, CentralServer

from central import admin
from central import tables as t
from central.db import create_central_engine, write_tx
from central.migrate import upgrade
from kiosk.interpreter_settings import as_in_a_window_process
from offline_sync.enroll import DeviceCredentials, enroll
from offline_sync.runner import DeviceSync
from offline_sync.store import LocalStore, open_store

SYNC_TARGET_S = 5.0
VIEW_TARGET_MS = 150.0
SAVE_TARGET_MS = 50.0
OVERHEAD_TARGET = 1.3
MUNICIPALITY = "bench"
FOCUS = "resident-0000"
FOCUS_VISIT = "visit-focus-00"
FOCUS_HISTORY = 173
"""History records of FOCUS: with their visits' notes, FOCUS_VISIT and the consent
the bench records, 200 timeline items."""


# ---------------------------------------------------------------- the caseload on central


def _history_kinds(  # noqa: PLR0911 - one return per kind of record
    i: int, person: str, key: str, when: datetime
) -> tuple[str, dict[str, Any]]:
    """The i-th history record of a resident: a mix like a real caseload's."""
    at = when.isoformat(timespec="seconds")
    kind = i % 7
    if kind == 0:
        notes = [
            {"id": f"n{i}-{person}", "text": "Zoon helpt met eBox.", "sensitive": i % 3 == 0}
            | {"by": "bo", "team": TEAM, "at": at}
        ]
        return "visit", {
            "person_id": person,
            "planned_at": at,
            "staff_id": "bo",
            "status": "done",
            "checklist": ["itsme", "ebox"],
            "notes": notes,
            "outcome": "PIN opnieuw ingesteld",
            "team_id": TEAM,
        }
    if kind == 1:
        return "contact_moment", {
            "person_id": person,
            "channel": "phone",
            "topic": "Vraag over itsme",
            "at": at,
            "team_id": TEAM,
        }
    if kind == 2:
        return "consent", {
            "person_id": person,
            "purpose": "Digitale hulp aan huis",
            "method": "paper",
            "given_at": at,
            "evidence": f"F-{i}",
            "staff_id": "bo",
            "team_id": TEAM,
        }
    if kind == 3:
        return "task", {
            "person_id": person,
            "text": "Terugbellen over eBox",
            "due_date": when.date().isoformat(),
            "status": "open",
            "team_id": TEAM,
        }
    if kind == 4:
        return "referral", {
            "person_id": person,
            "partner": "digipunt",
            "reason": "Cursus smartphone",
            "status": "proposed",
            "team_id": TEAM,
        }
    if kind == 5:
        return "melding", {
            "reference": f"M-{i}-{person[-4:]}",
            "category": "litter",
            "status": "511",
            "description": "Zwerfvuil aan de bushalte",
            "person_key": key,
            "team_id": TEAM,
        }
    return "question", {
        "text": "Wanneer komt de grofvuilophaling?",
        "status": "open",
        "person_key": key,
        "team_id": TEAM,
    }


def _caseload(residents: int, history: int) -> list[tuple[str, str, dict[str, Any]]]:
    """(entity, id, fields): the residents, then their history (FOCUS gets 200 items)."""
    now = datetime.now(UTC)
    records: list[tuple[str, str, dict[str, Any]]] = []
    for r in range(residents):
        person = f"resident-{r:04d}"
        fields = {
            "person_key": f"{r:064x}",
            "first_names": "Maria",
            "surname": f"Bewoner {r}",
            "street_and_number": f"Dorpsstraat {r}",
            "zip": "9000",
            "team_id": TEAM,
        }
        records.append(("person", person, fields))
    records.append(
        (
            "visit",
            FOCUS_VISIT,
            {
                "person_id": FOCUS,
                "planned_at": now.isoformat(timespec="seconds"),
                "status": "in_progress",
                "checklist": [],
                "notes": [],
                "team_id": TEAM,
            },
        )
    )
    for i in range(history - 1):
        r = 0 if i < FOCUS_HISTORY else 1 + i % (residents - 1)
        person = f"resident-{r:04d}"
        entity, fields = _history_kinds(i, person, f"{r:064x}", now - timedelta(hours=i))
        records.append((entity, f"h-{i:06d}", fields))
    return records


def seed_central(engine: Any, residents: int, history: int) -> int:
    """Insert the caseload as central's records (positions 1..n); returns n."""
    rows = []
    for position, (entity, entity_id, fields) in enumerate(_caseload(residents, history), 1):
        rows.append(
            {
                "municipality_id": MUNICIPALITY,
                "entity": entity,
                "entity_id": entity_id,
                "fields": json.dumps(fields, sort_keys=True, separators=(",", ":")),
                "versions": json.dumps(dict.fromkeys(fields, position), sort_keys=True),
                "deleted": False,
                "team_id": TEAM,
                "previous_team_id": None,
                "person_key": fields.get("person_key"),
                "status": fields.get("status"),
                "category": fields.get("category"),
                "position": position,
            }
        )
    for start in range(0, len(rows), 2000):
        with write_tx(engine) as conn:
            conn.execute(t.record.insert(), rows[start : start + 2000])
    with write_tx(engine) as conn:
        conn.execute(
            t.feed_counter.update()
            .where(t.feed_counter.c.municipality_id == MUNICIPALITY)
            .values(last=len(rows))
        )
    return len(rows)


# ---------------------------------------------------------------- one laptop


@dataclass
class Figures:
    sync_s: list[float]
    pulled: int
    view_ms: list[float]
    items: int
    save_ms: list[float]

    @property
    def total_s(self) -> float:
        """The same workload on each kind of store: median sync, every view and save."""
        return statistics.median(self.sync_s) + (sum(self.view_ms) + sum(self.save_ms)) / 1000


def initial_sync(
    central_engine: Any, url: str, path: Path, *, encrypted: bool
) -> tuple[LocalStore, float, int]:
    """A freshly enrolled laptop's first sync: (its store, seconds, changes pulled)."""
    store = open_store(path, key=os.urandom(32) if encrypted else None)
    credentials = DeviceCredentials(BenchKeyring())
    code = admin.create_enrollment_code(central_engine, MUNICIPALITY, "outreach", TEAM)
    enroll(store.engine, url, code, device_name=path.stem, credentials=credentials)
    device_sync = DeviceSync(store.engine, credentials=credentials)
    started = time.perf_counter()
    report = device_sync()
    seconds = time.perf_counter() - started
    device_sync.close()
    return store, seconds, report.pulled


def views_and_saves(
    store: LocalStore, folder: Path, runs: int
) -> tuple[list[float], int, list[float]]:
    """Milliseconds to open the 360° view (click to painted) and to save a visit record."""
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.config import Settings
    from kiosk.consent import record_consent
    from kiosk.staff_signin import StaffMember
    from kiosk.visits import add_note
    from ui.outreach_desk import OutreachDesk
    from ui.sync_control import SyncController

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    staff = StaffMember("an", "An", "outreach", TEAM)
    record_consent(
        store.engine, staff, FOCUS, purpose="Digitale hulp", method="eid", expires_at=None
    )
    desk = OutreachDesk(SyncController(Settings(data_dir=folder / "unused")), None, QWidget())
    desk.resize(1280, 800)
    desk.show()
    desk.set_store(store)
    desk.staff = staff
    screen = desk.person

    def settle() -> None:  # the day list re-reads after each opening; let it finish
        while desk.jobs.busy or desk.writes.busy:
            app.processEvents()
            time.sleep(0.001)

    view_ms: list[float] = []
    for _ in range(runs + 1):  # the first opening warms caches; not counted
        screen.reset()
        settle()
        started = time.perf_counter()
        screen.open_for_visit(FOCUS_VISIT)
        while screen.view is None:
            app.processEvents()
            time.sleep(0.0005)
        screen.repaint()
        view_ms.append((time.perf_counter() - started) * 1000)
    items = screen.timeline.count()
    settle()
    desk.shutdown()
    save_ms: list[float] = []
    for i in range(runs + 1):
        started = time.perf_counter()
        add_note(store.engine, staff, FOCUS_VISIT, f"Notitie {i}", sensitive=False)
        save_ms.append((time.perf_counter() - started) * 1000)
    desk.close()
    desk.deleteLater()
    app.processEvents()
    return view_ms[1:], items, save_ms[1:]


def measure(
    central_engine: Any, url: str, home: Path, sync_runs: int, runs: int
) -> dict[str, Figures]:
    """Both kinds of store, alternating which goes first (central's cache warms up)."""
    syncs: dict[bool, list[float]] = {True: [], False: []}
    kept: dict[bool, tuple[LocalStore, int]] = {}
    for k in range(sync_runs):
        for encrypted in (True, False) if k % 2 else (False, True):
            name = f"{'sqlcipher' if encrypted else 'plain'}-{k}"
            store, seconds, pulled = initial_sync(
                central_engine, url, home / f"{name}.sqlite3", encrypted=encrypted
            )
            syncs[encrypted].append(seconds)
            if encrypted in kept:
                kept[encrypted][0].close()
            kept[encrypted] = (store, pulled)
    results: dict[str, Figures] = {}
    for encrypted in (True, False):
        store, pulled = kept[encrypted]
        views, items, saves = views_and_saves(store, home, runs)
        store.close()
        name = "sqlcipher" if encrypted else "plain"
        results[name] = Figures(syncs[encrypted], pulled, views, items, saves)
    return results


# ---------------------------------------------------------------- report


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=2000)
    parser.add_argument("--history", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=20, help="views and saves per store")
    parser.add_argument("--sync-runs", type=int, default=3, help="initial syncs per store")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    as_in_a_window_process()  # as `kiosk.cli.main` and `ui.app.ensure_application` set it
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="fygitaal-bench-outreach-") as tmp:
        home = Path(tmp)
        url = f"sqlite:///{home / 'central.sqlite3'}"
        engine = create_central_engine(url)
        upgrade(engine)
        admin.create_municipality(engine, MUNICIPALITY, "Bench")
        admin.create_team(engine, MUNICIPALITY, TEAM, "Team 1")
        changes = seed_central(engine, args.residents, args.history)
        server = CentralServer(url, home)
        try:
            results = measure(engine, server.url, home, args.sync_runs, args.runs)
        finally:
            server.stop()
            engine.dispose()
    del app
    enc, plain = results["sqlcipher"], results["plain"]
    load = os.getloadavg()[0]
    print(
        f"caseload: {args.residents} residents, {changes} changes on central"
        f" ({args.history} history records); load average {load:.1f}"
    )
    rows = (
        (
            "initial sync (s, median)",
            statistics.median(enc.sync_s),
            statistics.median(plain.sync_s),
            SYNC_TARGET_S,
        ),
        (
            f"360° view, {enc.items} items, painted (ms, median)",
            statistics.median(enc.view_ms),
            statistics.median(plain.view_ms),
            VIEW_TARGET_MS,
        ),
        (
            "save a visit record (ms, median)",
            statistics.median(enc.save_ms),
            statistics.median(plain.save_ms),
            SAVE_TARGET_MS,
        ),
    )
    print(f"{'':44} {'SQLCipher':>10} {'plain':>10} {'ratio':>7}  target")
    for label, e, p, target in rows:
        print(f"{label:44} {e:10.3f} {p:10.3f} {e / p:7.2f}  ≤ {target:g}  {_verdict(e <= target)}")
    print(
        f"pulled: {enc.pulled} (SQLCipher), {plain.pulled} (plain);"
        f" view p95 {_p95(enc.view_ms):.1f} ms, save p95 {_p95(enc.save_ms):.1f} ms (SQLCipher)"
    )
    overhead = enc.total_s / plain.total_s
    print(
        f"encryption overhead, whole workload: {overhead:.2f}x"
        f" (≤ {OVERHEAD_TARGET}x)  {_verdict(overhead <= OVERHEAD_TARGET)}"
    )
    return 0


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
