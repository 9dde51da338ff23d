"""What central does by itself, on a timer: closing answered questions whose 30 days are over.

A question stays open 30 days (``open_until``, set by the device that took it) so the
citizen can add to it. Once that time is over and the back office has answered, the
conversation is finished: the question moves to ``closed`` at a new feed position, so
every device holding it (the citizen's next kiosk visit, the outreach team) learns so by
sync. A question nobody answered stays open past its 30 days: closing it would stop the
back office from ever answering; it stays in the back office's queue instead.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import Engine, select

from central import tables as t
from central.db import read_tx, write_tx
from central.feed import RECORD_COLUMNS as _COLUMNS
from central.feed import Positions, from_row, save

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 3600.0
_R = t.record.c


def close_finished_questions(engine: Engine, today: date | None = None) -> int:
    """Close every answered question whose ``open_until`` lies before ``today``; how many."""
    cutoff = (today or datetime.now(UTC).date()).isoformat()
    with read_tx(engine) as conn:
        answered = conn.execute(
            select(_R.municipality_id, _R.entity_id, *_COLUMNS).where(
                _R.entity == "question", _R.status == "answered", _R.deleted.is_(False)
            )
        ).all()
    finished: dict[str, list[str]] = {}
    for row in answered:
        record = from_row("question", row.entity_id, row)
        until = record.fields.get("open_until")
        if isinstance(until, str) and until and until[:10] < cutoff:
            finished.setdefault(row.municipality_id, []).append(row.entity_id)
    closed = 0
    for municipality_id, question_ids in finished.items():
        with write_tx(engine) as conn:
            positions = Positions(conn, municipality_id)
            for question_id in question_ids:
                current = conn.execute(
                    select(*_COLUMNS).where(
                        _R.municipality_id == municipality_id,
                        _R.entity == "question",
                        _R.entity_id == question_id,
                        _R.status == "answered",  # unless it moved since it was read
                    )
                ).first()
                if current is not None:
                    question = from_row("question", question_id, current)
                    save(conn, positions, question, {"status": "closed"})
                    closed += 1
            positions.flush()
    if closed:
        log.info("closed %d answered questions past their 30 days", closed)
    return closed


class Housekeeper:
    """Runs the housekeeping jobs at start and then every ``interval`` seconds, on one thread."""

    def __init__(
        self,
        engine: Engine,
        interval: float = DEFAULT_INTERVAL_S,
        jobs: tuple[Callable[[Engine], object], ...] = (close_finished_questions,),
    ) -> None:
        self._engine = engine
        self._interval = interval
        self._jobs = jobs
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="housekeeping", daemon=True)
        self.rounds = 0

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopped.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stopped.is_set():
            for job in self._jobs:
                try:
                    job(self._engine)
                except Exception:  # a failed round is tried again at the next one
                    log.exception("housekeeping job %s failed", getattr(job, "__name__", job))
            self.rounds += 1
            self._stopped.wait(self._interval)
