"""Queued certificate requests on the device, and the session's temporary files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.certificate_requests import Delivery, expected_on, save_request
from kiosk.documents.certificate import CertificateKind
from kiosk.session_files import SessionFiles
from offline_sync.store import open_store

THURSDAY = dt.date(2026, 11, 26)


def test_the_town_hall_has_it_the_next_working_day_and_the_post_three_later() -> None:
    assert expected_on(Delivery.TOWN_HALL, THURSDAY) == dt.date(2026, 11, 27)  # Friday
    assert expected_on(Delivery.TOWN_HALL, dt.date(2026, 11, 27)) == dt.date(2026, 11, 30)
    assert expected_on(Delivery.POST, THURSDAY) == dt.date(2026, 12, 2)  # Fri + 3 working days


def test_a_saved_request_is_a_record_and_an_outbox_op(tmp_path: Path) -> None:
    store = open_store(tmp_path / "kiosk.sqlite3")
    try:
        saved = save_request(
            store.engine,
            person_key="k" * 64,
            kind=CertificateKind.RESIDENCE_HISTORY,
            language="de-BE",
            delivery=Delivery.TOWN_HALL,
            now=dt.datetime(2026, 11, 26, 9, 30, tzinfo=dt.UTC),
        )
        with store.engine.connect() as connection:
            row = connection.execute(
                text("SELECT kind, with_history, delivery, status FROM certificate_request")
            ).one()
            ops = (
                connection.execute(
                    text("SELECT entity_id FROM outbox WHERE entity = 'certificate_request'")
                )
                .scalars()
                .all()
            )
    finally:
        store.close()
    assert tuple(row) == ("residence", 1, "town_hall", "queued")
    assert ops == [saved.request_id]
    assert saved.expected_on == dt.date(2026, 11, 27)


def test_a_request_needs_an_identified_citizen(tmp_path: Path) -> None:
    store = open_store(tmp_path / "kiosk.sqlite3")
    try:
        with pytest.raises(ValueError, match="identified"):
            save_request(
                store.engine,
                person_key="",
                kind=CertificateKind.LIFE,
                language="nl-BE",
                delivery=Delivery.POST,
            )
    finally:
        store.close()


def test_session_files_live_in_one_private_folder_wiped_at_the_end(tmp_path: Path) -> None:
    files = SessionFiles(tmp_path)
    assert files.folder is None
    path = files.write("certificate-K7QM.pdf", b"%PDF")
    assert path.parent == files.folder
    assert oct(path.parent.stat().st_mode & 0o777) == "0o700"
    with pytest.raises(ValueError, match="plain file name"):
        files.write("../escape.pdf", b"x")
    files.wipe()
    assert not path.parent.exists()
    assert list(tmp_path.iterdir()) == []
    files.wipe()  # again: nothing to do
