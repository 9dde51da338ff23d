"""Many rows written (or read by key) through the driver, skipping SQLAlchemy's per-row work.

A Core ``insert()``/``update()`` run with a list of dicts compiles once but then processes
every row's parameters in Python (~10 us a row); a push batch writes an op row and a
record row per op. These statements are plain SQL in the dialect's placeholder style,
run with tuples: the values are already what the driver stores (text, integers, bools).

Reading a batch's rows by key had the same cost in another place: an ``IN (...)`` of 500
bound parameters is expanded and compiled anew on every run. `BulkRead` passes the keys
as one parameter instead: a JSON array walked by ``json_each`` on SQLite, an array
compared with ``= ANY`` on PostgreSQL; both use the key's index.

On PostgreSQL new rows go in with ``COPY ... FROM STDIN`` rather than an ``INSERT`` per
row: for a push batch's op rows that cost central 9 instead of 19-27 us a row, and the
server 11 instead of 20-22 (measured side by side, 10,000 rows of 500).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, Table

_MAX_KEYS = 10_000
"""Keys per statement: a batch holds at most a few thousand, this only bounds a surprise."""


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
        if not rows:
            return
        if not self.key and conn.dialect.name == "postgresql":
            self._copy(conn, rows)
            return
        conn.exec_driver_sql(self.sql(conn), list(rows))

    def _copy(self, conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert ``rows`` with COPY, in the transaction of ``conn`` (psycopg's connection)."""
        quote = conn.dialect.identifier_preparer.quote
        names = ", ".join(quote(c) for c in self.columns)
        statement = f"COPY {quote(self.table.name)} ({names}) FROM STDIN"
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        with cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)

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


class BulkRead:
    """``SELECT columns FROM table WHERE fixed = ? AND ... AND key IN (keys)``."""

    def __init__(
        self, table: Table, columns: Sequence[str], fixed: Sequence[str], key: str
    ) -> None:
        missing = {*columns, *fixed, key} - set(table.c.keys())
        if missing:
            raise ValueError(f"{table.name} has no column(s) {sorted(missing)}")
        self.table = table
        self.columns = tuple(columns)
        self.fixed = tuple(fixed)
        self.key = key
        self._sql: dict[str, str] = {}

    def sql(self, conn: Connection) -> str:
        name = conn.dialect.name
        found = self._sql.get(name)
        if found is None:
            found = self._sql[name] = self._render(conn)
        return found

    def run(
        self, conn: Connection, fixed: Sequence[Any], keys: Sequence[str]
    ) -> list[Row[tuple[Any, ...]]]:
        """The rows whose fixed columns equal ``fixed`` and whose key is one of ``keys``."""
        sqlite = conn.dialect.name == "sqlite"
        rows: list[Row[tuple[Any, ...]]] = []
        for i in range(0, len(keys), _MAX_KEYS):
            chunk = list(keys[i : i + _MAX_KEYS])
            params = (*fixed, json.dumps(chunk)) if sqlite else (chunk, *fixed)
            rows.extend(conn.exec_driver_sql(self.sql(conn), params))
        return rows

    def _render(self, conn: Connection) -> str:
        quote = conn.dialect.identifier_preparer.quote
        names = ", ".join(quote(c) for c in self.columns)
        table = quote(self.table.name)
        if conn.dialect.name == "sqlite":
            where = [f"{quote(c)} = ?" for c in self.fixed]
            where.append(f"{quote(self.key)} IN (SELECT value FROM json_each(?))")  # noqa: S608
            return f"SELECT {names} FROM {table} WHERE {' AND '.join(where)}"  # noqa: S608
        # One index probe per key, whatever the statistics say: with stale ones (a table
        # that grew since the last ANALYZE) ``key = ANY(%s)`` was planned as a scan of
        # the whole municipality, filtered by the array: 229 ms a batch at 20,000 records.
        # LIMIT 1 (the key is unique anyway) keeps the planner from turning the lateral
        # subquery into a hash join over that same scan.
        where = [f"{quote(c)} = %s" for c in self.fixed]
        where.append(f"{quote(self.key)} = k.key")
        return (
            f"SELECT {names} FROM unnest(%s::text[]) AS k(key) CROSS JOIN LATERAL"  # noqa: S608
            f" (SELECT {names} FROM {table} WHERE {' AND '.join(where)} LIMIT 1) AS found"
        )
