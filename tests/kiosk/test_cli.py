"""The ``fygitaal`` command: one-line errors with exit code 2, never a traceback."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import EXIT_BUG, _run_command
from kiosk.commands import CommandContext
from kiosk.config import load_settings

FYGITAAL = Path(sys.executable).with_name("fygitaal")


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [str(FYGITAAL), *args],
        check=False,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fygitaal: error: ")
    assert "Traceback" not in result.stderr
    return lines[0]


HEAVY_LIBRARIES = (
    "sqlalchemy",
    "alembic",
    "fastapi",
    "uvicorn",
    "pydantic",
    "requests",
    "keyring",
    "cryptography",
    "smartcard",
    "PySide6",
)


def test_the_command_line_loads_no_heavy_library_before_a_command_runs() -> None:
    """``fygitaal kiosk`` paints within a second only if parsing its command is cheap."""
    probe = (
        "import sys, ui.launcher, kiosk.cli\n"
        "for argv in (['kiosk'], ['card', 'list-readers'], ['store', 'check']):\n"
        "    kiosk.cli.build_parser().parse_args(argv)\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = {name.split(".")[0] for name in result.stdout.split()}
    assert loaded.isdisjoint(HEAVY_LIBRARIES), sorted(loaded & set(HEAVY_LIBRARIES))


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("fygitaal ")


def test_unknown_option_is_one_line_and_exit_2() -> None:
    line = assert_one_line_error(run_cli("kiosk", "--colour=blue"), 2)
    assert "--colour" in line


def test_unknown_command_is_one_line_and_exit_2() -> None:
    assert "invalid choice" in assert_one_line_error(run_cli("teleport"), 2)


def test_malformed_config_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("[broken\n", encoding="utf-8")
    before = config.read_bytes()
    line = assert_one_line_error(run_cli("--config", str(config), "kiosk"), 2)
    assert str(config) in line
    assert config.read_bytes() == before


def test_missing_config_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    line = assert_one_line_error(run_cli("--config", str(tmp_path / "nope.toml"), "kiosk"), 2)
    assert "does not exist" in line


def test_bad_environment_override_names_the_key() -> None:
    line = assert_one_line_error(run_cli("kiosk", env={"FYGITAAL_ROLE": "toaster"}), 2)
    assert "'role'" in line


def test_a_bug_gives_a_calm_line_and_a_masked_crash_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load_settings(None, environ={"FYGITAAL_LOG_DIR": str(tmp_path)})

    def broken(_args: argparse.Namespace, _context: CommandContext) -> int:
        raise RuntimeError("lookup of 85073003328 failed")

    code = _run_command(broken, argparse.Namespace(), CommandContext(settings, gui=None))
    assert code == EXIT_BUG
    line = capsys.readouterr().err.strip()
    assert line.startswith("fygitaal: error: unexpected error (RuntimeError)")
    reports = list(tmp_path.glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert "RuntimeError" in text
    assert "85073003328" not in text


def test_kiosk_starts_and_paints_its_first_screen(tmp_path: Path) -> None:
    result = run_cli(
        "kiosk",
        env={"FYGITAAL_EXIT_AFTER_FIRST_PAINT": "1", "FYGITAAL_DATA_DIR": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-paint ")
