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
from functools import cached_property
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
"""Bumped only for incompatible changes of the HTTP exchange (paths carry ``/v1``)."""

SCHEMA_VERSION = 3
"""The version of the entity definitions below that this code writes into its ops.

3 added the kiosk and outreach entities (address to visit_request); ops of 2 need no upcast.
"""

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
    CENTRAL = "central"
    """No device: written by devices, read by central only (votes: ballot secrecy)."""


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
        return self.by_name.get(name)

    @cached_property
    def by_name(self) -> Mapping[str, FieldSpec]:
        """The field specs by name, worked out once (central looks up every pushed field)."""
        return {spec.name: spec for spec in reversed(self.fields)}  # the first of a name wins

    @cached_property
    def field_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.fields)

    @cached_property
    def required_names(self) -> tuple[str, ...]:
        """The fields a create must set."""
        return tuple(spec.name for spec in self.fields if spec.required)


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

TICKET_TRANSITIONS: Mapping[str, frozenset[str]] = {
    "waiting": frozenset({"called", "cancelled"}),
    "called": frozenset({"served", "no_show", "waiting"}),
    "served": frozenset(),
    "no_show": frozenset(),
    "cancelled": frozenset(),
}

APPOINTMENT_TRANSITIONS: Mapping[str, frozenset[str]] = {
    "booked": frozenset({"checked_in", "cancelled", "no_show"}),
    "checked_in": frozenset({"done", "no_show"}),
    "done": frozenset(),
    "cancelled": frozenset(),
    "no_show": frozenset(),
}

CERTIFICATE_REQUEST_TRANSITIONS: Mapping[str, frozenset[str]] = {
    "queued": frozenset({"issued", "refused"}),
    "issued": frozenset({"delivered"}),
    "delivered": frozenset(),
    "refused": frozenset(),
}

PROPOSAL_TRANSITIONS: Mapping[str, frozenset[str]] = {
    "submitted": frozenset({"published", "rejected"}),
    "published": frozenset({"closed"}),
    "rejected": frozenset(),
    "closed": frozenset(),
}

TASK_TRANSITIONS: Mapping[str, frozenset[str]] = {
    "open": frozenset({"done", "cancelled"}),
    "done": frozenset({"open"}),
    "cancelled": frozenset({"open"}),
}

REFERRAL_TRANSITIONS: Mapping[str, frozenset[str]] = {
    "proposed": frozenset({"sent", "cancelled"}),
    "sent": frozenset({"accepted", "declined", "cancelled"}),
    "accepted": frozenset({"completed", "cancelled"}),
    "declined": frozenset(),
    "completed": frozenset(),
    "cancelled": frozenset(),
}

DATA_SHARE_TRANSITIONS: Mapping[str, frozenset[str]] = {
    "active": frozenset({"revoked"}),
    "revoked": frozenset(),
}

VISIT_REQUEST_TRANSITIONS: Mapping[str, frozenset[str]] = {
    "requested": frozenset({"planned", "declined"}),
    "planned": frozenset(),
    "declined": frozenset(),
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
            # The municipality's address list (CRAB/Adressenregister subset) for melding search.
            "address",
            (
                FieldSpec("street", required=True),
                FieldSpec("number", required=True),
                FieldSpec("box"),
                FieldSpec("postcode", required=True),
                FieldSpec("municipality"),
            ),
            Scope.REFERENCE,
            device_writable=False,
        ),
        EntitySpec(
            # A queue ticket for a counter service; every kiosk sees the queue (no person).
            "ticket",
            (
                FieldSpec("service", _I, required=True),
                FieldSpec("number", _I, required=True),
                FieldSpec("issued_at", _I, required=True),
                FieldSpec("status", Policy.STATE_MACHINE, TICKET_TRANSITIONS, required=True),
                FieldSpec("called_at"),
                FieldSpec("desk"),
                FieldSpec("appointment_id", _I),
                FieldSpec("assisted_by", _I),
            ),
            Scope.REFERENCE,
        ),
        EntitySpec(
            # A bookable time published by central; ``booked`` is kept by central.
            "slot",
            (
                FieldSpec("service", required=True),
                FieldSpec("channel", required=True),  # counter, home_visit, video
                FieldSpec("starts_at", required=True),
                FieldSpec("ends_at", required=True),
                FieldSpec("capacity", required=True),
                FieldSpec("booked"),
            ),
            Scope.REFERENCE,
            device_writable=False,
        ),
        EntitySpec(
            "appointment",
            (
                FieldSpec("slot_id", _I),
                FieldSpec("service", _I, required=True),
                FieldSpec("channel", _I, required=True),
                FieldSpec("starts_at", _I, required=True),
                FieldSpec("booking_code", _I, required=True),
                FieldSpec("status", Policy.STATE_MACHINE, APPOINTMENT_TRANSITIONS, required=True),
                FieldSpec("checked_in_at"),
                FieldSpec("person_key", _I),
                FieldSpec("team_id"),
                FieldSpec("assisted_by", _I),
            ),
            Scope.PERSON,
        ),
        EntitySpec(
            # A certificate asked for while central could not be reached (or to be posted).
            "certificate_request",
            (
                FieldSpec("kind", _I, required=True),
                FieldSpec("language", _I, required=True),
                FieldSpec("with_history", _I),
                FieldSpec("delivery", _I, required=True),  # town_hall, post
                FieldSpec("requested_at", _I, required=True),
                FieldSpec(
                    "status",
                    Policy.STATE_MACHINE,
                    CERTIFICATE_REQUEST_TRANSITIONS,
                    required=True,
                ),
                FieldSpec("verification_code"),
                FieldSpec("person_key", _I, required=True),
                FieldSpec("team_id"),
                FieldSpec("assisted_by", _I),
            ),
            Scope.PERSON,
        ),
        EntitySpec(
            "poll",
            (
                FieldSpec("question", json=True, required=True),  # {language: text}
                FieldSpec("options", json=True, required=True),  # [{id, labels}]
                FieldSpec("opens_at", required=True),
                FieldSpec("closes_at", required=True),
            ),
            Scope.REFERENCE,
            device_writable=False,
        ),
        EntitySpec(
            # One per (poll, voter_key): the id is derived from both, so a second vote is
            # the same record and central refuses it. Never sent back to any device.
            "vote",
            (
                FieldSpec("poll_id", _I, required=True),
                FieldSpec("voter_key", _I, required=True),
                FieldSpec("choice", _I, required=True),
                FieldSpec("channel", _I, required=True),
                FieldSpec("assisted_by", _I),
            ),
            Scope.CENTRAL,
        ),
        EntitySpec(
            "proposal",
            (
                FieldSpec("title", _I, required=True),
                FieldSpec("text", _I, required=True),
                FieldSpec("submitted_at", _I, required=True),
                FieldSpec("status", Policy.STATE_MACHINE, PROPOSAL_TRANSITIONS, required=True),
                FieldSpec("channel", _I),
                FieldSpec("assisted_by", _I),
            ),
            Scope.REFERENCE,
        ),
        EntitySpec(
            # Toestemming: consent events; withdrawal is a field set once.
            "consent",
            (
                FieldSpec("person_id", _I, required=True),
                FieldSpec("purpose", _I, required=True),
                FieldSpec("method", _I, required=True),  # eid, signature, paper, legal_ground
                FieldSpec("given_at", _I, required=True),
                FieldSpec("expires_at", _I),
                FieldSpec("evidence", _I),  # sha256 of a drawn signature, or the form number
                FieldSpec("withdrawn_at"),
                FieldSpec("staff_id", _I),
                FieldSpec("team_id", _I),
            ),
            Scope.TEAM,
        ),
        EntitySpec(
            "task",
            (
                FieldSpec("person_id", _I),
                FieldSpec("visit_id", _I),
                FieldSpec("text", required=True),
                FieldSpec("due_date"),
                FieldSpec("status", Policy.STATE_MACHINE, TASK_TRANSITIONS, required=True),
                FieldSpec("assignee"),
                FieldSpec("team_id", required=True),
            ),
            Scope.TEAM,
        ),
        EntitySpec(
            "referral",
            (
                FieldSpec("person_id", _I, required=True),
                FieldSpec("visit_id", _I),
                FieldSpec("partner", _I, required=True),  # digipunt, ocmw, library, device_lending
                FieldSpec("reason"),
                FieldSpec("status", Policy.STATE_MACHINE, REFERRAL_TRANSITIONS, required=True),
                FieldSpec("outcome"),
                FieldSpec("team_id", required=True),
            ),
            Scope.TEAM,
        ),
        EntitySpec(
            # A temporary QR share of some of a citizen's data; central serves it while valid.
            "data_share",
            (
                FieldSpec("person_key", _I, required=True),
                FieldSpec("subset", _I, json=True, required=True),  # ["identity", "address", …]
                FieldSpec("token_sha256", _I, required=True),
                FieldSpec("created_at", _I, required=True),
                FieldSpec("expires_at", _I, required=True),
                FieldSpec("status", Policy.STATE_MACHINE, DATA_SHARE_TRANSITIONS, required=True),
            ),
            Scope.PERSON,
        ),
        EntitySpec(
            # Who opened whose data, and why; shown to the person in "my data".
            "access_log",
            (
                FieldSpec("person_key", _I),
                FieldSpec("person_id", _I),
                FieldSpec("actor", _I, required=True),
                FieldSpec("role", _I),
                FieldSpec("purpose", _I, required=True),
                FieldSpec("at", _I, required=True),
                FieldSpec("team_id", _I),
            ),
            Scope.PERSON,
        ),
        EntitySpec(
            # What a laptop needs to let its team's staff sign in offline (a slow hash).
            "staff_verifier",
            (
                FieldSpec("username", required=True),
                FieldSpec("display_name"),
                FieldSpec("role", required=True),
                FieldSpec("verifier", required=True),
                FieldSpec("revoked"),
                FieldSpec("team_id", required=True),
            ),
            Scope.TEAM,
            device_writable=False,
        ),
        EntitySpec(
            # A resident who asked for a home visit (the kiosk's 65+ offer); lands at a team.
            "visit_request",
            (
                FieldSpec("person_key", _I),
                FieldSpec("first_names"),
                FieldSpec("surname"),
                FieldSpec("street_and_number"),
                FieldSpec("zip"),
                FieldSpec("phone"),
                FieldSpec("reason", _I),
                FieldSpec("requested_at", _I, required=True),
                FieldSpec("status", Policy.STATE_MACHINE, VISIT_REQUEST_TRANSITIONS, required=True),
                FieldSpec("channel", _I),
                FieldSpec("team_id"),
                FieldSpec("assisted_by", _I),
            ),
            Scope.PERSON,
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


_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)
"""What `json.dumps` with these options builds on every call (central hashes every op)."""


def content_hash(op: Op) -> str:
    """What makes two pushes of the same op id "the same": everything but transport detail.

    The digest of the op without ``hlc`` as canonical JSON; central compares it with
    digests stored by older releases, so the text hashed must never change. An op parsed
    from JSON holds only JSON values, which are encoded as they are (``model_dump`` cost
    twice as much); anything else takes the ``model_dump(mode="json")`` path as always.
    """
    canonical = plain_canonical_json(op)
    if canonical is None:  # not JSON as it is (a date, a set, NaN): convert first
        body = op.model_dump(mode="json", exclude={"hlc"})
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return canonical_digest(canonical)


def plain_canonical_json(op: Op) -> str | None:
    """The text `content_hash` digests, for an op holding only JSON values; else ``None``.

    Central keeps this text (with ``hlc`` added, `with_hlc`) as the op's stored body, so
    each received op is encoded once, not once for the digest and once for the body.
    """
    body: dict[str, Any] = dict(op.__dict__)  # the field values (pydantic keeps them there)
    del body["hlc"]
    kind = body.pop("kind")  # an OpKind, which both write as its value
    plain = _plain(body)
    body["kind"] = kind
    if plain:
        try:  # the same text as `_CANONICAL`, a quarter of the cost (tests/offline_sync)
            return orjson.dumps(body, option=orjson.OPT_SORT_KEYS).decode()
        except orjson.JSONEncodeError:  # an integer past 64 bits, a lone surrogate
            pass
    try:
        return _CANONICAL.encode(body)
    except (TypeError, ValueError):
        return None


def _plain(value: Any) -> bool:
    """Whether ``value`` is JSON on which orjson writes exactly what `_CANONICAL` writes.

    Strings, integers, booleans, null, lists and string-keyed objects of them. Not floats:
    orjson writes ``1e-05`` as ``0.00001`` and NaN as ``null``; not the other types orjson
    writes but the json module refuses (dates, UUIDs, dataclasses). Scalars are checked
    in the loops, so only containers cost a call.
    """
    kind = type(value)
    if kind is dict:
        items = value.values()
        for key in value:
            if type(key) is not str:
                return False
    elif kind is list:
        items = value
    else:
        return kind is str or kind is int or kind is bool or value is None
    for item in items:
        kind = type(item)
        if kind is str or kind is int or kind is bool or item is None:
            continue
        if (kind is dict or kind is list) and _plain(item):
            continue
        return False
    return True


def canonical_digest(canonical: str) -> str:
    """`content_hash` of the op whose canonical JSON is ``canonical``."""
    return hashlib.sha256(canonical.encode()).hexdigest()


def with_hlc(canonical: str, hlc: str) -> str:
    """The op's canonical JSON with its ``hlc`` member added: the whole op, as JSON."""
    return f"{canonical[:-1]},{_CANONICAL.encode('hlc')}:{_CANONICAL.encode(hlc)}}}"


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


class PseudonymSecret(BaseModel):
    """``GET /v1/device/pseudonym-secret``: the municipality's key for person and voter keys."""

    model_config = _STRICT
    municipality_id: str
    secret: str = Field(
        pattern=r"^[0-9a-f]{64,}$", description="hex; keep it in the OS keyring, never log it"
    )


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
