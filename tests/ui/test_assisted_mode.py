"""Assisted mode at the kiosk: a called staff member signs in, and what follows is theirs too.

Real widgets, a real central process checking the staff member, the kiosk's real store;
the citizen is put in the holder directly (the card flow has its own tests).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from central import admin
from kiosk.services import Service
from kiosk.session import EndReason
from tests.ui.card_kiosk import all_text
from tests.ui.self_service_kiosk import WAIT_MS, EnrolledKiosk, enrolled_kiosk
from ui.service_menu import ServiceMenuScreen

PASSWORD = "balie 2026"


@pytest.fixture
def kiosk(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[EnrolledKiosk]:
    with enrolled_kiosk(qtbot, tmp_path, monkeypatch) as enrolled:
        muni = enrolled.muni
        admin.create_staff(muni.engine, muni.municipality_id, "an", "counter", password=PASSWORD)
        yield enrolled


def _staff_signs_in(qtbot: QtBot, kiosk: EnrolledKiosk, password: str) -> None:
    shell = kiosk.window.shell
    screen = shell.screen_named("staff-assist")
    username = screen.findChild(QLineEdit, "assist-username")
    secret = screen.findChild(QLineEdit, "assist-password")
    assert username is not None
    assert secret is not None
    username.clear()
    qtbot.keyClicks(username, "an")
    qtbot.keyClicks(secret, password)
    button = screen.findChild(QPushButton, "next")
    assert button is not None
    kiosk.click(qtbot, button)


def _wait_for_text(qtbot: QtBot, label: QLabel, expected: str) -> None:
    qtbot.waitUntil(lambda: expected in label.text(), timeout=WAIT_MS)


def _call_staff_and_open_sign_in(qtbot: QtBot, kiosk: EnrolledKiosk) -> None:
    shell = kiosk.window.shell
    kiosk.click(qtbot, shell.bar.call_staff)
    assert shell.staff_notice.isVisible()
    kiosk.click(qtbot, shell.staff_notice.staff_button)
    kiosk.wait_for(qtbot, "staff-assist")
    assert not shell.staff_notice.isVisible()


def test_a_question_asked_with_staff_is_recorded_as_assisted_and_the_end_forgets_them(
    qtbot: QtBot, kiosk: EnrolledKiosk
) -> None:
    window, shell = kiosk.window, kiosk.window.shell
    kiosk.identify()
    shell.show_screen("citizen-home")
    _call_staff_and_open_sign_in(qtbot, kiosk)

    _staff_signs_in(qtbot, kiosk, "not the password")
    message = shell.screen_named("staff-assist").findChild(QLabel, "assist-message")
    assert message is not None
    qtbot.waitUntil(lambda: "Nog 4 pogingen" in message.text(), timeout=WAIT_MS)
    assert window.parts.citizen.assisted_by is None

    _staff_signs_in(qtbot, kiosk, PASSWORD)
    kiosk.wait_for(qtbot, "citizen-home")
    assert shell.bar.assistant.isVisible()
    assert shell.bar.assistant.text() == "Met hulp van an"
    assert window.parts.desk.pending is None  # the call was answered

    home = shell.screen_named("citizen-home")
    assert isinstance(home, ServiceMenuScreen)
    kiosk.click(qtbot, home.service_buttons[Service.QUESTION])
    kiosk.wait_for(qtbot, "question-start")
    start = shell.screen_named("question-start")
    ask = start.findChild(QPushButton, "question-ask")
    assert ask is not None
    kiosk.click(qtbot, ask)
    kiosk.wait_for(qtbot, "question-ask-text")
    field = shell.screen_named("question-ask-text").findChild(QLineEdit, "question-ask-text-field")
    assert field is not None
    qtbot.keyClicks(field, "Wanneer wordt het containerpark uitgebreid?")
    send = shell.screen_named("question-ask-text").findChild(QPushButton, "next")
    assert send is not None
    kiosk.click(qtbot, send)
    kiosk.wait_for(qtbot, "question-done")

    with kiosk.store.engine.connect() as conn:
        assisted = conn.execute(text("SELECT assisted_by FROM question")).scalars().all()
        actors = conn.execute(
            text("SELECT DISTINCT actor FROM outbox WHERE entity = 'question'")
        ).scalars()
        assert (assisted, list(actors)) == (["an"], ["an"])
    kiosk.sync()
    (question,) = kiosk.records("question")
    assert question["fields"]["assisted_by"] == "an"

    window.parts.controller.end_session(EndReason.FINISHED)
    assert window.parts.citizen.assisted_by is None
    assert window.parts.desk.assistant is None
    assert not shell.bar.assistant.isVisible()
    assert "Met hulp van" not in all_text(window)


def test_a_guest_can_be_helped_and_five_wrong_passwords_rest_the_sign_in(
    qtbot: QtBot, kiosk: EnrolledKiosk
) -> None:
    window, shell = kiosk.window, kiosk.window.shell
    window.attract.guest_button.click()
    kiosk.wait_for(qtbot, "guest-home")
    _call_staff_and_open_sign_in(qtbot, kiosk)
    message = shell.screen_named("staff-assist").findChild(QLabel, "assist-message")
    assert message is not None
    for tries_left in (4, 3, 2, 1):
        _staff_signs_in(qtbot, kiosk, "raden")
        _wait_for_text(qtbot, message, f"Nog {tries_left} pogingen")
    _staff_signs_in(qtbot, kiosk, "raden")
    qtbot.waitUntil(lambda: "15 minuten" in message.text(), timeout=WAIT_MS)
    _staff_signs_in(qtbot, kiosk, PASSWORD)  # even the right password waits now
    assert "minuten" in message.text()
    assert window.parts.citizen.assisted_by is None
    back = shell.screen_named("staff-assist").findChild(QPushButton, "back")
    assert back is not None
    kiosk.click(qtbot, back)
    kiosk.wait_for(qtbot, "guest-home")
    assert not shell.bar.assistant.isVisible()


def test_the_outbox_payload_never_holds_the_staff_password(
    qtbot: QtBot, kiosk: EnrolledKiosk
) -> None:
    kiosk.identify()
    _call_staff_and_open_sign_in(qtbot, kiosk)
    _staff_signs_in(qtbot, kiosk, PASSWORD)
    qtbot.waitUntil(lambda: kiosk.window.parts.citizen.assisted_by == "an", timeout=WAIT_MS)
    field = kiosk.window.shell.screen_named("staff-assist").findChild(QLineEdit, "assist-password")
    assert field is not None
    assert field.text() == ""
    with kiosk.store.engine.connect() as conn:
        rows = conn.execute(text("SELECT payload FROM outbox")).scalars().all()
    assert all(PASSWORD not in json.dumps(row) for row in rows)
    for path in (kiosk.window.parts.settings.log_dir).rglob("*"):
        if path.is_file():
            assert PASSWORD not in path.read_text(errors="replace")
