"""Property-based requests from the served OpenAPI document against a real central process.

Schemathesis generates valid and invalid requests for every operation in
``/openapi.json`` (bodies, paths, queries), sent with a real device or staff token so
that they get past authentication. Whatever arrives, central must not fail with a 5xx,
must answer only status codes the document lists, with bodies that match it, and every
error must be an `ErrorBody` a device can show. The normal run is small and
derandomized; the ``slow`` variant explores much further.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import Case, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from offline_sync.protocol import ErrorBody
from tests.central.helpers import Central

CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]


@dataclass(frozen=True)
class Tokens:
    outreach: str
    kiosk: str
    staff: str


@pytest.fixture(scope="module")
def fuzz_tokens(sqlite_central: Central) -> Tokens:
    muni = sqlite_central.municipality()
    staff = muni.staff("admin")
    return Tokens(
        outreach=muni.enroll("outreach", "t1").token,
        kiosk=muni.enroll("kiosk", None).token,
        staff=str(staff.headers["Authorization"]).removeprefix("Bearer "),
    )


@pytest.fixture(scope="module")
def api_schema(sqlite_central: Central) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(f"{sqlite_central.url}/openapi.json")


def _token_for(path: str, tokens: Tokens) -> str:
    if path.startswith(("/v1/backoffice/", "/v1/staff/")):
        return tokens.staff
    if path.startswith("/v1/certificates"):
        return tokens.kiosk
    return tokens.outreach


def _check(case: Case[Any]) -> None:
    response = case.call(timeout=30)
    case.validate_response(response, checks=CHECKS)
    if response.status_code >= 300:
        ErrorBody.model_validate_json(response.content)  # raises: not an ErrorBody


KNOWN_BUGS: dict[str, str] = {
    # Found by this test; skipped by the quick run, failed by the slow one. Remove when fixed.
    # Fixed so far: 500 on device_seq/offset > 2**63-1 and on lone surrogates in a push;
    # an unparseable body answering an undocumented 400.
}


def _fuzz(
    api: schemathesis.BaseSchema, tokens: Tokens, options: settings, *, tolerate_known: bool
) -> None:
    """Every operation, valid and invalid data; all failures reported together."""
    failures: list[str] = []
    operations = []
    for result in api.get_all_operations():
        assert isinstance(result, Ok), f"the served document is invalid: {result.err()}"
        operations.append(result.ok())
    assert len(operations) >= 10, "the served document lists too few operations"
    for operation in operations:
        bearer = {"authorization": f"Bearer {_token_for(operation.path, tokens)}"}
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            label = f"{operation.method.upper()} {operation.path} ({mode})"
            if tolerate_known and label in KNOWN_BUGS:
                continue
            strategy = operation.as_strategy(mode, headers=bearer)

            @options
            @given(case=strategy)
            def run(case: Case[Any]) -> None:
                _check(case)

            try:
                run()
            except Unsatisfiable:
                continue  # nothing to make invalid (e.g. only the overridden header)
            except (Exception, BaseExceptionGroup) as exc:  # all reported together below
                failures.append(f"{label}: {exc}"[:3000])
    assert not failures, "\n\n".join(failures)


def test_generated_requests_get_documented_answers_and_no_5xx(
    api_schema: schemathesis.BaseSchema, fuzz_tokens: Tokens
) -> None:
    quick = settings(
        max_examples=6,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    _fuzz(api_schema, fuzz_tokens, quick, tolerate_known=True)


@pytest.mark.long
def test_many_generated_requests_get_documented_answers_and_no_5xx(
    api_schema: schemathesis.BaseSchema, fuzz_tokens: Tokens
) -> None:
    """Strict: also fails on the `KNOWN_BUGS` until they are fixed."""
    long = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    _fuzz(api_schema, fuzz_tokens, long, tolerate_known=False)
