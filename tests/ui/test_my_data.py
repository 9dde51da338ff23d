"""My data at the kiosk, on the real widgets with a real central process."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.services import Service
from kiosk.session import EndReason
from offline_sync.protocol import new_id
from tests.ui.card_kiosk import all_text, files_mentioning
from tests.ui.self_service_kiosk import WAIT_MS, EnrolledKiosk, enrolled_kiosk
from ui.features._my_data_screens import Step
from ui.features.my_data import MyDataFlow
from ui.service_menu import ServiceMenuScreen


@pytest.fixture
def kiosk(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[EnrolledKiosk]:
    with enrolled_kiosk(qtbot, tmp_path, monkeypatch) as enrolled:
        flow = enrolled.window.findChild(MyDataFlow, "my-data-flow")
        assert flow is not None
        flow.confirm = lambda _parts, _purpose, verified, _cancelled: verified()
        yield enrolled


def flow_of(kiosk: EnrolledKiosk) -> MyDataFlow:
    flow = kiosk.window.findChild(MyDataFlow, "my-data-flow")
    assert flow is not None
    return flow


def open_my_data(qtbot: QtBot, kiosk: EnrolledKiosk) -> MyDataFlow:
    """A citizen with a melding on record at central opens "My data"."""
    citizen = kiosk.identify()
    other = kiosk.muni.enroll("kiosk")
    melding = {"reference": "ZZ-REF-4471", "category": "litter", "status": "511"}
    (pushed,) = other.push(
        other.op(
            "melding", new_id(), "create", fields={**melding, "person_key": citizen.person_key}
        )
    )
    assert pushed["status"] == "accepted"
    flow = flow_of(kiosk)
    more = kiosk.window.shell.screen_named("citizen-more")
    assert isinstance(more, ServiceMenuScreen)
    kiosk.click(qtbot, more.service_buttons[Service.MY_DATA])
    kiosk.wait_for(qtbot, "my-data")
    qtbot.waitUntil(lambda: flow.screen.step is Step.SHOWN, timeout=WAIT_MS)
    return flow


def test_my_data_shows_what_is_held_and_who_looked(qtbot: QtBot, kiosk: EnrolledKiosk) -> None:
    flow = open_my_data(qtbot, kiosk)
    (read,) = kiosk.records("access_log")

    assert "1 meldingen" in flow.screen.message.text()
    assert flow.screen.log_label.isVisible()
    assert "uzelf, aan een kiosk" in flow.screen.log_label.text()
    assert read["fields"]["actor"] == kiosk.device_id  # central logged this kiosk's read


def test_exports_are_deleted_when_their_time_is_up_and_at_the_session_end(
    qtbot: QtBot, kiosk: EnrolledKiosk
) -> None:
    flow = open_my_data(qtbot, kiosk)
    kiosk.click(qtbot, flow.screen.export_button)
    qtbot.waitUntil(lambda: flow.screen.step is Step.EXPORTED, timeout=WAIT_MS)
    (first,) = flow.shelf.exports
    assert first.pdf.read_bytes().startswith(b"%PDF")
    assert '"@context"' in first.jsonld.read_text("utf-8")
    assert "15 minuten" in flow.screen.message.text()

    flow.now = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=16)
    flow.expire_exports()

    assert not first.pdf.exists()
    assert not first.jsonld.exists()
    assert flow.screen.step is Step.SHOWN
    flow.now = lambda: dt.datetime.now(dt.UTC)
    kiosk.click(qtbot, flow.screen.export_button)
    qtbot.waitUntil(lambda: len(flow.shelf.exports) == 1, timeout=WAIT_MS)
    (second,) = flow.shelf.exports
    with qtbot.waitSignal(kiosk.window.parts.controller.ended, timeout=WAIT_MS):
        kiosk.window.parts.controller.end_session(EndReason.FINISHED)
    assert not second.pdf.exists()
    assert not second.pdf.parent.exists()
    assert files_mentioning(kiosk.temp, "Specimen", "ZZ-REF-4471") == []
    assert "Specimen" not in all_text(kiosk.window)
    assert "ZZ-REF-4471" not in all_text(kiosk.window)


def test_a_share_shows_a_qr_code_central_serves_until_it_is_stopped(
    qtbot: QtBot, kiosk: EnrolledKiosk
) -> None:
    flow = open_my_data(qtbot, kiosk)
    kiosk.click(qtbot, flow.screen.share_button)
    kiosk.wait_for(qtbot, "my-data-share")
    assert not flow.choice.make_button.isEnabled()
    kiosk.click(qtbot, flow.choice.choices["identity"])
    kiosk.click(qtbot, flow.choice.make_button)
    kiosk.wait_for(qtbot, "my-data-qr")
    share = flow.share
    assert share is not None
    pixmap = flow.qr.qr.pixmap()
    assert flow.qr.qr.isVisible()
    assert not pixmap.isNull()
    assert "Specimen" not in flow.qr.message.text()
    kiosk.sync()

    served = kiosk.get(f"/v1/shares/{share.token}")
    kiosk.click(qtbot, flow.qr.revoke_button)
    qtbot.waitUntil(lambda: flow.qr.revoked, timeout=WAIT_MS)
    kiosk.sync()
    stopped = kiosk.get(f"/v1/shares/{share.token}")

    assert served.status_code == 200
    assert "De QR-code werkt niet meer" in flow.qr.message.text()
    assert (stopped.status_code, stopped.json()["code"]) == (410, "share_revoked")
