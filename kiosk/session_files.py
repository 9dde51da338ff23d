"""Files a citizen's visit needs for a moment (a rendered certificate), gone at its end.

One private folder per session, made on first use (mode 0700) and deleted with everything
in it by `SessionFiles.wipe`, which the kiosk calls at every session end. File names are
chosen by the caller and must carry nothing personal (a verification code, not a name).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = "fygitaal-session-"


class SessionFiles:
    """The current session's temporary folder; thread-safe (workers write, the GUI wipes)."""

    def __init__(self, parent: Path | None = None) -> None:
        self._parent = parent
        self._folder: Path | None = None
        self._lock = threading.Lock()

    @property
    def folder(self) -> Path | None:
        """The folder of this session, or None while nothing was written."""
        return self._folder

    def write(self, name: str, content: bytes) -> Path:
        """Keep ``content`` as ``name`` until the session ends; returns its path.

        Raises:
            ValueError: ``name`` is not a plain file name.
            OSError: the file could not be written (disk full, permissions).
        """
        if not name or Path(name).name != name or name in (".", ".."):
            raise ValueError(f"not a plain file name: {name!r}")
        with self._lock:
            if self._folder is None:
                self._folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=self._parent))
            path = self._folder / name
            path.write_bytes(content)
            path.chmod(0o600)
            return path

    def wipe(self) -> None:
        """Delete the session's folder and all it holds (a no-op when there is none)."""
        with self._lock:
            folder, self._folder = self._folder, None
        if folder is None:
            return
        shutil.rmtree(folder, ignore_errors=True)
        if folder.exists():
            log.error("a session folder could not be deleted")
        else:
            log.debug("session files deleted")
