"""The A4 layout of a certificate with reportlab (see `kiosk.documents.certificate`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kiosk.documents.certificate import CertificateData, CertificateKind, RenderedCertificate
from kiosk.documents.certificate_texts import TEXTS, long_date


def render(data: CertificateData) -> RenderedCertificate:
    """Lay out ``data`` (a known language) as an A4 PDF.

    Raises:
        ValueError: data the kind needs is missing.
    """
    text = TEXTS[data.language]
    title = text[f"title.{data.kind.value}"]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=text["municipality"].format(name=data.municipality_name),
        subject=data.verification_code,
        creator="Fygitaal",
        lang=data.language,
    )
    document.build(_story(data, title))
    pdf = buffer.getvalue()
    return RenderedCertificate(pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(), title=title)


def _story(data: CertificateData, title: str) -> list[Flowable]:
    text = TEXTS[data.language]
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=11, leading=15)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12, textColor=colors.grey)

    def para(value: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(value), style)

    municipality = text["municipality"].format(name=data.municipality_name)
    story: list[Flowable] = [
        para(municipality, styles["Heading3"]),
        Spacer(1, 6 * mm),
        para(title, styles["Title"]),
        Spacer(1, 6 * mm),
        para(text["intro"].format(municipality=data.municipality_name)),
        Spacer(1, 3 * mm),
        Paragraph(f"<b>{escape(_holder(data))}</b>", body),
        para(_statement(data)),
    ]
    table = _table(data)
    if table is not None:
        story += [Spacer(1, 3 * mm), table]
    date = long_date(data.issued_at.date(), data.language)
    story += [
        Spacer(1, 8 * mm),
        para(text["issued"].format(date=date, time=data.issued_at.strftime("%H:%M"))),
        para(text["valid"].format(date=long_date(data.valid_until, data.language))),
        Spacer(1, 8 * mm),
        _qr(data.verify_url),
        para(text["code"].format(code=data.verification_code), styles["Heading4"]),
        para(text["verify"].format(url=data.verify_base_url, code=data.verification_code), small),
        Spacer(1, 4 * mm),
        para(text["footer"], small),
    ]
    return story


def _holder(data: CertificateData) -> str:
    text = TEXTS[data.language]
    birth = long_date(data.holder_birth_date, data.language) if data.holder_birth_date else "-"
    if data.holder_birth_place:
        return text["holder_place"].format(
            name=data.holder_name, place=data.holder_birth_place, birth=birth
        )
    return text["holder"].format(name=data.holder_name, birth=birth)


def _statement(data: CertificateData) -> str:
    text = TEXTS[data.language]
    kind = data.kind

    def date(value: dt.date | None, what: str) -> str:
        if value is None:
            raise ValueError(f"a {kind.value} certificate needs {what}")
        return long_date(value, data.language)

    template = text[f"body.{kind.value}"]
    if kind is CertificateKind.RESIDENCE:
        return template.format(address=data.address, since=date(data.resident_since, "a date"))
    if kind is CertificateKind.LIFE:
        return template.format(date=long_date(data.issued_at.date(), data.language))
    if kind is CertificateKind.NATIONALITY:
        if not data.nationality:
            raise ValueError("a nationality certificate needs the nationality")
        return template.format(nationality=data.nationality)
    if kind is CertificateKind.VOTER:
        return template.format(municipality=data.municipality_name)
    if kind is CertificateKind.COHABITATION:
        if not data.partner_name:
            raise ValueError("a cohabitation certificate needs the partner")
        since = date(data.cohabitation_since, "the declaration date")
        return template.format(partner=data.partner_name, since=since)
    return template.format(address=data.address)


def _table(data: CertificateData) -> Table | None:
    text = TEXTS[data.language]
    rows: list[list[str]]
    if data.kind is CertificateKind.RESIDENCE_HISTORY:
        rows = [[text["col.address"], text["col.from"], text["col.until"]]]
        rows += [
            [
                period.address,
                long_date(period.since, data.language),
                long_date(period.until, data.language) if period.until else "-",
            ]
            for period in data.history
        ]
    elif data.kind is CertificateKind.HOUSEHOLD:
        if not data.household:
            raise ValueError("a household certificate needs the household's members")
        rows = [[text["col.name"], text["col.birth"], text["col.relation"]]]
        rows += [
            [
                member.name,
                long_date(member.birth_date, data.language) if member.birth_date else "-",
                member.relation,
            ]
            for member in data.household
        ]
    else:
        return None
    table = Table(rows, hAlign="LEFT", repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


class _QrCode(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A QR code encoded once and painted as one filled path.

    reportlab's QrCodeWidget encodes twice (bounds, then drawing) and paints every dark
    run as a shape node: two thirds of a certificate's rendering time.
    """

    QUIET_ZONE = 4  # modules of white around the code, as scanners expect

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(value)
        code.make()
        self._modules: list[list[bool]] = [[bool(m) for m in row] for row in code.modules]
        self.width = self.height = size
        self.hAlign = "LEFT"

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        box = self.width / (len(self._modules) + 2 * self.QUIET_ZONE)
        path = self.canv.beginPath()
        for row_index, row in enumerate(self._modules):
            y = self.height - (row_index + self.QUIET_ZONE + 1) * box
            column = 0
            for dark, run in itertools.groupby(row):
                count = len(list(run))
                if dark:
                    path.rect((column + self.QUIET_ZONE) * box, y, count * box, box)
                column += count
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def _qr(url: str) -> Flowable:
    return _QrCode(url, 32 * mm)
