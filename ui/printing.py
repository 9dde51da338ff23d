"""Printing a PDF document (certificate, queue ticket) on the kiosk's printer.

`DocumentPrinter.print_pdf` is the whole API, and it blocks: call it from a worker
(``parts.jobs.run``). Qt allows painting on a QPrinter outside the GUI thread (like on a
QImage), so the pages are rendered with QPdfDocument and painted there too; nothing of it
touches the GUI thread. The printer is the one named in the settings (``printer``), else
the system's default. Where no printer exists, or it refuses the job, the document is
saved as a PDF file in the configured folder (``print_folder``) instead, and the result
says so, so that the screen can tell the citizen where their paper went.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.config import Settings

log = logging.getLogger(__name__)

MAX_DPI = 300
"""Pages are rendered at the printer's resolution, at most this (sharp text, quick job)."""


@dataclass(frozen=True)
class Printed:
    """The document went to ``printer``."""

    printer: str


@dataclass(frozen=True)
class SavedAsFile:
    """No printer could take it: the document is the PDF file at ``path``."""

    path: Path


PrintResult = Printed | SavedAsFile
PrinterFinder = Callable[[Settings], QPrinter | None]


class PrintFailed(Exception):
    """Neither the printer nor the fallback folder took the document."""


def system_printer(settings: Settings) -> QPrinter | None:
    """The configured printer, else the system's default; None when the OS has none."""
    if not QPrinterInfo.availablePrinterNames():
        return None
    info = (
        QPrinterInfo.printerInfo(settings.printer)
        if settings.printer
        else QPrinterInfo.defaultPrinter()
    )
    if info.isNull():
        log.warning("printer %r not found", settings.printer or "(system default)")
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


class DocumentPrinter:
    """Prints PDFs on the kiosk's printer, or saves them as files where there is none."""

    def __init__(self, settings: Settings, find: PrinterFinder = system_printer) -> None:
        self._settings = settings
        self._find = find

    def print_pdf(self, pdf: bytes, file_name: str, *, title: str = "") -> PrintResult:
        """Print ``pdf`` (blocking; on a worker). ``file_name`` names the fallback file.

        ``file_name`` and ``title`` must carry nothing personal: a print queue and a
        folder listing are seen by others.

        Raises:
            PrintFailed: the printer refused it and the fallback folder cannot be written.
        """
        started = time.perf_counter()
        printer = self._find(self._settings)
        if printer is not None:
            if title:
                printer.setDocName(title)
            if paint_pages(pdf, printer):
                name = printer.printerName() or printer.outputFileName()
                log.info("printed in %.0f ms", (time.perf_counter() - started) * 1000)
                return Printed(name)
            log.warning("the printer refused the job; saving the document as a file")
        return SavedAsFile(self._save(pdf, file_name))

    def _save(self, pdf: bytes, file_name: str) -> Path:
        folder = self._settings.print_output_folder
        path = folder / Path(file_name).name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pdf)
        except OSError as exc:
            raise PrintFailed(f"cannot save the document: {exc.strerror}") from exc
        log.info("no printer: document saved as %s", path.name)
        return path


def paint_pages(pdf: bytes, printer: QPrinter) -> bool:
    """Render every page of ``pdf`` onto ``printer``; False when it cannot be started."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)  # a QBuffer is random-access: loaded before this returns
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            log.error("the document to print is not a readable PDF")
            return False
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(document.pagePointSize(0), QPageSize.Unit.Point))
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            for index in range(document.pageCount()):
                if index and not printer.newPage():
                    return False
                points = document.pagePointSize(index)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = document.render(index, size)
                painter.drawImage(QRectF(0, 0, paper.width(), paper.height()), image)
        finally:
            painter.end()
        return True
    finally:
        document.close()
        buffer.close()
