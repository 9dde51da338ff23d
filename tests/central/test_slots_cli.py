"""``fygitaal central admin slots``: an administrator publishes slots that kiosks book from."""

from __future__ import annotations

from pathlib import Path

import pytest

from central import appointments
from central.db import create_central_engine
from kiosk.cli import main


def _slots(db: str, *args: str) -> list[str]:
    return ["central", "admin", "--db", db, "slots", *args]


def test_publish_seed_and_recount(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    assert main(["central", "admin", "--db", db, "create-municipality", "gent", "Gent"]) == 0
    publish = ("publish", "gent", "--service", "eid", "--channel", "counter")
    assert main(_slots(db, *publish, "--start", "2030-03-04T09:30", "--days", "3")) == 0
    assert "published 3 slot(s)" in capsys.readouterr().out
    assert main(_slots(db, "seed-demo", "gent", "--days", "7")) == 0
    assert "demo slots" in capsys.readouterr().out
    assert main(_slots(db, "reconcile", "gent")) == 0
    assert "0 appointment(s) refused" in capsys.readouterr().out
    engine = create_central_engine(db)
    try:
        counts = appointments.slot_counts(engine, "gent")
    finally:
        engine.dispose()
    assert len(counts) > 3
    assert all(booked == 0 for booked, _capacity in counts.values())


def test_mistakes_end_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    assert main(_slots(db, "reconcile", "nowhere")) == 1
    assert capsys.readouterr().err.strip() == (
        "fygitaal: error: no municipality 'nowhere'; create it first"
    )
    assert main(["central", "admin", "--db", db, "create-municipality", "gent", "Gent"]) == 0
    args = ("publish", "gent", "--service", "eid", "--channel", "counter")
    assert main(_slots(db, *args, "--start", "next tuesday")) == 2
    assert "--start 'next tuesday' is not a date" in capsys.readouterr().err
