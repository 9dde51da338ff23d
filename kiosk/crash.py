"""Crash reports for bugs: a masked traceback written where IT staff will look for it.

Environment problems (bad config, full disk, locked database) never come here; they get a
one-line message. Anything unexpected is a bug: the person sees a calm sentence and the
path of the report, the report holds what a developer needs and no personal data.
"""

from __future__ import annotations

import datetime as dt
import platform
import traceback
from pathlib import Path

from kiosk import __version__
from kiosk.logs import mask_personal_data


def write_crash_report(exc: BaseException, directory: Path) -> Path | None:
    """Write a report of ``exc`` into ``directory``; ``None`` if even that is impossible."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    text = "".join(traceback.format_exception(exc))
    body = (
        f"Fygitaal {__version__} crash report {stamp}\n"
        f"Python {platform.python_version()} on {platform.platform()}\n\n"
        f"{mask_personal_data(text)}"
    )
    try:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"crash-{stamp}.txt"
        path.write_text(body, encoding="utf-8")
    except OSError:
        return None
    return path
