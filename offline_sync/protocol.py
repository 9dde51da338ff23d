"""The sync protocol shared by devices and the central service: wire models and entity rules.

This is the only part of `offline_sync` that `central` imports (an import-linter contract
checks it), so it holds nothing but data shapes and the per-field merge rules both sides
must agree on. Version numbers here are the contract with devices in the field: a server
must accept every ``SCHEMA_VERSION`` it may still meet and upcast older ops.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
"""Bumped only for incompatible changes of the HTTP exchange (paths carry ``/v1``)."""

SCHEMA_VERSION = 2
"""The version of the entity definitions below that this code writes into its ops."""

OLDEST_SCHEMA_VERSION = 1
"""The oldest op schema a server still upcasts; older ops are quarantined, never dropped."""

MAX_OPS_PER_PUSH = 500
MAX_CHANGES_PER_PULL = 2000


class Policy(StrEnum):
    """How concurrent edits of one field are merged (see ``sync.md``)."""

    SURFACE = "surface"
    """Default for data about a person: a concurrent edit keeps both values for a person."""
    APPEND_ONLY = "append_only"
    """A JSON list that only grows (notes, history, consent events): union by item id."""
    SET_MERGE = "set_merge"
    """A JSON list used as a set (checklists): adds and removes of each side both apply."""
    STATE_MACHINE = "state_machine"
    """A status: a change applies when it is a valid transition from the current state."""
    IMMUTABLE = "immutable"
    """Set on create, never changed afterwards (who, when, which person)."""


class Scope(StrEnum):
    """Which devices receive an entity's records."""

    REFERENCE = "reference"
    """Every device of the municipality (categories, addresses, slots, polls)."""
    TEAM = "team"
    """Outreach laptops of the record's team (caseload)."""
    PERSON = "person"
    """The record's team if it has one, and a kiosk on demand while that person is there."""


@dataclass(frozen=True)
class FieldSpec:
    """One synced field and its merge policy."""

    name: str
    policy: Policy = Policy.SURFACE
    transitions: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """For ``STATE_MACHINE``: state -> states it may move to."""
    required: bool = False
    json: bool = False
    """Stored as JSON text on devices (lists and objects); always so for list policies."""

    @property
    def is_json(self) -> bool:
        return self.json or self.policy in (Policy.APPEND_ONLY, Policy.SET_MERGE)


@dataclass(frozen=True)
class EntitySpec:
    """A syncable entity: its fields, who receives it, and whether devices may write it."""

    name: str
    fields: tuple[FieldSpec, ...]
    scope: Scope
    device_writable: bool = True

    def field(self, name: str) -> FieldSpec | None:
        """The spec of field ``name``, or ``None`` for a field this version does not know."""
        for spec in self.fields:
            if spec.name == name:
                return spec
        return None

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.fields)


# OSLO MeldingStatuswaarde codes (see product.md) and the moves a back office makes.
MELDING_TRANSITIONS: Mapping[str, frozenset[str]] = {
    "511": frozenset({"557", "496", "475", "751", "733", "250"}),  # Ingediend
    "557": frozenset({"496", "133", "475", "250", "733"}),  # Toegewezen aan
    "496": frozenset({"557", "133", "475", "250", "733"}),  # In onderzoek
    "133": frozenset({"250", "647", "956", "138"}),  # Opgelost
    "475": frozenset({"647", "250", "138"}),  # Afgewezen
    "751": frozenset({"647", "138"}),  # Onontvankelijk
    "250": frozenset({"647", "138"}),  # Gesloten
    "647": frozenset({"557", "496", "475", "250", "733"}),  # Heringediend
    "733": frozenset({"138"}),  # Ingetrokken
    "956": frozenset({"138"}),  # Afgerond
    "138": frozenset(),  # Definitief gesloten
}

QUESTION_TRANSITIONS: Mapping[str, frozenset[str]] = {
    "open": frozenset({"answered", "closed"}),
    "answered": frozenset({"open", "closed"}),
    "closed": frozenset(),
}

VISIT_TRANSITIONS: Mapping[str, frozenset[str]] = {
    "planned": frozenset({"in_progress", "done", "cancelled"}),
    "in_progress": frozenset({"done", "cancelled"}),
    "done": frozenset(),
    "cancelled": frozenset({"planned"}),
}

_S = Policy.SURFACE
_A = Policy.APPEND_ONLY
_I = Policy.IMMUTABLE

ENTITIES: Mapping[str, EntitySpec] = {
    spec.name: spec
    for spec in (
        EntitySpec(
            "person",
            (
                FieldSpec("person_key", _I),
                FieldSpec("first_names"),
                FieldSpec("surname"),
                FieldSpec("birth_date"),
                FieldSpec("street_and_number"),
                FieldSpec("zip"),
                FieldSpec("municipality"),
                FieldSpec("phone"),
                FieldSpec("language"),
                FieldSpec("team_id"),
            ),
            Scope.PERSON,
        ),
        EntitySpec(
            "melding",
            (
                FieldSpec("reference", _I, required=True),
                FieldSpec("category", required=True),
                FieldSpec("answers", json=True),
                FieldSpec("address", json=True),
                FieldSpec("description"),
                FieldSpec("status", Policy.STATE_MACHINE, MELDING_TRANSITIONS, required=True),
                FieldSpec("status_history", _A),
                FieldSpec("attachments", _A),
                FieldSpec("person_key", _I),
                FieldSpec("team_id"),
                FieldSpec("channel", _I),
                FieldSpec("assisted_by", _I),
            ),
            Scope.PERSON,
        ),
        EntitySpec(
            "question",
            (
                FieldSpec("text", _I, required=True),
                FieldSpec("thread", _A),
                FieldSpec("answer"),
                FieldSpec("status", Policy.STATE_MACHINE, QUESTION_TRANSITIONS, required=True),
                FieldSpec("open_until", _I),
                FieldSpec("person_key", _I),
                FieldSpec("team_id"),
                FieldSpec("assisted_by", _I),
            ),
            Scope.PERSON,
        ),
        EntitySpec(
            "visit",
            (
                FieldSpec("person_id", _I, required=True),
                FieldSpec("planned_at"),
                FieldSpec("staff_id"),
                FieldSpec("status", Policy.STATE_MACHINE, VISIT_TRANSITIONS, required=True),
                FieldSpec("checklist", Policy.SET_MERGE),
                FieldSpec("notes", _A),
                FieldSpec("outcome"),
                FieldSpec("team_id", required=True),
            ),
            Scope.TEAM,
        ),
        EntitySpec(
            "contact_moment",
            (
                FieldSpec("person_id", _I),
                FieldSpec("channel", _I, required=True),
                FieldSpec("topic", _I),
                FieldSpec("outcome", _I),
                FieldSpec("at", _I),
                FieldSpec("team_id", _I),
                FieldSpec("assisted_by", _I),
            ),
            Scope.TEAM,
        ),
        EntitySpec(
            "service_category",
            (
                FieldSpec("code", _I, required=True),
                FieldSpec("labels", json=True),
                FieldSpec("questions", json=True),
                FieldSpec("active"),
            ),
            Scope.REFERENCE,
            device_writable=False,
        ),
        EntitySpec(
            # Written by central when a field needs a person; resolved by a RESOLVE op on
            # the record itself. Follows the record's team_id / person_key.
            "sync_conflict",
            (
                FieldSpec("entity", _I),
                FieldSpec("entity_id", _I),
                FieldSpec("field", _I),
                FieldSpec("server_value", _I, json=True),
                FieldSpec("device_value", _I, json=True),
                FieldSpec("op_id", _I),
                FieldSpec("resolved"),
                FieldSpec("team_id", _I),
                FieldSpec("person_key", _I),
            ),
            Scope.PERSON,
            device_writable=False,
        ),
    )
}

SCOPE_FIELDS = ("team_id", "person_key")
"""Fields the server reads to decide which devices receive a record."""


def upcast_op(op: Op) -> Op:
    """Bring an op written by an older device schema to ``SCHEMA_VERSION``.

    Schema 1 (the first field release) called a melding's ``address`` ``location``.
    """
    if op.schema_version == 1 and op.entity == "melding":
        renamed = {("address" if k == "location" else k): v for k, v in op.fields.items()}
        old = {("address" if k == "location" else k): v for k, v in op.old.items()}
        bases = {("address" if k == "location" else k): v for k, v in op.base_versions.items()}
        return op.model_copy(
            update={
                "fields": renamed,
                "old": old,
                "base_versions": bases,
                "schema_version": SCHEMA_VERSION,
            }
        )
    return op.model_copy(update={"schema_version": SCHEMA_VERSION})


def new_id() -> str:
    """A UUIDv7 (RFC 9562): time-ordered, so client-made ids index well on every side."""
    millis = time.time_ns() // 1_000_000
    raw = bytearray(millis.to_bytes(6, "big") + os.urandom(10))
    raw[6] = (raw[6] & 0x0F) | 0x70
    raw[8] = (raw[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(raw)))


def content_hash(op: Op) -> str:
    """What makes two pushes of the same op id "the same": everything but transport detail."""
    body = op.model_dump(mode="json", exclude={"hlc"})
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


# ---------------------------------------------------------------- wire models

_STRICT = ConfigDict(extra="forbid", frozen=True)


class OpKind(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESOLVE = "resolve"


class OpStatus(StrEnum):
    ACCEPTED = "accepted"
    """Applied (possibly merged with concurrent edits)."""
    DUPLICATE = "duplicate"
    """Seen before with the same content; the first result stands."""
    CONFLICT = "conflict"
    """Stored; at least one field waits for a person (both values kept)."""
    HELD = "held"
    """Stored; waits for an earlier op of the same device that has not arrived yet."""
    QUARANTINED = "quarantined"
    """Stored but not applied (invalid, or same id with other content); staff can see it."""


class ErrorBody(BaseModel):
    """Every error response of the service has this body."""

    model_config = _STRICT
    code: str = Field(description="stable machine-readable reason, e.g. 'device_revoked'")
    message: str = Field(description="one sentence a person can act on (English)")


class EnrollRequest(BaseModel):
    model_config = _STRICT
    code: str = Field(min_length=6, max_length=64)
    device_name: str = Field(min_length=1, max_length=120)


class EnrollResponse(BaseModel):
    model_config = _STRICT
    device_id: str
    token: str = Field(description="bearer credential; shown once, keep it in the OS keyring")
    municipality_id: str
    role: Literal["kiosk", "outreach"]
    team_id: str | None


class Op(BaseModel):
    """One committed local change, exactly as the device's outbox holds it."""

    model_config = _STRICT
    op_id: str = Field(min_length=36, max_length=36, description="idempotency key (UUID)")
    device_seq: int = Field(ge=1, le=2**63 - 1, description="contiguous per device, from 1")
    entity: str
    entity_id: str = Field(min_length=1, max_length=64)
    kind: OpKind
    fields: dict[str, Any] = Field(default_factory=dict, description="changed fields, new values")
    old: dict[str, Any] = Field(default_factory=dict, description="the same fields before")
    base_versions: dict[str, int] = Field(default_factory=dict)
    schema_version: int = Field(ge=1)
    actor: str = Field(max_length=120, description="staff id, or 'citizen' at a kiosk")
    hlc: str = Field(default="", max_length=40, description="display and tie-break only")


class PushRequest(BaseModel):
    model_config = _STRICT
    ops: list[Op] = Field(max_length=MAX_OPS_PER_PUSH)


class FieldConflict(BaseModel):
    model_config = _STRICT
    conflict_id: str
    field: str
    server_value: Any
    device_value: Any


class OpResult(BaseModel):
    model_config = _STRICT
    op_id: str
    status: OpStatus
    reason: str | None = None
    conflicts: list[FieldConflict] = Field(default_factory=list)


class PushResponse(BaseModel):
    model_config = _STRICT
    results: list[OpResult]


class Change(BaseModel):
    """The current state of one record at a feed position (the feed is compacted)."""

    model_config = _STRICT
    position: int
    entity: str
    entity_id: str
    fields: dict[str, Any]
    versions: dict[str, int]
    deleted: bool = False
    in_scope: bool = Field(default=True, description="false: drop the local copy only")


class DeviceStatus(BaseModel):
    """``GET /v1/sync/status``: what the server knows about the calling device."""

    model_config = _STRICT
    device_id: str
    municipality_id: str
    role: Literal["kiosk", "outreach"]
    team_id: str | None
    last_device_seq: int = Field(description="highest device_seq applied without a gap")
    held_ops: int = Field(description="ops stored but waiting for an earlier device_seq")
    server_position: int = Field(description="last committed feed position")
    cursor: str = Field(description="a cursor at server_position (for comparison only)")
    clock_skew_s: float | None = Field(
        default=None,
        description="device clock minus server clock, from X-Device-Time (flagged, not used)",
    )


class ChangesResponse(BaseModel):
    model_config = _STRICT
    changes: list[Change]
    cursor: str = Field(description="opaque; send it back as 'after' for the next batch")
    has_more: bool


# ---------------------------------------------------------------- attachments

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
"""Default size limit of one attachment (a photo of a melding, a signature, a scan)."""

ATTACHMENT_CHUNK_BYTES = 256 * 1024
"""Devices upload attachments in chunks of this size; central accepts up to 4 times it."""

ATTACHMENT_TYPES = frozenset({"image/jpeg", "image/png", "application/pdf"})
"""Content types central stores; anything else is refused before a byte is kept."""

SHA256_PATTERN = r"^[0-9a-f]{64}$"


class AttachmentStatus(BaseModel):
    """How much of an attachment central holds, so an upload resumes where it stopped.

    Attachments are addressed by the SHA-256 of their content (lowercase hex); an op refers
    to one as ``{"sha256", "content_type", "size"}`` in a JSON list field (``attachments``).
    """

    model_config = _STRICT
    sha256: str
    received: int = Field(ge=0, description="bytes stored so far, from the start; resume here")
    size: int | None = Field(default=None, description="total size; null before the first chunk")
    content_type: str | None = None
    complete: bool = Field(description="all bytes arrived and their SHA-256 matched")
