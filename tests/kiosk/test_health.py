"""Kiosk health: what is known to be broken, reported to whoever listens."""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.assistance import AssistanceDesk
from kiosk.health import HealthBoard, HealthStatus, Problem
from kiosk.services import GUEST_SERVICES, Service


def test_missing_speech_engine_is_a_problem_and_is_announced() -> None:
    board = HealthBoard()
    heard: list[HealthStatus] = []
    board.subscribe(heard.append)
    board.report_speech(False, note="no text-to-speech engine installed")
    assert Problem.NO_SPEECH in board.status.problems()
    assert heard[-1].speech_available is False
    board.report_speech(True, engine="speechd")
    assert Problem.NO_SPEECH not in board.status.problems()
    assert board.status.speech_engine == "speechd"


def test_unknown_parts_are_not_reported_broken() -> None:
    status = HealthStatus(last_sync=datetime.now(UTC))
    assert status.problems() == ()
    assert Problem.NEVER_SYNCED in HealthStatus().problems()


def test_reader_and_printer_problems() -> None:
    board = HealthBoard()
    board.report_reader(False)
    board.report_printer(False)
    board.report_sync(datetime(2026, 1, 1, tzinfo=UTC))
    assert board.status.problems() == (Problem.NO_READER, Problem.PRINTER)


def test_a_staff_call_is_recorded_once_until_cleared() -> None:
    desk = AssistanceDesk()
    first = desk.call("guest-home")
    assert desk.call("guest-home") is first
    assert desk.pending is first
    desk.clear()
    assert desk.pending is None
    desk.call("attract")
    assert [c.screen for c in desk.history] == ["guest-home", "attract"]


def test_guests_get_only_services_that_need_no_identity() -> None:
    assert {s for s in Service if not s.needs_identity} == set(GUEST_SERVICES)
    assert Service.CERTIFICATE.needs_identity
    assert Service.MY_DATA.needs_identity
