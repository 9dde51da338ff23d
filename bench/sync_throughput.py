"""Sync throughput against a real central process, on SQLite and on PostgreSQL.

For each database, in one run (central is ``fygitaal central serve`` on loopback):

(a) floor: the same rows inserted directly with executemany into central's tables
    (``op`` + ``record`` per op, in transactions of 500; ``record`` alone for the pull
    volume, in transactions of 2,000);
(b) push: ``--devices`` enrolled devices (SQLite files, rows written through SQL so the
    outbox triggers make the ops) push ``--ops`` ops in total, concurrently, each from
    its own process with `SyncClient.push`;
(c) pull: a fresh device pulls ``--changes`` changes in a process of its own (initial
    sync). The changes are the record rows of the floor in (a), shaped like pushed
    visits, with the municipality's feed counter moved past them: seeding 100,000
    changes by push would take longer than the rest of the run.

Prints ops/s and changes/s, ratios to the floor, the device's and central's peak RSS
(``VmHWM``), and the targets of issue 4 with ``ok`` or ``MISSED``; exits 0 either way.
On a shared machine the rates move with the other load (printed as the load average);
the ratio to the floor measured in the same run and the CPU microseconds per op that
central and the devices spent (also printed) move much less.

    .venv/bin/python bench/sync_throughput.py [--ops 50000 --devices 10 --changes 100000]
        [--db sqlite|postgresql|both]

PostgreSQL runs in a throwaway cluster (`tests.fixtures.postgres.throwaway_cluster`).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sync_parts import (
    TEAM,
    CentralServer,
    floor_push,
    floor_records,
    make_device,
    run_worker,
    start_worker,
)

from central import admin
from central.db import create_central_engine
from central.migrate import upgrade

PUSH_TARGET = 5000.0
PULL_TARGET = 20000.0
SYNC_SECONDS_TARGET = 10.0
DEVICE_RSS_TARGET_MB = 300.0


@contextmanager
def database(kind: str, home: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{home / 'central.sqlite3'}"
        return
    from tests.fixtures.postgres import throwaway_cluster

    with throwaway_cluster() as url:
        yield url


def run_one(kind: str, ops: int, devices: int, changes: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"fygitaal-bench-{kind}-") as tmp:
        home = Path(tmp)
        with database(kind, home) as url:
            return _measure(url, home, ops, devices, changes)


def _measure(url: str, home: Path, ops: int, devices: int, changes: int) -> dict[str, Any]:
    engine = create_central_engine(url)
    upgrade(engine)
    out: dict[str, Any] = {}
    for muni in ("floor", "floorpull", "bench"):
        admin.create_municipality(engine, muni, muni)
        admin.create_team(engine, muni, TEAM, "Team 1")
    out["floor_push_s"] = floor_push(engine, "floor", ops)
    out["floor_pull_s"] = floor_records(engine, "floorpull", changes)
    central = CentralServer(url, home)
    try:
        per_device = [ops // devices + (1 if i < ops % devices else 0) for i in range(devices)]
        devs = [
            make_device(engine, "bench", central.url, home / f"device{i}.sqlite3", n)
            for i, n in enumerate(per_device)
        ]
        out["device_write_s"] = sum(d.write_seconds for d in devs)
        cpu = central.cpu_seconds()
        push = _push(devs, central.url)
        out["central_push_cpu_s"] = central.cpu_seconds() - cpu
        out["push_s"], out["push_count"], out["push_statuses"], out["devices_push_cpu_s"] = push
        out["central_rss_after_push_kb"] = central.peak_rss_kb()
        fresh = make_device(engine, "floorpull", central.url, home / "fresh.sqlite3", 0)
        worker = start_worker("pull", fresh, central.url)
        cpu = central.cpu_seconds()
        out["pull"] = _go([worker])[0][0]
        out["central_pull_cpu_s"] = central.cpu_seconds() - cpu
        out["central_rss_kb"] = central.peak_rss_kb()
    finally:
        central.stop()
        out["central_errors"] = central.errors()
        engine.dispose()
    return out


def _push(devs: list[Any], url: str) -> tuple[float, int, Counter[str], float]:
    """Seconds, ops answered, their statuses, and the CPU seconds of all device workers."""
    workers = [start_worker("push", d, url) for d in devs]
    results, seconds = _go(workers)
    statuses: Counter[str] = Counter()
    for r in results:
        statuses.update(r["statuses"])
    statuses["failed push requests (retried)"] = sum(r["server_errors"] for r in results)
    cpu = sum(r["cpu_s"] for r in results)
    return seconds, sum(r["count"] for r in results), statuses, cpu


def _go(workers: list[Any]) -> tuple[list[dict[str, Any]], float]:
    """Wait until every worker is ready, start them together, collect their figures.

    Returns the figures and the seconds from the start signal to the last figures (the
    workers' start-up is not timed).
    """
    for w in workers:
        if w.stdout.readline().strip() != "ready":
            raise RuntimeError("a worker did not start")
    started = time.perf_counter()
    for w in workers:
        w.stdin.write("go\n")
        w.stdin.flush()
    results = []
    for w in workers:
        line = w.stdout.readline()
        w.wait(timeout=600)
        if w.returncode != 0 or not line:
            raise RuntimeError(f"a worker failed with exit code {w.returncode}")
        results.append(json.loads(line))
    return results, time.perf_counter() - started


def _per(cpu_s: float, count: int) -> str:
    """CPU seconds and the microseconds of CPU per op or change."""
    return f"{cpu_s:.2f} s ({cpu_s / max(count, 1) * 1e6:.0f} us each)"


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def report(kind: str, ops: int, changes: int, r: dict[str, Any]) -> list[str]:
    """The table rows of one database, with the targets."""
    floor_ops = ops / r["floor_push_s"]
    floor_changes = changes / r["floor_pull_s"]
    push_rate = r["push_count"] / r["push_s"]
    pull = r["pull"]
    pull_rate = pull["count"] / pull["seconds"]
    device_mb = pull["peak_rss_kb"] / 1024
    statuses = ", ".join(f"{k} {v}" for k, v in sorted(r["push_statuses"].items()))
    rows = [
        (
            "(a) floor op+record executemany",
            ops,
            r["floor_push_s"],
            f"{floor_ops:,.0f} ops/s",
            "",
            "",
        ),
        (
            "(a) floor record executemany",
            changes,
            r["floor_pull_s"],
            f"{floor_changes:,.0f} rows/s",
            "",
            "",
        ),
        (
            "(b) push, concurrent devices",
            r["push_count"],
            r["push_s"],
            f"{push_rate:,.0f} ops/s",
            f"{push_rate / floor_ops:.3f}",
            f">= {PUSH_TARGET:,.0f} ops/s {_verdict(push_rate >= PUSH_TARGET)}",
        ),
        (
            "(c) pull, initial sync",
            pull["count"],
            pull["seconds"],
            f"{pull_rate:,.0f} changes/s",
            f"{pull_rate / floor_changes:.3f}",
            f">= {PULL_TARGET:,.0f}/s {_verdict(pull_rate >= PULL_TARGET)}",
        ),
    ]
    lines = [
        f"{kind:<10} {name:<32} {count:>8} {secs:>8.2f} s {rate:>18} {ratio:>7}  {target}"
        for name, count, secs, rate, ratio, target in rows
    ]
    sync_ok = pull["seconds"] <= SYNC_SECONDS_TARGET
    lines += [
        f"{kind:<10} {'    initial sync wall time':<32} {'':>8} {pull['seconds']:>8.2f} s "
        f"{'':>18} {'':>7}  <= {SYNC_SECONDS_TARGET:.0f} s {_verdict(sync_ok)}",
        f"{kind:<10} {'    device peak RSS (pull proc)':<32} {'':>8} {device_mb:>8.0f} MB "
        f"{'':>18} {'':>7}  <= {DEVICE_RSS_TARGET_MB:.0f} MB "
        f"{_verdict(device_mb <= DEVICE_RSS_TARGET_MB)}",
        f"{kind:<10} {'    central peak RSS':<32} {'':>8} {r['central_rss_kb'] / 1024:>8.0f} MB"
        f"   (after push {r['central_rss_after_push_kb'] / 1024:.0f} MB)",
        f"{kind:<10}     CPU: push central {_per(r['central_push_cpu_s'], r['push_count'])},"
        f" devices {_per(r['devices_push_cpu_s'], r['push_count'])};"
        f" pull central {_per(r['central_pull_cpu_s'], pull['count'])},"
        f" device {_per(pull['cpu_s'], pull['count'])}",
        f"{kind:<10}     push results: {statuses}; device rows after pull: {pull['rows']};"
        f" local writes (triggers) {r['device_write_s']:.2f} s",
    ]
    lines += [
        f"{kind:<10}     central logged {n} x {error}"
        for error, n in r["central_errors"].most_common()
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ops", type=int, default=50_000)
    parser.add_argument("--devices", type=int, default=10)
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--worker", choices=("push", "pull"), help=argparse.SUPPRESS)
    parser.add_argument("--device-db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if args.worker:
        return run_worker(args.worker, args.device_db, args.url)
    kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    header = (
        f"{'database':<10} {'step':<32} {'count':>8} {'time':>10} {'rate':>18} "
        f"{'/floor':>7}  target"
    )
    lines = []
    for kind in kinds:
        print(
            f"running {kind}: {args.ops} ops from {args.devices} devices, "
            f"{args.changes} changes ...",
            flush=True,
        )
        load_before = _load()
        result = run_one(kind, args.ops, args.devices, args.changes)
        done = report(kind, args.ops, args.changes, result)
        done += [f"{kind:<10}     before: {load_before}; after: {_load()}"]
        print("\n".join(done), flush=True)
        lines += done
    print()
    print(header)
    print("-" * len(header))
    print("\n".join(lines))
    missed = sum(line.count("MISSED") for line in lines)
    print(f"\n{missed} target(s) MISSED" if missed else "\nall targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
