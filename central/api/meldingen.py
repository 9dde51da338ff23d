"""Meldingen on central: look-up by reference (kiosks) and Open311 service definitions.

A guest has no person scope to pull, so "follow your melding at any kiosk" asks central
directly with the reference printed on the screen; only enrolled devices may ask. The
Open311 GeoReport v2 ``services`` list and definitions are public reference data.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, ConfigDict, Field

from central import open311, reference_lookup
from central.api.deps import DeviceDep, EngineDep
from central.api.errors import ApiError, documented

router = APIRouter(prefix="/v1", tags=["meldingen"])
_STRICT = ConfigDict(extra="forbid", frozen=True)


class StatusStep(BaseModel):
    model_config = _STRICT
    status: str | None = Field(description="OSLO MeldingStatuswaarde code, e.g. '511'")
    at: str | None


class ThreadItem(BaseModel):
    model_config = _STRICT
    by: str | None = Field(description="'citizen' or the staff member who replied")
    text: str | None
    at: str | None


class ReferenceLookup(BaseModel):
    """What a citizen may see of a melding or question; never who filed it."""

    model_config = _STRICT
    kind: Literal["melding", "question"]
    id: str
    status: str
    reference: str = ""
    category: str = ""
    status_history: list[StatusStep] = Field(default_factory=list)
    text: str = ""
    answer: str = ""
    open_until: str = ""
    thread: list[ThreadItem] = Field(default_factory=list)


Reference = Annotated[str, Path(min_length=1, max_length=32)]


@router.get(
    "/lookup/{reference}",
    response_model=ReferenceLookup,
    responses=documented(401, 403, 404),
)
def get_lookup(reference: Reference, device: DeviceDep, engine: EngineDep) -> ReferenceLookup:
    """The status of a melding ("M-...") or the answer to a question ("V-...")."""
    found = reference_lookup.find(engine, device.municipality_id, reference)
    if found is None:
        raise ApiError(404, "not_found", "no melding or question with this reference")
    return ReferenceLookup.model_validate(found)


class Open311Service(BaseModel):
    """An Open311 GeoReport v2 service (a melding category)."""

    model_config = _STRICT
    service_code: str
    service_name: str
    description: str
    metadata: bool = Field(description="true: the service has a definition with attributes")
    type: str
    keywords: str
    group: str


class Open311Value(BaseModel):
    model_config = _STRICT
    key: str
    name: str


class Open311Attribute(BaseModel):
    model_config = _STRICT
    variable: bool
    code: str
    datatype: str = Field(description="singlevaluelist, string, text or number")
    required: bool
    datatype_description: str
    order: int
    description: str
    values: list[Open311Value]


class Open311Definition(BaseModel):
    model_config = _STRICT
    service_code: str
    attributes: list[Open311Attribute]


Municipality = Annotated[str, Path(min_length=1, max_length=64)]
Language = Annotated[
    Literal["nl-BE", "fr-BE", "de-BE", "en"], Query(description="language of the texts")
]
ServiceCode = Annotated[str, Path(min_length=1, max_length=64)]


@router.get(
    "/open311/{municipality_id}/services.json",
    response_model=list[Open311Service],
    tags=["open311"],
    responses=documented(),
)
def get_services(
    municipality_id: Municipality, engine: EngineDep, lang: Language = "nl-BE"
) -> list[Open311Service]:
    """Open311 GeoReport v2 ``GET services``: the municipality's melding categories."""
    rows = open311.services(engine, municipality_id, lang)
    return [Open311Service.model_validate(row) for row in rows]


@router.get(
    "/open311/{municipality_id}/services/{service_code}.json",
    response_model=Open311Definition,
    tags=["open311"],
    responses=documented(404),
)
def get_service_definition(
    municipality_id: Municipality,
    service_code: ServiceCode,
    engine: EngineDep,
    lang: Language = "nl-BE",
) -> Open311Definition:
    """Open311 GeoReport v2 service definition: the category's questions as attributes."""
    found = open311.definition(engine, municipality_id, service_code, lang)
    if found is None:
        raise ApiError(404, "not_found", "no such service in this municipality")
    return Open311Definition.model_validate(found)
