"""Many rows written through the driver's ``executemany``, skipping SQLAlchemy's per-row work.

A Core ``insert()``/``update()`` run with a list of dicts compiles once but then processes
every row's parameters in Python (~10 us a row); a push batch writes an op row and a
record row per op. These statements are plain SQL in the dialect's placeholder style,
run with tuples: the values are already what the driver stores (text, integers, bools).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table


class BulkWrite:
    """``INSERT INTO table (columns)``, or ``UPDATE table SET columns WHERE key``."""

    def __init__(self, table: Table, columns: Sequence[str], key: Sequence[str] = ()) -> None:
        missing = {*columns, *key} - set(table.c.keys())
        if missing:
            raise ValueError(f"{table.name} has no column(s) {sorted(missing)}")
        self.table = table
        self.columns = tuple(columns)
        self.key = tuple(key)
        self._sql: dict[str, str] = {}

    def sql(self, conn: Connection) -> str:
        """The statement for ``conn``'s dialect (built once per dialect)."""
        name = conn.dialect.name
        found = self._sql.get(name)
        if found is None:
            found = self._sql[name] = self._render(conn)
        return found

    def run(self, conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
        """Write ``rows``: each the values of `columns`, then those of `key` for an update."""
        if rows:
            conn.exec_driver_sql(self.sql(conn), list(rows))

    def _render(self, conn: Connection) -> str:
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        quote = conn.dialect.identifier_preparer.quote
        table = quote(self.table.name)
        if not self.key:
            names = ", ".join(quote(c) for c in self.columns)
            marks = ", ".join(mark for _ in self.columns)
            return f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608 - our names
        sets = ", ".join(f"{quote(c)} = {mark}" for c in self.columns)
        where = " AND ".join(f"{quote(c)} = {mark}" for c in self.key)
        return f"UPDATE {table} SET {sets} WHERE {where}"  # noqa: S608 - our names
