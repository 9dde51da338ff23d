"""Translations with Qt's own tools: ``.ts`` sources committed, ``.qm`` built from them.

Source strings are English, written with ``self.tr()``. Each catalog
``ui/translations/<catalog>_<lang>.ts`` holds nl_BE (the default), fr_BE, de_BE and en:
``fygitaal`` for the shell and one per service (``installer/dev/translations.py`` updates
and fills them), so that work on two services never edits the same file.
``installer/dev/venv.sh`` compiles them with ``pyside6-lrelease``; a development tree
that lacks a ``.qm`` (or has one older than its ``.ts``) gets it built at start, and
without the tool the kiosk refuses to start with one clear line rather than showing
English to a Dutch-speaking citizen.

Switching language installs the language's translators; Qt then sends ``LanguageChange``
to every widget, and each screen re-translates itself in ``changeEvent``.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator, Signal

from kiosk.config import LANGUAGES

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).with_name("translations")


class TranslationsMissing(Exception):
    """A ``.qm`` file is missing and cannot be built here."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.user_message = message


MAIN_CATALOG = "fygitaal"


def file_stem(language: str, catalog: str = MAIN_CATALOG) -> str:
    """``nl-BE`` → ``fygitaal_nl_BE`` (Qt's locale spelling)."""
    return f"{catalog}_" + language.replace("-", "_")


def catalogs(directory: Path = TRANSLATIONS_DIR) -> list[str]:
    """The catalogs in ``directory``: the main one first, then the services' by name."""
    suffix = "_" + LANGUAGES[0].replace("-", "_") + ".ts"
    found = {p.name[: -len(suffix)] for p in directory.glob(f"*{suffix}")}
    found.add(MAIN_CATALOG)
    return sorted(found, key=lambda name: (name != MAIN_CATALOG, name))


def lrelease_tool() -> str | None:
    """``pyside6-lrelease`` from the virtual environment, else from PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def ensure_compiled(directory: Path = TRANSLATIONS_DIR) -> None:
    """Build every missing or stale ``.qm`` from its ``.ts`` (development trees)."""
    stale = []
    names = catalogs(directory)
    for ts in (directory / f"{file_stem(lang, c)}.ts" for lang in LANGUAGES for c in names):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or (ts.exists() and ts.stat().st_mtime > qm.stat().st_mtime):
            stale.append((ts, qm))
    if not stale:
        return
    tool = lrelease_tool()
    if tool is None or not all(ts.exists() for ts, _ in stale):
        raise TranslationsMissing(
            f"translations are not built ({stale[0][1].name} missing): "
            "run installer/dev/venv.sh (needs pyside6-lrelease)"
        )
    for ts, qm in stale:
        log.info("compiling %s", ts.name)
        partial = qm.with_name(f".{qm.name}.{os.getpid()}")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(partial)], check=True, timeout=60)
        partial.replace(qm)  # atomic: a kiosk starting meanwhile never reads half a file


class LanguageSwitcher(QObject):
    """Installs the translator of the chosen language for the whole application.

    Signals:
        language_changed(str): the settings code of the language now shown.
    """

    language_changed = Signal(str)

    def __init__(self, directory: Path = TRANSLATIONS_DIR, parent: QObject | None = None):
        super().__init__(parent)
        self._translators: dict[str, list[QTranslator]] = {}
        names = catalogs(directory)
        for language in LANGUAGES:
            loaded = []
            for catalog in names:
                translator = QTranslator(self)
                if not translator.load(str(directory / f"{file_stem(language, catalog)}.qm")):
                    raise TranslationsMissing(
                        f"cannot load the {language} translation {catalog} from {directory}"
                    )
                loaded.append(translator)
            self._translators[language] = loaded
        self._current: str | None = None

    @property
    def current(self) -> str | None:
        """The language shown now (None before the first switch)."""
        return self._current

    def switch(self, language: str) -> None:
        """Show every text in ``language``; a no-op when it is already shown."""
        if language == self._current:
            return
        if language not in self._translators:
            raise ValueError(f"unknown language {language!r}")
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("no Qt application")
        if self._current is not None:
            for translator in self._translators[self._current]:
                QCoreApplication.removeTranslator(translator)
        for translator in self._translators[language]:
            QCoreApplication.installTranslator(translator)
        # Qt posts LanguageChange to the windows; deliver it now so that every text
        # has changed when this method returns (one switch, all at once).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        QLocale.setDefault(QLocale(language.replace("-", "_")))
        self._current = language
        log.info("language switched to %s", language)
        self.language_changed.emit(language)
