"""Alembic migrations of the device database; applied at start-up by `offline_sync.migrate`."""
