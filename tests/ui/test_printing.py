"""Printing a PDF: on a printer when one exists, else as a file in the configured folder.

No physical printer runs here: "a printer exists" is a QPrinter writing its output to a
PDF file (the test double), so the real page rendering and painting are exercised and
the printed sheet can be scanned like paper.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from kiosk.config import Settings
from kiosk.documents.certificate import CertificateData, CertificateKind, render_certificate
from tests.fixtures.pdf import pdf_page_count, pdf_qr_codes, pdf_text
from ui.printing import DocumentPrinter, Printed, PrintFailed, SavedAsFile


def certificate() -> CertificateData:
    return CertificateData(
        kind=CertificateKind.LIFE,
        language="en",
        municipality_name="Zonnegem",
        holder_name="Alice Specimen",
        holder_birth_date=dt.date(1971, 1, 1),
        address="Meirplaats 1 bus 1, 2000 Antwerpen",
        issued_at=dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC),
        valid_until=dt.date(2027, 2, 26),
        verification_code="K7QM-2XRT-9PLD",
        verify_base_url="https://central.zonnegem.example",
    )


def pdf_printer(output: Path) -> QPrinter:
    """A printer that exists: its paper is a PDF file."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(output))
    return printer


def test_without_a_printer_the_document_is_saved_in_the_configured_folder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pdf = render_certificate(certificate()).pdf
    settings = Settings(data_dir=tmp_path, print_folder=tmp_path / "out")
    result = DocumentPrinter(settings, find=lambda _s: None).print_pdf(
        pdf, "certificate-K7QM-2XRT-9PLD.pdf"
    )
    assert result == SavedAsFile(tmp_path / "out" / "certificate-K7QM-2XRT-9PLD.pdf")
    assert "K7QM-2XRT-9PLD" in pdf_text(result.path.read_bytes(), tmp_path)


def test_a_printer_gets_every_page_on_a_worker_thread(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = render_certificate(certificate()).pdf
    sheet = tmp_path / "paper.pdf"
    printer = DocumentPrinter(Settings(data_dir=tmp_path), find=lambda _s: pdf_printer(sheet))
    results: list[object] = []
    worker = threading.Thread(target=lambda: results.append(printer.print_pdf(pdf, "c.pdf")))
    worker.start()
    worker.join(60)
    assert results == [Printed(str(sheet))]
    assert pdf_page_count(sheet.read_bytes(), tmp_path) == 1
    # the paper carries the QR code a verifier scans
    assert pdf_qr_codes(sheet.read_bytes(), tmp_path) == [
        "https://central.zonnegem.example/v1/verify/K7QM-2XRT-9PLD"
    ]
    assert not (tmp_path / "printed").exists()  # nothing saved beside the printout


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")  # the refusal itself
def test_a_printer_that_refuses_the_job_falls_back_to_a_file(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = render_certificate(certificate()).pdf
    broken = pdf_printer(tmp_path / "no-such-folder" / "paper.pdf")  # cannot be opened
    settings = Settings(data_dir=tmp_path)
    result = DocumentPrinter(settings, find=lambda _s: broken).print_pdf(pdf, "c.pdf")
    assert result == SavedAsFile(tmp_path / "printed" / "c.pdf")


def test_no_printer_and_no_folder_is_a_print_failure(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    settings = Settings(data_dir=tmp_path, print_folder=blocker / "out")
    with pytest.raises(PrintFailed):
        DocumentPrinter(settings, find=lambda _s: None).print_pdf(b"%PDF-1.4", "c.pdf")
