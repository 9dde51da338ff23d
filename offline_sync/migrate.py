"""Forward-only Alembic migrations of the device database, applied at start-up.

The Alembic configuration is built in code (no alembic.ini at run time) around the
scripts shipped in `offline_sync.migrations`. All pending revisions run in one
transaction that takes the write lock first (``BEGIN IMMEDIATE``), so two processes
starting together cannot both migrate, and a failure leaves the previous schema intact.

Alembic itself is imported only when there is something to migrate: a database already
at `HEAD` (every start but the first after an update) is checked with one query, which
keeps ~40 MB of Alembic and its templates out of a running kiosk.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from offline_sync.engine import BEGIN_OPTION
from offline_sync.errors import SchemaTooNew

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

SCRIPT_LOCATION = Path(__file__).with_name("migrations")
HEAD = "0006"
"""The newest revision in `SCRIPT_LOCATION` (a test checks it against Alembic's head)."""


def alembic_config(connection: Connection | None = None, scripts: Path = SCRIPT_LOCATION) -> Config:
    """An Alembic configuration for the device scripts, optionally bound to a connection."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(scripts))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def revisions(scripts: Path = SCRIPT_LOCATION) -> list[str]:
    """Every revision id, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(scripts=scripts))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision(scripts: Path = SCRIPT_LOCATION) -> str:
    """The revision this release expects (from the scripts; `HEAD` is the quick answer)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(scripts=scripts)).get_current_head()
    if head is None:
        raise RuntimeError("the device migrations have no head revision")
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for a database never migrated."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _at_head(engine: Engine) -> bool:
    """Whether the database is exactly at `HEAD`, asked without Alembic.

    Under the write lock, as a migration would take it: a database another program is
    writing is reported at start (locked), not at the first save.
    """
    with (
        engine.connect().execution_options(**{BEGIN_OPTION: "IMMEDIATE"}) as connection,
        connection.begin(),
    ):
        versioned = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first()
        if versioned is None:  # a new database
            return False
        found = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return [row[0] for row in found] == [HEAD]


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
    if target == "head" and scripts == SCRIPT_LOCATION and _at_head(engine):
        return HEAD
    from alembic import command
    from alembic.runtime.migration import MigrationContext

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
