"""The log file never holds a national register number, a PIN or a photo."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.logs import configure_logging, mask_personal_data

NATIONAL_NUMBERS = ["85073003328", "85.07.30-033.28", "850730-033-28", "85 07 30 033 28"]


@pytest.mark.parametrize("number", NATIONAL_NUMBERS)
def test_national_numbers_are_masked_in_any_notation(number: str) -> None:
    masked = mask_personal_data(f"citizen {number} identified")
    assert "033" not in masked
    assert masked.startswith("citizen ***")


def test_other_numbers_stay_readable() -> None:
    line = "read 12 files in 345 ms, card 591-1234567-89, port 35963"
    assert mask_personal_data(line) == line


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = configure_logging(tmp_path / "logs")
    assert path is not None
    yield path
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_fygitaal", False):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_the_log_file_never_holds_personal_data(log_file: Path) -> None:
    log = logging.getLogger("fygitaal.test")
    photo = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 10
    log.info("identity read for %s", "85073003328")
    log.info("citizen entered pin=1234 at the pad")
    log.warning("PIN: 987654 rejected")
    log.info("photo %r received", photo)
    log.info("photo hex %s", photo.hex())
    try:
        raise ValueError("bad number 90.02.01-997.04")
    except ValueError:
        log.exception("lookup failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "identity read for ***********" in text
    for secret in ("85073003328", "1234", "987654", "997.04", "ffd8ffe0", "\\xff\\xd8"):
        assert secret not in text
    assert f"<{len(photo)} bytes>" in text
    assert "ValueError" in text  # the traceback itself is kept, only the number is masked


def test_an_unwritable_log_directory_does_not_stop_the_app(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    assert configure_logging(blocker / "logs") is None
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_fygitaal", False):
            logging.getLogger().removeHandler(handler)
            handler.close()
