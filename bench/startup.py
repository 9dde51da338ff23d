"""Cold start of ``fygitaal kiosk`` to its first painted attract screen (offscreen Qt).

Runs, interleaved in one session, (a) a bare PySide6 window that exits at its first paint
and (b) the kiosk with FYGITAAL_EXIT_AFTER_FIRST_PAINT=1; prints the medians of 5, their
ratio and the peak RSS of each. Targets (issue 2): kiosk ≤ 1.0 s and ≤ 150 MiB.

The kiosk opens its local store (SQLAlchemy, Alembic, migrations) on a worker right after
the first paint; its smoke run waits for that before exiting, so the peak RSS includes the
store, and the time to "store ready" is printed too (not part of the target). The warm-up
run creates and migrates the database; measured runs open it, as a kiosk does each morning.

"Cold" means a fresh process, as an installed kiosk starts: its modules have bytecode
(installers compile it). Both commands therefore run once unmeasured with bytecode caching
on, in a scratch prefix, even when ``PYTHONDONTWRITEBYTECODE`` is set (some sandboxes and CI
set it; then every start would recompile SQLAlchemy and friends, ~2 s here, and say nothing
about the kiosk). ``--no-bytecode`` measures that setting instead.

    .venv/bin/python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("bare")
class First(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
            watched.removeEventFilter(self)
        return False
first = First()
label.installEventFilter(first)
label.resize(1280, 800)
label.show()
app.exec()
"""


KIOSK = [str(Path(sys.executable).with_name("fygitaal")), "kiosk"]


def cold_start_env(scratch: Path, *, bytecode: bool = True) -> dict[str, str]:
    """The environment of a measured start: offscreen, smoke exit, data and caches in scratch."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FYGITAAL_EXIT_AFTER_FIRST_PAINT": "1",
        "FYGITAAL_DATA_DIR": str(scratch / "data"),
        "FYGITAAL_LOG_DIR": str(scratch / "logs"),
    }
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.setdefault("PYTHONPYCACHEPREFIX", str(scratch / "pycache"))
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float, float | None]:
    """Seconds from spawn to first paint, the child's peak RSS in MiB, seconds to store ready."""
    start = time.time()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    output = process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0 or "first-paint" not in output:
        sys.exit(f"run failed: {command} -> {output!r}")
    painted = float(output.split("first-paint", 1)[1].split()[0])
    ready = float(output.split("store-ready", 1)[1].split()[0]) if "store-ready" in output else None
    return painted - start, usage.ru_maxrss / 1024, None if ready is None else ready - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--no-bytecode", action="store_true", help="measure without .pyc caches (recompile)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        env = cold_start_env(Path(scratch), bytecode=not args.no_bytecode)
        bare: list[tuple[float, float, float | None]] = []
        kiosk: list[tuple[float, float, float | None]] = []
        # warm the page cache (and the bytecode caches) once
        measure([sys.executable, "-c", BARE_WINDOW], env)
        measure(KIOSK, env)
        for _ in range(args.runs):
            bare.append(measure([sys.executable, "-c", BARE_WINDOW], env))
            kiosk.append(measure(KIOSK, env))
    bare_s = statistics.median(t for t, _, _ in bare)
    kiosk_s = statistics.median(t for t, _, _ in kiosk)
    ready = [r for _, _, r in kiosk if r is not None]
    print(
        f"bare PySide6 window : median {bare_s * 1000:7.1f} ms  peak RSS "
        f"{max(r for _, r, _ in bare):6.1f} MiB"
    )
    print(
        f"fygitaal kiosk      : median {kiosk_s * 1000:7.1f} ms  peak RSS "
        f"{max(r for _, r, _ in kiosk):6.1f} MiB"
    )
    if ready:
        print(f"kiosk store ready   : median {statistics.median(ready) * 1000:7.1f} ms from spawn")
    print(f"ratio kiosk/bare    : {kiosk_s / bare_s:.2f}")
    print("targets             : kiosk <= 1000 ms, <= 150 MiB")
    print(f"bytecode caches     : {'off' if args.no_bytecode else 'on (warmed once)'}")


if __name__ == "__main__":
    main()
