"""The Alembic scripts build the schema that `central.tables` describes, on both backends.

Queries are written against `central.tables`; a column or index that only one of the two
has (an index the code relies on for speed, say) would pass every other test and fail in
production.
"""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from central import attachments
from central import tables as t
from central.pull import Reader, feed_select
from tests.central.helpers import Central


def test_migrations_build_what_the_tables_describe(central: Central) -> None:
    assert attachments.attachment.metadata is t.metadata  # its tables are compared too
    with central.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), t.metadata)
    assert diff == []


def test_queued_certificates_are_found_through_their_partial_index(central: Central) -> None:
    indexes = {i["name"] for i in inspect(central.engine).get_indexes("record")}
    assert "record_queued_certificate" in indexes
    with central.engine.connect() as conn:
        if central.backend == "sqlite":
            query = f"SELECT DISTINCT municipality_id FROM record WHERE {t.QUEUED_CERTIFICATE}"  # noqa: S608
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}").all()
            assert "record_queued_certificate" in " ".join(str(r[-1]) for r in plan)


def test_a_kiosk_finds_one_persons_records_through_their_index(central: Central) -> None:
    """The query of a kiosk's person pull reads that person's rows, not the whole feed."""
    reader = Reader("m", "kiosk", None)
    with central.engine.connect() as conn:
        statement = feed_select(reader, 0, 100, 10, "pk-1")
        compiled = statement.compile(conn, compile_kwargs={"literal_binds": True})
        if central.backend == "sqlite":
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
            assert "record_person" in " ".join(str(r[-1]) for r in plan)
