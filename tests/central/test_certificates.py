"""Certificates end to end: the kiosk use case asks a real central process (SQLite and
PostgreSQL), which states the certificate from the synthetic register; the PDF is read
back as text, and the printed code is checked at the public verify endpoint."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from central import certificates as service
from central import tables as t
from central.certificate_models import CertificateKind as CentralKind
from central.certificate_models import CertificateRequest
from central.devices import authenticate
from central.register import SyntheticRegister
from kiosk.certificate_client import HttpCertificateClient, NotApplicable, PersonNotInRegister
from kiosk.certificates import Delivery, Issued, Queued, QueueReason, request_certificate
from kiosk.documents.certificate import CertificateKind
from offline_sync.formats.verification_codes import new_code
from tests.central.helpers import Device, Municipality
from tests.fixtures.pdf import pdf_text

ALICE = "71715100070"  # the applet-1.7 specimen card
MARIA = "88112345603"  # the 'foreigner' profile
LOUISE = "19021412393"  # the 'kids' profile
_EXPECTED = {
    CertificateKind.RESIDENCE: ["Meirplaats 1 bus 1, 2000 Antwerpen", "sinds 1 juli 2001"],
    CertificateKind.RESIDENCE_HISTORY: ["Overpoort 45, 9000 Gent", "Kerkstraat 12"],
    CertificateKind.HOUSEHOLD: ["Bram Voorbeeld", "partner", "Noor Specimen", "kind"],
    CertificateKind.LIFE: ["is in leven op"],
    CertificateKind.NATIONALITY: ["Belgische nationaliteit"],
    CertificateKind.VOTER: ["ingeschreven als kiezer"],
    CertificateKind.COHABITATION: ["18 mei 2012", "met Bram Voorbeeld"],
}


def _kiosk(muni: Municipality) -> tuple[Device, HttpCertificateClient]:
    device = muni.enroll("kiosk", None)
    return device, HttpCertificateClient(muni.base, device.token)


def _issued(result: Issued | Queued) -> Issued:
    assert isinstance(result, Issued), result
    return result


def test_central_and_the_kiosk_know_the_same_kinds() -> None:
    assert {k.value for k in CentralKind} == {k.value for k in CertificateKind}


@pytest.mark.parametrize("kind", list(CertificateKind), ids=lambda k: k.value)
def test_every_kind_for_alice_states_her_register_data(
    muni: Municipality, kind: CertificateKind, tmp_path: Path
) -> None:
    _device, client = _kiosk(muni)
    result = _issued(request_certificate(client, kind, "nl-BE", ALICE))
    text = pdf_text(result.document.pdf, tmp_path)
    assert "Alice Geldigekaart SPECIMEN" in text
    assert "Gemeente Test municipality" in text
    assert result.data.verification_code in text
    for expected in _EXPECTED[kind]:
        assert expected in text, (expected, text)
    assert ALICE not in text
    verdict = requests.get(result.data.verify_url, timeout=30).json()
    assert verdict["status"] == "valid"
    assert verdict["kind"] == kind.value
    assert verdict["pdf_sha256"] == result.document.sha256


def test_a_child_s_household_and_a_foreigner_s_nationality(
    muni: Municipality, tmp_path: Path
) -> None:
    _device, client = _kiosk(muni)
    household = _issued(request_certificate(client, CertificateKind.HOUSEHOLD, "fr-BE", LOUISE))
    text = pdf_text(household.document.pdf, tmp_path)
    assert "Pieter Voorbeeldt" in text
    assert "personne de référence" in text
    assert "Proefstraat 10, 9000 Brugge" in text
    nationality = _issued(request_certificate(client, CertificateKind.NATIONALITY, "en", MARIA))
    assert "has Spanish nationality" in pdf_text(nationality.document.pdf, tmp_path)


def test_what_does_not_apply_or_whom_the_register_does_not_know_is_a_typed_error(
    muni: Municipality,
) -> None:
    _device, client = _kiosk(muni)
    with pytest.raises(NotApplicable) as not_voter:
        request_certificate(client, CertificateKind.VOTER, "nl-BE", MARIA)
    assert not_voter.value.code == "not_registered_as_voter"
    with pytest.raises(NotApplicable) as alone:
        request_certificate(client, CertificateKind.COHABITATION, "nl-BE", "01050399864")
    assert alone.value.code == "no_legal_cohabitation"
    with pytest.raises(NotApplicable) as deceased:
        request_certificate(client, CertificateKind.LIFE, "nl-BE", "30031504163")
    assert deceased.value.code == "person_deceased"
    with pytest.raises(PersonNotInRegister):
        request_certificate(client, CertificateKind.LIFE, "nl-BE", "57102826266")


def test_verify_answers_valid_then_expired_then_unknown(muni: Municipality) -> None:
    device, client = _kiosk(muni)
    live = _issued(request_certificate(client, CertificateKind.RESIDENCE, "de-BE", ALICE))
    code = live.data.verification_code
    loose = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    reply = requests.get(f"{muni.base}/v1/verify/{loose}", timeout=30)
    assert reply.status_code == 200
    assert reply.json()["status"] == "valid"
    assert reply.json()["municipality"] == "Test municipality"
    assert set(reply.json()) == {
        "code", "status", "kind", "issued_at", "valid_until", "municipality", "pdf_sha256"
    }  # fmt: skip

    # issued four months ago with the default validity of three months: expired today
    past = dt.datetime.now(tz=dt.UTC) - dt.timedelta(days=124)
    old = service.issue(
        muni.engine,
        SyntheticRegister(),
        authenticate(muni.engine, device.token),
        CertificateRequest(kind=CentralKind.LIFE, language="en", national_number=ALICE),
        verify_base_url=muni.base,
        settings=service.CertificateSettings(clock=lambda: past),
    )
    expired = requests.get(f"{muni.base}/v1/verify/{old.verification_code}", timeout=30).json()
    assert expired["status"] == "expired"
    assert expired["valid_until"] < dt.date.today().isoformat()

    unknown = requests.get(f"{muni.base}/v1/verify/{new_code()}", timeout=30)
    assert unknown.status_code == 200
    assert unknown.json() == {
        "code": unknown.json()["code"], "status": "unknown", "kind": None, "issued_at": None,
        "valid_until": None, "municipality": None, "pdf_sha256": None,
    }  # fmt: skip


def test_a_typo_in_the_code_is_caught(muni: Municipality) -> None:
    _device, client = _kiosk(muni)
    code = _issued(request_certificate(client, CertificateKind.LIFE, "nl-BE", ALICE))
    text = code.data.verification_code
    typo = text[:2] + ("X" if text[2] != "X" else "Y") + text[3:]
    reply = requests.get(f"{muni.base}/v1/verify/{typo}", timeout=30)
    assert reply.status_code == 400
    assert reply.json()["code"] == "invalid_code"


def test_offline_the_request_is_queued_with_how_it_will_arrive() -> None:
    client = HttpCertificateClient("http://127.0.0.1:9", "no-token")  # discard port: refused
    result = request_certificate(client, CertificateKind.RESIDENCE, "nl-BE", ALICE)
    assert isinstance(result, Queued)
    assert result.reason is QueueReason.OFFLINE
    assert result.how_it_will_reach_you is Delivery.POST
    assert "per post naar uw adres" in result.message
    assert ALICE not in result.message


def test_a_certificate_asked_with_a_staff_member_names_them(muni: Municipality) -> None:
    laptop = muni.enroll("outreach", "t1")
    client = HttpCertificateClient(muni.base, laptop.token)
    helped = _issued(
        request_certificate(client, CertificateKind.LIFE, "nl-BE", ALICE, assisted_by="an")
    )
    _device, kiosk = _kiosk(muni)
    alone = _issued(request_certificate(kiosk, CertificateKind.LIFE, "nl-BE", ALICE))
    c = t.issued_certificate.c
    with muni.engine.connect() as conn:
        rows = dict(conn.execute(select(c.code, c.assisted_by)).all())
    assert rows[helped.data.verification_code] == "an"
    assert rows[alone.data.verification_code] is None
