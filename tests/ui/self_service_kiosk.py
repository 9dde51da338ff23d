"""A kiosk enrolled with a real central process, with an identified citizen (no card).

For the "my data" and participation tests: the store is a real SQLite file enrolled
with ``fygitaal central serve`` over HTTP, and the citizen is put in the `CitizenHolder`
as the card flow would after a verified read. The PIN step is passed (the card tests
cover the PIN pad); the pseudonym secret is the municipality's own, fetched from central.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from card_reader.dates import PartialDate
from central import admin
from central.pseudonyms import pseudonym_secret
from kiosk.citizen import Citizen
from kiosk.config import Settings
from kiosk.demo_services import DemoKeyring
from kiosk.pseudonyms import person_key
from offline_sync.enroll import DeviceCredentials, enroll
from offline_sync.runner import DeviceSync
from offline_sync.store import LocalStore, open_store
from tests.central.helpers import Central, CentralProcess, Municipality, running_sqlite_central
from tests.ui.conftest import FakeClock
from ui.app import KioskWindow, build_kiosk
from ui.speech import RecordingSpeech

WAIT_MS = 15_000
NUMBER = "85.07.30-033.28"


@dataclass
class EnrolledKiosk:
    window: KioskWindow
    store: LocalStore
    central: Central
    process: CentralProcess
    muni: Municipality
    credentials: DeviceCredentials
    secret: bytes
    temp: Path
    device_id: str

    @property
    def screen(self) -> str:
        return self.window.shell.current_name

    def wait_for(self, qtbot: QtBot, name: str) -> None:
        qtbot.waitUntil(lambda: self.screen == name, timeout=WAIT_MS)

    def click(self, qtbot: QtBot, button: QAbstractButton) -> None:
        assert button.isVisible(), button.objectName()
        assert button.isEnabled(), button.objectName()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def sync(self) -> None:
        """One sync round, as the background loop would run it."""
        key = self.window.parts.citizen.current
        run = DeviceSync(
            self.store.engine,
            credentials=self.credentials,
            person_key=lambda: key.person_key if key else None,
        )
        try:
            run()
        finally:
            run.close()

    def identify(self) -> Citizen:
        citizen = Citizen(
            first_names="Lotte Marie",
            surname="Specimen",
            person_key=person_key(self.secret, NUMBER),
            birth_date=PartialDate(1985, 7, 30),
            card_valid_until=dt.date.today() + dt.timedelta(days=900),
            national_number=NUMBER,
        )
        self.window.parts.controller.input_received()
        self.window.parts.citizen.identify(citizen)
        self.window.shell.show_screen("citizen-more")
        return citizen

    def get(self, path: str) -> requests.Response:
        return requests.get(f"{self.central.url}{path}", timeout=30)

    def records(self, entity: str) -> list[dict[str, Any]]:
        from central.backoffice import list_records

        return list_records(
            self.central.engine,
            self.muni.municipality_id,
            entity,
            status=None,
            category=None,
            limit=100,
            offset=0,
        )


@contextlib.contextmanager
def enrolled_kiosk(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[EnrolledKiosk]:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    with running_sqlite_central(tmp_path) as (central, process):
        muni = central.municipality()
        code = admin.create_enrollment_code(central.engine, muni.municipality_id, "kiosk")
        store = open_store(tmp_path / "kiosk.sqlite3")
        credentials = DeviceCredentials(DemoKeyring())
        enrolled = enroll(
            store.engine, central.url, code, device_name="kiosk", credentials=credentials
        )
        settings = Settings(
            municipality_id=muni.municipality_id,
            municipality_name="Zonnegem",
            central_url=central.url,
            data_dir=tmp_path / "data",
            log_dir=tmp_path / "log",
        )
        window = build_kiosk(settings, speech=RecordingSpeech(), clock=FakeClock(), tick_ms=5)
        window.parts.store.store = store
        window.parts.sync.credentials = credentials
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        secret = pseudonym_secret(central.engine, muni.municipality_id)
        kiosk = EnrolledKiosk(
            window, store, central, process, muni, credentials, secret, temp, enrolled.device_id
        )
        try:
            yield kiosk
        finally:
            window.parts.jobs.shutdown()
            store.close()
