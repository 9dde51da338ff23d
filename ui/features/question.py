"""Questions to the municipality: ask, read the answer, add information while it is open.

A question is stored locally (also offline) and synced; its number is given at once.
An identified citizen's questions come to this kiosk by the person-scoped pull that
starts when the card is read; once one has an answer, the citizen's home screen shows
"You have an answer" among its offers. A guest reads an answer with the question's
number on the shared look-up screen of the melding feature.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton

from kiosk import questions
from kiosk.services import Service
from ui.citizen_home import CitizenHomeScreen
from ui.features import offer
from ui.features._question_screens import (
    QuestionDetailScreen,
    QuestionDoneScreen,
    QuestionListScreen,
    QuestionStartScreen,
    QuestionSupplementScreen,
    QuestionTextScreen,
)
from ui.features._reference_lookup import ReferenceLookupScreen
from ui.features._wizard import MAX_CHOICES
from ui.screen import set_text

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.citizen import Citizen
    from ui.app import KioskParts, KioskWindow

log = logging.getLogger(__name__)


class QuestionFlow(QObject):
    """Asks, lists and supplements the citizen's questions; the home screen's notice."""

    def __init__(self, parts: KioskParts) -> None:
        super().__init__()
        self.setObjectName("question-flow")
        self.parts = parts
        self.start_screen = QuestionStartScreen()
        self.text = QuestionTextScreen()
        self.supplement = QuestionSupplementScreen()
        self.done = QuestionDoneScreen()
        self.listing = QuestionListScreen()
        self.detail = QuestionDetailScreen()
        self.notice: QPushButton | None = None
        self._views: list[questions.QuestionView] = []
        self._current: questions.QuestionView | None = None
        for screen in (
            self.start_screen, self.text, self.supplement, self.done, self.listing, self.detail
        ):  # fmt: skip
            parts.shell.add_screen(screen)
            screen.back.connect(parts.shell.go_back)
        self.start_screen.ask.connect(lambda: parts.shell.show_screen(self.text.name))
        self.start_screen.mine.connect(self.show_mine)
        self.start_screen.follow.connect(
            lambda: parts.shell.show_screen(ReferenceLookupScreen.name)
        )
        self.text.send.connect(self._ask)
        self.listing.chosen.connect(self._chosen)
        self.detail.supplement.connect(lambda: parts.shell.show_screen(self.supplement.name))
        self.supplement.send.connect(self._add_supplement)
        self.done.proceed.connect(self._home)
        parts.citizen.identified.connect(self._identified)
        parts.sync.bridge.status_changed.connect(lambda _status: self.check_answers())

    def engine(self) -> Engine | None:
        engine: Engine | None = getattr(self.parts.store.store, "engine", None)
        return engine

    def start(self) -> None:
        self.start_screen.show_identified(self.parts.citizen.current is not None)
        self.parts.shell.show_screen(self.start_screen.name)

    def forget(self) -> None:
        """Session end: the home screen dropped the notice; drop the questions too."""
        self.notice = None
        self._views, self._current = [], None

    def _home(self) -> None:
        self._views, self._current = [], None
        identified = self.parts.citizen.current is not None
        self.parts.shell.show_screen(CitizenHomeScreen.name if identified else "guest-home")

    def _person_key(self) -> str | None:
        citizen = self.parts.citizen.current
        return citizen.person_key if citizen is not None else None

    def _ask(self, text: str) -> None:
        engine, key = self.engine(), self._person_key()
        assisted_by = self.parts.citizen.assisted_by
        if engine is None:
            self.text.show_intro(_sorry())
            return
        self.parts.jobs.run(
            lambda: questions.ask_question(engine, text, person_key=key, assisted_by=assisted_by),
            self._asked,
            self._failed,
        )

    def _asked(self, view: questions.QuestionView) -> None:
        self.text.field.clear()
        self.done.show_sent(view.reference, identified=self._person_key() is not None)
        self.parts.shell.show_screen(self.done.name)
        self.parts.sync.trigger()

    def _failed(self, error: BaseException) -> None:
        log.error("a question could not be stored", exc_info=error)
        screen = self.parts.shell.screen_named(self.parts.shell.current_name)
        if isinstance(screen, (QuestionTextScreen, QuestionSupplementScreen)):
            screen.show_intro(_sorry())

    def show_mine(self) -> None:
        engine, key = self.engine(), self._person_key()
        if engine is None or key is None:
            return

        def work() -> list[questions.QuestionView]:
            with engine.connect() as connection:
                views = questions.list_for_person(connection, key)
            return sorted(views, key=lambda v: not v.answered)[:MAX_CHOICES]

        self.parts.jobs.run(work, self._listed)

    def _listed(self, views: list[questions.QuestionView]) -> None:
        self._views = views
        self.listing.show_questions(views)
        self.parts.shell.show_screen(self.listing.name)

    def _chosen(self, index: int) -> None:
        self._current = view = self._views[index]
        self.detail.show_question(view, can_supplement=view.can_supplement())
        self.parts.shell.show_screen(self.detail.name)

    def _add_supplement(self, text: str) -> None:
        engine, view = self.engine(), self._current
        if engine is None or view is None:
            return
        self.parts.jobs.run(
            lambda: questions.add_supplement(engine, view.question_id, text),
            lambda _none: self._supplemented(view),
            self._failed,
        )

    def _supplemented(self, view: questions.QuestionView) -> None:
        self.supplement.field.clear()
        self.done.show_sent(view.reference, identified=True, supplement=True)
        self.parts.shell.show_screen(self.done.name)
        self.parts.sync.trigger()

    # the home screen's notice ----------------------------------------------------------
    def _identified(self, _citizen: Citizen) -> None:
        self.parts.sync.trigger()  # pulls the citizen's records, answers included
        self.check_answers()

    def check_answers(self) -> None:
        """Show "You have an answer" on the citizen's home screen once one arrived."""
        engine, key = self.engine(), self._person_key()
        if engine is None or key is None or self.notice is not None:
            return

        def work() -> int:
            with engine.connect() as connection:
                return questions.answered_count(connection, key)

        self.parts.jobs.run(work, lambda count: self._show_notice(key, count))

    def _show_notice(self, key: str, count: int) -> None:
        if count == 0 or self.notice is not None or self._person_key() != key:
            return
        home = self.parts.shell.screen_named(CitizenHomeScreen.name)
        assert isinstance(home, CitizenHomeScreen)
        self.notice = QPushButton()
        self.notice.setObjectName("question-answer-notice")
        set_text(
            self.notice,
            QCoreApplication.translate("QuestionFlow", "An answer to your question"),
        )
        self.notice.clicked.connect(self.show_mine)
        home.offers_layout.addWidget(self.notice)
        self.notice.show()
        if self.parts.shell.current_name == home.name:
            self.parts.narrator.status(self.notice.text())


def _sorry() -> str:
    return QCoreApplication.translate(
        "QuestionFlow", "Sorry, this did not work. Please call staff."
    )


def install(parts: KioskParts, window: KioskWindow) -> None:
    """Add the question screens, the home screen's notice, and offer the service."""
    flow = QuestionFlow(parts)
    flow.setParent(window)
    parts.controller.ended.connect(lambda _reason: flow.forget())
    offer(parts, Service.QUESTION, flow.start)
