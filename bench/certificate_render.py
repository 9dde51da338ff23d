"""Certificate request → PDF ready, against a running central process (issue 5, bench c).

Starts a throwaway ``fygitaal central serve`` on SQLite (or uses ``--central URL`` with
``--db URL`` of that server's database, for the admin steps), enrolls a kiosk over HTTP and
then, for each kind asked, times ``kiosk.certificates.request_certificate`` as the kiosk's
worker runs it: central states the certificate from the synthetic register (HTTP), the
kiosk lays out the A4 PDF (reportlab, QR code included) and reports its SHA-256 (HTTP).
One unmeasured warm-up request first (imports, fonts, connection). Prints the median of
``--runs`` (default 20) per kind and overall, split into HTTP issue / render / digest,
against the target of ≤ 0.3 s.

    .venv/bin/python bench/certificate_render.py [--runs 20] [--kind life --kind household]
"""

from __future__ import annotations

import argparse
import os
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

from central import admin
from central.db import create_central_engine
from central.migrate import upgrade
from kiosk.certificate_client import HttpCertificateClient
from kiosk.certificates import Issued, request_certificate
from kiosk.documents.certificate import CertificateData, CertificateKind

TARGET_S = 0.3
ALICE = "71715100070"  # synthetic register: partner, child and address history


class TimedClient:
    """The real HTTP client, noting how long each call to central takes."""

    def __init__(self, client: HttpCertificateClient) -> None:
        self._client = client
        self.issue_s = 0.0
        self.digest_s = 0.0

    def issue(
        self,
        kind: CertificateKind,
        language: str,
        national_number: str,
        *,
        assisted_by: str | None = None,
    ) -> CertificateData:
        start = time.perf_counter()
        try:
            return self._client.issue(kind, language, national_number, assisted_by=assisted_by)
        finally:
            self.issue_s = time.perf_counter() - start

    def record_pdf(self, code: str, sha256: str) -> None:
        start = time.perf_counter()
        try:
            self._client.record_pdf(code, sha256)
        finally:
            self.digest_s = time.perf_counter() - start


@contextmanager
def central_process(folder: Path) -> Iterator[tuple[str, str]]:
    """A central on a fresh SQLite file: (its URL, its database URL)."""
    db_url = f"sqlite:///{folder / 'central.sqlite3'}"
    upgrade(create_central_engine(db_url))
    exe = Path(sys.executable).with_name("fygitaal")
    env = {**os.environ, "XDG_STATE_HOME": str(folder), "XDG_DATA_HOME": str(folder)}
    argv = [str(exe), "central", "serve", "--db", db_url, "--port", "0", "--host", "127.0.0.1"]
    with (folder / "central.stderr").open("w") as stderr:
        process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=stderr, text=True, env=env)
    try:
        yield _wait_for_url(process), db_url
    finally:
        process.terminate()
        process.communicate(timeout=20)


def _wait_for_url(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + 60
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if selector.select(timeout=0.5):
                line = process.stdout.readline()
                if line.startswith("central listening on "):
                    return line.removeprefix("central listening on ").strip()
                if not line:
                    break
    raise SystemExit("central did not start")


def enrolled_client(url: str, db_url: str) -> HttpCertificateClient:
    """A kiosk credential for a fresh municipality on that central."""
    engine = create_central_engine(db_url)
    municipality = f"bench-{os.getpid()}-{time.monotonic_ns() % 10**9}"
    admin.create_municipality(engine, municipality, "Benchgem")
    code = admin.create_enrollment_code(engine, municipality, "kiosk", None)
    engine.dispose()
    reply = requests.post(
        f"{url}/v1/enroll", json={"code": code, "device_name": "bench"}, timeout=30
    )
    reply.raise_for_status()
    return HttpCertificateClient(url, reply.json()["token"])


def measure(client: TimedClient, kind: CertificateKind, runs: int) -> list[tuple[float, ...]]:
    """(total, issue, render, digest) seconds of each request."""
    rows: list[tuple[float, ...]] = []
    for _ in range(runs):
        start = time.perf_counter()
        result = request_certificate(client, kind, "nl-BE", ALICE)
        total = time.perf_counter() - start
        assert isinstance(result, Issued), result
        rows.append(
            (total, client.issue_s, total - client.issue_s - client.digest_s, client.digest_s)
        )
    return rows


def report(label: str, rows: list[tuple[float, ...]]) -> None:
    total, issue, render, digest = (statistics.median(c) * 1000 for c in zip(*rows, strict=True))
    verdict = "ok" if total / 1000 <= TARGET_S else "MISSED"
    print(
        f"{label:<20} median {total:6.1f} ms  (issue {issue:5.1f}, render {render:5.1f}, "
        f"digest {digest:5.1f})  max {max(r[0] for r in rows) * 1000:6.1f} ms  "
        f"target ≤ {TARGET_S * 1000:.0f} ms: {verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--kind", action="append", choices=[k.value for k in CertificateKind])
    parser.add_argument("--central", help="URL of a running central (else one is started)")
    parser.add_argument("--db", help="database URL of that central (for enrolling)")
    args = parser.parse_args()
    kinds = [CertificateKind(k) for k in args.kind or ("life", "residence_history", "household")]
    with tempfile.TemporaryDirectory(prefix="fygitaal-bench-") as scratch:
        if args.central:
            if not args.db:
                parser.error("--central needs --db")
            run(enrolled_client(args.central, args.db), kinds, args.runs)
            return 0
        with central_process(Path(scratch)) as (url, db_url):
            run(enrolled_client(url, db_url), kinds, args.runs)
    return 0


def run(http: HttpCertificateClient, kinds: list[CertificateKind], runs: int) -> None:
    client = TimedClient(http)
    request_certificate(client, CertificateKind.LIFE, "nl-BE", ALICE)
    everything: list[tuple[float, ...]] = []
    print(f"certificate request -> PDF ready, median of {runs} per kind")
    for kind in kinds:
        rows = measure(client, kind, runs)
        everything += rows
        report(kind.value, rows)
    report("all kinds", everything)
    http.close()


if __name__ == "__main__":
    sys.exit(main())
