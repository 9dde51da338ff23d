"""Attachments on a real central process: chunked resumable upload, hash check, limits."""

from __future__ import annotations

import hashlib
import os

import requests

from offline_sync.protocol import MAX_ATTACHMENT_BYTES
from tests.central.helpers import Device, Municipality

CHUNK = 64 * 1024


def _put(
    device: Device, sha: str, data: bytes, start: int, total: int, *, kind: str = "image/jpeg"
) -> requests.Response:
    headers = {
        "Content-Type": kind,
        "Content-Range": f"bytes {start}-{start + len(data) - 1}/{total}",
    }
    return device.session.put(
        f"{device.base}/v1/attachments/{sha}", data=data, headers=headers, timeout=30
    )


def _status(device: Device, sha: str) -> dict[str, object]:
    reply = device.session.get(f"{device.base}/v1/attachments/{sha}/status", timeout=30)
    assert reply.status_code == 200, reply.text
    body: dict[str, object] = reply.json()
    return body


def test_a_photo_uploads_in_chunks_resumes_and_back_office_downloads_it(
    muni: Municipality,
) -> None:
    laptop = muni.enroll()
    photo = os.urandom(3 * CHUNK + 1000)
    sha = hashlib.sha256(photo).hexdigest()
    assert _status(laptop, sha) == {
        "sha256": sha,
        "received": 0,
        "size": None,
        "content_type": None,
        "complete": False,
    }
    assert _put(laptop, sha, photo[:CHUNK], 0, len(photo)).json()["received"] == CHUNK
    # the connection dropped: the device asks where to go on
    assert _status(laptop, sha)["received"] == CHUNK
    # a repeated chunk overlapping what central holds only adds the new bytes
    reply = _put(laptop, sha, photo[: 2 * CHUNK], 0, len(photo))
    assert reply.json()["received"] == 2 * CHUNK
    done = _put(laptop, sha, photo[2 * CHUNK :], 2 * CHUNK, len(photo))
    assert done.status_code == 200, done.text
    assert done.json()["complete"] is True

    again = _put(laptop, sha, photo[:CHUNK], 0, len(photo))
    assert (again.status_code, again.json()["complete"]) == (200, True)

    office = muni.staff("backoffice")
    download = office.get(f"{muni.base}/v1/backoffice/attachments/{sha}", timeout=30)
    assert download.status_code == 200
    assert download.headers["content-type"] == "image/jpeg"
    assert hashlib.sha256(download.content).hexdigest() == sha
    mine = laptop.session.get(f"{muni.base}/v1/attachments/{sha}", timeout=30)
    assert mine.content == photo


def test_content_not_matching_its_address_is_discarded(muni: Municipality) -> None:
    laptop = muni.enroll()
    photo = os.urandom(CHUNK + 10)
    sha = hashlib.sha256(b"something else").hexdigest()
    assert _put(laptop, sha, photo[:CHUNK], 0, len(photo)).status_code == 200
    reply = _put(laptop, sha, photo[CHUNK:], CHUNK, len(photo))
    assert (reply.status_code, reply.json()["code"]) == (422, "attachment_hash_mismatch")
    assert _status(laptop, sha)["received"] == 0
    office = muni.staff("backoffice")
    missing = office.get(f"{muni.base}/v1/backoffice/attachments/{sha}", timeout=30)
    assert (missing.status_code, missing.json()["code"]) == (404, "not_found")


def test_limits_types_and_gaps_are_refused_with_a_reason(muni: Municipality) -> None:
    laptop = muni.enroll()
    sha = hashlib.sha256(b"x").hexdigest()
    huge = _put(laptop, sha, b"x" * 10, 0, MAX_ATTACHMENT_BYTES + 1)
    assert (huge.status_code, huge.json()["code"]) == (413, "attachment_too_large")
    assert "10.0 MB" in huge.json()["message"]
    exe = _put(laptop, sha, b"MZ", 0, 2, kind="application/x-msdownload")
    assert (exe.status_code, exe.json()["code"]) == (415, "attachment_type_unsupported")
    gap = _put(laptop, sha, b"x", 5, 10)
    assert (gap.status_code, gap.json()["code"]) == (409, "attachment_offset_mismatch")
    bad = laptop.session.put(
        f"{muni.base}/v1/attachments/{sha}",
        data=b"x",
        headers={"Content-Type": "image/png", "Content-Range": "bytes 0-5/1"},
        timeout=30,
    )
    assert (bad.status_code, bad.json()["code"]) == (400, "invalid_content_range")
    anonymous = requests.get(f"{muni.base}/v1/attachments/{sha}/status", timeout=30)
    assert anonymous.status_code == 401


def test_only_the_uploader_and_devices_of_a_referring_team_download(muni: Municipality) -> None:
    laptop, other_team = muni.enroll(team="t1"), muni.enroll(team="t2")
    photo = os.urandom(1000)
    sha = hashlib.sha256(photo).hexdigest()
    assert _put(laptop, sha, photo, 0, len(photo), kind="image/png").json()["complete"]
    url = f"{muni.base}/v1/attachments/{sha}"
    assert other_team.session.get(url, timeout=30).status_code == 404
    melding = laptop.op(
        "melding",
        "m-" + sha[:8],
        kind="create",
        fields={
            "reference": "R-1",
            "category": "road",
            "status": "511",
            "team_id": "t2",
            "attachments": [{"sha256": sha, "content_type": "image/png", "size": len(photo)}],
        },
    )
    assert laptop.push(melding)[0]["status"] == "accepted"
    reply = other_team.session.get(url, timeout=30)
    assert (reply.status_code, reply.content) == (200, photo)
