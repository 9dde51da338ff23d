"""Enrolled kiosk stores for queue and appointment tests: real SQLite files, real sync."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from central import admin
from offline_sync.enroll import DeviceCredentials, enroll
from offline_sync.runner import DeviceSync
from offline_sync.store import LocalStore, open_store
from tests.offline_sync.keyrings import MemoryKeyring


@dataclass
class KioskStore:
    store: LocalStore
    credentials: DeviceCredentials
    device_sync: DeviceSync

    @property
    def engine(self) -> Engine:
        return self.store.engine

    def sync(self, person_key: str | None = None) -> None:
        """One round; with ``person_key`` also that citizen's records (as while identified)."""
        if person_key is None:
            self.device_sync()
        else:
            DeviceSync(self.engine, credentials=self.credentials, person_key=lambda: person_key)()


def enrolled_kiosk(
    folder: Path, name: str, url: str, central_engine: Engine, municipality_id: str
) -> KioskStore:
    """A kiosk's store enrolled with a fresh one-time code."""
    code = admin.create_enrollment_code(central_engine, municipality_id, "kiosk", None)
    store = open_store(folder / f"{name}.sqlite3")
    credentials = DeviceCredentials(MemoryKeyring())
    enroll(store.engine, url, code, device_name=name, credentials=credentials)
    return KioskStore(store, credentials, DeviceSync(store.engine, credentials=credentials))
