"""Response and request bodies of central-only endpoints (the device wire models live in
`offline_sync.protocol`)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

_STRICT = ConfigDict(extra="forbid")


class LoginRequest(BaseModel):
    model_config = _STRICT
    municipality_id: str = Field(min_length=1, max_length=64)
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class LoginResponse(BaseModel):
    model_config = _STRICT
    token: str
    role: str
    expires_in: int


class RecordItem(BaseModel):
    model_config = _STRICT
    id: str
    fields: dict[str, Any]
    versions: dict[str, int]
    deleted: bool
    position: int


class RecordList(BaseModel):
    model_config = _STRICT
    items: list[RecordItem]


class StatusChange(BaseModel):
    model_config = _STRICT
    status: str = Field(min_length=1, max_length=16)


class Answer(BaseModel):
    model_config = _STRICT
    answer: str = Field(min_length=1, max_length=20_000)


class Written(BaseModel):
    model_config = _STRICT
    position: int


class QuarantineItem(BaseModel):
    model_config = _STRICT
    quarantine_id: str
    op_id: str
    device_id: str
    reason: str
    received_at: int
    op: dict[str, Any]


class QuarantineList(BaseModel):
    model_config = _STRICT
    items: list[QuarantineItem]


class ConflictItem(BaseModel):
    model_config = _STRICT
    conflict_id: str
    entity: str
    entity_id: str
    field: str
    server_value: Any
    device_value: Any
    op_id: str
    device_id: str
    resolved: bool


class ConflictList(BaseModel):
    model_config = _STRICT
    items: list[ConflictItem]
