"""Home screens offer what a feature installs, and background results never outlive a visit."""

from __future__ import annotations

import threading
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

from pytestqt.qtbot import QtBot

from kiosk.services import Service
from kiosk.session import EndReason
from tests.ui.conftest import Kiosk
from ui.citizen_home import CitizenHomeScreen, CitizenMoreScreen
from ui.features import offer
from ui.guest_home import GuestHomeScreen
from ui.service_menu import ServiceMenuScreen

if TYPE_CHECKING:
    from ui.app import KioskParts


def test_an_offered_service_appears_on_every_menu_that_lists_it(
    qtbot: QtBot, switcher: object
) -> None:
    guest, more = GuestHomeScreen(), CitizenMoreScreen()
    for menu in (guest, more):
        qtbot.addWidget(menu)
    assert not more.service_buttons[Service.TICKET].isVisibleTo(more)
    assert not guest.service_buttons[Service.TICKET].isEnabled()
    shell = SimpleNamespace(screens=lambda: [guest, more])
    picked: list[str] = []
    offer(
        cast("KioskParts", SimpleNamespace(shell=shell)), Service.TICKET, lambda: picked.append("t")
    )
    for menu in (guest, more):
        button = menu.service_buttons[Service.TICKET]
        assert button.isEnabled()
        assert button.isVisibleTo(menu)
        button.click()
    assert picked == ["t", "t"]


def test_every_service_works_on_this_kiosk(kiosk: Kiosk) -> None:
    shell = kiosk.window.shell
    for name in (GuestHomeScreen.name, CitizenHomeScreen.name, CitizenMoreScreen.name):
        menu = shell.screen_named(name)
        assert isinstance(menu, ServiceMenuScreen)
        assert menu.available == frozenset(menu.service_buttons), name
        assert not menu.note.isVisibleTo(menu)


def test_the_citizen_home_greets_and_then_forgets(kiosk: Kiosk) -> None:
    from datetime import date

    from card_reader.dates import PartialDate
    from kiosk.citizen import Citizen

    parts = kiosk.window.parts
    home = parts.shell.screen_named(CitizenHomeScreen.name)
    assert isinstance(home, CitizenHomeScreen)
    citizen = Citizen("Anna Maria", "Peeters", "k" * 64, PartialDate(1950), date(2030, 1, 1))
    parts.citizen.identify(citizen)
    assert home.greeting.text() == "Goedendag, Anna Peeters"
    parts.controller.end_session(EndReason.CARD_REMOVED)
    assert parts.citizen.current is None
    assert "Peeters" not in home.greeting.text()


def test_a_result_that_arrives_after_the_visit_is_dropped(qtbot: QtBot, kiosk: Kiosk) -> None:
    jobs = kiosk.window.parts.jobs
    release = threading.Event()
    shown: list[str] = []

    def slow_certificate() -> str:
        release.wait(5)
        return "certificate of the first citizen"

    jobs.run(slow_certificate, shown.append)
    kiosk.window.parts.controller.end_session(EndReason.IDLE)
    release.set()
    qtbot.waitUntil(lambda: not jobs.busy, timeout=5000)
    jobs.run(lambda: "second", shown.append)
    qtbot.waitUntil(lambda: shown == ["second"], timeout=5000)
