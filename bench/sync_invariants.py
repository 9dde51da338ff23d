"""The long seeded randomized sync run (issue 4): 1,000+ rounds through the fault proxy.

Three laptops edit visits (outcomes, notes, checklists, status moves) and sync through a
fault-injecting proxy in front of a real central process; after the network heals, the
invariants of sync.md are checked (every committed op applied once, a conflict or in
quarantine; all laptops equal to central; cursors never back). It runs the suite's own
scenario, `test_seeded_random_rounds_with_faults_keep_every_invariant`, with more
rounds, and prints the seed so a failure replays:

    .venv/bin/python bench/sync_invariants.py [--rounds 1000] [--seed N]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST = (
    "tests/offline_sync/test_e2e_sync.py"
    "::test_seeded_random_rounds_with_faults_keep_every_invariant"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=random.randrange(2**32))
    args = parser.parse_args()
    env = {
        **os.environ,
        "FYGITAAL_SYNC_ROUNDS": str(args.rounds),
        "FYGITAAL_SYNC_SEED": str(args.seed),
    }
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", TEST, "-q", "-p", "no:randomly", "--timeout", "3600"],
        cwd=ROOT,
        env=env,
        check=False,
        capture_output=True,
        text=True,
    )
    elapsed = time.monotonic() - started
    verdict = "ok" if result.returncode == 0 else "FAILED"
    print(f"rounds {args.rounds}  seed {args.seed}  {elapsed:.0f} s  invariants: {verdict}")
    if result.returncode != 0:
        print(result.stdout[-4000:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
