"""A certificate with the real card stack: the emulated eID's PIN is asked before anything.

This kiosk is not enrolled (no central, no pseudonym secret), so after the right PIN the
request can be neither issued nor kept: the citizen is sent to the counter.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from tests.fixtures.pcsc import InsertCard
from tests.ui.card_kiosk import WAIT_MS, CardKiosk, running_card_kiosk
from ui.features._certificate_result import Step
from ui.features._pin_pad import PinPadScreen
from ui.features.certificate import CertificateFlow

pytestmark = pytest.mark.pcsc


@pytest.fixture
def kiosk(
    qtbot: QtBot, tmp_path: Path, pcsc: object, monkeypatch: pytest.MonkeyPatch
) -> Iterator[CardKiosk]:
    with running_card_kiosk(qtbot, tmp_path, monkeypatch) as card_kiosk:
        yield card_kiosk


def choose_life_certificate(qtbot: QtBot, kiosk: CardKiosk) -> CertificateFlow:
    flow = kiosk.window.findChild(CertificateFlow)
    assert flow is not None
    home = kiosk.window.shell.screen_named("citizen-home")
    button = home.findChild(QAbstractButton, "service-certificate")
    assert button is not None
    kiosk.click(qtbot, button)
    kiosk.click(qtbot, flow.kinds.kind_buttons[next(iter(flow.kinds.kind_buttons))])
    kiosk.click(qtbot, flow.options.continue_button)
    kiosk.wait_for(qtbot, PinPadScreen.name)
    return flow


def pad_of(kiosk: CardKiosk) -> PinPadScreen:
    pad = kiosk.window.shell.screen_named(PinPadScreen.name)
    assert isinstance(pad, PinPadScreen)
    return pad


def test_the_pin_comes_before_the_certificate(
    qtbot: QtBot, kiosk: CardKiosk, insert_card: InsertCard
) -> None:
    insert_card("citizen")
    kiosk.wait_for(qtbot, "citizen-home")
    flow = choose_life_certificate(qtbot, kiosk)
    pad = pad_of(kiosk)
    assert pad.purpose.text() == "om uw attest te ontvangen"
    for digit in "1234":
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.result.step is Step.PROBLEM, timeout=WAIT_MS)
    assert kiosk.screen == flow.result.name
    assert flow.result.message.text() == (
        "Uw aanvraag kan nu niet bewaard worden in deze kiosk. Vraag het aan het loket."
    )


def test_cancelling_the_pin_returns_to_the_choice(
    qtbot: QtBot, kiosk: CardKiosk, insert_card: InsertCard
) -> None:
    insert_card("citizen")
    kiosk.wait_for(qtbot, "citizen-home")
    flow = choose_life_certificate(qtbot, kiosk)
    qtbot.mouseClick(pad_of(kiosk).cancel_button, Qt.MouseButton.LeftButton)
    kiosk.wait_for(qtbot, flow.options.name)
    assert flow.issued is None
