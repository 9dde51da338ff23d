"""Document types (identity tag 0F) with labels in the country's languages and English.

Codes from "ID and Address file contents" v5.0 (applet 1.8) and the eID SDK card data list:
``1`` and ``01`` both occur. New codes appear with new residence cards (the 61-69 kids
foreigner cards arrived in 2023), so an unknown code gets a generic label, never an error.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from card_reader.errors import MalformedData


class Language(enum.StrEnum):
    """Languages the labels exist in."""

    NL = "nl"
    FR = "fr"
    DE = "de"
    EN = "en"


_FIXED: dict[int, tuple[str, str, str, str]] = {
    # code: (nl, fr, de, en)
    1: (
        "Identiteitskaart (Belg)",
        "Carte d'identité (Belge)",
        "Personalausweis (Belgier)",
        "Identity card (Belgian citizen)",
    ),
    6: (
        "Kids-ID (kind jonger dan 12 jaar)",
        "Kids-ID (enfant de moins de 12 ans)",
        "Kids-ID (Kind unter 12 Jahren)",
        "Kids-ID (child under 12)",
    ),
    7: ("Bootstrapkaart", "Carte bootstrap", "Bootstrap-Karte", "Bootstrap card"),
    8: ("Machtigingskaart", "Carte d'habilitation", "Ermächtigungskarte", "Authorisation card"),
}

# Residence cards for foreigners: code -> card letter(s).
_FOREIGNER: dict[int, str] = {
    11: "A",
    12: "B",
    13: "C",
    14: "D",
    15: "E",
    16: "E+",
    17: "F",
    18: "F+",
    19: "H",
    20: "I",
    21: "J",
    22: "M",
    23: "N",
    27: "K",
    28: "L",
    31: "EU",
    32: "EU+",
}
# The same letters in the uniform European format (Council Regulation (EC) 1030/2002).
_FOREIGNER_EU_MODEL: dict[int, str] = {33: "A", 34: "B", 35: "F", 36: "F+"}
# Cards for foreign children under 12 (since 2023).
_FOREIGNER_KIDS: dict[int, str] = {
    61: "EU",
    62: "EU+",
    63: "A",
    64: "B",
    65: "K",
    66: "L",
    67: "F",
    68: "F+",
    69: "M",
}

_FOREIGNER_WORDS = (
    "Vreemdelingenkaart",
    "Carte pour étrangers",
    "Ausländerkarte",
    "Foreigner card",
)
_EU_MODEL_WORDS = ("Europees model", "modèle européen", "europäisches Muster", "EU format")
_CHILD_WORDS = ("kind", "enfant", "Kind", "child")
_GENERIC_WORDS = ("Documenttype", "Type de document", "Dokumenttyp", "Document type")

_CODE = re.compile(r"[0-9]{1,2}")


def _labels(code: int) -> tuple[str, str, str, str] | None:
    if code in _FIXED:
        return _FIXED[code]
    if code in _FOREIGNER:
        letter = _FOREIGNER[code]
        nl, fr, de, en = (f"{w} {letter}" for w in _FOREIGNER_WORDS)
        return nl, fr, de, en
    for table, extra in ((_FOREIGNER_EU_MODEL, _EU_MODEL_WORDS), (_FOREIGNER_KIDS, _CHILD_WORDS)):
        if code in table:
            nl, fr, de, en = (
                f"{w} {table[code]} ({x})" for w, x in zip(_FOREIGNER_WORDS, extra, strict=True)
            )
            return nl, fr, de, en
    return None


@dataclass(frozen=True)
class DocumentType:
    """The kind of card; ``code`` is the number from tag 0F."""

    code: int

    @property
    def known(self) -> bool:
        """False for a code this version does not know (it still gets a label)."""
        return _labels(self.code) is not None

    @property
    def is_foreigner_card(self) -> bool:
        """True for residence cards issued to foreigners (including the kids' ones)."""
        return self.code in _FOREIGNER or self.code in _FOREIGNER_EU_MODEL or self.is_kids_foreigner

    @property
    def is_kids_foreigner(self) -> bool:
        """True for the cards for foreign children under 12 (codes 61-69)."""
        return self.code in _FOREIGNER_KIDS

    @property
    def is_kids_id(self) -> bool:
        """True for the Belgian Kids-ID (no authentication/signature certificates)."""
        return self.code == 6

    def label(self, language: Language | str = Language.EN) -> str:
        """A human-readable name in ``language`` (``nl``, ``fr-BE``...; English otherwise)."""
        values = [lang.value for lang in Language]
        code = str(language)[:2].lower()
        index = values.index(code) if code in values else values.index(Language.EN)
        labels = _labels(self.code)
        if labels is None:
            return f"{_GENERIC_WORDS[index]} {self.code}"
        return labels[index]


def parse_document_type(text: str) -> DocumentType:
    """Parse tag 0F (``1``, ``01``, ``61``...); a non-number is malformed data."""
    stripped = text.strip()
    if not _CODE.fullmatch(stripped):
        raise MalformedData("document type is not a number")
    return DocumentType(int(stripped))
