"""Future revisions will rebuild tables (batch mode); prove the runner makes that safe.

Uses a scratch script directory with the real ``env.py``: a parent table referenced by a
child table is rebuilt by ``batch_alter_table``. SQLite would delete or refuse the child
rows if foreign keys were on during the rebuild; a migration that really leaves rows
dangling must be rolled back.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from offline_sync.engine import create_store_engine
from offline_sync.migrate import (
    SCRIPT_LOCATION,
    MigrationBrokeForeignKeys,
    current_revision,
    upgrade,
)

HEADER = """
from __future__ import annotations
import sqlalchemy as sa
from alembic import op
revision = "{revision}"
down_revision = {down!r}
branch_labels = None
depends_on = None

def downgrade() -> None:
    raise RuntimeError("forward only")

def upgrade() -> None:
"""

SCRIPTS = {
    "a1": """
    op.create_table("parent", sa.Column("id", sa.Integer, primary_key=True),
                    sa.Column("name", sa.Text, nullable=True))
    op.create_table("child", sa.Column("id", sa.Integer, primary_key=True),
                    sa.Column("parent_id", sa.Integer, sa.ForeignKey("parent.id"),
                              nullable=False))
""",
    "a2": """
    with op.batch_alter_table("parent") as batch:
        batch.alter_column("name", existing_type=sa.Text, nullable=False)
        batch.add_column(sa.Column("note", sa.Text, nullable=False, server_default=""))
""",
    "a3": """
    op.execute("DELETE FROM parent")
""",
}


def _scripts(tmp_path: Path, count: int) -> Path:
    scripts = tmp_path / "scripts"
    (scripts / "versions").mkdir(parents=True)
    shutil.copy(SCRIPT_LOCATION / "env.py", scripts / "env.py")
    previous: str | None = None
    for revision, body in list(SCRIPTS.items())[:count]:
        source = HEADER.format(revision=revision, down=previous) + body
        (scripts / "versions" / f"{revision}.py").write_text(source)
        previous = revision
    return scripts


@pytest.mark.parametrize("key", [None, bytes(range(32))], ids=["plain", "sqlcipher"])
def test_rebuilding_a_referenced_table_keeps_the_rows_that_point_at_it(
    tmp_path: Path, key: bytes | None
) -> None:
    engine = create_store_engine(tmp_path / "device.sqlite3", key=key)
    upgrade(engine, scripts=_scripts(tmp_path / "first", 1))
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO parent (id, name) VALUES (1, 'team 3')"))
        connection.execute(text("INSERT INTO child (id, parent_id) VALUES (10, 1)"))

    assert upgrade(engine, scripts=_scripts(tmp_path / "second", 2)) == "a2"
    with engine.connect() as connection:
        assert connection.execute(text("SELECT id, parent_id FROM child")).all() == [(10, 1)]
        assert connection.execute(text("SELECT name, note FROM parent")).all() == [("team 3", "")]
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_a_migration_that_leaves_dangling_rows_is_rolled_back(tmp_path: Path) -> None:
    engine = create_store_engine(tmp_path / "device.sqlite3")
    upgrade(engine, scripts=_scripts(tmp_path / "first", 2))
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO parent (id, name) VALUES (1, 'team 3')"))
        connection.execute(text("INSERT INTO child (id, parent_id) VALUES (10, 1)"))

    with pytest.raises(MigrationBrokeForeignKeys):
        upgrade(engine, scripts=_scripts(tmp_path / "third", 3))
    assert current_revision(engine) == "a2"
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM parent")).scalar() == 1
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
