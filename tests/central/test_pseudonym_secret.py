"""The pseudonym secret: one per municipality, only for its own enrolled devices."""

from __future__ import annotations

import requests

from central import admin
from tests.central.helpers import Central, Municipality


def _secret(base: str, token: str | None) -> requests.Response:
    headers = {} if token is None else {"Authorization": f"Bearer {token}"}
    return requests.get(f"{base}/v1/device/pseudonym-secret", headers=headers, timeout=30)


def test_devices_of_a_municipality_share_its_secret(muni: Municipality) -> None:
    kiosk, laptop = muni.enroll("kiosk"), muni.enroll("outreach")
    first, second = _secret(muni.base, kiosk.token), _secret(muni.base, laptop.token)
    assert first.status_code == second.status_code == 200, first.text
    assert first.json() == second.json()
    assert first.json()["municipality_id"] == muni.municipality_id
    assert len(bytes.fromhex(first.json()["secret"])) == 32
    assert first.headers["Cache-Control"] == "no-store"
    assert _secret(muni.base, kiosk.token).json() == first.json()  # never changes


def test_another_municipality_gets_its_own_secret(central: Central, muni: Municipality) -> None:
    other = central.municipality()
    ours = _secret(muni.base, muni.enroll("kiosk").token).json()
    theirs = _secret(other.base, other.enroll("kiosk").token).json()
    assert theirs["municipality_id"] == other.municipality_id
    assert theirs["secret"] != ours["secret"]


def test_only_enrolled_devices_get_it(muni: Municipality) -> None:
    kiosk = muni.enroll("kiosk")
    assert _secret(muni.base, None).status_code == 401
    assert _secret(muni.base, "not-a-token").status_code == 401
    staff = muni.staff("admin")
    assert staff.get(f"{muni.base}/v1/device/pseudonym-secret", timeout=30).status_code == 401
    admin.revoke_device(muni.engine, kiosk.device_id)
    refused = _secret(muni.base, kiosk.token)
    assert refused.status_code == 403
    assert "secret" not in refused.json()
