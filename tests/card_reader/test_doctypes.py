"""Document type codes and their labels."""

from __future__ import annotations

import pytest

from card_reader.doctypes import DocumentType, Language, parse_document_type
from card_reader.errors import MalformedData


def test_one_and_zero_one_are_the_belgian_card() -> None:
    assert parse_document_type("1") == parse_document_type("01") == DocumentType(1)
    assert DocumentType(1).label(Language.FR) == "Carte d'identité (Belge)"


@pytest.mark.parametrize(
    ("code", "en"),
    [
        (6, "Kids-ID (child under 12)"),
        (11, "Foreigner card A"),
        (16, "Foreigner card E+"),
        (31, "Foreigner card EU"),
        (33, "Foreigner card A (EU format)"),
        (61, "Foreigner card EU (child)"),
        (69, "Foreigner card M (child)"),
    ],
)
def test_labels(code: int, en: str) -> None:
    doc = DocumentType(code)
    assert doc.known
    assert doc.label() == en
    assert all(doc.label(lang) for lang in Language)


def test_unknown_code_gets_generic_label() -> None:
    doc = parse_document_type("44")
    assert not doc.known
    assert doc.label("de") == "Dokumenttyp 44"
    assert doc.label("nl") == "Documenttype 44"


def test_labels_follow_the_app_language_setting() -> None:
    assert DocumentType(6).label("fr-BE") == "Kids-ID (enfant de moins de 12 ans)"
    assert DocumentType(6).label("nl-BE") == "Kids-ID (kind jonger dan 12 jaar)"
    assert DocumentType(6).label("it") == "Kids-ID (child under 12)"  # English fallback


def test_families() -> None:
    assert DocumentType(6).is_kids_id
    assert DocumentType(65).is_foreigner_card
    assert DocumentType(65).is_kids_foreigner
    assert not DocumentType(1).is_foreigner_card


@pytest.mark.parametrize("text", ["", "A", "123", "-1"])
def test_non_numbers_are_malformed(text: str) -> None:
    with pytest.raises(MalformedData):
        parse_document_type(text)
