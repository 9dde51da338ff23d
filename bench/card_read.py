"""Card read speed on the emulated PC/SC stack: the raw APDU floor against `card_reader`.

For each profile (applet 1.7 Alice, applet 1.8 P-384 citizen) an emulator process holds the
card in the vpcd reader, and the runs are interleaved:

(a) raw floor: the APDU sequence `card_reader` sends, replayed by a bare pyscard loop
    (connect, transmit each APDU, disconnect; no parsing, no checks);
(a') `card_reader.read_card` alone: the same APDUs through the reader's layers, no checks
    (what the checks add on top of it is b - a');
(b) `card_reader` full read + parse + verify (`read_and_verify`: checks overlap the read),
    with the signatures checked in the kiosk's verifier process (`VerifierProcess`);
(b') the same with the checks on a thread of the reading process (the GIL stalls reading);
(c) within (b), the time until identity and address are parsed and verified (first screen).

Prints medians, APDU counts (and the minimum for the files read) and the ratio b/a, then
how long a read takes to report `CardRemoved` after the card is pulled mid-read, and how
long a read takes beside a thread that keeps running Python (GIL switch interval 5 ms,
the interpreter's default, and the 1 ms every fygitaal process sets).
Targets (issue 3): b/a ≤ 1.3, APDU count at most one above the minimum.

    .venv/bin/python bench/card_read.py [--runs 30] [--profile alice --profile citizen]

Starts pcscd if no running one shows the Virtual PCD readers (and stops it afterwards);
shares the test suite's lock so that it never fights a test session for the reader.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from smartcard import scard

from card_reader.eid import identify
from card_reader.emulator.pki import ALICE_ROOT_PEM, TEST_ROOT_PEM
from card_reader.errors import CardError
from card_reader.filereader import ApduChannel
from card_reader.files import CardFiles
from card_reader.identity import parse_address, parse_identity
from card_reader.pcsc import Pcsc
from card_reader.reading import CERTIFICATES, read_card, read_first_phase, read_second_phase
from card_reader.trust import TrustStore
from card_reader.verified_read import read_and_verify
from card_reader.verifier_process import VerifierProcess
from card_reader.verify import Verification
from kiosk.interpreter_settings import SWITCH_INTERVAL_S, as_in_a_window_process

READER = "Virtual PCD 00 00"
PORT = 35963
LOCK = Path(tempfile.gettempdir()) / "fygitaal-pcsc-tests.lock"
EMULATE = "import sys; from kiosk.cli import main; sys.exit(main(sys.argv[1:]))"


class Recorder:
    """A transport that remembers every APDU it forwards."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.sent: list[bytes] = []

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        self.sent.append(apdu)
        return self.inner.transmit(apdu)  # type: ignore[attr-defined,no-any-return]


@contextmanager
def exclusive_reader() -> Iterator[None]:
    fd = os.open(LOCK, os.O_CREAT | os.O_RDWR, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


@contextmanager
def running_pcscd(pcsc: Pcsc) -> Iterator[None]:
    def visible() -> bool:
        try:
            return READER in pcsc.readers()
        except CardError:
            return False

    process = None
    if not visible():
        binary = shutil.which("pcscd") or "/usr/sbin/pcscd"
        process = subprocess.Popen(
            [binary, "--foreground", "--auto-exit"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 15
        while not visible():
            if time.monotonic() > deadline:
                process.kill()
                sys.exit("pcscd with the vpcd readers did not start")
            time.sleep(0.05)
    try:
        yield
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=10)


def present(pcsc: Pcsc) -> bool:
    return any(s.name == READER and s.present and s.atr for s in pcsc.states())


@contextmanager
def emulated(profile: str, pcsc: Pcsc) -> Iterator[None]:
    command = [sys.executable, "-c", EMULATE, "card", "emulate", "--profile", profile]
    process = subprocess.Popen(
        [*command, "--port", str(PORT)], stdin=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 20
        while not present(pcsc):
            if time.monotonic() > deadline:
                sys.exit(f"the emulated {profile} card did not appear")
            time.sleep(0.05)
        yield
    finally:
        if process.stdin:
            process.stdin.close()
        process.terminate()
        process.wait(timeout=10)
        while present(pcsc):
            time.sleep(0.05)


def record_sequence(pcsc: Pcsc) -> tuple[list[bytes], CardFiles]:
    def job() -> tuple[list[bytes], CardFiles]:
        connection = pcsc.connect(READER)
        try:
            recorder = Recorder(connection)
            channel = ApduChannel(recorder)
            first = read_first_phase(channel, identify(channel).applet)
            return recorder.sent, read_second_phase(channel, first)
        finally:
            connection.disconnect()

    return pcsc.run(job)


def minimum_apdus(files: CardFiles) -> int:
    """SELECT AID + GET CARD DATA, then per file read one SELECT and the reads T=0 forces."""
    count = 2
    for file_id in CERTIFICATES:
        content = getattr(files, file_id.name.lower())
        count += 1 + (len(content) + 255) // 256  # length known from the DER header
    others = (
        files.identity,
        files.identity_signature,
        files.address,
        files.address_signature,
        files.photo,
        files.basic_public_key,
    )
    for content in others:
        if content is not None:  # unknown length: one more read to meet 6Cxx/6B00
            count += 1 + len(content) // 256 + 1 + (1 if len(content) % 256 else 0)
    return count


def raw_floor(sequence: list[bytes]) -> float:
    hr, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    start = time.perf_counter()
    hr, card, protocol = scard.SCardConnect(
        context, READER, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
    )
    for apdu in sequence:
        hr, _ = scard.SCardTransmit(card, protocol, list(apdu))
    scard.SCardDisconnect(card, scard.SCARD_LEAVE_CARD)
    elapsed = time.perf_counter() - start
    scard.SCardReleaseContext(context)
    if hr != scard.SCARD_S_SUCCESS:
        sys.exit(f"raw replay failed: {scard.SCardGetErrorMessage(hr)}")
    return elapsed


def full_read(
    pcsc: Pcsc, trust: TrustStore, verify: Callable[[CardFiles], Verification] | None = None
) -> tuple[float, float, int]:
    """(b) and (c) of one read: total time, time to the verified identity, APDU count."""
    start = time.perf_counter()
    shown: list[float] = []

    def on_identity(files: CardFiles, verification: Verification) -> None:
        parse_identity(files.identity)
        parse_address(files.address)
        if not verification.verified:
            sys.exit("identity/address did not verify")
        shown.append(time.perf_counter() - start)

    result = read_and_verify(pcsc, trust, READER, on_identity=on_identity, verify=verify)
    parse_identity(result.read.files.identity)
    parse_address(result.read.files.address)
    if not result.verification.verified:
        sys.exit("the emulated card did not verify")
    return time.perf_counter() - start, shown[0], result.read.apdu_count


def bench(profile: str, runs: int, pcsc: Pcsc, verifier: VerifierProcess) -> None:
    trust = verifier.trust
    with emulated(profile, pcsc):
        sequence, files = record_sequence(pcsc)
        raw: list[float] = []
        alone: list[float] = []
        full: list[float] = []
        threaded: list[float] = []
        first: list[float] = []
        count = 0
        for index in range(runs + 3):
            floor = raw_floor(sequence)
            started = time.perf_counter()
            read_card(pcsc, READER)
            read_only = time.perf_counter() - started
            total, identity_shown, count = full_read(pcsc, trust, verifier.verify)
            in_thread, _shown, _count = full_read(pcsc, trust)
            if index < 3:
                continue  # warm-up
            raw.append(floor)
            alone.append(read_only)
            full.append(total)
            threaded.append(in_thread)
            first.append(identity_shown)
    a, a2, b, b2, c = (statistics.median(v) * 1000 for v in (raw, alone, full, threaded, first))
    print(f"{profile} (applet {files.applet.value}), median of {runs}:")
    print(f"  (a)  raw pyscard replay             {a:7.2f} ms  {len(sequence)} APDUs")
    print(f"  (a') card_reader read, no checks    {a2:7.2f} ms  (a'/a = {a2 / a:.2f})")
    print(f"  (b)  card_reader, verifier process  {b:7.2f} ms  {count} APDUs")
    print(f"  (b') card_reader, verify on thread  {b2:7.2f} ms")
    print(f"  (c)  identity+address shown         {c:7.2f} ms")
    print(f"  minimum APDUs for the files read: {minimum_apdus(files)}")
    print(f"  b/a = {b / a:.2f}  (target ≤ 1.3);  b'/a = {b2 / a:.2f}")


def removal_latency(pcsc: Pcsc, runs: int) -> None:
    """Time from pulling the card (mid-read) to the reader's `CardRemoved`."""
    from card_reader.emulator import Emulator
    from card_reader.errors import CardRemoved

    latencies: list[float] = []
    for _ in range(runs):
        emulator = Emulator.from_profile("citizen", port=PORT)
        emulator.insert()
        while not present(pcsc):
            time.sleep(0.02)
        pulled: list[float] = []

        def pull(_: CardFiles, emulator: Emulator = emulator, pulled: list[float] = pulled) -> None:
            emulator.remove()
            pulled.append(time.perf_counter())

        try:
            read_card(pcsc, READER, on_first_phase=pull)
        except CardRemoved:
            latencies.append(time.perf_counter() - pulled[0])
        while present(pcsc):
            time.sleep(0.02)
    print(
        f"card pulled mid-read → CardRemoved: median {statistics.median(latencies) * 1000:.2f} ms,"
        f" max {max(latencies) * 1000:.2f} ms over {len(latencies)} pulls (target < 200 ms)"
    )


def beside_busy_thread(pcsc: Pcsc, runs: int) -> None:
    """`read_card` while another thread of the process runs Python (a GUI, a sync pull).

    The reading thread gives the GIL up for every APDU and waits for it when the answer
    comes: with the interpreter's default 5 ms switch interval that wait is up to 5 ms an
    APDU. Printed for the default and for the interval every fygitaal process sets.
    """
    import threading

    with emulated("alice", pcsc):
        for interval in (0.005, SWITCH_INTERVAL_S):
            previous = sys.getswitchinterval()
            sys.setswitchinterval(interval)
            stop = threading.Event()

            def spin(stop: threading.Event = stop) -> None:
                while not stop.is_set():
                    sum(range(100))

            busy = threading.Thread(target=spin, daemon=True)
            busy.start()
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                read_card(pcsc, READER)
                times.append(time.perf_counter() - started)
            stop.set()
            busy.join()
            sys.setswitchinterval(previous)
            print(
                f"alice read beside a busy Python thread, switch interval {interval * 1000:.0f} ms:"
                f" median {statistics.median(times) * 1000:.1f} ms"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--profile", action="append", help="default: alice and citizen")
    args = parser.parse_args()
    as_in_a_window_process()  # as `kiosk.cli.main` and `ui.app.ensure_application` set it
    trust = TrustStore.production().with_extra([TEST_ROOT_PEM, ALICE_ROOT_PEM])
    verifier = VerifierProcess(trust)
    verifier.warm_up()  # a kiosk starts it at boot, long before the first card
    pcsc = Pcsc()
    with exclusive_reader(), running_pcscd(pcsc):
        for profile in args.profile or ["alice", "citizen"]:
            bench(profile, args.runs, pcsc, verifier)
        removal_latency(pcsc, 5)
        beside_busy_thread(pcsc, 10)
    pcsc.close()
    verifier.close()


if __name__ == "__main__":
    main()
