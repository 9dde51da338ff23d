"""Certificates asked for while a kiosk was offline: issued when the request arrives by sync.

A kiosk that cannot reach central keeps a ``certificate_request`` record (kind, language,
history flag, delivery, ``person_key``; never the national number). Once it is pushed,
`issue_queued` finds the person in the register through a ``person_key`` → national
number look-up, issues the certificate exactly like an online request
(`central.certificates.issue`: one ``issued_certificate`` row and a verification code)
and moves the record to ``issued`` with its ``verification_code`` at a new feed
position, so the answer flows back to the devices by sync. A person the register does
not know, or a kind that does not apply to them, moves it to ``refused``; an
unreachable register leaves it ``queued`` for the next sweep.

The look-up is a parameter because a register can only be asked by number: the
synthetic register can be enumerated (`synthetic_lookup`), a MAGDA backend cannot and
will need central's own index of person keys.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import Engine, select

from central import tables as t
from central.certificate_content import NotApplicable
from central.certificate_models import CertificateKind, CertificateRequest
from central.certificates import CertificateSettings, issue
from central.db import read_tx, write_tx
from central.devices import Device
from central.feed import Positions, load, save
from central.register import PersonNotFound, PopulationRegister, RegisterUnavailable
from central.register.model import national_digits

log = logging.getLogger(__name__)

ENTITY = "certificate_request"
ISSUER = "central-queue"
"""The ``device_id`` of certificates central issued itself for a queued request."""
_R = t.record.c

NumberLookup = Callable[[str], str | None]
"""``person_key`` → national number, or None when the person is unknown."""


def person_key(secret: bytes, national_number: str) -> str:
    """The device-side ``person_key`` (`kiosk.pseudonyms.person_key`), computed on central."""
    message = b"fygitaal/person/v1\x00" + national_digits(national_number).encode("ascii")
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def synthetic_lookup(secret: bytes, national_numbers: Iterable[str]) -> NumberLookup:
    """A look-up over a register that can list its people (the synthetic population)."""
    table = {person_key(secret, number): number for number in national_numbers}
    return table.get


@dataclass(frozen=True)
class Outcome:
    """What became of one queued request."""

    request_id: str
    status: str
    """``issued`` or ``refused``."""
    verification_code: str | None = None
    reason: str | None = None


def queued_municipalities(engine: Engine) -> list[str]:
    """The municipalities with at least one request waiting."""
    with read_tx(engine) as conn:
        rows = conn.execute(select(_R.municipality_id).where(t.QUEUED_CERTIFICATE).distinct()).all()
    return [row.municipality_id for row in rows]


def issue_queued(
    engine: Engine,
    register: PopulationRegister,
    municipality_id: str,
    lookup: NumberLookup,
    *,
    verify_base_url: str,
    settings: CertificateSettings,
) -> list[Outcome]:
    """Issue (or refuse) every queued request of ``municipality_id``; what became of each."""
    with read_tx(engine) as conn:
        rows = conn.execute(
            select(_R.entity_id, _R.fields).where(
                _R.municipality_id == municipality_id, t.QUEUED_CERTIFICATE
            )
        ).all()
    issuer = Device(municipality_id, ISSUER, "central", None, 0)
    outcomes: list[Outcome] = []
    for row in rows:
        fields = json.loads(row.fields)
        outcome = _issue_one(
            register, issuer, row.entity_id, fields, lookup, verify_base_url, engine, settings
        )
        if outcome is not None and _settle(engine, municipality_id, outcome):
            outcomes.append(outcome)
    return outcomes


def _request(fields: dict[str, object], number: str) -> CertificateRequest:
    kind = CertificateKind(str(fields.get("kind")))
    if kind is CertificateKind.RESIDENCE and fields.get("with_history") in (1, True, "1", "true"):
        kind = CertificateKind.RESIDENCE_HISTORY
    return CertificateRequest.model_validate(
        {"kind": kind, "language": fields.get("language"), "national_number": number}
    )


def _issue_one(  # noqa: PLR0917 - the sweep's context, passed through
    register: PopulationRegister,
    issuer: Device,
    request_id: str,
    fields: dict[str, object],
    lookup: NumberLookup,
    verify_base_url: str,
    engine: Engine,
    settings: CertificateSettings,
) -> Outcome | None:
    key = fields.get("person_key")
    number = lookup(key) if isinstance(key, str) else None
    if number is None:
        return Outcome(request_id, "refused", reason="person_not_found")
    try:
        request = _request(fields, number)
        data = issue(
            engine, register, issuer, request, verify_base_url=verify_base_url, settings=settings
        )
    except RegisterUnavailable:
        log.info("register unavailable; certificate request %s stays queued", request_id)
        return None
    except PersonNotFound:
        return Outcome(request_id, "refused", reason="person_not_found")
    except NotApplicable as exc:
        return Outcome(request_id, "refused", reason=exc.code)
    except ValueError:  # an unknown kind or language: nothing a retry would change
        return Outcome(request_id, "refused", reason="invalid_request")
    return Outcome(request_id, "issued", verification_code=data.verification_code)


def _settle(engine: Engine, municipality_id: str, outcome: Outcome) -> bool:
    """Write the outcome as a server change; False when the request moved meanwhile."""
    changes: dict[str, object] = {"status": outcome.status}
    if outcome.verification_code is not None:
        changes["verification_code"] = outcome.verification_code
    with write_tx(engine) as conn:
        positions = Positions(conn, municipality_id)
        rec = load(conn, municipality_id, ENTITY, outcome.request_id)
        if not rec.exists or rec.deleted or rec.fields.get("status") != "queued":
            return False
        save(conn, positions, rec, changes)
        positions.flush()
    log.info(
        "queued certificate request %s %s%s",
        outcome.request_id,
        outcome.status,
        f" ({outcome.reason})" if outcome.reason else "",
    )
    return True
