"""Per-field merge of one device op into the server's current record (pure functions).

Each field follows its `Policy` from the protocol. A field's version is the feed position
that last set it (0: never set); a device sends the version it based its edit on. The
result says which fields change and which wait for a person (both values kept).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from offline_sync.protocol import EntitySpec, FieldSpec, Op, Policy


class InvalidOp(ValueError):
    """The op cannot be applied as sent; it goes to quarantine with this reason."""


@dataclass
class MergeOutcome:
    """What an op does to a record: new values, and fields in conflict (server, device)."""

    changes: dict[str, Any] = field(default_factory=dict)
    conflicts: list[tuple[str, Any, Any]] = field(default_factory=list)


Decoder = Callable[[Any], Any]


def identity(value: Any) -> Any:
    """The decoder of a field whose wire value is its value (callers skip calling it)."""
    return value


_DECODERS: dict[int, tuple[FieldSpec, Decoder]] = {}


def field_decoder(spec: FieldSpec) -> Decoder:
    """The decoding of one field's values, its checks worked out once (a push decodes every field).

    JSON fields may travel as JSON text (as devices store them) or as JSON values.
    """
    entry = _DECODERS.get(id(spec))
    if entry is None or entry[0] is not spec:
        entry = (spec, _make_decoder(spec))
        _DECODERS[id(spec)] = entry
    return entry[1]


def _make_decoder(spec: FieldSpec) -> Decoder:
    is_json = spec.is_json
    is_list = spec.policy in (Policy.APPEND_ONLY, Policy.SET_MERGE)
    states = spec.transitions if spec.policy is Policy.STATE_MACHINE else None
    if not is_json and not is_list and states is None:
        return identity

    def decode(value: Any) -> Any:
        if is_json and isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError as exc:
                raise InvalidOp(f"field {spec.name!r} is not valid JSON") from exc
        if is_list and value is not None and not isinstance(value, list):
            raise InvalidOp(f"field {spec.name!r} must be a JSON list")
        if states is not None and value not in states:
            raise InvalidOp(f"{value!r} is not a known state of {spec.name!r}")
        return value

    return decode


_DECODER_MAPS: dict[int, tuple[EntitySpec, dict[str, Decoder]]] = {}


def field_decoders(spec: EntitySpec) -> Mapping[str, Decoder]:
    """`field_decoder` of each of ``spec``'s fields, by name (as `EntitySpec.by_name`)."""
    entry = _DECODER_MAPS.get(id(spec))
    if entry is None or entry[0] is not spec:
        entry = (spec, {name: field_decoder(f) for name, f in spec.by_name.items()})
        _DECODER_MAPS[id(spec)] = entry
    return entry[1]


def item_key(item: Any) -> str:
    """Identity of a list item: its "id" when it has one, else its canonical JSON."""
    if isinstance(item, dict) and "id" in item:
        ident = item["id"]
        if isinstance(ident, str):  # the usual case, without json.dumps (JSON never starts "s")
            return "id:s" + ident
        return "id:" + json.dumps(ident, sort_keys=True)
    if isinstance(item, str):
        return "v:s" + item
    return "v:" + json.dumps(item, sort_keys=True, separators=(",", ":"))


def _keys(items: list[Any] | None) -> set[str]:
    return {item_key(i) for i in items or []}


def append_union(current: list[Any] | None, new: list[Any], old: list[Any] | None) -> list[Any]:
    """The items the device appended (``new`` minus ``old``) added to the server list."""
    result = list(current or [])
    seen = _keys(result)
    old_keys = _keys(old)
    for item in new or []:
        key = item_key(item)
        if key not in old_keys and key not in seen:
            result.append(item)
            seen.add(key)
    return result


def set_merge(current: list[Any] | None, new: list[Any], old: list[Any] | None) -> list[Any]:
    """The device's adds and removes (against its own ``old``) applied to the server set."""
    new_keys, old_keys = _keys(new), _keys(old)
    removes = old_keys - new_keys
    result = [i for i in current or [] if item_key(i) not in removes]
    seen = _keys(result)
    for item in new or []:
        key = item_key(item)
        if key not in old_keys and key not in seen:
            result.append(item)
            seen.add(key)
    return result


_LIST_POLICIES = (Policy.APPEND_ONLY, Policy.SET_MERGE)


def _added(new: list[Any] | None, old: list[Any] | None) -> list[Any]:
    """`append_union` and `set_merge` onto an empty server list: they agree there."""
    result: list[Any] = []
    seen = _keys(old) if old else set()
    for item in new or []:
        key = item_key(item)
        if key not in seen:
            result.append(item)
            seen.add(key)
    return result


def merge(  # noqa: PLR0912, PLR0917 - one branch per policy
    spec: EntitySpec,
    current: Mapping[str, Any],
    versions: Mapping[str, int],
    op: Op,
    fields: Mapping[str, Any],
    old: Mapping[str, Any],
) -> MergeOutcome:
    """Merge ``fields`` (decoded) of ``op`` into ``current``; disjoint fields always merge."""
    out = MergeOutcome()
    specs = spec.by_name
    if not current:  # a new record (most of a push): every field is set, lists deduplicated
        changes = out.changes
        for name, value in fields.items():
            if specs[name].policy in _LIST_POLICIES:
                changes[name] = _added(value, old.get(name))
            else:
                changes[name] = value
        return out
    for name, value in fields.items():
        fspec = specs.get(name)
        assert fspec is not None  # validated by the caller
        have = name in current and versions.get(name, 0) > 0
        server = current.get(name)
        policy = fspec.policy
        if server is None and policy in _LIST_POLICIES:  # a new record's list, say
            merged = _added(value, old.get(name))
            if merged or not have:
                out.changes[name] = merged
        elif policy is Policy.APPEND_ONLY:
            merged = append_union(server, value, old.get(name))
            if merged != (server or []) or not have:
                out.changes[name] = merged
        elif policy is Policy.SET_MERGE:
            merged = set_merge(server, value, old.get(name))
            if merged != (server or []) or not have:
                out.changes[name] = merged
        elif not have:
            out.changes[name] = value
        elif server == value:
            continue
        elif policy is Policy.STATE_MACHINE:
            if value in fspec.transitions.get(str(server), frozenset()):
                out.changes[name] = value
            else:
                out.conflicts.append((name, server, value))
        elif policy is Policy.IMMUTABLE:
            out.conflicts.append((name, server, value))
        elif op.base_versions.get(name, 0) == versions.get(name, 0):
            out.changes[name] = value
        else:
            out.conflicts.append((name, server, value))
    return out
