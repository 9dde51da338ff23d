"""Attachments end to end: a laptop's photos reach a real central process, resumably.

Uploads go through the fault-injecting proxy; resumption is checked from central's own
byte count and the proxy's request log, so a test fails if a chunk central already held
is sent again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from central.db import create_central_engine
from central.migrate import upgrade
from offline_sync.attachments import (
    AttachmentRef,
    AttachmentTooLarge,
    AttachmentTypeUnsupported,
    add_attachment,
    uploads,
)
from offline_sync.outbox import set_actor
from offline_sync.protocol import ATTACHMENT_CHUNK_BYTES, MAX_ATTACHMENT_BYTES, new_id
from offline_sync.runner import DeviceSync
from offline_sync.store import open_store
from offline_sync.sync_errors import SyncError
from tests.central.helpers import Central, CentralProcess, Municipality, running_sqlite_central
from tests.fixtures.faultproxy import Fault, FaultProxy
from tests.offline_sync.laptops import Laptop

CHUNKS = 5
PHOTO_BYTES = (CHUNKS - 1) * ATTACHMENT_CHUNK_BYTES + 1234


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    with running_sqlite_central(tmp_path_factory.mktemp("central")) as (central, _process):
        yield central


@pytest.fixture
def muni(central: Central) -> Municipality:
    return central.municipality()


def _melding_with_photo(laptop: Laptop, photo: bytes) -> tuple[str, AttachmentRef]:
    """A melding and its photo, written offline in one local transaction."""
    melding = new_id()
    with laptop.store.engine.begin() as connection:
        set_actor(connection, f"staff-{laptop.name}")
        ref = add_attachment(connection, photo, "image/jpeg")
        connection.execute(
            text(
                "INSERT INTO melding (id, reference, category, status, team_id, attachments)"
                " VALUES (:id, 'M-1', 'road', '511', 't1', :attachments)"
            ),
            {"id": melding, "attachments": json.dumps([ref.as_field()])},
        )
    return melding, ref


def _central_received(muni: Municipality, sha256: str) -> int:
    with muni.engine.connect() as connection:
        value = connection.execute(
            text("SELECT received FROM attachment WHERE municipality_id = :m AND sha256 = :s"),
            {"m": muni.municipality_id, "s": sha256},
        ).scalar_one_or_none()
    return int(value or 0)


def _central_has_melding(muni: Municipality, melding: str) -> bool:
    with muni.engine.connect() as connection:
        return (
            connection.execute(
                text("SELECT 1 FROM record WHERE municipality_id = :m AND entity_id = :id"),
                {"m": muni.municipality_id, "id": melding},
            ).first()
            is not None
        )


def _fault_on_put(number: int, fault: Fault) -> Any:
    """A plan: ``fault`` on the ``number``-th chunk PUT, none elsewhere."""
    puts = 0

    def plan(method: str, _path: str) -> Fault:
        nonlocal puts
        if method != "PUT":
            return Fault.NONE
        puts += 1
        return fault if puts == number else Fault.NONE

    return plan


def _puts(proxy: FaultProxy) -> int:
    return sum(1 for method, path, _ in proxy.log if method == "PUT" and "attachments" in path)


def test_the_same_photo_twice_is_stored_once_and_limits_are_checked_first(
    tmp_path: Path,
) -> None:
    store = open_store(tmp_path / "device.sqlite3")
    photo = os.urandom(1000)
    with store.engine.begin() as connection:
        first = add_attachment(connection, photo, "image/jpeg")
        second = add_attachment(connection, photo, "image/jpeg")
    assert first == second
    assert first.sha256 == hashlib.sha256(photo).hexdigest()
    huge = tmp_path / "scan.pdf"
    with huge.open("wb") as handle:  # sparse: the size check must come before reading
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    with store.engine.begin() as connection:
        with pytest.raises(AttachmentTooLarge) as too_large:
            add_attachment(connection, huge, "application/pdf")
        with pytest.raises(AttachmentTypeUnsupported):
            add_attachment(connection, b"MZ", "application/x-msdownload")
        assert len(uploads(connection)) == 1
        assert connection.execute(text("SELECT count(*) FROM attachment_blob")).scalar_one() == 1
    assert "10.0 MB" in too_large.value.user_message
    store.close()


@pytest.mark.parametrize("fault", [Fault.RESET, Fault.TRUNCATE, Fault.DROP_RESPONSE])
def test_an_upload_cut_off_mid_way_resumes_without_resending_held_chunks(
    muni: Municipality, tmp_path: Path, fault: Fault
) -> None:
    with FaultProxy(muni.base, _fault_on_put(3, fault)) as proxy:
        laptop = Laptop.enrolled("anna", tmp_path, proxy.url, muni)
        photo = os.urandom(PHOTO_BYTES)
        melding, ref = _melding_with_photo(laptop, photo)
        with pytest.raises(SyncError):
            laptop.sync()
        # central kept the third chunk although its answer was lost; the melding waits
        assert _central_received(muni, ref.sha256) == 3 * ATTACHMENT_CHUNK_BYTES
        assert not _central_has_melding(muni, melding)
        laptop.sync()
        assert _puts(proxy) == CHUNKS  # nothing central held was sent twice
    assert _central_has_melding(muni, melding)
    office = muni.staff("backoffice")
    reply = office.get(f"{muni.base}/v1/backoffice/attachments/{ref.sha256}", timeout=30)
    assert reply.content == photo


def test_a_device_restarted_mid_upload_goes_on_where_central_stopped(
    muni: Municipality, tmp_path: Path
) -> None:
    with FaultProxy(muni.base, _fault_on_put(2, Fault.DROP_REQUEST)) as proxy:
        laptop = Laptop.enrolled("ben", tmp_path, proxy.url, muni)
        _melding, ref = _melding_with_photo(laptop, os.urandom(PHOTO_BYTES))
        with pytest.raises(SyncError):
            laptop.sync()
        with laptop.store.engine.connect() as connection:
            assert uploads(connection)[0].uploaded_bytes == ATTACHMENT_CHUNK_BYTES
        credentials = laptop.device_sync._credentials  # the same keyring
        laptop.device_sync.close()
        laptop.store.close()

        store = open_store(laptop.store.path)  # the application starts again
        restarted = DeviceSync(store.engine, credentials=credentials)
        report = restarted()
        restarted.close()
        assert report.attachments == 1
        assert _puts(proxy) == CHUNKS + 1  # the dropped one never reached central
        with store.engine.connect() as connection:
            upload = uploads(connection)[0]
        store.close()
    assert (upload.done, upload.uploaded_bytes) == (True, PHOTO_BYTES)
    assert _central_received(muni, ref.sha256) == PHOTO_BYTES


def test_a_melding_photographed_offline_arrives_with_its_photo(
    muni: Municipality, tmp_path: Path
) -> None:
    anna = Laptop.enrolled("anna", tmp_path, muni.base, muni)
    ben = Laptop.enrolled("ben", tmp_path, muni.base, muni)
    photo = os.urandom(PHOTO_BYTES)
    melding, ref = _melding_with_photo(anna, photo)
    _again, same = _melding_with_photo(anna, photo)  # the same photo on a second melding
    assert same == ref
    anna.sync()
    ben.sync()

    office = muni.staff("backoffice")
    listed = office.get(f"{muni.base}/v1/backoffice/meldingen", timeout=30).json()["items"]
    fields = next(item["fields"] for item in listed if item["id"] == melding)
    [attachment] = fields["attachments"]
    assert attachment == ref.as_field()
    download = office.get(f"{muni.base}/v1/backoffice/attachments/{ref.sha256}", timeout=30)
    assert download.headers["content-type"] == "image/jpeg"
    assert hashlib.sha256(download.content).hexdigest() == ref.sha256
    # a colleague's laptop of the same team receives the melding and may fetch its photo
    assert ben.records("melding")[melding]["attachments"] == [ref.as_field()]


def test_an_attachment_over_centrals_limit_is_set_aside_with_its_reason(
    muni: Municipality, tmp_path: Path
) -> None:
    laptop = Laptop.enrolled("anna", tmp_path, muni.base, muni)
    big = os.urandom(MAX_ATTACHMENT_BYTES + 1)
    with laptop.store.engine.begin() as connection:
        add_attachment(connection, big, "application/pdf", limit=2 * MAX_ATTACHMENT_BYTES)
    laptop.sync()  # refused for good; the round itself goes on and succeeds
    with laptop.store.engine.connect() as connection:
        [upload] = uploads(connection)
    assert not upload.done
    assert upload.failed is not None
    assert "10.0 MB" in upload.failed


def test_central_killed_mid_upload_keeps_the_chunks_it_committed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    engine = create_central_engine(url)
    upgrade(engine)
    process = CentralProcess(url, tmp_path)
    try:
        muni = Central(process.url, engine, "sqlite").municipality()
        with FaultProxy(muni.base, _fault_on_put(3, Fault.DROP_REQUEST)) as proxy:
            laptop = Laptop.enrolled("anna", tmp_path, proxy.url, muni)
            melding, ref = _melding_with_photo(laptop, os.urandom(PHOTO_BYTES))
            with pytest.raises(SyncError):
                laptop.sync()
            process.kill()  # SIGKILL, as on a power cut
            process.restart()
            laptop.sync()
            assert _puts(proxy) == CHUNKS + 1  # only the dropped chunk was sent again
        assert _central_received(muni, ref.sha256) == PHOTO_BYTES
        assert _central_has_melding(muni, melding)
    finally:
        if process.proc.poll() is None:
            process.stop()
        engine.dispose()


def test_a_photo_damaged_on_the_device_is_never_sent(muni: Municipality, tmp_path: Path) -> None:
    with FaultProxy(muni.base) as proxy:
        laptop = Laptop.enrolled("anna", tmp_path, proxy.url, muni)
        _melding, ref = _melding_with_photo(laptop, os.urandom(1000))
        with laptop.store.engine.begin() as connection:  # a bad sector, a broken restore
            connection.execute(text("UPDATE attachment_blob SET data = X'00'"))
        laptop.sync()
        assert _puts(proxy) == 0
    with laptop.store.engine.connect() as connection:
        [upload] = uploads(connection)
    assert upload.failed is not None
    assert "damaged" in upload.failed
    assert _central_received(muni, ref.sha256) == 0
