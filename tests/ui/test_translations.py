"""Every text on every screen exists in nl-BE, fr-BE, de-BE and en (Qt .ts files)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.config import LANGUAGES
from tests.ui.conftest import Kiosk
from ui.app import KioskWindow
from ui.i18n import (
    TRANSLATIONS_DIR,
    LanguageSwitcher,
    TranslationsMissing,
    catalogs,
    ensure_compiled,
    file_stem,
)
from ui.language_picker import LANGUAGE_NAMES

UI_SOURCES = sorted(str(p) for p in (Path(__file__).parents[2] / "ui").rglob("*.py"))


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a language's catalogs."""
    found = []
    for catalog in catalogs():
        path = TRANSLATIONS_DIR / f"{file_stem(language, catalog)}.ts"
        tree = ET.parse(path)  # noqa: S314 (our own file)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                found.append((name, message.findtext("source", ""), translation))
    return found


def patterns(language: str) -> list[re.Pattern[str]]:
    """Every finished translation as a pattern ({placeholders} match any text)."""
    compiled = []
    for _context, _source, translation in messages(language):
        parts = re.split(r"\{\w+\}", translation.text or "")
        compiled.append(re.compile(".+".join(re.escape(p) for p in parts), re.DOTALL))
    return compiled


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    found = messages(language)
    assert found
    for context, source, translation in found:
        assert translation.get("type") is None, f"{language}: unfinished {context}/{source!r}"
        assert (translation.text or "").strip(), f"{language}: empty {context}/{source!r}"
        assert set(re.findall(r"\{\w+\}", source)) == set(
            re.findall(r"\{\w+\}", translation.text or "")
        ), f"{language}: placeholders differ in {context}/{source!r}"


def test_the_ts_files_hold_every_source_string(tmp_path: Path) -> None:
    """lupdate on today's sources finds nothing the committed .ts files lack."""
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *UI_SOURCES, "-ts", str(fresh)],
        check=True,
        timeout=120,
    )
    tree = ET.parse(fresh)  # noqa: S314 (written by lupdate just now)
    wanted = {
        (c.findtext("name"), m.findtext("source"))
        for c in tree.getroot().iter("context")
        for m in c.iter("message")
    }
    for language in LANGUAGES:
        have = {(c, s) for c, s, _t in messages(language)}
        assert wanted <= have, f"{language} lacks {sorted(wanted - have)[:3]}"


def views(window: KioskWindow) -> Iterator[str]:
    """Put every screen and overlay on top in turn."""
    shell = window.shell
    for screen in shell.screens():
        shell.show_screen(screen.name)
        yield screen.name
    shell.show_staff_notice()
    yield "staff-notice"
    shell.close_staff_notice()
    shell.show_idle_warning(25)
    yield "idle-warning"
    shell.close_idle_warning()


def shown_texts(window: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Visible texts and the names/descriptions read to assistive technology."""
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or widget.property("fixedText"):
            continue
        texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        for text in (line for t in texts for line in t.split("\n")):
            if text and not text.isdigit() and text != "Fygitaal":
                yield widget, text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_visible_text_is_translated(kiosk: Kiosk, language: str) -> None:
    window = kiosk.window
    window.parts.controller.set_language(language)
    known = patterns(language)
    checked = 0
    for view in views(window):
        for widget, text in shown_texts(window):
            assert any(p.fullmatch(text) for p in known), (
                f"{language}, {view}: {widget.objectName() or type(widget).__name__} "
                f"shows untranslated {text!r}"
            )
            checked += 1
    assert checked > 50


def test_language_names_stay_in_their_own_language(kiosk: Kiosk) -> None:
    for language in LANGUAGES:
        kiosk.window.parts.controller.set_language(language)
        names = [b.text() for b in kiosk.window.attract.language_buttons()]
        assert names == list(LANGUAGE_NAMES.values())


def test_missing_translations_are_built_at_start(tmp_path: Path) -> None:
    for source in TRANSLATIONS_DIR.glob("*.ts"):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    ensure_compiled(tmp_path)
    assert sorted(p.name for p in tmp_path.glob("*.qm")) == sorted(
        f"{file_stem(language, catalog)}.qm" for language in LANGUAGES for catalog in catalogs()
    )
    LanguageSwitcher(tmp_path).deleteLater()  # loads all four


def test_without_sources_or_tool_the_kiosk_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(TranslationsMissing, match=r"installer/dev/venv\.sh"):
        ensure_compiled(tmp_path)
