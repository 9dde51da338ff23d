"""Small facts about this installation in the ``device_state`` table (text values).

Enrollment (central URL, device id, role), the last successful sync and the last error
live here so that every process (the app, ``fygitaal sync status``) sees the same.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, text

CENTRAL_URL = "central_url"
DEVICE_ID = "device_id"
DEVICE_NAME = "device_name"
MUNICIPALITY_ID = "municipality_id"
ROLE = "device_role"
TEAM_ID = "team_id"
REVOKED = "revoked"
LAST_SUCCESS = "last_sync_success"
LAST_ERROR = "last_sync_error"
CLOCK_SKEW = "clock_skew_s"  # this device's clock minus central's, as central last saw it


def get_state(connection: Connection, key: str) -> str | None:
    row = connection.execute(
        text("SELECT value FROM device_state WHERE key = :key"), {"key": key}
    ).first()
    return None if row is None else str(row[0])


def set_state(connection: Connection, key: str, value: str) -> None:
    connection.execute(
        text(
            "INSERT INTO device_state (key, value, updated_at) VALUES (:k, :v, :t)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
            " updated_at = excluded.updated_at"
        ),
        {"k": key, "v": value, "t": now_text()},
    )


def delete_state(connection: Connection, key: str) -> None:
    connection.execute(text("DELETE FROM device_state WHERE key = :key"), {"key": key})


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
