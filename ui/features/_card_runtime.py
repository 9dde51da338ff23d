"""What the card flow keeps running for the life of the window: monitor, PC/SC, verifier.

The verifier process (`card_reader.verifier_process.VerifierProcess`) checks a card's
signatures on CPU time that the read leaves idle, so that the checks never slow the read
or the GUI down. It is started once, when the first reader is seen (after the first paint,
so it never competes with the start-up), so that it is warm before the first card. A
verifier process that died costs speed, never a verdict: the check then runs in the kiosk,
as before it was started.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from card_reader.files import CardFiles
    from card_reader.monitor import CardMonitor
    from card_reader.pcsc import Pcsc
    from card_reader.trust import TrustStore
    from card_reader.verifier_process import VerifierProcess
    from card_reader.verify import Verification

log = logging.getLogger(__name__)

Verify = Callable[["CardFiles"], "Verification"]


class ReaderRuntime:
    """The monitor thread, the PC/SC adapter and the verifier: stopped with the window."""

    def __init__(self) -> None:
        self.monitor: CardMonitor | None = None
        self.pcsc: Pcsc | None = None
        self._verifier: VerifierProcess | None = None
        self._lock = threading.Lock()  # a start on a worker against a stop on the GUI
        self._stopped = False

    def watch(self, pcsc: Pcsc, monitor: CardMonitor) -> None:
        """Hold the adapter and the (started) monitor until `stop`."""
        with self._lock:
            self._stopped = False
        self.pcsc, self.monitor = pcsc, monitor

    @property
    def verifier(self) -> VerifierProcess | None:
        """The verifier process once started."""
        return self._verifier

    def start_verifier(self, trust: TrustStore) -> None:
        """Start the verifier process and warm it up (once; spawning takes a moment: a worker)."""
        from card_reader.verifier_process import VerifierProcess

        with self._lock:
            if self._verifier is not None or self._stopped:
                return
            verifier = self._verifier = VerifierProcess(trust)
        if verifier.warm_up():  # outside the lock: a stop meanwhile need not wait for it
            log.info("signature verifier process started")

    def verify(self) -> Verify | None:
        """Where a read starting now checks signatures: the verifier, else None (in-thread)."""
        verifier = self._verifier
        return None if verifier is None else verifier.verify

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            verifier, self._verifier = self._verifier, None
        monitor, self.monitor = self.monitor, None
        if monitor is not None:
            monitor.stop()
        pcsc, self.pcsc = self.pcsc, None
        if pcsc is not None:
            pcsc.close()
        if verifier is not None:
            verifier.close()
