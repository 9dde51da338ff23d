"""Alembic scripts of the central database, the same for SQLite and PostgreSQL."""
