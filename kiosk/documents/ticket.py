"""The queue ticket: an 80 mm receipt with a big number, the service and the expected wait.

Kiosk ticket printers take 80 mm roll paper; the page is that wide and just long enough.
Numbers are printed large because the person holding the ticket compares it with a
display across the room.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.documents.certificate_texts import LANGUAGES

mm = 72 / 25.4  # points per millimetre (reportlab's unit), without loading reportlab
PAPER_WIDTH = 80 * mm
PAPER_HEIGHT = 110 * mm

_TEXTS: Mapping[str, Mapping[str, str]] = {
    "nl-BE": {
        "your_number": "Uw volgnummer",
        "wait": "Verwachte wachttijd: ongeveer {minutes} minuten",
        "no_wait": "U bent bijna aan de beurt",
        "taken": "Genomen op {date} om {time}",
        "hint": "Wacht tot uw nummer op het scherm verschijnt.",
    },
    "fr-BE": {
        "your_number": "Votre numéro",
        "wait": "Attente estimée : environ {minutes} minutes",
        "no_wait": "C'est bientôt votre tour",
        "taken": "Pris le {date} à {time}",
        "hint": "Attendez que votre numéro s'affiche à l'écran.",
    },
    "de-BE": {
        "your_number": "Ihre Wartenummer",
        "wait": "Erwartete Wartezeit: etwa {minutes} Minuten",
        "no_wait": "Sie sind gleich an der Reihe",
        "taken": "Gezogen am {date} um {time}",
        "hint": "Bitte warten Sie, bis Ihre Nummer angezeigt wird.",
    },
    "en": {
        "your_number": "Your number",
        "wait": "Expected wait: about {minutes} minutes",
        "no_wait": "It will be your turn soon",
        "taken": "Taken on {date} at {time}",
        "hint": "Please wait until your number appears on the screen.",
    },
}


@dataclass(frozen=True)
class TicketData:
    municipality_name: str
    service_label: str
    number: str
    estimated_wait: dt.timedelta
    taken_at: dt.datetime
    language: str


def render_ticket(ticket: TicketData) -> bytes:
    """The ticket as a one-page PDF on 80 mm paper.

    Raises:
        ValueError: an unknown language.
    """
    if ticket.language not in LANGUAGES:
        raise ValueError(f"no ticket texts for language {ticket.language!r}")
    from reportlab.pdfgen.canvas import Canvas  # on the first ticket, not at kiosk start

    text = _TEXTS[ticket.language]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAPER_WIDTH, PAPER_HEIGHT), lang=ticket.language)
    canvas.setTitle(f"{text['your_number']} {ticket.number}")
    middle = PAPER_WIDTH / 2
    y = PAPER_HEIGHT - 12 * mm
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawCentredString(middle, y, ticket.municipality_name)
    y -= 8 * mm
    canvas.setFont("Helvetica", 11)
    canvas.drawCentredString(middle, y, ticket.service_label)
    y -= 10 * mm
    canvas.drawCentredString(middle, y, text["your_number"])
    y -= 22 * mm
    canvas.setFont("Helvetica-Bold", 56)
    canvas.drawCentredString(middle, y, ticket.number)
    y -= 12 * mm
    canvas.setFont("Helvetica", 10)
    minutes = round(ticket.estimated_wait.total_seconds() / 60)
    wait = text["wait"].format(minutes=minutes) if minutes >= 2 else text["no_wait"]
    canvas.drawCentredString(middle, y, wait)
    y -= 7 * mm
    taken = text["taken"].format(
        date=ticket.taken_at.strftime("%d/%m/%Y"), time=ticket.taken_at.strftime("%H:%M")
    )
    canvas.drawCentredString(middle, y, taken)
    y -= 9 * mm
    canvas.setFont("Helvetica-Oblique", 9)
    canvas.drawCentredString(middle, y, text["hint"])
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
