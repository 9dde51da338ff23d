"""Open311 GeoReport v2 views of the melding categories (services list and definitions).

The categories are `service_category` records (`central.melding_reference`); here they
are shown the way GeoReport v2 clients expect (``service_code``, ``service_name``,
``metadata``, ``attributes`` with ``variable``, ``order`` and ``datatype_description``),
in one language chosen by the caller, with Dutch as the fallback.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Engine, select

from central import tables as t
from central.db import read_tx

_R = t.record.c
FALLBACK = ("nl-BE", "en", "fr-BE", "de-BE")


def _text(texts: Any, language: str) -> str:
    if isinstance(texts, str):
        return texts
    if not isinstance(texts, Mapping):
        return ""
    for candidate in (language, *FALLBACK):
        if texts.get(candidate):
            return str(texts[candidate])
    return next((str(v) for v in texts.values() if v), "")


def _categories(engine: Engine, municipality_id: str) -> list[dict[str, Any]]:
    with read_tx(engine) as conn:
        rows = conn.execute(
            select(_R.fields)
            .where(_R.municipality_id == municipality_id, _R.entity == "service_category")
            .where(_R.deleted.is_(False))
        ).all()
    found = [json.loads(row.fields) for row in rows]
    return sorted(
        (f for f in found if f.get("code") and f.get("active", True) is not False),
        key=lambda f: str(f["code"]),
    )


def services(engine: Engine, municipality_id: str, language: str) -> list[dict[str, Any]]:
    """``GET services``: one entry per active category."""
    return [
        {
            "service_code": f["code"],
            "service_name": _text(f.get("labels"), language),
            "description": _text(f.get("labels"), language),
            "metadata": bool(f.get("questions")),
            "type": "batch",
            "keywords": "",
            "group": "",
        }
        for f in _categories(engine, municipality_id)
    ]


def definition(
    engine: Engine, municipality_id: str, code: str, language: str
) -> dict[str, Any] | None:
    """``GET services/{code}``: the category's questions as attributes, or None."""
    for f in _categories(engine, municipality_id):
        if f["code"] != code:
            continue
        attributes = []
        for order, question in enumerate(f.get("questions") or [], start=1):
            if not isinstance(question, Mapping):
                continue
            description = _text(question.get("description"), language)
            attributes.append(
                {
                    "variable": True,
                    "code": str(question.get("code", "")),
                    "datatype": str(question.get("datatype") or "string"),
                    "required": bool(question.get("required")),
                    "datatype_description": "",
                    "order": order,
                    "description": description,
                    "values": [
                        {"key": str(v.get("key")), "name": _text(v.get("name"), language)}
                        for v in question.get("values") or []
                        if isinstance(v, Mapping)
                    ],
                }
            )
        return {"service_code": code, "attributes": attributes}
    return None
