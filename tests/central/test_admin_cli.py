"""``fygitaal central admin``: one line per problem, exit codes, no tracebacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main


def _admin(db: str, *args: str) -> list[str]:
    return ["central", "admin", "--db", db, *args]


def test_an_administrator_sets_up_a_municipality(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    assert main(_admin(db, "create-municipality", "gent", "Gent")) == 0
    assert main(_admin(db, "create-team", "gent", "east", "Team East")) == 0
    password = tmp_path / "pw"
    password.write_text("a long password\n")
    assert (
        main(
            _admin(
                db,
                "create-staff",
                "gent",
                "an",
                "--role",
                "backoffice",
                "--password-file",
                str(password),
            )
        )
        == 0
    )
    capsys.readouterr()
    assert main(_admin(db, "enrollment-code", "gent", "--role", "outreach", "--team", "east")) == 0
    code = capsys.readouterr().out.strip()
    assert len(code) == 14
    assert main(_admin(db, "list-devices", "gent")) == 0
    assert capsys.readouterr().out == ""
    assert main(_admin(db, "collect-tombstones", "gent")) == 0
    assert capsys.readouterr().out == (
        "removed 0 tombstones up to position 0; 0 silent devices will download their scope again\n"
    )


def test_problems_are_one_line_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    main(_admin(db, "create-municipality", "gent", "Gent"))
    capsys.readouterr()
    cases = [
        (_admin(db, "create-municipality", "gent", "Gent"), 1, "already exists"),
        (_admin(db, "create-team", "ghent", "x", "X"), 1, "no municipality"),
        (_admin(db, "enrollment-code", "gent", "--role", "outreach"), 1, "needs --team"),
        (_admin(db, "revoke-device", "nope"), 1, "no active device"),
        (_admin(db, "collect-tombstones", "ghent"), 1, "no municipality"),
        (_admin("nonsense", "list-devices", "gent"), 2, "not a database URL"),
    ]
    for argv, code, words in cases:
        assert main(argv) == code
        err = capsys.readouterr().err
        assert words in err
        assert len(err.strip().splitlines()) == 1
        assert "Traceback" not in err
    with pytest.raises(SystemExit) as exited:
        main(_admin(db, "create-staff", "gent", "x", "--role", "mayor"))
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
