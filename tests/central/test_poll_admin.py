"""``fygitaal central admin polls``: an administrator publishes the polls kiosks show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from central.backoffice import list_records
from central.db import create_central_engine
from kiosk.cli import main


def _admin(db: str, *args: str) -> list[str]:
    return ["central", "admin", "--db", db, *args]


def test_an_administrator_publishes_a_poll_and_the_demo_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    assert main(_admin(db, "create-municipality", "gent", "Gent")) == 0
    question = json.dumps({"nl-BE": "Meer bomen in de Veldstraat?", "en": "More trees?"})
    options = json.dumps([{"id": "yes", "labels": {"en": "Yes"}}, {"id": "no"}])
    published = _admin(db, "polls", "publish", "gent", "--question", question)
    published += ["--options", options, "--opens", "2026-01-01T09:00", "--closes", "2027-01-01"]

    assert main(published) == 0
    poll_id = capsys.readouterr().out.strip()
    assert main(_admin(db, "polls", "seed-demo", "gent")) == 0

    engine = create_central_engine(db)
    try:
        rows = list_records(engine, "gent", "poll", status=None, category=None, limit=10, offset=0)
    finally:
        engine.dispose()
    assert poll_id in [r["id"] for r in rows]
    assert len(rows) == 2
    (mine,) = [r for r in rows if r["id"] == poll_id]
    assert mine["fields"]["question"]["nl-BE"] == "Meer bomen in de Veldstraat?"


def test_a_poll_that_cannot_work_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    assert main(_admin(db, "create-municipality", "gent", "Gent")) == 0
    capsys.readouterr()
    one_option = json.dumps([{"id": "yes"}])
    args = _admin(db, "polls", "publish", "gent", "--question", '{"en": "?"}')
    args += ["--options", one_option, "--opens", "2026-01-01", "--closes", "2027-01-01"]

    assert main(args) == 2
    assert "at least two options" in capsys.readouterr().err
