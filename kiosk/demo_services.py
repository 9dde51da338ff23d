"""The parts the demo starts beside the kiosk: a central service and a virtual eID card.

Both are the real things, only throwaway: ``fygitaal central serve`` on a SQLite file in
the demo's scratch folder (a separate process, as in production), and pcscd with the
vsmartcard-vpcd reader holding an emulated card of a synthetic citizen. The demo's kiosk
is enrolled with that central service like a real one, with its token kept in a keyring
that lives only as long as the demo (there is nothing secret to protect in a demo).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import selectors
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from kiosk.config import Settings

log = logging.getLogger(__name__)

DEMO_CARD_PROFILE = "citizen"
START_TIMEOUT_S = 60.0
_LISTENING = re.compile(r"central listening on (http://\S+)")


class DemoError(Exception):
    """The demo cannot start here; ``user_message`` says what to install or change."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.user_message = message


@dataclass(frozen=True)
class EmbeddedCentral:
    url: str
    enrollment_code: str


@contextlib.contextmanager
def embedded_central(folder: Path, settings: Settings) -> Iterator[EmbeddedCentral]:
    """A central service on SQLite in ``folder``, with the demo municipality and a code."""
    from central import admin
    from central.db import create_central_engine
    from central.melding_reference import seed_demo as seed_melding_reference
    from central.migrate import upgrade
    from central.polls import seed_demo_poll
    from central.slot_seed import seed_demo_slots

    db_url = f"sqlite:///{folder / 'central.sqlite3'}"
    engine = create_central_engine(db_url)
    try:
        upgrade(engine)
        admin.create_municipality(engine, settings.municipality_id, settings.municipality_name)
        seed_demo_slots(engine, settings.municipality_id, dt.date.today())
        seed_melding_reference(engine, settings.municipality_id, settings.municipality_name)
        seed_demo_poll(engine, settings.municipality_id)
        code = admin.create_enrollment_code(engine, settings.municipality_id, "kiosk", None)
    finally:
        engine.dispose()
    log_file = (folder / "central.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "central", "serve", "--db", db_url, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=log_file,
        text=True,
    )
    try:
        url = _wait_until_listening(process, folder / "central.log")
        log.info("embedded central service at %s", url)
        yield EmbeddedCentral(url, code)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log_file.close()


def _wait_until_listening(process: subprocess.Popen[str], log_path: Path) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + START_TIMEOUT_S
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline and process.poll() is None:
            if selector.select(timeout=0.5):
                match = _LISTENING.search(process.stdout.readline())
                if match:
                    return match.group(1)
    tail = log_path.read_text(errors="replace").strip().splitlines()[-3:]
    raise DemoError(f"the demo's central service did not start: {' / '.join(tail) or 'no output'}")


def enroll_demo_kiosk(settings: Settings, central: EmbeddedCentral) -> str:
    """Enroll the demo kiosk's database with ``central`` and sync once; returns the device id."""
    from kiosk.startup import open_local_store
    from offline_sync.enroll import DeviceCredentials, enroll
    from offline_sync.runner import DeviceSync

    store = open_local_store(settings)
    credentials = DeviceCredentials(DemoKeyring())
    try:
        enrollment = enroll(
            store.engine, central.url, central.enrollment_code,
            device_name="demo kiosk", credentials=credentials,
        )  # fmt: skip
        sync = DeviceSync(store.engine, credentials=credentials)
        try:
            sync()
        finally:
            sync.close()
    finally:
        store.close()
    return enrollment.device_id


@contextlib.contextmanager
def virtual_card(profile: str = DEMO_CARD_PROFILE) -> Iterator[str | None]:
    """pcscd with the virtual reader and an emulated card in it; yields the reader's name.

    Yields ``None`` (and logs why) when this machine cannot run the virtual reader, so the
    demo still shows the kiosk, without a card.
    """
    from card_reader.emulator import Emulator
    from card_reader.emulator.daemon import (
        READER_PORTS,
        VIRTUAL_READER,
        PcscdUnavailable,
        running_pcscd,
    )

    with contextlib.ExitStack() as stack:
        try:
            stack.enter_context(running_pcscd())
        except PcscdUnavailable as exc:
            log.warning("demo without a virtual card: %s", exc.user_message)
            yield None
            return
        emulator = Emulator.from_profile(profile, port=READER_PORTS[VIRTUAL_READER])
        emulator.insert()
        stack.callback(emulator.remove)
        yield VIRTUAL_READER


class DemoKeyring(KeyringBackend):
    """Secrets in memory for the demo's lifetime: its one token dies with the demo."""

    priority = -10  # never chosen by keyring on its own

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's base is untyped
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
