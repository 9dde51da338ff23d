"""Logging set-up with privacy built in.

Everything that reaches a handler goes through `PrivacyFormatter`, so that a national
register number, a PIN or a photo never lands in a log file, whichever library logged it:
11-digit register-number patterns are masked, ``pin=…`` values are hidden, and byte
arguments (photos, APDUs, PIN blocks) are replaced by their length.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path
from typing import TextIO

LOG_FILE_NAME = "fygitaal.log"
_MAX_BYTES = 2 * 1024 * 1024
_BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# YY MM DD SSS CC with optional separators (85.07.30-033.28, 850730-033-28, 85073003328).
_NATIONAL_NUMBER = re.compile(
    r"(?<![\d.\-])\d{2}[.\- ]?\d{2}[.\- ]?\d{2}[.\- ]?\d{3}[.\- ]?\d{2}(?![\d])"
)
_PIN_VALUE = re.compile(r"(?i)\b(pin(?:code)?|puk)(\s*[:=]\s*|\s+)(\S+)")
_JPEG_HEX = re.compile(r"(?i)ffd8ff[0-9a-f]{16,}")
NATIONAL_NUMBER_MASK = "***********"


def mask_personal_data(text: str) -> str:
    """Mask register numbers, PIN values and hex-encoded photos in a log line."""
    text = _NATIONAL_NUMBER.sub(NATIONAL_NUMBER_MASK, text)
    text = _PIN_VALUE.sub(lambda m: f"{m.group(1)}{m.group(2)}****", text)
    return _JPEG_HEX.sub("<photo removed>", text)


def _scrub_argument(value: object) -> object:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<{len(value)} bytes>"
    return value


class PrivacyFormatter(logging.Formatter):
    """A formatter that never lets personal data through, tracebacks included."""

    def format(self, record: logging.LogRecord) -> str:
        if isinstance(record.args, tuple):
            record.args = tuple(_scrub_argument(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _scrub_argument(arg) for key, arg in record.args.items()}
        if isinstance(record.msg, (bytes, bytearray, memoryview)):
            record.msg = _scrub_argument(record.msg)
        return mask_personal_data(super().format(record))


def configure_logging(log_dir: Path, *, verbose: bool = False) -> Path | None:
    """Send logs to a rotating file in ``log_dir`` and warnings to stderr.

    Returns the log file, or ``None`` when the directory cannot be written (the app still
    runs; the stderr handler says why once).
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_fygitaal", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = PrivacyFormatter(_FORMAT)

    console = _CurrentStderrHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(formatter)
    _own(console)
    root.addHandler(console)

    log_file = log_dir / LOG_FILE_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning(
            "cannot write logs to %s (%s); logging to the console only", log_dir, exc.strerror
        )
        return None
    file_handler.setFormatter(formatter)
    _own(file_handler)
    root.addHandler(file_handler)
    return log_file


class _CurrentStderrHandler(logging.StreamHandler[TextIO]):
    """Writes to whatever ``sys.stderr`` is now, so a swapped or closed stream is never kept."""

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        """Ignore the stream ``StreamHandler`` binds at construction."""


def _own(handler: logging.Handler) -> None:
    handler._fygitaal = True  # type: ignore[attr-defined]  # marks handlers we may replace
