"""Kiosk look-up of a melding or question by its reference (device bearer token).

A guest has no person scope to pull, so "follow your melding at any kiosk" asks central
directly with the reference printed on the screen. Only enrolled devices may ask.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, Field

from central import reference_lookup
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
