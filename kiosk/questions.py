"""Questions to the municipality: asked at the kiosk, open 30 days, supplemented, answered.

A question is written locally (actor ``citizen``) and synced; the back office answers it
(``answer`` set, status ``answered``, an entry appended to ``thread``) and the answer
reaches the citizen's next visit by the kiosk's person-scoped pull. A supplement is one
more ``thread`` entry: the list only grows and is merged by entry id on central, so a
supplement and an answer written at the same time both survive.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, text

from kiosk.citizen import CITIZEN, actor_for
from kiosk.references import QUESTION_PREFIX, parse_reference, reference_for
from offline_sync.engine import BEGIN_OPTION
from offline_sync.outbox import set_actor
from offline_sync.protocol import new_id

log = logging.getLogger(__name__)

OPEN_DAYS = 30
MAX_TEXT = 1000
OPEN, ANSWERED, CLOSED = "open", "answered", "closed"


class QuestionClosed(ValueError):
    """The question is closed or past its 30 days: no supplement any more."""


@dataclass(frozen=True)
class ThreadEntry:
    """One message under the question: the citizen's supplement or the back office's reply."""

    by_citizen: bool
    text: str
    at: str


@dataclass(frozen=True)
class QuestionView:
    """A question as the citizen sees it."""

    question_id: str
    reference: str
    text: str
    status: str
    answer: str
    open_until: str
    thread: tuple[ThreadEntry, ...] = ()

    def can_supplement(self, today: date | None = None) -> bool:
        """Open (or answered) and within its 30 days."""
        today = today or datetime.now(UTC).date()
        return self.status != CLOSED and (
            not self.open_until or self.open_until >= today.isoformat()
        )

    @property
    def answered(self) -> bool:
        return bool(self.answer) or self.status == ANSWERED


def ask_question(
    engine: Engine,
    question: str,
    *,
    person_key: str | None = None,
    assisted_by: str | None = None,
    today: date | None = None,
) -> QuestionView:
    """Store a new question locally; returns it with its reference (also offline).

    Raises:
        ValueError: the question is empty.
    """
    body = question.strip()[:MAX_TEXT]
    if not body:
        raise ValueError("a question needs a text")
    question_id = new_id()
    open_until = ((today or datetime.now(UTC).date()) + timedelta(days=OPEN_DAYS)).isoformat()
    with engine.begin() as connection:
        set_actor(connection, actor_for(assisted_by))
        connection.execute(
            text(
                "INSERT INTO question (id, text, thread, status, open_until, person_key,"
                " assisted_by) VALUES (:id, :text, '[]', :status, :until, :key, :assisted)"
            ),
            {
                "id": question_id,
                "text": body,
                "status": OPEN,
                "until": open_until,
                "key": person_key,
                "assisted": assisted_by,
            },
        )
    reference = reference_for(question_id, QUESTION_PREFIX)
    log.info("question %s asked", reference)
    return QuestionView(question_id, reference, body, OPEN, "", open_until)


def add_supplement(
    engine: Engine, question_id: str, supplement: str, *, today: date | None = None
) -> None:
    """Append the citizen's supplement to the question's thread.

    Raises:
        ValueError: the supplement is empty.
        QuestionClosed: the question is closed or past its 30 days, or not held here.
    """
    body = supplement.strip()[:MAX_TEXT]
    if not body:
        raise ValueError("a supplement needs a text")
    entry = {"id": new_id(), "by": CITIZEN, "text": body, "at": _now()}
    # read and write in one IMMEDIATE transaction: a deferred one that read first fails
    # with "database is locked" when the sync loop writes meanwhile
    immediate = engine.connect().execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
    with immediate as connection, connection.begin():
        set_actor(connection, CITIZEN)
        view = _get(connection, question_id)
        if view is None or not view.can_supplement(today):
            raise QuestionClosed("this question can no longer be supplemented")
        connection.execute(
            text(
                "UPDATE question SET thread = json_insert(coalesce(thread, '[]'), '$[#]',"
                " json(:entry)) WHERE id = :id"
            ),
            {"entry": json.dumps(entry), "id": question_id},
        )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_COLUMNS = "id, text, status, answer, open_until, thread"


def view_from_fields(question_id: str, fields: Mapping[str, Any]) -> QuestionView:
    """A `QuestionView` from a question's fields (JSON decoded or not)."""
    thread = fields.get("thread")
    if isinstance(thread, str):
        try:
            thread = json.loads(thread)
        except ValueError:
            thread = []
    entries = sorted(
        (e for e in thread if isinstance(e, Mapping)) if isinstance(thread, list) else (),
        key=lambda e: str(e.get("at", "")),
    )
    return QuestionView(
        question_id=question_id,
        reference=reference_for(question_id, QUESTION_PREFIX),
        text=str(fields.get("text") or ""),
        status=str(fields.get("status") or OPEN),
        answer=str(fields.get("answer") or ""),
        open_until=str(fields.get("open_until") or ""),
        thread=tuple(
            ThreadEntry(e.get("by") == CITIZEN, str(e.get("text", "")), str(e.get("at", "")))
            for e in entries
        ),
    )


def _view(row: Any) -> QuestionView:
    return view_from_fields(
        row[0],
        {
            "text": row[1],
            "status": row[2],
            "answer": row[3],
            "open_until": row[4],
            "thread": row[5],
        },
    )


def _get(connection: Connection, question_id: str) -> QuestionView | None:
    row = connection.execute(
        text(f"SELECT {_COLUMNS} FROM question WHERE id = :id AND _deleted = 0"),  # noqa: S608
        {"id": question_id},
    ).first()
    return None if row is None else _view(row)


def find_local(connection: Connection, typed: str) -> QuestionView | None:
    """The question with this reference if this kiosk holds it."""
    reference = parse_reference(typed)
    if reference is None or reference.prefix != QUESTION_PREFIX:
        return None
    row = connection.execute(
        text(f"SELECT {_COLUMNS} FROM question WHERE id LIKE :suffix AND _deleted = 0"),  # noqa: S608
        {"suffix": f"%{reference.id_suffix}"},
    ).first()
    return None if row is None else _view(row)


def list_for_person(connection: Connection, person_key: str) -> list[QuestionView]:
    """The identified citizen's questions held here, newest first."""
    rows = connection.execute(
        text(
            f"SELECT {_COLUMNS} FROM question WHERE person_key = :key AND _deleted = 0"  # noqa: S608
            " ORDER BY id DESC"
        ),
        {"key": person_key},
    ).all()
    return [_view(row) for row in rows]


def answered_count(connection: Connection, person_key: str) -> int:
    """How many of the citizen's questions have an answer (for the home screen's notice)."""
    return sum(1 for view in list_for_person(connection, person_key) if view.answered)
