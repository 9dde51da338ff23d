"""Forward-only Alembic migrations of the device database, applied at start-up.

The Alembic configuration is built in code (no alembic.ini at run time) around the
scripts shipped in `offline_sync.migrations`. All pending revisions run in one
transaction that takes the write lock first (``BEGIN IMMEDIATE``), so two processes
starting together cannot both migrate, and a failure leaves the previous schema intact.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from offline_sync.engine import BEGIN_OPTION
from offline_sync.errors import SchemaTooNew

log = logging.getLogger(__name__)

SCRIPT_LOCATION = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None, scripts: Path = SCRIPT_LOCATION) -> Config:
    """An Alembic configuration for the device scripts, optionally bound to a connection."""
    config = Config()
    config.set_main_option("script_location", str(scripts))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def revisions(scripts: Path = SCRIPT_LOCATION) -> list[str]:
    """Every revision id, oldest first."""
    script = ScriptDirectory.from_config(alembic_config(scripts=scripts))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision(scripts: Path = SCRIPT_LOCATION) -> str:
    """The revision this release expects."""
    head = ScriptDirectory.from_config(alembic_config(scripts=scripts)).get_current_head()
    if head is None:
        raise RuntimeError("the device migrations have no head revision")
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for a database never migrated."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head", *, scripts: Path = SCRIPT_LOCATION) -> str:
    """Bring the database to ``target`` (normally head) and return the revision it is at.

    Foreign keys are switched off for the migration and checked before it commits, as
    SQLite's documented way to rebuild a table (batch mode) that others refer to: with
    them on, dropping the old copy would delete or block the rows that point at it.

    Raises:
        SchemaTooNew: the database is at a revision this release does not know.
        StorageError: any environment problem (locked, disk full, ...), from the engine.
        MigrationBrokeForeignKeys: a migration left rows pointing at nothing (a bug).
    """
    path = Path(engine.url.database or "")
    known = set(revisions(scripts))
    with engine.connect().execution_options(**{BEGIN_OPTION: "IMMEDIATE"}) as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys = OFF")  # outside a transaction, or it is ignored
        try:
            with connection.begin():
                before = MigrationContext.configure(connection).get_current_revision()
                if before is not None and before not in known:
                    raise SchemaTooNew(path, before)
                command.upgrade(alembic_config(connection, scripts), target)
                after = MigrationContext.configure(connection).get_current_revision()
                dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if dangling:
                    raise MigrationBrokeForeignKeys(f"{len(dangling)} rows, first {dangling[0]}")
        finally:
            driver.execute("PRAGMA foreign_keys = ON")
    if after != before:
        log.info("device database migrated from %s to %s", before or "empty", after)
    if after is None:
        raise RuntimeError(f"migrating to {target} left no revision")
    return after


class MigrationBrokeForeignKeys(RuntimeError):
    """A migration left rows whose foreign keys point at nothing; it was rolled back."""
