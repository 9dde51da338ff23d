"""Melding categories and their questions, as central publishes them (Open311-style).

A category is a ``service_category`` record, reference data every device receives by
sync. Its ``questions`` follow Open311 GeoReport v2 service definition attributes
(``code``, ``datatype``, ``required``, ``description``, ``values`` with ``key`` and
``name``), except that every text is a mapping {language: text} so the kiosk can show it
in the citizen's language. The kiosk asks a ``singlevaluelist`` question with one big
button per value and a ``string``/``text`` question with a text field; other datatypes
are asked as text. Malformed entries are skipped with a log line, never a crash.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

log = logging.getLogger(__name__)

FALLBACK_LANGUAGES = ("nl-BE", "en", "fr-BE", "de-BE")
CHOICE = "singlevaluelist"


def localized(texts: Mapping[str, str], language: str) -> str:
    """The text for ``language``, else Dutch, English, French, German, else any."""
    for candidate in (language, *FALLBACK_LANGUAGES):
        value = texts.get(candidate)
        if value:
            return value
    return next((value for value in texts.values() if value), "")


@dataclass(frozen=True)
class Choice:
    """One value of a list question."""

    key: str
    names: Mapping[str, str]


@dataclass(frozen=True)
class CategoryQuestion:
    """A category-specific question (an Open311 attribute)."""

    code: str
    descriptions: Mapping[str, str]
    datatype: str = "string"
    required: bool = False
    choices: tuple[Choice, ...] = ()

    @property
    def is_choice(self) -> bool:
        return self.datatype == CHOICE and bool(self.choices)


@dataclass(frozen=True)
class Category:
    """A kind of melding the municipality handles (street lighting, litter, ...)."""

    category_id: str
    code: str
    labels: Mapping[str, str]
    questions: tuple[CategoryQuestion, ...] = ()


def _texts(value: Any) -> dict[str, str]:
    if isinstance(value, str):
        return {"nl-BE": value}
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items() if isinstance(v, str)}
    return {}


def parse_question(raw: Any) -> CategoryQuestion | None:
    """One Open311-style attribute, or None when it cannot be asked."""
    if not isinstance(raw, Mapping) or not isinstance(raw.get("code"), str):
        return None
    choices = tuple(
        Choice(str(v["key"]), _texts(v.get("name")))
        for v in raw.get("values") or ()
        if isinstance(v, Mapping) and v.get("key") is not None
    )
    return CategoryQuestion(
        code=raw["code"],
        descriptions=_texts(raw.get("description")),
        datatype=str(raw.get("datatype") or "string"),
        required=bool(raw.get("required")),
        choices=choices,
    )


def parse_category(category_id: str, code: str, labels: Any, questions: Any) -> Category:
    """A category from its record fields (JSON already decoded)."""
    parsed = []
    for raw in questions if isinstance(questions, list) else []:
        question = parse_question(raw)
        if question is None:
            log.warning("category %s: a question without a code was skipped", code)
        else:
            parsed.append(question)
    return Category(category_id, code, _texts(labels) or {"nl-BE": code}, tuple(parsed))


def _json(value: str | None) -> Any:
    if not value:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return None


def load_categories(connection: Connection) -> list[Category]:
    """The active categories in the local store, in code order."""
    rows = connection.execute(
        text(
            "SELECT id, code, labels, questions, active FROM service_category"
            " WHERE _deleted = 0 ORDER BY code"
        )
    ).all()
    return [
        parse_category(row[0], row[1], _json(row[2]), _json(row[3]))
        for row in rows
        if row[1] and row[4] not in (0, "0", "false", False)
    ]
