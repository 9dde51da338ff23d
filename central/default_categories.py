"""The Open311-like melding categories a new municipality starts with (the demo's set).

Every text in nl-BE, fr-BE, de-BE and en. Questions are Open311 GeoReport v2 service
definition attributes with multilingual ``description`` and value ``name``.
"""

from __future__ import annotations

from typing import Any


def _t(nl: str, fr: str, de: str, en: str) -> dict[str, str]:
    return {"nl-BE": nl, "fr-BE": fr, "de-BE": de, "en": en}


def _choice(
    code: str, description: dict[str, str], *values: tuple[str, dict[str, str]]
) -> dict[str, Any]:
    return {
        "code": code,
        "datatype": "singlevaluelist",
        "required": True,
        "description": description,
        "values": [{"key": key, "name": name} for key, name in values],
    }


DEFAULT_CATEGORIES: tuple[dict[str, Any], ...] = (
    {
        "code": "street_lighting",
        "labels": _t(
            "Straatverlichting", "Éclairage public", "Straßenbeleuchtung", "Street lighting"
        ),
        "questions": [
            _choice(
                "problem",
                _t(
                    "Wat is er mis met de lamp?",
                    "Quel est le problème ?",
                    "Was ist mit der Lampe?",
                    "What is wrong with the light?",
                ),
                (
                    "off",
                    _t("Ze brandt niet", "Elle ne s'allume pas", "Sie brennt nicht", "It is off"),
                ),
                ("flickers", _t("Ze knippert", "Elle clignote", "Sie flackert", "It flickers")),
                (
                    "day",
                    _t(
                        "Ze brandt overdag",
                        "Elle reste allumée le jour",
                        "Sie brennt am Tag",
                        "It is on by day",
                    ),
                ),
            ),
        ],
    },
    {
        "code": "litter",
        "labels": _t(
            "Zwerfvuil en sluikstorten",
            "Déchets et dépôts sauvages",
            "Müll und wilde Deponien",
            "Litter and dumping",
        ),
        "questions": [
            _choice(
                "amount",
                _t(
                    "Hoeveel afval ligt er?",
                    "Quelle quantité de déchets ?",
                    "Wie viel Müll liegt dort?",
                    "How much litter is there?",
                ),
                ("little", _t("Een beetje", "Un peu", "Ein wenig", "A little")),
                ("bags", _t("Een paar zakken", "Quelques sacs", "Ein paar Säcke", "A few bags")),
                (
                    "large",
                    _t(
                        "Veel of grofvuil",
                        "Beaucoup ou des encombrants",
                        "Viel oder Sperrmüll",
                        "A lot, or bulky waste",
                    ),
                ),
            ),
            {
                "code": "dangerous",
                "datatype": "singlevaluelist",
                "required": False,
                "description": _t(
                    "Is het gevaarlijk (glas, spuiten, chemicaliën)?",
                    "Est-ce dangereux (verre, seringues, produits chimiques) ?",
                    "Ist es gefährlich (Glas, Spritzen, Chemikalien)?",
                    "Is it dangerous (glass, needles, chemicals)?",
                ),
                "values": [
                    {"key": "yes", "name": _t("Ja", "Oui", "Ja", "Yes")},
                    {"key": "no", "name": _t("Nee", "Non", "Nein", "No")},
                ],
            },
        ],
    },
    {
        "code": "road_damage",
        "labels": _t(
            "Schade aan weg of stoep",
            "Route ou trottoir abîmé",
            "Schaden an Straße oder Gehweg",
            "Road or pavement damage",
        ),
        "questions": [
            _choice(
                "where",
                _t(
                    "Waar is de schade?",
                    "Où se trouve le dégât ?",
                    "Wo ist der Schaden?",
                    "Where is the damage?",
                ),
                ("road", _t("Op de rijweg", "Sur la chaussée", "Auf der Fahrbahn", "On the road")),
                (
                    "pavement",
                    _t("Op de stoep", "Sur le trottoir", "Auf dem Gehweg", "On the pavement"),
                ),
                (
                    "cycle_path",
                    _t(
                        "Op het fietspad",
                        "Sur la piste cyclable",
                        "Auf dem Radweg",
                        "On the cycle path",
                    ),
                ),
            ),
        ],
    },
    {
        "code": "noise",
        "labels": _t("Geluidsoverlast", "Nuisances sonores", "Lärmbelästigung", "Noise nuisance"),
        "questions": [
            _choice(
                "when",
                _t(
                    "Wanneer is er lawaai?",
                    "Quand y a-t-il du bruit ?",
                    "Wann ist es laut?",
                    "When is it noisy?",
                ),
                ("day", _t("Overdag", "En journée", "Tagsüber", "By day")),
                ("night", _t("'s Nachts", "La nuit", "Nachts", "At night")),
                ("always", _t("Altijd", "Tout le temps", "Immer", "All the time")),
            ),
            {
                "code": "source",
                "datatype": "string",
                "required": False,
                "description": _t(
                    "Waar komt het lawaai vandaan?",
                    "D'où vient le bruit ?",
                    "Woher kommt der Lärm?",
                    "Where does the noise come from?",
                ),
            },
        ],
    },
)

DEMO_STREETS: tuple[str, ...] = (
    "Kerkstraat",
    "Kloosterstraat",
    "Proefstraat",
    "Overpoort",
    "Stationsstraat",
    "Sint-Pietersplein",
    "Brusselsesteenweg",
)
DEMO_POSTCODE = "9999"
DEMO_NUMBERS = 40
