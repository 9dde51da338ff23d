"""Record tables of the kiosk and outreach services (protocol schema 3).

Same shape and triggers as 0003 (its helpers are reused: they are frozen with it), field
lists copied here on purpose so that this migration never changes with ``protocol.py``.
Ops written from now on say schema 3.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import importlib

from alembic import op

from offline_sync.errors import DowngradeRefused

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SCHEMA_VERSION = 3

_records = importlib.import_module("offline_sync.migrations.versions.0003_sync_records")

# entity -> (device writable, ((field, stored as JSON text), ...)); frozen copy of protocol.
ENTITIES: dict[str, tuple[bool, tuple[tuple[str, bool], ...]]] = {
    "address": (
        False,
        (
            ("street", False),
            ("number", False),
            ("box", False),
            ("postcode", False),
            ("municipality", False),
        ),
    ),
    "ticket": (
        True,
        (
            ("service", False),
            ("number", False),
            ("issued_at", False),
            ("status", False),
            ("called_at", False),
            ("desk", False),
            ("appointment_id", False),
            ("assisted_by", False),
        ),
    ),
    "slot": (
        False,
        (
            ("service", False),
            ("channel", False),
            ("starts_at", False),
            ("ends_at", False),
            ("capacity", False),
            ("booked", False),
        ),
    ),
    "appointment": (
        True,
        (
            ("slot_id", False),
            ("service", False),
            ("channel", False),
            ("starts_at", False),
            ("booking_code", False),
            ("status", False),
            ("checked_in_at", False),
            ("person_key", False),
            ("team_id", False),
            ("assisted_by", False),
        ),
    ),
    "certificate_request": (
        True,
        (
            ("kind", False),
            ("language", False),
            ("with_history", False),
            ("delivery", False),
            ("requested_at", False),
            ("status", False),
            ("verification_code", False),
            ("person_key", False),
            ("team_id", False),
            ("assisted_by", False),
        ),
    ),
    "poll": (
        False,
        (
            ("question", True),
            ("options", True),
            ("opens_at", False),
            ("closes_at", False),
        ),
    ),
    "vote": (
        True,
        (
            ("poll_id", False),
            ("voter_key", False),
            ("choice", False),
            ("channel", False),
            ("assisted_by", False),
        ),
    ),
    "proposal": (
        True,
        (
            ("title", False),
            ("text", False),
            ("submitted_at", False),
            ("status", False),
            ("channel", False),
            ("assisted_by", False),
        ),
    ),
    "consent": (
        True,
        (
            ("person_id", False),
            ("purpose", False),
            ("method", False),
            ("given_at", False),
            ("expires_at", False),
            ("evidence", False),
            ("withdrawn_at", False),
            ("staff_id", False),
            ("team_id", False),
        ),
    ),
    "task": (
        True,
        (
            ("person_id", False),
            ("visit_id", False),
            ("text", False),
            ("due_date", False),
            ("status", False),
            ("assignee", False),
            ("team_id", False),
        ),
    ),
    "referral": (
        True,
        (
            ("person_id", False),
            ("visit_id", False),
            ("partner", False),
            ("reason", False),
            ("status", False),
            ("outcome", False),
            ("team_id", False),
        ),
    ),
    "data_share": (
        True,
        (
            ("person_key", False),
            ("subset", True),
            ("token_sha256", False),
            ("created_at", False),
            ("expires_at", False),
            ("status", False),
        ),
    ),
    "access_log": (
        True,
        (
            ("person_key", False),
            ("person_id", False),
            ("actor", False),
            ("role", False),
            ("purpose", False),
            ("at", False),
            ("team_id", False),
        ),
    ),
    "staff_verifier": (
        False,
        (
            ("username", False),
            ("display_name", False),
            ("role", False),
            ("verifier", False),
            ("revoked", False),
            ("team_id", False),
        ),
    ),
    "visit_request": (
        True,
        (
            ("person_key", False),
            ("first_names", False),
            ("surname", False),
            ("street_and_number", False),
            ("zip", False),
            ("phone", False),
            ("reason", False),
            ("requested_at", False),
            ("status", False),
            ("channel", False),
            ("team_id", False),
            ("assisted_by", False),
        ),
    ),
}

# Lookups the services make on every screen: by person, by team, by parent record.
INDEXES = (
    "CREATE INDEX ix_address_postcode_street ON address (postcode, street)",
    "CREATE INDEX ix_ticket_status ON ticket (status, service)",
    "CREATE INDEX ix_slot_starts ON slot (starts_at)",
    "CREATE INDEX ix_appointment_person ON appointment (person_key)",
    "CREATE INDEX ix_appointment_code ON appointment (booking_code)",
    "CREATE INDEX ix_certificate_request_person ON certificate_request (person_key)",
    "CREATE INDEX ix_consent_person ON consent (person_id)",
    "CREATE INDEX ix_task_person ON task (person_id)",
    "CREATE INDEX ix_referral_person ON referral (person_id)",
    "CREATE INDEX ix_data_share_person ON data_share (person_key)",
    "CREATE INDEX ix_access_log_person ON access_log (person_key)",
    "CREATE INDEX ix_access_log_person_id ON access_log (person_id)",
    "CREATE INDEX ix_staff_verifier_username ON staff_verifier (username)",
)


def upgrade() -> None:
    for entity, (writable, fields) in ENTITIES.items():
        op.execute(_records._table(entity, fields))
        triggers = (
            _records._writable_triggers(entity, fields)
            if writable
            else _records._read_only_triggers(entity)
        )
        for statement in triggers:
            op.execute(statement)
    for statement in INDEXES:
        op.execute(statement)
    op.execute(f"UPDATE sync_session SET schema_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    raise DowngradeRefused("device migrations are forward-only")
