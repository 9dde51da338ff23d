"""The committed OpenAPI document is the one the service serves, and documents its errors.

Regenerate it with ``python -m central.openapi > docs/openapi.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import requests

from central.openapi import render
from tests.central.helpers import Municipality

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_the_committed_document_equals_the_served_one(smuni: Municipality) -> None:
    served = requests.get(f"{smuni.base}/openapi.json", timeout=30).json()
    assert json.loads(COMMITTED.read_text(encoding="utf-8")) == served
    assert COMMITTED.read_text(encoding="utf-8") == render()


def test_every_error_response_is_an_error_body() -> None:
    document = json.loads(render())
    for path, methods in document["paths"].items():
        assert path.startswith("/v1/")
        for method, operation in methods.items():
            errors = {s: r for s, r in operation["responses"].items() if s[0] in "45"}
            assert errors, f"{method} {path} documents no error"
            for status, response in errors.items():
                schema = response["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorBody"}, (path, status)
