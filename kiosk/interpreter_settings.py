"""How the Python interpreter runs in fygitaal's processes: the cycle collector and the GIL.

**Cycle collector (every process).** The default (a young-generation collection every 700
net allocations) made the collector a sixth of central's work on a push: 500 ops build
tens of thousands of short-lived dicts and lists, and each collection also walks what
they reference. A device parsing a pulled batch of 2,000 changes spent a third of its
parsing time there. Plain reference counting frees almost all of it anyway; the collector
only has to find cycles, which it still does, seventy times less often. Measured in one
process, one after the other: central's CPU per pushed op 85-97 -> 72 us, a device's
validation of a pulled change 14.5 -> 8.5 us; in ``bench/sync_throughput.py`` push went
from 4,400-5,900 to 6,900 ops/s on SQLite.

**GIL switch interval (the kiosk and outreach windows).** The card is read on a thread
that gives up the GIL for every APDU and must get it back when the answer comes. Beside
a thread running Python (the GUI, a sync pull), the default 5 ms interval made every APDU
wait up to 5 ms for it: a 53-APDU read took 318 ms instead of 8 ms on the emulated
reader; with 1 ms it took 77 ms (`bench/card_read.py`, "beside a busy thread"). Central
keeps the default: it reads no card, and in interleaved push runs 1 ms cost it up to a
tenth more CPU per op (within this machine's noise, but never less).
"""

from __future__ import annotations

import gc
import sys

YOUNG_THRESHOLD = 50_000
"""Net container allocations between two young-generation collections (default 700)."""

SWITCH_INTERVAL_S = 0.001
"""How long a thread may hold the GIL while another one asks for it (default 0.005)."""


def tune_garbage_collector() -> None:
    """Collect cycles less often (every process, at start)."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def hand_over_gil_sooner() -> None:
    """Let a thread waiting for the GIL (the card reader's) have it after 1 ms, not 5."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def as_in_a_window_process() -> None:
    """Both settings, as a kiosk or outreach window process has them (for the benches)."""
    tune_garbage_collector()
    hand_over_gil_sooner()
