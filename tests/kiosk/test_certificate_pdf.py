"""Certificates as a citizen and a receiving party see them: text, language, QR, validity."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk.documents.certificate import (
    AddressPeriod,
    CertificateData,
    CertificateKind,
    HouseholdMember,
    render_certificate,
)
from kiosk.documents.certificate_texts import LANGUAGES
from offline_sync.formats.verification_codes import InvalidCode, new_code, normalise
from tests.fixtures.pdf import pdf_page_count, pdf_qr_codes, pdf_text

ISSUED = dt.datetime(2026, 11, 26, 10, 5)


def certificate(kind: CertificateKind, language: str = "nl-BE", **extra: object) -> CertificateData:
    values: dict[str, object] = {
        "kind": kind,
        "language": language,
        "municipality_name": "Demogem",
        "holder_name": "Alice Geldigekaart",
        "holder_birth_date": dt.date(1985, 7, 30),
        "holder_birth_place": "Hasselt",
        "address": "Kerkstraat 1, 9999 Demogem",
        "issued_at": ISSUED,
        "valid_until": dt.date(2026, 12, 26),
        "verification_code": "7KQM-2X4D-9BT3",
        "verify_base_url": "https://fygitaal.demogem.example",
        "resident_since": dt.date(2019, 3, 1),
        "history": (
            AddressPeriod(
                "Stationsplein 4, 3500 Hasselt", dt.date(2010, 9, 1), dt.date(2019, 3, 1)
            ),
        ),
        "household": (
            HouseholdMember("Alice Geldigekaart", dt.date(1985, 7, 30), "referentiepersoon"),
            HouseholdMember("Bob Geldigekaart", dt.date(2015, 2, 14), "zoon"),
        ),
        "nationality": "Belgische",
        "partner_name": "Carla Voorbeeld",
        "cohabitation_since": dt.date(2021, 6, 12),
    }
    values.update(extra)
    return CertificateData(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", list(CertificateKind))
def test_every_certificate_is_one_a4_page_that_says_what_it_certifies(
    kind: CertificateKind, tmp_path: Path
) -> None:
    rendered = render_certificate(certificate(kind))
    text = pdf_text(rendered.pdf, tmp_path)
    assert pdf_page_count(rendered.pdf, tmp_path) == 1
    assert "Gemeente Demogem" in text
    assert rendered.title in text
    assert "Alice Geldigekaart, geboren te Hasselt op 30 juli 1985" in text
    assert "Geldig tot en met 26 december 2026" in text
    assert "Verificatiecode: 7KQM-2X4D-9BT3" in text
    assert "85073003328" not in text  # the national number is never printed


def test_household_and_history_are_listed(tmp_path: Path) -> None:
    household = pdf_text(render_certificate(certificate(CertificateKind.HOUSEHOLD)).pdf, tmp_path)
    assert "Bob Geldigekaart 14 februari 2015 zoon" in household
    history = pdf_text(
        render_certificate(certificate(CertificateKind.RESIDENCE_HISTORY)).pdf, tmp_path
    )
    assert "Stationsplein 4, 3500 Hasselt 1 september 2010 1 maart 2019" in history


@pytest.mark.parametrize(
    ("language", "title", "valid"),
    [
        ("nl-BE", "Bewijs van hoofdverblijfplaats", "Geldig tot en met 26 december 2026"),
        ("fr-BE", "Certificat de résidence principale", "Valable jusqu'au 26 décembre 2026"),
        ("de-BE", "Bescheinigung des Hauptwohnortes", "Gültig bis einschließlich 26. Dezember"),
        ("en", "Certificate of main residence", "Valid up to and including 26 December 2026"),
    ],
)
def test_the_certificate_speaks_the_citizens_language(
    language: str, title: str, valid: str, tmp_path: Path
) -> None:
    text = pdf_text(
        render_certificate(certificate(CertificateKind.RESIDENCE, language)).pdf, tmp_path
    )
    assert title in text
    assert valid in text
    assert "Kerkstraat 1, 9999 Demogem" in text


def test_the_qr_code_scans_to_the_verification_address(tmp_path: Path) -> None:
    rendered = render_certificate(certificate(CertificateKind.LIFE))
    assert pdf_qr_codes(rendered.pdf, tmp_path) == [
        "https://fygitaal.demogem.example/v1/verify/7KQM-2X4D-9BT3"
    ]


def test_missing_data_for_the_kind_is_refused_not_printed_blank() -> None:
    with pytest.raises(ValueError, match="partner"):
        render_certificate(certificate(CertificateKind.COHABITATION, partner_name=None))
    with pytest.raises(ValueError, match="household"):
        render_certificate(certificate(CertificateKind.HOUSEHOLD, household=()))
    with pytest.raises(ValueError, match="language"):
        render_certificate(certificate(CertificateKind.LIFE, language="pt"))


def test_languages_cover_the_kiosk() -> None:
    assert set(LANGUAGES) == {"nl-BE", "fr-BE", "de-BE", "en"}


def test_verification_codes_catch_typing_mistakes() -> None:
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    code = next(iter(codes))
    assert normalise(code.lower().replace("-", " ")) == code
    for position in range(len(code)):
        if code[position] == "-":
            continue
        for replacement in "0123456789ABCDEFGHJKMNPQRSTVWXY":
            if replacement == code[position]:
                continue
            typo = code[:position] + replacement + code[position + 1 :]
            with pytest.raises(InvalidCode):
                normalise(typo)
    swapped = code[1] + code[0] + code[2:]
    if swapped != code:
        with pytest.raises(InvalidCode):
            normalise(swapped)


def test_letters_people_confuse_with_digits_are_read_as_the_digits() -> None:
    code = new_code()
    typed = code.replace("0", "O").replace("1", "I")
    assert normalise(typed) == code
