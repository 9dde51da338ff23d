"""The pseudonym secret on a device: fetched from a real central once, then kept in the keyring."""

from __future__ import annotations

from pathlib import Path

from central import admin
from kiosk.pseudonyms import person_key
from offline_sync.enroll import DeviceCredentials, enroll
from offline_sync.pseudonym_secret import SERVICE, PseudonymSecrets
from offline_sync.store import open_store
from tests.central.helpers import running_sqlite_central
from tests.offline_sync.keyrings import MemoryKeyring

NUMBER = "85073003328"


def _kiosk(folder: Path, url: str, muni: str, engine: object, name: str) -> PseudonymSecrets:
    code = admin.create_enrollment_code(engine, muni, "kiosk", None)  # type: ignore[arg-type]
    store = open_store(folder / f"{name}.sqlite3")
    keyring = MemoryKeyring()
    credentials = DeviceCredentials(keyring)
    enroll(store.engine, url, code, device_name=name, credentials=credentials)
    return PseudonymSecrets(store.engine, credentials=credentials, backend=keyring)


def test_kiosks_of_a_municipality_make_the_same_person_key_also_offline(tmp_path: Path) -> None:
    with running_sqlite_central(tmp_path) as (central, process):
        muni = central.municipality().municipality_id
        first = _kiosk(tmp_path, central.url, muni, central.engine, "first")
        second = _kiosk(tmp_path, central.url, muni, central.engine, "second")
        assert first.kept() is None  # nothing before the first fetch
        secret = first.get()
        assert secret is not None
        assert second.get() == secret
        assert person_key(secret, NUMBER) == person_key(second.get() or b"", NUMBER)
        process.stop()
        first.forget()  # a restarted kiosk: only the keyring remembers
        assert first.get() == secret
        keyring = first._keys.usable_backend()
        assert keyring.get_password(SERVICE, muni) == secret.hex()


def test_offline_and_never_fetched_there_is_no_secret(tmp_path: Path) -> None:
    with running_sqlite_central(tmp_path) as (central, process):
        muni = central.municipality().municipality_id
        kiosk = _kiosk(tmp_path, central.url, muni, central.engine, "kiosk")
        process.stop()
        assert kiosk.get() is None
        assert kiosk.get() is None  # not asked again at once: no second network wait


def test_an_unenrolled_device_has_no_secret(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.sqlite3")
    keyring = MemoryKeyring()
    secrets = PseudonymSecrets(
        store.engine, credentials=DeviceCredentials(keyring), backend=keyring
    )
    assert secrets.get() is None
