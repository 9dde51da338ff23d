"""What a kiosk pulled for a citizen leaves the kiosk's disk when their visit ends."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from card_reader.dates import PartialDate
from kiosk.citizen import Citizen
from kiosk.config import Settings
from kiosk.session import EndReason
from offline_sync.outbox import applying
from ui.app import build_kiosk
from ui.speech import RecordingSpeech

KEY = "c" * 64


def _count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(
            connection.execute(
                text("SELECT count(*) FROM melding WHERE person_key = :k"), {"k": KEY}
            ).scalar_one()
        )


def test_a_citizens_pulled_reports_are_gone_after_the_visit(qtbot: QtBot, tmp_path: Path) -> None:
    window = build_kiosk(Settings(data_dir=tmp_path), speech=RecordingSpeech())
    qtbot.addWidget(window)
    parts = window.parts
    with qtbot.waitSignal(parts.store.opened, timeout=30_000):
        parts.store.start()
    engine = parts.store.store.engine  # type: ignore[attr-defined]
    with engine.begin() as connection, applying(connection):  # as the person pull writes it
        connection.execute(
            text(
                "INSERT INTO melding (id, reference, category, status, person_key, description)"
                " VALUES ('m-1', 'M-1', 'litter', '511', :k, 'Zwerfvuil aan de kerk')"
            ),
            {"k": KEY},
        )
    parts.citizen.identify(Citizen("Anna", "Peeters", KEY, PartialDate(1950), date(2030, 1, 1)))
    assert _count(engine) == 1

    parts.controller.end_session(EndReason.CARD_REMOVED)

    qtbot.waitUntil(lambda: _count(engine) == 0, timeout=10_000)
    parts.sync.stop()
