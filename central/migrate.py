"""Forward-only Alembic migrations of the central database, applied when it starts.

The configuration is built in code around the scripts in `central.migrations`. All
pending revisions run in one transaction; on SQLite it takes the write lock first, on
PostgreSQL an advisory lock keeps two starting processes from migrating at once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text

from central.db import is_sqlite, write_tx

log = logging.getLogger(__name__)

SCRIPT_LOCATION = Path(__file__).with_name("migrations")
_ADVISORY_KEY = 0x46594749  # "FYGI"


class DowngradeRefused(RuntimeError):
    """Central migrations only go forward; restore a backup to go back."""


def upgrade(engine: Engine) -> str | None:
    """Bring the database to the head revision and return the revision it is at."""
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.set_main_option("path_separator", "os")
    with write_tx(engine) as conn:
        if not is_sqlite(conn):
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_KEY})
        before = MigrationContext.configure(conn).get_current_revision()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        after = MigrationContext.configure(conn).get_current_revision()
    if before != after:
        log.info("central database migrated from %s to %s", before, after)
    return after
