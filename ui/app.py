"""Composition root: builds the kiosk's objects and wires them in one place.

Nothing else in ``ui`` constructs collaborators; screens receive what they need here and
`_connect` is the one readable list of who reacts to what. Starting and running the
application (event loop, signals, smoke hook) lives in `ui.runner`.
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from kiosk.assistance import AssistanceDesk
from kiosk.config import Role, Settings
from kiosk.health import HealthBoard
from kiosk.interpreter_settings import hand_over_gil_sooner
from kiosk.services import Service
from kiosk.session import Clock, EndReason, IdlePolicy, KioskSession, Preferences
from ui.attract import AttractScreen
from ui.bar import AccessBar
from ui.citizen import CitizenHolder
from ui.citizen_home import CitizenHomeScreen, CitizenMoreScreen
from ui.features import install_all
from ui.guest_home import GuestHomeScreen
from ui.i18n import LanguageSwitcher, ensure_compiled
from ui.input_filter import KioskInputFilter
from ui.jobs import BackgroundJobs
from ui.language_screen import LanguageScreen
from ui.metrics import touch_target_px
from ui.narrator import Narrator
from ui.session import TICK_MS, SessionController
from ui.shell import KioskShell
from ui.speech import QtSpeech, Speech
from ui.store_status import StoreNotice, StoreOpener
from ui.sync_control import SyncController
from ui.theme import HIGH_CONTRAST, LARGE_TEXT_SCALE, STANDARD, stylesheet

log = logging.getLogger(__name__)

SERVICES_BUILT: frozenset[Service] = frozenset()  # each feature makes its own available


@dataclass
class KioskParts:
    """The objects behind the kiosk window (for the tour, screenshots and tests)."""

    settings: Settings
    session: KioskSession
    controller: SessionController
    switcher: LanguageSwitcher
    narrator: Narrator
    speech: Speech
    health: HealthBoard
    desk: AssistanceDesk
    shell: KioskShell
    input_filter: KioskInputFilter
    store: StoreOpener
    citizen: CitizenHolder
    jobs: BackgroundJobs
    sync: SyncController
    """Started when the store opens; pulls the identified citizen's records on demand."""
    applied: Preferences | None = None


class KioskWindow(QMainWindow):
    """The kiosk's one window around the shell, locked down when full screen."""

    def __init__(self, shell: KioskShell, parts: KioskParts, *, locked: bool) -> None:
        super().__init__()
        self.setWindowTitle("Fygitaal")
        self.setObjectName("kiosk-window")
        self.setAccessibleName("Fygitaal")
        self._locked = locked
        self.shell = shell
        self.parts = parts
        self.screens = shell.stack
        attract = shell.screen_named(AttractScreen.name)
        assert isinstance(attract, AttractScreen)
        self.attract = attract
        self.setCentralWidget(shell)
        self.store_notice = StoreNotice(self, covered=shell)
        if locked:
            self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.Window)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """A locked kiosk offers no way out to the desktop; the session manager stops it."""
        app = QApplication.instance()
        if self._locked and not (app is not None and app.property("quitting")):
            event.ignore()
            return
        QApplication.instance().removeEventFilter(self.parts.input_filter)  # type: ignore[union-attr]
        super().closeEvent(event)


def ensure_application() -> QApplication:
    """The one QApplication of the process, created on first use."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    hand_over_gil_sooner()  # a window process reads cards beside its GUI and sync threads
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Fygitaal")
    app.setOrganizationName("Fygitaal")
    return app


def build_kiosk(
    settings: Settings,
    *,
    locked: bool = False,
    speech: Speech | None = None,
    clock: Clock = time.monotonic,
    tick_ms: int = TICK_MS,
    services: frozenset[Service] = SERVICES_BUILT,
    features: bool = True,
) -> KioskWindow:
    """Build the kiosk window and everything behind it.

    ``features=False`` leaves the services out for `install_features` to add: the kiosk's
    start adds them right after the attract screen's first paint, because importing them
    (database, HTTP, PDF and card libraries: most of a second) would otherwise delay it.
    """
    app = ensure_application()
    ensure_compiled()
    switcher = LanguageSwitcher()
    switcher.switch(settings.language)
    session = KioskSession(settings.language, IdlePolicy.from_settings(settings), clock)
    controller = SessionController(session, tick_ms)
    voice: Speech = speech if speech is not None else QtSpeech()
    narrator = Narrator(voice, settings.language)
    screens = (
        AttractScreen(settings.municipality_name),
        GuestHomeScreen(services),
        CitizenHomeScreen(services),
        CitizenMoreScreen(services),
        LanguageScreen(),
    )
    shell = KioskShell(AccessBar(), narrator, screens)
    input_filter = KioskInputFilter(controller, {})
    parts = KioskParts(
        settings=settings,
        session=session,
        controller=controller,
        switcher=switcher,
        narrator=narrator,
        speech=voice,
        health=HealthBoard(),
        desk=AssistanceDesk(),
        shell=shell,
        input_filter=input_filter,
        store=StoreOpener(settings),  # started by ui.runner after the first paint
        citizen=(citizen := CitizenHolder()),
        jobs=BackgroundJobs(),
        sync=SyncController(
            settings,
            person_key=lambda: (citizen.current.person_key or None) if citizen.current else None,
        ),
    )
    window = KioskWindow(shell, parts, locked=locked)
    owned = (switcher, controller, narrator, input_filter, parts.store, parts.citizen, parts.sync)
    for child in (*owned, parts.jobs):
        child.setParent(window)
    if isinstance(voice, QtSpeech):
        voice.setParent(window)
    _connect(parts, window)
    if features:
        install_all(parts, window)
    app.installEventFilter(input_filter)
    _apply(parts, session.preferences)
    return window


def install_features(window: KioskWindow) -> None:
    """Add the services to a kiosk built with ``features=False`` (before its store opens)."""
    install_all(window.parts, window)


def _connect(parts: KioskParts, window: KioskWindow) -> None:
    """Who reacts to what — the kiosk's wiring in one place."""
    shell, controller, narrator, desk = parts.shell, parts.controller, parts.narrator, parts.desk
    attract = window.attract
    guest = shell.screen_named(GuestHomeScreen.name)
    citizen = shell.screen_named(CitizenHomeScreen.name)
    language = shell.screen_named(LanguageScreen.name)
    assert isinstance(guest, GuestHomeScreen)
    assert isinstance(citizen, CitizenHomeScreen)
    assert isinstance(language, LanguageScreen)

    attract.language_chosen.connect(controller.set_language)
    attract.guest_chosen.connect(lambda: shell.show_screen(GuestHomeScreen.name))
    guest.finished.connect(lambda: controller.end_session(EndReason.FINISHED))
    citizen.finished.connect(lambda: controller.end_session(EndReason.FINISHED))
    citizen.more_requested.connect(lambda: shell.show_screen(CitizenMoreScreen.name))
    more = shell.screen_named(CitizenMoreScreen.name)
    assert isinstance(more, CitizenMoreScreen)
    more.back.connect(shell.go_back)
    more.finished.connect(lambda: controller.end_session(EndReason.FINISHED))
    parts.citizen.identified.connect(citizen.show_citizen)
    language.language_chosen.connect(controller.set_language)
    language.language_chosen.connect(shell.go_back)
    language.back.connect(shell.go_back)

    def call_staff() -> None:
        desk.call(shell.current_name)
        shell.show_staff_notice()

    bar = shell.bar
    bar.staff_requested.connect(call_staff)
    bar.language_requested.connect(lambda: shell.show_screen(LanguageScreen.name))
    bar.large_text_toggled.connect(controller.set_large_text)
    bar.high_contrast_toggled.connect(controller.set_high_contrast)
    bar.read_aloud_toggled.connect(controller.set_read_aloud)
    bar.replay_requested.connect(narrator.replay)

    controller.preferences_changed.connect(lambda prefs: _apply(parts, prefs))
    controller.warning.connect(shell.show_idle_warning)
    controller.extended.connect(shell.close_idle_warning)
    controller.ended.connect(lambda _reason: parts.jobs.cancel_all())
    controller.ended.connect(lambda _reason: parts.citizen.clear())
    controller.ended.connect(lambda _reason: shell.reset())
    controller.ended.connect(lambda _reason: desk.clear())
    controller.ended.connect(lambda _reason: _forget_citizens(parts))
    shell.idle_warning.still_here.connect(controller.input_received)

    if isinstance(parts.speech, QtSpeech):
        parts.speech.ready.connect(parts.health.report_speech)

    parts.store.failed.connect(window.store_notice.show_problem)
    parts.store.opened.connect(window.store_notice.clear)
    parts.store.opened.connect(parts.sync.start)
    window.store_notice.retry.connect(parts.store.start)

    parts.input_filter.set_actions(
        {
            Qt.Key.Key_F1: call_staff,
            Qt.Key.Key_F9: controller.toggle_large_text,
            Qt.Key.Key_F10: controller.toggle_high_contrast,
            Qt.Key.Key_F11: controller.toggle_read_aloud,
            Qt.Key.Key_F12: narrator.replay,
        }
    )


def _forget_citizens(parts: KioskParts) -> None:
    """A kiosk drops the records it pulled for the citizen who left (never a laptop's)."""
    engine = getattr(parts.store.store, "engine", None)
    if parts.settings.role is not Role.KIOSK or engine is None:
        return

    def forget() -> int:
        from offline_sync.person_scope import forget_people

        return forget_people(engine)

    parts.jobs.run(forget, lambda _count: None)


def _apply(parts: KioskParts, prefs: Preferences) -> None:
    """Make the screen match the session's preferences (language, modes, read-aloud)."""
    before, parts.applied = parts.applied, prefs
    parts.switcher.switch(prefs.language)
    parts.narrator.language = prefs.language
    for screen in parts.shell.screens():
        if isinstance(screen, (AttractScreen, LanguageScreen)):
            screen.show_language(prefs.language)
    parts.shell.bar.show_preferences(prefs)
    modes = (prefs.large_text, prefs.high_contrast)
    if before is None or modes != (before.large_text, before.high_contrast):
        palette = HIGH_CONTRAST if prefs.high_contrast else STANDARD
        scale = LARGE_TEXT_SCALE if prefs.large_text else 1.0
        ensure_application().setStyleSheet(
            stylesheet(palette, scale=scale, target_px=touch_target_px())
        )
    switched_on = prefs.read_aloud and not (before is not None and before.read_aloud)
    parts.narrator.set_enabled(prefs.read_aloud, read_now=False)
    if before is None:
        return
    if prefs.language != before.language:
        parts.shell.announce_current()
    elif prefs != before:
        parts.narrator.status(_mode_status(parts.shell.bar, prefs, before))
        if switched_on:
            parts.narrator.replay()


def _mode_status(bar: AccessBar, prefs: Preferences, before: Preferences) -> str:
    """The spoken confirmation of a mode change, e.g. "Large text: on"."""
    changed = [
        (bar.large_text, prefs.large_text != before.large_text),
        (bar.high_contrast, prefs.high_contrast != before.high_contrast),
        (bar.read_aloud, prefs.read_aloud != before.read_aloud),
    ]
    return " ".join(
        f"{button.accessibleName()}: {button.accessibleDescription()}."
        for button, hit in changed
        if hit
    )
