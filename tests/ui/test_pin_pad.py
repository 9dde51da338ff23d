"""The PIN pad against an emulated eID: wrong then right, blocked, cancelled, keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from card_reader.emulator import Fault
from kiosk.session import EndReason
from tests.fixtures.pcsc import InsertCard
from tests.ui.card_kiosk import WAIT_MS, CardKiosk, all_text, running_card_kiosk
from ui.features._pin_pad import PinPadScreen, request_pin

pytestmark = pytest.mark.pcsc


@pytest.fixture
def kiosk(
    qtbot: QtBot, tmp_path: Path, pcsc: object, monkeypatch: pytest.MonkeyPatch
) -> Iterator[CardKiosk]:
    with running_card_kiosk(qtbot, tmp_path, monkeypatch) as card_kiosk:
        yield card_kiosk


@dataclass
class Outcome:
    """What the feature that asked for the PIN was told."""

    calls: list[str] = field(default_factory=list)

    def ask(self, kiosk: CardKiosk) -> None:
        request_pin(
            kiosk.window.parts,
            "Om uw attest te bevestigen.",
            lambda: self.calls.append("verified"),
            lambda: self.calls.append("cancelled"),
        )


def identified(qtbot: QtBot, kiosk: CardKiosk, insert_card: InsertCard, *faults: Fault) -> None:
    insert_card("citizen", *faults)
    kiosk.wait_for(qtbot, "citizen-home")


def pad_of(kiosk: CardKiosk) -> PinPadScreen:
    pad = kiosk.window.shell.screen_named(PinPadScreen.name)
    assert isinstance(pad, PinPadScreen)
    return pad


def tap(qtbot: QtBot, pad: PinPadScreen, digits: str) -> None:
    for digit in digits:
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)


def test_a_wrong_pin_shows_the_tries_left_then_the_right_one_is_accepted(
    qtbot: QtBot, kiosk: CardKiosk, insert_card: InsertCard
) -> None:
    identified(qtbot, kiosk, insert_card)
    outcome = Outcome()
    outcome.ask(kiosk)
    kiosk.wait_for(qtbot, "pin-pad")
    pad = pad_of(kiosk)
    assert pad.purpose.text() == "Om uw attest te bevestigen."
    assert pad.status.text() == "U kunt nog 3 keer proberen."
    tap(qtbot, pad, "9999")
    assert pad.dots.text() == "\u25cf" * 4
    assert "9999" not in all_text(kiosk.window)
    qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pad.status.text() == "Foute pincode. U kunt nog 2 keer proberen.")
    assert pad.dots.text() == ""
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_5, Qt.Key.Key_Backspace):
        qtbot.keyClick(pad, key)
    qtbot.keyClick(pad, Qt.Key.Key_4)
    qtbot.keyClick(pad, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: outcome.calls == ["verified"], timeout=WAIT_MS)
    assert kiosk.screen == "citizen-home"
    assert pad.dots.text() == ""
    assert pad._digits == bytearray()


def test_a_blocked_pin_sends_the_citizen_to_staff(
    qtbot: QtBot, kiosk: CardKiosk, insert_card: InsertCard
) -> None:
    identified(qtbot, kiosk, insert_card, Fault.PIN_BLOCKED)
    outcome = Outcome()
    outcome.ask(kiosk)
    kiosk.wait_for(qtbot, "pin-pad")
    pad = pad_of(kiosk)
    qtbot.waitUntil(pad.staff_button.isVisible)
    assert pad.heading.text() == "Uw pincode is geblokkeerd"
    assert not pad.keys["1"].isVisible()
    qtbot.mouseClick(pad.staff_button, Qt.MouseButton.LeftButton)
    assert kiosk.window.shell.staff_notice.isVisible()
    kiosk.window.shell.close_staff_notice()
    qtbot.mouseClick(pad.cancel_button, Qt.MouseButton.LeftButton)
    assert outcome.calls == ["cancelled"]
    assert kiosk.screen == "citizen-home"


def test_cancelling_and_pulling_the_card_leave_no_digits(
    qtbot: QtBot, kiosk: CardKiosk, insert_card: InsertCard
) -> None:
    identified(qtbot, kiosk, insert_card)
    outcome = Outcome()
    outcome.ask(kiosk)
    kiosk.wait_for(qtbot, "pin-pad")
    pad = pad_of(kiosk)
    qtbot.waitUntil(lambda: pad.status.text() == "U kunt nog 3 keer proberen.")
    tap(qtbot, pad, "12")
    qtbot.keyClick(pad, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: outcome.calls == ["cancelled"], timeout=WAIT_MS)
    assert kiosk.screen == "citizen-home"
    outcome.ask(kiosk)
    kiosk.wait_for(qtbot, "pin-pad")
    tap(qtbot, pad, "123")
    kiosk.window.parts.controller.end_session(EndReason.IDLE)  # walked away mid-PIN
    assert pad.dots.text() == ""
    assert kiosk.screen == "attract"
    assert kiosk.flow.notice.text() == "Neem uw identiteitskaart uit de kaartlezer."
    assert "Specimen" not in all_text(kiosk.window)
    assert outcome.calls == ["cancelled"]  # nothing after the visit ended


def test_a_guest_has_no_card_to_ask(qtbot: QtBot, kiosk: CardKiosk) -> None:
    outcome = Outcome()
    outcome.ask(kiosk)
    assert outcome.calls == ["cancelled"]
    assert kiosk.screen == "attract"
