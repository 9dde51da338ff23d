"""The "my data" PDF: every record the municipality holds about the citizen, and the log.

A plain A4 listing in the citizen's language: one heading per kind of record, each
record as a two-column table of field and value. Rendered off the GUI thread; the bytes
go to `kiosk.my_data.ExportShelf`, which deletes the file when its time is up.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Mapping
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

_TITLES: Mapping[str, Mapping[str, str]] = {
    "nl-BE": {
        "title": "Mijn gegevens bij {municipality}",
        "made": "Opgemaakt op {date}. Dit document bevat persoonsgegevens: bewaar het veilig.",
        "empty": "Niets bewaard.",
        "person": "Persoon",
        "melding": "Meldingen",
        "question": "Vragen",
        "appointment": "Afspraken",
        "certificate_request": "Aangevraagde attesten",
        "issued_certificate": "Uitgereikte attesten",
        "consent": "Toestemmingen",
        "access_log": "Wie uw gegevens raadpleegde",
    },
    "fr-BE": {
        "title": "Mes données auprès de {municipality}",
        "made": "Établi le {date}. Ce document contient des données personnelles : "
        "conservez-le en lieu sûr.",
        "empty": "Aucune donnée.",
        "person": "Personne",
        "melding": "Signalements",
        "question": "Questions",
        "appointment": "Rendez-vous",
        "certificate_request": "Attestations demandées",
        "issued_certificate": "Attestations délivrées",
        "consent": "Consentements",
        "access_log": "Qui a consulté vos données",
    },
    "de-BE": {
        "title": "Meine Daten bei {municipality}",
        "made": "Erstellt am {date}. Dieses Dokument enthält personenbezogene Daten: "
        "bewahren Sie es sicher auf.",
        "empty": "Nichts gespeichert.",
        "person": "Person",
        "melding": "Meldungen",
        "question": "Fragen",
        "appointment": "Termine",
        "certificate_request": "Beantragte Bescheinigungen",
        "issued_certificate": "Ausgestellte Bescheinigungen",
        "consent": "Einwilligungen",
        "access_log": "Wer Ihre Daten eingesehen hat",
    },
    "en": {
        "title": "My data at {municipality}",
        "made": "Made on {date}. This document holds personal data: keep it safe.",
        "empty": "Nothing held.",
        "person": "Person",
        "melding": "Reports",
        "question": "Questions",
        "appointment": "Appointments",
        "certificate_request": "Certificates requested",
        "issued_certificate": "Certificates issued",
        "consent": "Consents",
        "access_log": "Who looked at your data",
    },
}
_HIDDEN = {"id", "person_key", "person_id", "team_id"}


def _texts(language: str) -> Mapping[str, str]:
    return _TITLES.get(language) or _TITLES["en"]


def _value(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render_my_data_pdf(
    sections: Mapping[str, list[Mapping[str, Any]]],
    language: str,
    municipality_name: str,
    today: dt.date | None = None,
) -> bytes:
    """The PDF's bytes."""
    texts = _texts(language)
    styles = getSampleStyleSheet()
    story: list[Any] = [
        Paragraph(escape(texts["title"].format(municipality=municipality_name)), styles["Title"]),
        Paragraph(
            escape(texts["made"].format(date=(today or dt.date.today()).isoformat())),
            styles["Normal"],
        ),
        Spacer(1, 6 * mm),
    ]
    for section, records in sections.items():
        live = [r for r in records if any(k not in _HIDDEN for k in r)]
        if not live and section not in texts:
            continue
        story.append(Paragraph(escape(texts.get(section, section)), styles["Heading2"]))
        if not live:
            story.append(Paragraph(escape(texts["empty"]), styles["Normal"]))
        for record in live:
            rows = [
                [
                    Paragraph(escape(k), styles["Normal"]),
                    Paragraph(escape(_value(v)), styles["Normal"]),
                ]
                for k, v in record.items()
                if k not in _HIDDEN and v not in (None, "")
            ]
            if not rows:
                continue
            table = Table(rows, colWidths=(50 * mm, 120 * mm))
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey)]))
            story += [table, Spacer(1, 3 * mm)]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, title=texts["title"].format(municipality=municipality_name)
    )
    document.build(story)
    return buffer.getvalue()
