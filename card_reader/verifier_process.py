"""Signature checks in a separate process, so that reading the card never waits for them.

An ECDSA P-384 check costs about 1 ms of CPU and `cryptography` holds the GIL while it
runs: checked on a thread of the reading process, the two signatures of an applet 1.8
card stall the PC/SC thread each time a response comes back, and the read takes 1.8x its
APDUs. In a process of its own the check runs on the other core while the PC/SC thread
goes on reading. The process starts once (spawn: safe beside Qt's and pyscard's threads)
and keeps the trust store and its RRN-chain memo warm for every later card. A worker that
died or stopped answering is never waited for: the check then runs in the reading process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date

from cryptography.hazmat.primitives.serialization import Encoding

from card_reader.files import CardFiles
from card_reader.trust import TrustStore, load_certificates
from card_reader.verify import Verification, verify_card

log = logging.getLogger(__name__)

ANSWER_TIMEOUT_S = 10.0
"""A check takes milliseconds; a worker silent this long (stopped, swapping) is ended."""

_trust: TrustStore | None = None


def _start(roots: list[bytes], intermediates: list[bytes]) -> None:
    global _trust  # noqa: PLW0603 (the worker's one trust store, built once)
    _trust = TrustStore(
        tuple(c for der in roots for c in load_certificates(der)),
        tuple(c for der in intermediates for c in load_certificates(der)),
    )


def _verify(files: CardFiles, today: date | None) -> Verification:
    assert _trust is not None, "worker started without a trust store"
    return verify_card(files, _trust, today=today)


def _ready() -> bool:
    return _trust is not None


class VerifierProcess:
    """`verify_card` against one trust store, in a warm worker process."""

    def __init__(self, trust: TrustStore, *, timeout: float = ANSWER_TIMEOUT_S) -> None:
        self.trust = trust
        self._timeout = timeout
        self._pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start,
            initargs=(
                [c.public_bytes(Encoding.DER) for c in trust.roots],
                [c.public_bytes(Encoding.DER) for c in trust.intermediates],
            ),
        )

    def warm_up(self) -> Future[bool]:
        """Start the process now (about 0.2 s), rather than at the first card."""
        return self._pool.submit(_ready)

    def worker_pid(self) -> int:
        """The worker's process id (starting it if need be): where the checks really run."""
        return self._pool.submit(os.getpid).result()

    def verify(self, files: CardFiles, *, today: date | None = None) -> Verification:
        """The same verdict as `verify_card(files, trust)`, computed in the worker.

        A worker that died (killed, out of memory) costs speed, never a verdict: the check
        then runs here. So does one that does not answer within the timeout; it is ended,
        so that later checks do not queue behind it.
        """
        try:
            return self._pool.submit(_verify, files, today).result(timeout=self._timeout)
        except TimeoutError:
            log.warning("verifier process did not answer; ended, checking in the reading process")
            self._end_worker()
        except (BrokenProcessPool, RuntimeError):
            log.warning("verifier process unavailable; checking in the reading process")
        return verify_card(files, self.trust, today=today)

    def _end_worker(self) -> None:
        """Kill the worker; the pool then counts as broken (ProcessPoolExecutor has no API)."""
        processes = getattr(self._pool, "_processes", None) or {}
        for process in list(processes.values()):
            process.kill()

    def close(self) -> None:
        """Stop the worker (at application end)."""
        self._pool.shutdown(wait=True, cancel_futures=True)
