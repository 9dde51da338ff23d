"""Driving the melding and question screens of a real kiosk window, as a citizen would."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from central.default_categories import DEFAULT_CATEGORIES
from offline_sync.outbox import applying
from offline_sync.protocol import new_id
from offline_sync.store import LocalStore
from tests.ui.conftest import Kiosk
from ui.features.melding import MeldingFlow
from ui.features.question import QuestionFlow

WAIT_MS = 30_000


def seed_reference(store: LocalStore) -> None:
    """Categories and a street, as a pull from central would leave them."""
    with store.engine.begin() as connection, applying(connection):
        for category in DEFAULT_CATEGORIES:
            connection.execute(
                text(
                    "INSERT INTO service_category (id, code, labels, questions, active)"
                    " VALUES (:id, :code, :labels, :questions, 1)"
                ),
                {
                    "id": new_id(),
                    "code": category["code"],
                    "labels": json.dumps(category["labels"]),
                    "questions": json.dumps(category["questions"]),
                },
            )
        for number in range(1, 31):
            connection.execute(
                text(
                    "INSERT INTO address (id, street, number, postcode, municipality)"
                    " VALUES (:id, 'Kerkstraat', :n, '9999', 'Demogem')"
                ),
                {"id": new_id(), "n": str(number)},
            )


def melding_flow(kiosk: Kiosk) -> MeldingFlow:
    flow = kiosk.window.findChild(MeldingFlow)
    assert flow is not None
    return flow


def question_flow(kiosk: Kiosk) -> QuestionFlow:
    flow = kiosk.window.findChild(QuestionFlow)
    assert flow is not None
    return flow


def on_screen(kiosk: Kiosk, qtbot: QtBot, name: str) -> QWidget:
    qtbot.waitUntil(lambda: kiosk.window.shell.current_name == name, timeout=WAIT_MS)
    return kiosk.window.shell.screen_named(name)


def press(qtbot: QtBot, root: QWidget, object_name: str) -> None:
    button = root.findChild(QPushButton, object_name)
    assert button is not None, object_name
    assert button.isVisible(), object_name
    assert button.isEnabled(), object_name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, root: QWidget, object_name: str, typed: str) -> None:
    field = root.findChild(QLineEdit, object_name)
    assert field is not None, object_name
    field.clear()
    qtbot.keyClicks(field, typed)


def shown(root: QWidget) -> str:
    """Every text a person could see or hear under ``root``."""
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        texts.append(widget.accessibleName())
    return "\n".join(texts)


def start_as_guest(kiosk: Kiosk, qtbot: QtBot) -> None:
    kiosk.window.attract.guest_button.click()
    on_screen(kiosk, qtbot, "guest-home")


def file_melding(kiosk: Kiosk, qtbot: QtBot, photo: Path | None = None) -> str:
    """From a home screen: street light out at Kerkstraat 12; returns the reference shown."""
    photos = to_photo_screen(kiosk, qtbot)
    if photo is not None:
        assert photo.name in shown(photos)
        press(qtbot, photos, "melding-photo-0")
    else:
        press(qtbot, photos, "next")
    return send(kiosk, qtbot)


def to_photo_screen(kiosk: Kiosk, qtbot: QtBot) -> QWidget:
    """From a home screen, a street light out at Kerkstraat 12, up to "Add a photo?"."""
    home = kiosk.window.shell.screen_named(kiosk.window.shell.current_name)
    press(qtbot, home, "service-melding")
    start = on_screen(kiosk, qtbot, "melding-start")
    press(qtbot, start, "melding-new")
    categories = on_screen(kiosk, qtbot, "melding-category")
    labels = [b.text() for b in categories.findChildren(QPushButton) if b.isVisible()]
    if "Straatverlichting" not in labels:
        press(qtbot, categories, "next")  # the next page of categories
    light = next(b for b in categories.findChildren(QPushButton) if b.text() == "Straatverlichting")
    qtbot.mouseClick(light, Qt.MouseButton.LeftButton)
    question = on_screen(kiosk, qtbot, "melding-question")
    assert "Wat is er mis met de lamp?" in shown(question)
    press(qtbot, question, "melding-answer-0")
    address = on_screen(kiosk, qtbot, "melding-address")
    type_into(qtbot, address, "melding-address-text", "kerkstr 12")
    press(qtbot, address, "melding-address-search")
    assert "Kerkstraat 12, 9999" in shown(address)
    press(qtbot, address, "melding-address-0")
    description = on_screen(kiosk, qtbot, "melding-description")
    type_into(qtbot, description, "melding-description-text", "Lamp brandt al een week niet")
    press(qtbot, description, "next")
    return on_screen(kiosk, qtbot, "melding-photo")


def send(kiosk: Kiosk, qtbot: QtBot) -> str:
    """From the check screen: "Send report"; returns the reference shown."""
    confirm = on_screen(kiosk, qtbot, "melding-confirm")
    assert "Kerkstraat 12, 9999 Demogem" in shown(confirm)
    press(qtbot, confirm, "next")
    done = on_screen(kiosk, qtbot, "melding-done")
    reference = done.findChild(QLabel, "title")
    assert reference is not None
    return reference.text()


def look_up(kiosk: Kiosk, qtbot: QtBot, reference: str) -> str:
    """From a home screen: "Report a problem" → "Follow" → the reference; the answer shown."""
    home = kiosk.window.shell.screen_named(kiosk.window.shell.current_name)
    press(qtbot, home, "service-melding")
    start = on_screen(kiosk, qtbot, "melding-start")
    press(qtbot, start, "melding-follow")
    lookup = on_screen(kiosk, qtbot, "reference-lookup")
    type_into(qtbot, lookup, "reference-text", reference)
    press(qtbot, lookup, "reference-lookup")
    result = lookup.findChild(QLabel, "reference-result")
    assert result is not None
    qtbot.waitUntil(result.isVisible, timeout=WAIT_MS)
    return result.text()


def ask_question(kiosk: Kiosk, qtbot: QtBot, question: str) -> str:
    """From a home screen: ask ``question``; returns the number shown."""
    home = kiosk.window.shell.screen_named(kiosk.window.shell.current_name)
    press(qtbot, home, "service-question")
    start = on_screen(kiosk, qtbot, "question-start")
    press(qtbot, start, "question-ask")
    ask = on_screen(kiosk, qtbot, "question-ask-text")
    type_into(qtbot, ask, "question-ask-text-field", question)
    press(qtbot, ask, "next")
    done = on_screen(kiosk, qtbot, "question-done")
    reference = done.findChild(QLabel, "title")
    assert reference is not None
    return reference.text()
