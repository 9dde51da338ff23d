"""Following reports and questions: by reference at any kiosk, or one's own when identified.

The look-up asks central first and falls back to this kiosk's copy
(`kiosk.status_lookup`); an identified citizen's reports are read from the local store,
where the person-scoped pull put them. Work runs on `parts.jobs`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from kiosk import meldingen
from kiosk.service_categories import Category, load_categories, localized
from kiosk.status_lookup import Found, NotFound, UnreadableReference, look_up
from ui.features._reference_lookup import MyMeldingenScreen, ReferenceLookupScreen

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from ui.app import KioskParts


class MeldingFollow(QObject):
    """The look-up screen and the citizen's list of reports."""

    def __init__(self, parts: KioskParts) -> None:
        super().__init__()
        self.setObjectName("melding-follow")
        self.parts = parts
        self.lookup = ReferenceLookupScreen()
        self.mine = MyMeldingenScreen()
        for screen in (self.lookup, self.mine):
            parts.shell.add_screen(screen)
            screen.back.connect(parts.shell.go_back)
        self.lookup.lookup.connect(self._lookup)

    @property
    def language(self) -> str:
        return self.parts.session.preferences.language

    def engine(self) -> Engine | None:
        engine: Engine | None = getattr(self.parts.store.store, "engine", None)
        return engine

    def _lookup(self, typed: str) -> None:
        engine = self.engine()
        credentials, ca_bundle = self.parts.sync.credentials, self.parts.settings.ca_bundle

        def work() -> tuple[Found | NotFound | None, list[Category]]:
            try:
                found = look_up(engine, typed, credentials=credentials, ca_bundle=ca_bundle)
            except UnreadableReference:
                found = None
            if engine is None:
                return found, []
            with engine.connect() as connection:
                return found, load_categories(connection)

        self.parts.jobs.run(work, self._looked_up)

    def _looked_up(self, result: tuple[Found | NotFound | None, list[Category]]) -> None:
        found, categories = result
        if found is None:
            self.lookup.show_lines(
                [
                    QCoreApplication.translate(
                        "MeldingFollow", "This is not a reference number. Please check it."
                    )
                ]
            )
        elif isinstance(found, NotFound):
            self.lookup.show_lines(
                [
                    QCoreApplication.translate(
                        "MeldingFollow",
                        "This number cannot be looked up now. Please try again later.",
                    )
                    if found.offline
                    else QCoreApplication.translate(
                        "MeldingFollow", "No report or question with this number was found."
                    )
                ]
            )
        elif isinstance(found, meldingen.MeldingStatus):
            self.lookup.show_melding(
                found, _category_name(found.category, categories, self.language)
            )
        else:
            self.lookup.show_question(found)
        self.parts.shell.announce_current()

    def show_mine(self) -> None:
        citizen, engine = self.parts.citizen.current, self.engine()
        if citizen is None or engine is None:
            return
        key = citizen.person_key

        def work() -> tuple[list[meldingen.MeldingStatus], list[Category]]:
            with engine.connect() as connection:
                return meldingen.list_for_person(connection, key), load_categories(connection)

        def show(result: tuple[list[meldingen.MeldingStatus], list[Category]]) -> None:
            mine, categories = result
            names = [_category_name(m.category, categories, self.language) for m in mine]
            self.mine.show_meldingen(list(zip(mine, names, strict=True)))
            self.parts.shell.show_screen(self.mine.name)

        self.parts.jobs.run(work, show)


def _category_name(code: str, categories: list[Category], language: str) -> str:
    for category in categories:
        if category.code == code:
            return localized(category.labels, language)
    return code
