"""pcscd with the vsmartcard-vpcd virtual readers, for tests and the demo.

The virtual readers only exist while pcscd runs with Debian's ``vsmartcard-vpcd`` driver
installed. `running_pcscd` uses a pcscd that already shows them (a desktop's socket-
activated one) and otherwise starts its own in the foreground, stopping only what it
started, so a developer's running daemon is never touched.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

from card_reader.errors import CardError
from card_reader.pcsc import Pcsc

VIRTUAL_READER = "Virtual PCD 00 00"
SECOND_VIRTUAL_READER = "Virtual PCD 00 01"
READER_PORTS = {VIRTUAL_READER: 35963, SECOND_VIRTUAL_READER: 35964}
START_TIMEOUT_S = 15.0


class PcscdUnavailable(Exception):
    """pcscd with the virtual readers cannot be had here; ``user_message`` says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.user_message = message


def virtual_readers_visible(pcsc: Pcsc) -> bool:
    try:
        return VIRTUAL_READER in pcsc.readers()
    except CardError:
        return False


@contextmanager
def running_pcscd(timeout: float = START_TIMEOUT_S) -> Iterator[None]:
    """Run the block with pcscd exposing the virtual readers.

    Raises:
        PcscdUnavailable: pcscd or the vpcd driver is missing, or pcscd did not come up.
    """
    probe = Pcsc()
    started: subprocess.Popen[bytes] | None = None
    try:
        if not virtual_readers_visible(probe):
            started = _start(probe, timeout)
        yield
    finally:
        probe.close()
        if started is not None:
            if started.poll() is None:
                started.terminate()
                started.wait(timeout=10)
            if started.stderr is not None:
                started.stderr.close()


def _start(probe: Pcsc, timeout: float) -> subprocess.Popen[bytes]:
    binary = shutil.which("pcscd") or "/usr/sbin/pcscd"
    try:
        process = subprocess.Popen(
            [binary, "--foreground", "--auto-exit"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
    except OSError as exc:
        raise PcscdUnavailable(
            "pcscd is not installed: install the 'pcscd' and 'vsmartcard-vpcd' packages"
        ) from exc
    deadline = time.monotonic() + timeout
    while not virtual_readers_visible(probe):
        if process.poll() is not None or time.monotonic() > deadline:
            if process.poll() is None:
                process.kill()
            error = process.stderr.read().decode(errors="replace") if process.stderr else ""
            process.wait()
            raise PcscdUnavailable(
                "pcscd did not show the virtual card readers (is 'vsmartcard-vpcd' "
                f"installed?): {error.strip()[-300:] or 'no message'}"
            )
        time.sleep(0.05)
    return process
