"""The central tables (SQLAlchemy Core). Every key starts with ``municipality_id``.

That leading column is what lets a region distribute the same schema by municipality
(PostgreSQL partitioning, Citus distribution column, or one database per municipality).
The only global lookups are the two token-hash tables, which map a credential to its
municipality. The schema itself is created by the Alembic scripts in
`central.migrations`; this module must describe the same columns.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    Index,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    text,
)

metadata = MetaData()

HAS_PERSON = text("person_key IS NOT NULL")
"""The rows of the partial index ``record_person``: a kiosk asks for one person's records
(and "my data" lists them) by ``person_key``; without it each asking read the
municipality's whole feed (every record) to find that person's few."""

QUEUED_CERTIFICATE = text(
    "entity = 'certificate_request' AND status = 'queued' AND deleted = false"
)
"""The rows of the partial index ``record_queued_certificate``.

Central looks for queued certificate requests after every push; without an index that
was a scan of every record (31 ms at 150,000 records, every push). Queries use this very
clause, literal values included: a partial index serves a query only when the query's
WHERE clause names its condition, and a bound parameter would not.
"""

municipality = Table(
    "municipality",
    metadata,
    Column("municipality_id", Text, primary_key=True),
    Column("name", Text, nullable=False),
)

feed_counter = Table(
    "feed_counter",
    metadata,
    Column("municipality_id", Text, primary_key=True),
    Column("last", BigInteger, nullable=False),
    Column("horizon", BigInteger, nullable=False, server_default="0"),
)

team = Table(
    "team",
    metadata,
    Column("municipality_id", Text, nullable=False),
    Column("team_id", Text, nullable=False),
    Column("name", Text, nullable=False),
    PrimaryKeyConstraint("municipality_id", "team_id"),
)

staff = Table(
    "staff",
    metadata,
    Column("municipality_id", Text, nullable=False),
    Column("username", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("team_id", Text),
    Column("password_hash", Text, nullable=False),
    PrimaryKeyConstraint("municipality_id", "username"),
)

staff_token = Table(
    "staff_token",
    metadata,
    Column("token_hash", Text, primary_key=True),
    Column("municipality_id", Text, nullable=False),
    Column("username", Text, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
)

enrollment_code = Table(
    "enrollment_code",
    metadata,
    Column("code_hash", Text, primary_key=True),
    Column("municipality_id", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("team_id", Text),
    Column("expires_at", BigInteger, nullable=False),
    Column("used_by", Text),
)

device = Table(
    "device",
    metadata,
    Column("municipality_id", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("team_id", Text),
    Column("token_hash", Text, nullable=False, unique=True),
    Column("last_seq", BigInteger, nullable=False),
    Column("enrolled_at", BigInteger, nullable=False),
    Column("revoked_at", BigInteger),
    Column("pulled_position", BigInteger, nullable=False, server_default="0"),
    Column("pulled_at", BigInteger),
    Column("clock_skew_s", Float),
    PrimaryKeyConstraint("municipality_id", "device_id"),
)

op_log = Table(
    "op",
    metadata,
    Column("municipality_id", Text, nullable=False),
    Column("op_id", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("device_seq", BigInteger, nullable=False),
    Column("body", Text, nullable=False),
    Column("content_hash", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("result", Text),
    Column("reported", Boolean, nullable=False),
    Column("received_at", BigInteger, nullable=False),
    PrimaryKeyConstraint("municipality_id", "op_id"),
    Index("op_device_seq", "municipality_id", "device_id", "device_seq"),
)

quarantine = Table(
    "quarantine",
    metadata,
    Column("municipality_id", Text, nullable=False),
    Column("quarantine_id", Text, nullable=False),
    Column("op_id", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("received_at", BigInteger, nullable=False),
    PrimaryKeyConstraint("municipality_id", "quarantine_id"),
)

record = Table(
    "record",
    metadata,
    Column("municipality_id", Text, nullable=False),
    Column("entity", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("fields", Text, nullable=False),
    Column("versions", Text, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("team_id", Text),
    Column("previous_team_id", Text),
    Column("person_key", Text),
    Column("status", Text),
    Column("category", Text),
    Column("position", BigInteger, nullable=False),
    PrimaryKeyConstraint("municipality_id", "entity", "entity_id"),
    Index("record_feed", "municipality_id", "position"),
    Index(
        "record_person",
        "municipality_id",
        "person_key",
        "position",
        sqlite_where=HAS_PERSON,
        postgresql_where=HAS_PERSON,
    ),
    Index(
        "record_queued_certificate",
        "municipality_id",
        sqlite_where=QUEUED_CERTIFICATE,
        postgresql_where=QUEUED_CERTIFICATE,
    ),
)

conflict = Table(
    "conflict",
    metadata,
    Column("municipality_id", Text, nullable=False),
    Column("conflict_id", Text, nullable=False),
    Column("entity", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("field", Text, nullable=False),
    Column("server_value", Text, nullable=False),
    Column("device_value", Text, nullable=False),
    Column("op_id", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("resolved", Boolean, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    PrimaryKeyConstraint("municipality_id", "conflict_id"),
    Index("conflict_open", "municipality_id", "entity", "entity_id", "field"),
)

issued_certificate = Table(
    "issued_certificate",
    metadata,
    Column("code", Text, primary_key=True),  # global: the public verify looks it up alone
    Column("municipality_id", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("language", Text, nullable=False),
    Column("issued_at", BigInteger, nullable=False),
    Column("valid_until", Date, nullable=False),
    Column("pdf_sha256", Text),
    Column("revoked_at", BigInteger),
    Column("assisted_by", Text),  # the staff member who asked with the citizen (0007)
    Index("issued_certificate_by_municipality", "municipality_id", "issued_at"),
)

pseudonym_secret = Table(
    "pseudonym_secret",
    metadata,
    Column("municipality_id", Text, primary_key=True),
    Column("secret", Text, nullable=False),  # hex, made on first request, never changed
    Column("created_at", BigInteger, nullable=False),
)
