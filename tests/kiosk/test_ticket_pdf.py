"""The queue ticket as the person holding it reads it."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from kiosk.documents.ticket import TicketData, render_ticket
from tests.fixtures.pdf import pdf_page_count, pdf_text

TAKEN = dt.datetime(2026, 11, 26, 9, 41)


def ticket(language: str = "nl-BE", wait_minutes: int = 12) -> TicketData:
    return TicketData(
        municipality_name="Demogem",
        service_label="Burgerzaken",
        number="B017",
        estimated_wait=dt.timedelta(minutes=wait_minutes),
        taken_at=TAKEN,
        language=language,
    )


def test_the_ticket_shows_number_service_and_wait(tmp_path: Path) -> None:
    pdf = render_ticket(ticket())
    text = pdf_text(pdf, tmp_path)
    assert pdf_page_count(pdf, tmp_path) == 1
    for expected in (
        "Demogem",
        "Burgerzaken",
        "Uw volgnummer",
        "B017",
        "Verwachte wachttijd: ongeveer 12 minuten",
        "26/11/2026 om 09:41",
    ):
        assert expected in text


def test_the_ticket_fits_80_mm_roll_paper(tmp_path: Path) -> None:
    source = tmp_path / "ticket.pdf"
    source.write_bytes(render_ticket(ticket()))
    info = subprocess.run(["pdfinfo", str(source)], capture_output=True, text=True, check=True)
    size = next(line for line in info.stdout.splitlines() if line.startswith("Page size:"))
    width_pt = float(size.split()[2])
    assert round(width_pt / 72 * 25.4) == 80


@pytest.mark.parametrize(
    ("language", "phrase"),
    [("fr-BE", "Votre numéro"), ("de-BE", "Ihre Wartenummer"), ("en", "Your number")],
)
def test_the_ticket_speaks_the_chosen_language(language: str, phrase: str, tmp_path: Path) -> None:
    assert phrase in pdf_text(render_ticket(ticket(language)), tmp_path)


def test_a_short_wait_is_not_given_as_zero_minutes(tmp_path: Path) -> None:
    text = pdf_text(render_ticket(ticket(wait_minutes=0)), tmp_path)
    assert "bijna aan de beurt" in text
    assert "0 minuten" not in text
