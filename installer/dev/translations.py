"""Keep a translation catalog in step with its sources, and fill in its translations.

Each service of the kiosk has its own catalog (``ui/translations/<catalog>_<lang>.ts``) so
that two people working on two services never edit the same file:

    .venv/bin/python installer/dev/translations.py update melding ui/features/melding*.py
    .venv/bin/python installer/dev/translations.py missing melding      # JSON to fill in
    .venv/bin/python installer/dev/translations.py fill melding texts.json

``texts.json`` maps a language to {English source: translation}, e.g.
``{"nl-BE": {"Report a problem": "Een probleem melden"}, "fr-BE": {...}, ...}``; ``en``
may be left out (the English source is used). The main catalog is ``fygitaal``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIRECTORY = ROOT / "ui" / "translations"
LANGUAGES = ("nl-BE", "fr-BE", "de-BE", "en")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def path(catalog: str, language: str) -> Path:
    return DIRECTORY / f"{catalog}_{language.replace('-', '_')}.ts"


def update(catalog: str, sources: list[str]) -> None:
    """Add new source strings (unfinished) and drop vanished ones, in every language."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    for language in LANGUAGES:
        target = path(catalog, language)
        subprocess.run(
            [
                str(lupdate),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                *sources,
                "-target-language",
                language.replace("-", "_"),
                "-ts",
                str(target),
            ],
            check=True,
            timeout=120,
        )


def missing(catalog: str) -> dict[str, dict[str, str]]:
    """The untranslated sources per language, as a template for ``fill``."""
    todo: dict[str, dict[str, str]] = {}
    for language in LANGUAGES:
        tree = ET.parse(path(catalog, language))  # noqa: S314 (our own file)
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not (translation.text or ""):
                todo.setdefault(language, {})[message.findtext("source", "")] = ""
    return todo


def fill(catalog: str, texts: dict[str, dict[str, str]]) -> list[str]:
    """Write the given translations; returns what is still missing afterwards."""
    for language in LANGUAGES:
        given = texts.get(language, {})
        target = path(catalog, language)
        tree = ET.parse(target)  # noqa: S314 (our own file)
        for message in tree.getroot().iter("message"):
            source = message.findtext("source", "")
            text = given.get(source) or (source if language == "en" else None)
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            translation.text = text
            translation.attrib.pop("type", None)
        body = ET.tostring(tree.getroot(), encoding="unicode")
        target.write_text(HEADER + body + "\n", encoding="utf-8")
    return [f"{lang}: {src}" for lang, sources in missing(catalog).items() for src in sources]


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "update":
        update(argv[1], argv[2:])
        return 0
    if len(argv) == 2 and argv[0] == "missing":
        print(json.dumps(missing(argv[1]), ensure_ascii=False, indent=2))  # noqa: T201
        return 0
    if len(argv) == 3 and argv[0] == "fill":
        left = fill(argv[1], json.loads(Path(argv[2]).read_text(encoding="utf-8")))
        for line in left:
            print("missing:", line)  # noqa: T201
        return 1 if left else 0
    print(__doc__)  # noqa: T201
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
