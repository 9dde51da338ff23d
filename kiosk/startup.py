"""Start-up of the local store from the settings: folder, key, engine, migrations.

The one place that decides, from the device role, whether the database is encrypted.
Every failure a person can fix is an `offline_sync.errors.StorageError` with a one-line
message; the key is fetched before any database file exists, so a missing keyring never
leaves a plaintext database behind.
"""

from __future__ import annotations

import logging

from kiosk.config import Settings
from offline_sync.engine import DEFAULT_BUSY_TIMEOUT_MS
from offline_sync.keys import DatabaseKeys
from offline_sync.store import LocalStore, ensure_data_dir, open_store

log = logging.getLogger(__name__)


def open_local_store(
    settings: Settings,
    *,
    keys: DatabaseKeys | None = None,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
) -> LocalStore:
    """Open this device's database, creating and migrating it as needed.

    Args:
        settings: where the data lives and whether to encrypt it.
        keys: the key store; by default the OS keyring.
        busy_timeout_ms: how long to wait for another program holding the database.

    Raises:
        StorageError: data folder unwritable, keyring unavailable, wrong key, locked, ...
    """
    path = settings.database_file
    ensure_data_dir(settings.data_dir)
    if path.parent != settings.data_dir:
        ensure_data_dir(path.parent)
    key: bytes | None = None
    if settings.encrypted:
        is_new = not path.exists() or path.stat().st_size == 0
        key = (keys or DatabaseKeys()).database_key(path, create=is_new)
    store = open_store(path, key=key, busy_timeout_ms=busy_timeout_ms)
    log.info(
        "local store open: %s (schema %s, %s)",
        path,
        store.schema_revision,
        "encrypted" if store.encrypted else "not encrypted",
    )
    return store
