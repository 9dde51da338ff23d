"""An op's content hash never changes: central compares it with digests stored long ago.

A device re-pushes an op whose answer it missed, possibly after central was upgraded;
if the digest of the same op changed, central would quarantine it as "same id, other
content". The digests below were computed by the first release's ``content_hash``.
"""

from __future__ import annotations

import datetime
import decimal
import hashlib
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offline_sync.protocol import Op, OpKind, content_hash

CREATE = Op(
    op_id="0190b4c2-5a1e-7c3d-8e4f-123456789abc",
    device_seq=7,
    entity="visit",
    entity_id="v-1",
    kind=OpKind.CREATE,
    fields={
        "person_id": "p1",
        "status": "planned",
        "notes": [{"id": "n1", "text": "één"}],
        "checklist": ["a"],
        "outcome": None,
        "planned_at": "2026-11-01T08:00:00",
    },
    schema_version=2,
    actor="staff-1",
    hlc="2026-11-26T10:00:00.000Z",
)
UPDATE = CREATE.model_copy(
    update={
        "kind": OpKind.UPDATE,
        "fields": {"status": "done", "score": 1.5},
        "old": {"status": "planned"},
        "base_versions": {"status": 3},
        "hlc": "other",
    }
)


def test_the_digests_of_stored_ops_stay_the_same() -> None:
    assert content_hash(CREATE) == (
        "c5f7902117d83213c84bfa7980f71fd791fe7e27b6b37f113205c6119000b67d"
    )
    assert content_hash(UPDATE) == (
        "4cd6c8786929f489d1a74df3ab3737af8d86a89234ae61f5ce40cfab87383c88"
    )


def test_transport_detail_does_not_count_but_content_does() -> None:
    assert content_hash(CREATE.model_copy(update={"hlc": "later"})) == content_hash(CREATE)
    reordered = CREATE.model_copy(update={"fields": dict(reversed(CREATE.fields.items()))})
    assert content_hash(reordered) == content_hash(CREATE)
    other = CREATE.model_copy(update={"fields": {**CREATE.fields, "status": "done"}})
    assert content_hash(other) != content_hash(CREATE)


@pytest.mark.parametrize(
    "value",
    [
        float("nan"),
        float("inf"),
        [float("-inf")],
        (1, 2),
        {1, 2},
        decimal.Decimal("1.5"),
        datetime.date(2026, 1, 1),
        2**70,
        1e16,
        "é\u2028\x00",
    ],
)
def test_values_json_holds_only_after_conversion_hash_as_they_always_did(value: Any) -> None:
    op = UPDATE.model_copy(update={"fields": {"score": value}})
    body = op.model_dump(mode="json", exclude={"hlc"})
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert content_hash(op) == hashlib.sha256(canonical.encode()).hexdigest()


_JSON_TEXT = st.text(st.characters(codec="utf-8"), max_size=12)  # controls, U+2028, astral
_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | _JSON_TEXT
    | st.floats(allow_nan=True, allow_infinity=True),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_JSON_TEXT, inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(
    fields=st.dictionaries(_JSON_TEXT, _JSON, max_size=5),
    old=st.dictionaries(_JSON_TEXT, _JSON, max_size=3),
)
def test_the_fast_encoding_hashes_every_value_as_the_json_module_does(
    fields: dict[str, Any], old: dict[str, Any]
) -> None:
    """Central encodes plain ops with orjson; the digest must be the json module's."""
    op = UPDATE.model_copy(update={"fields": fields, "old": old})
    body = op.model_dump(mode="json", exclude={"hlc"})
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert content_hash(op) == hashlib.sha256(canonical.encode()).hexdigest()
