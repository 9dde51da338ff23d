"""A person's records as JSON-LD with the Flemish OSLO vocabularies (open, reusable format).

Classes and properties come from the OSLO vocabularies at data.vlaanderen.be/ns (Persoon,
Adres, Melding, Contactmoment, Toestemming, Dienstverlening) and the core vocabularies
they build on (person, locn, foaf, dcterms). Fields without an OSLO term stay under the
``fygitaal`` namespace rather than being dropped: the citizen gets everything held.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CONTEXT: dict[str, str] = {
    "persoon": "https://data.vlaanderen.be/ns/persoon#",
    "adres": "https://data.vlaanderen.be/ns/adres#",
    "melding": "https://data.vlaanderen.be/ns/melding#",
    "contactmoment": "https://data.vlaanderen.be/ns/contactmoment#",
    "toestemming": "https://data.vlaanderen.be/ns/toestemming#",
    "dienstverlening": "https://data.vlaanderen.be/ns/dienstverlening#",
    "generiek": "https://data.vlaanderen.be/ns/generiek#",
    "person": "http://www.w3.org/ns/person#",
    "locn": "http://www.w3.org/ns/locn#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "m8g": "http://data.europa.eu/m8g/",
    "fygitaal": "https://fygitaal.example/ns#",
}

TYPES: dict[str, str] = {
    "person": "person:Person",
    "melding": "melding:Melding",
    "question": "contactmoment:Contactmoment",
    "appointment": "dienstverlening:Afspraak",
    "certificate_request": "dienstverlening:Aanvraag",
    "issued_certificate": "dienstverlening:Attest",
    "consent": "toestemming:Toestemming",
    "contact_moment": "contactmoment:Contactmoment",
    "visit": "contactmoment:Contactmoment",
    "referral": "fygitaal:Doorverwijzing",
    "visit_request": "dienstverlening:Aanvraag",
    "data_share": "fygitaal:Gegevensdeling",
    "access_log": "fygitaal:Raadpleging",
}

TERMS: dict[str, str] = {
    "first_names": "foaf:givenName",
    "surname": "foaf:familyName",
    "birth_date": "persoon:geboortedatum",
    "language": "dcterms:language",
    "phone": "foaf:phone",
    "category": "melding:categorie",
    "description": "dcterms:description",
    "status": "generiek:status",
    "reference": "generiek:lokaleIdentificator",
    "text": "dcterms:description",
    "answer": "fygitaal:antwoord",
    "channel": "contactmoment:kanaal",
    "topic": "dcterms:subject",
    "at": "dcterms:date",
    "starts_at": "dcterms:date",
    "requested_at": "dcterms:created",
    "submitted_at": "dcterms:created",
    "created_at": "dcterms:created",
    "given_at": "dcterms:created",
    "issued_at": "dcterms:issued",
    "valid_until": "dcterms:valid",
    "expires_at": "fygitaal:vervaltOp",
    "purpose": "toestemming:doel",
    "method": "toestemming:wijze",
    "withdrawn_at": "toestemming:ingetrokkenOp",
    "kind": "dcterms:type",
    "verification_code": "generiek:lokaleIdentificator",
    "actor": "dcterms:creator",
    "role": "fygitaal:rol",
}

_SKIP = {"id", "person_key", "person_id", "team_id", "street_and_number", "zip", "municipality"}


def _address(person: Mapping[str, Any]) -> dict[str, Any] | None:
    if not any(person.get(k) for k in ("street_and_number", "zip", "municipality")):
        return None
    return {
        "@type": "locn:Address",
        "locn:fullAddress": " ".join(
            str(person[k]) for k in ("street_and_number", "zip", "municipality") if person.get(k)
        ),
        "locn:thoroughfare": person.get("street_and_number"),
        "locn:postCode": person.get("zip"),
        "adres:gemeentenaam": person.get("municipality"),
    }


def node(entity: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """One record as a JSON-LD node."""
    out: dict[str, Any] = {"@id": f"urn:uuid:{record['id']}"} if record.get("id") else {}
    out["@type"] = TYPES.get(entity, f"fygitaal:{entity}")
    for name, value in record.items():
        if name in _SKIP or value is None or value == "":
            continue
        out[TERMS.get(name, f"fygitaal:{name}")] = value
    if entity == "person":
        address = _address(record)
        if address is not None:
            out["m8g:domicile"] = address
    return out


def to_jsonld(sections: Mapping[str, list[Any]]) -> dict[str, Any]:
    """Every section's records as one JSON-LD document (``@graph``)."""
    graph = [node(entity, record) for entity, records in sections.items() for record in records]
    return {"@context": dict(CONTEXT), "@graph": graph}
