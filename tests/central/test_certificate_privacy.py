"""The national number sent with a certificate request is used and forgotten: after every
kind of request for every synthetic citizen (refusals included), neither the central
database file nor its logs hold a number or a name."""

from __future__ import annotations

from pathlib import Path

import requests

from central import admin
from central.db import create_central_engine
from central.migrate import upgrade
from central.register.population import CITIZENS
from tests.central.helpers import CentralProcess

KINDS = ("residence", "residence_history", "household", "life", "nationality", "voter")


def _formatted(number: str) -> str:
    return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"


def test_no_national_number_or_name_in_the_database_or_the_logs(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    engine = create_central_engine(url)
    upgrade(engine)
    admin.create_municipality(engine, "gent", "Gent")
    process = CentralProcess(url, tmp_path)
    try:
        code = admin.create_enrollment_code(engine, "gent", "kiosk", None)
        enrolled = requests.post(
            f"{process.url}/v1/enroll", json={"code": code, "device_name": "k"}, timeout=30
        ).json()
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {enrolled['token']}"
        statuses = set()
        for citizen in CITIZENS:
            for kind in (*KINDS, "cohabitation"):
                reply = session.post(
                    f"{process.url}/v1/certificates",
                    json={
                        "kind": kind,
                        "language": "nl-BE",
                        "national_number": _formatted(citizen.national_number),
                    },
                    timeout=30,
                )
                statuses.add(reply.status_code)
        for bad in ("57102826266", "5710282616x"):  # unknown person, malformed
            reply = session.post(
                f"{process.url}/v1/certificates",
                json={"kind": "life", "language": "en", "national_number": bad},
                timeout=30,
            )
            statuses.add(reply.status_code)
            assert bad not in reply.text
    finally:
        assert process.stop() == 0
        engine.dispose()
    assert statuses == {201, 404, 409, 422}

    database = b"".join(p.read_bytes() for p in tmp_path.glob("central.sqlite3*"))
    logs = b"".join(p.read_bytes() for p in tmp_path.rglob("*.log"))
    logs += process.stderr_path.read_bytes()
    assert b"issued by device" in logs  # the log is there, and it is the right one
    assert b"residence_history" in database
    for citizen in CITIZENS:
        number = citizen.national_number.encode()
        for haystack in (database, logs):
            assert number not in haystack
            assert _formatted(citizen.national_number).encode() not in haystack
            assert citizen.identity.surname.encode() not in haystack
    assert b"57102826266" not in database + logs
