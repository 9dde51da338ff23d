"""Signature checks in a separate process that only gets CPU time nothing else wants.

On a two-core kiosk, every APDU of a read wakes three parties in turn: the PC/SC thread,
pcscd and the reader (driver or emulator). The two P-384 checks of an applet 1.8 card cost
1.1 ms of CPU; run beside the read at normal priority they took the core those parties
were about to wake on, and the read slowed by about as much as the checks cost. The worker
therefore runs at the lowest scheduling class (``SCHED_IDLE`` on Linux, else the highest
niceness): the kernel hands it only what the read leaves idle and takes the core back as
soon as the read needs it. It is a process rather than a thread of the kiosk because a
thread of that class could be descheduled while it holds the GIL, stalling the GUI and the
PC/SC thread behind it.

It is one pipe and one worker, with no executor in between: the caller sends the files and
waits for the answer on the pipe. `concurrent.futures.ProcessPoolExecutor` added two
threads to the kiosk process that each had to wake up, and take the GIL, during the read.
Measured with ``bench/card_read.py`` and in-process A/B runs (150 interleaved rounds, ratio
to the raw APDU floor; applet 1.7 / 1.8): executor at normal priority 1.46 / 1.77, executor
at SCHED_IDLE 1.41 / 1.58, one pipe at SCHED_IDLE 1.36 / 1.51.

The process starts once (spawn: safe beside Qt's and pyscard's threads) and keeps the trust
store and its RRN-chain memo warm for every later card. A worker that died or stopped
answering is never waited for: the check then runs in the reading process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from datetime import date
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.serialization import Encoding

from card_reader.files import CardFiles
from card_reader.trust import TrustStore, load_certificates
from card_reader.verify import Verification, verify_card

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

log = logging.getLogger(__name__)

ANSWER_TIMEOUT_S = 10.0
"""A check takes milliseconds; a worker silent this long (stopped, swapping) is ended."""

START_TIMEOUT_S = 60.0
"""Spawning imports `cryptography` in a fresh interpreter: slow on a cold disk."""

_READY = "ready"


def lowest_cpu_priority() -> None:
    """Put the calling process where it only runs on otherwise idle CPU time."""
    try:
        if hasattr(os, "SCHED_IDLE"):  # Linux
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
        elif hasattr(os, "nice"):
            os.nice(19)
    except OSError as error:  # a sandbox may refuse it: slower, never wrong
        log.debug("verifier keeps its priority: %s", error)


def _serve(conn: Connection, roots: list[bytes], intermediates: list[bytes]) -> None:
    """The worker: answer each ``(files, today)`` with ``(True, verdict)`` or ``(False, None)``."""
    lowest_cpu_priority()
    trust = TrustStore(
        tuple(c for der in roots for c in load_certificates(der)),
        tuple(c for der in intermediates for c in load_certificates(der)),
    )
    conn.send(_READY)
    while True:
        try:
            files, today = conn.recv()
        except (EOFError, OSError):
            return  # the kiosk closed the pipe or ended
        answer: tuple[bool, Verification | None]
        try:
            answer = (True, verify_card(files, trust, today=today))
        except Exception:  # the reading process checks again and reports it
            answer = (False, None)
        conn.send(answer)


class VerifierProcess:
    """`verify_card` against one trust store, in a warm worker process at idle priority."""

    def __init__(self, trust: TrustStore, *, timeout: float = ANSWER_TIMEOUT_S) -> None:
        self.trust = trust
        self._timeout = timeout
        self._lock = threading.Lock()  # one question on the pipe at a time
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process: BaseProcess | None = context.Process(
            target=_serve,
            args=(
                child,
                [c.public_bytes(Encoding.DER) for c in trust.roots],
                [c.public_bytes(Encoding.DER) for c in trust.intermediates],
            ),
            name="fygitaal-verifier",
            daemon=True,
        )
        self._process.start()
        child.close()
        self._ready = False

    def warm_up(self, timeout: float = START_TIMEOUT_S) -> bool:
        """Wait until the worker has started (about 0.3 s); False if it never does."""
        with self._lock:
            if self._started(timeout):
                return True
            if self._process is not None:
                log.warning("verifier process did not start; checking in the reading process")
                self._end_worker()
            return False

    def worker_pid(self) -> int | None:
        """The worker's process id (where the checks really run), None once it was ended."""
        process = self._process
        return None if process is None else process.pid

    def verify(self, files: CardFiles, *, today: date | None = None) -> Verification:
        """The same verdict as `verify_card(files, trust)`, computed in the worker.

        A worker that died (killed, out of memory) costs speed, never a verdict: the check
        then runs here. So does one that does not answer within the timeout; it is ended,
        so that later checks do not queue behind it.
        """
        with self._lock:
            answer = self._ask(files, today)
        if answer is not None:
            return answer
        return verify_card(files, self.trust, today=today)

    def _ask(self, files: CardFiles, today: date | None) -> Verification | None:
        if not self._started(0):  # a card before the worker is up: check it here, now
            return None
        try:
            self._conn.send((files, today))
            if not self._conn.poll(self._timeout):
                log.warning("verifier process did not answer; ended, checking here instead")
                self._end_worker()
                return None
            ok, verification = self._conn.recv()
        except (EOFError, OSError):
            log.warning("verifier process unavailable; checking in the reading process")
            self._end_worker()
            return None
        return verification if ok else None

    def _started(self, timeout: float) -> bool:
        """Whether the worker said it is ready, waiting up to ``timeout`` for it to say so."""
        if self._process is None:
            return False  # ended
        if self._ready:
            return True
        try:
            if not self._conn.poll(timeout):
                return False  # still starting
            self._ready = self._conn.recv() == _READY
        except (EOFError, OSError):
            self._ready = False
        if not self._ready:
            log.warning("verifier process failed to start; checking in the reading process")
            self._end_worker()
        return self._ready

    def _end_worker(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.kill()
            process.join(timeout=5)
        self._conn.close()

    def close(self) -> None:
        """Stop the worker (at application end): it ends when its pipe closes."""
        with self._lock:
            process, self._process = self._process, None
            self._conn.close()
        if process is not None:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join(timeout=5)
