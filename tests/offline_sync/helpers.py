"""Helpers for tests on real database files."""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes, to prove a failed open left it untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    """Names of the files SQLite keeps next to ``path`` (journal, WAL, shared memory)."""
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))
