"""The kiosk shell: the bar on every screen, the guest path, calling staff."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.services import GUEST_SERVICES, Service
from tests.ui.conftest import Kiosk, visible_texts
from ui.guest_home import GuestHomeScreen


def test_the_bar_is_on_every_screen(kiosk: Kiosk) -> None:
    shell = kiosk.window.shell
    for screen in shell.screens():
        shell.show_screen(screen.name)
        assert shell.bar.isVisible()
        for button in (shell.bar.call_staff, shell.bar.large_text, shell.bar.language):
            assert button.isVisible()
            assert button.isEnabled()


def test_a_guest_sees_only_honest_services(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    qtbot.mouseClick(window.attract.guest_button, Qt.MouseButton.LeftButton)
    assert window.shell.current_name == "guest-home"
    guest = window.shell.screen_named("guest-home")
    assert isinstance(guest, GuestHomeScreen)
    assert list(guest.service_buttons) == list(GUEST_SERVICES)
    texts = visible_texts(window)
    assert {"Een melding doen", "Een vraag stellen", "Een volgnummer nemen"} <= set(texts)
    # every guest service works at this kiosk: all enabled, no "not available" note
    assert all(b.isEnabled() for b in guest.service_buttons.values())
    assert not any("nog niet beschikbaar" in t for t in texts)


def test_an_available_service_is_offered(qtbot: QtBot, switcher: object) -> None:
    screen = GuestHomeScreen(frozenset({Service.TICKET}))
    qtbot.addWidget(screen)
    screen.show()
    ticket = screen.service_buttons[Service.TICKET]
    assert ticket.isEnabled()
    assert not screen.service_buttons[Service.MELDING].isEnabled()
    assert any("Een melding doen" in t and "Een vraag stellen" in t for t in visible_texts(screen))
    with qtbot.waitSignal(screen.service_chosen) as chosen:
        qtbot.mouseClick(ticket, Qt.MouseButton.LeftButton)
    assert chosen.args == [Service.TICKET]


def test_calling_staff_shows_a_calm_notice_and_is_logged(
    qtbot: QtBot, kiosk: Kiosk, caplog: pytest.LogCaptureFixture
) -> None:
    window = kiosk.window
    window.shell.show_screen("guest-home")
    caplog.set_level(logging.INFO, logger="kiosk.assistance")
    with qtbot.waitSignal(window.shell.bar.staff_requested):
        qtbot.mouseClick(window.shell.bar.call_staff, Qt.MouseButton.LeftButton)
    notice = window.shell.staff_notice
    assert notice.isVisible()
    assert "Er komt een medewerker naar u toe" in visible_texts(notice)
    assert "staff called from screen guest-home" in caplog.text
    assert window.parts.desk.pending is not None
    qtbot.keyClick(notice.button, Qt.Key.Key_Return)
    assert not notice.isVisible()
    assert window.shell.current_name == "guest-home"


def test_the_language_button_leads_there_and_back(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell = kiosk.window.shell
    shell.show_screen("guest-home")
    qtbot.mouseClick(shell.bar.language, Qt.MouseButton.LeftButton)
    assert shell.current_name == "language"
    language = shell.screen_named("language")
    english = next(
        b for b in language.findChildren(type(shell.bar.language)) if b.text() == "English"
    )
    qtbot.mouseClick(english, Qt.MouseButton.LeftButton)
    assert shell.current_name == "guest-home"
    assert "What would you like to do?" in visible_texts(kiosk.window)


def test_finish_ends_the_visit(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.attract.language_buttons()[3].click()
    window.attract.guest_button.click()
    guest = window.shell.screen_named("guest-home")
    assert isinstance(guest, GuestHomeScreen)
    with qtbot.waitSignal(window.parts.controller.ended):
        qtbot.mouseClick(guest.finish_button, Qt.MouseButton.LeftButton)
    assert window.shell.current_name == "attract"
    assert "Welkom in Zonnegem" in visible_texts(window)
