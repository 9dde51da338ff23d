"""A photo for a melding from the kiosk's camera: offered only where there is one.

Real kiosk window, real device store, the real camera stack where the question is whether
a camera is present (this machine has none); the camera hardware itself is stood in for by
`tests.ui.camera_double.PictureCamera`, which gives a real JPEG.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from kiosk.session import EndReason
from offline_sync.attachments import read_attachment
from offline_sync.store import LocalStore, open_store
from tests.ui.camera_double import PictureCamera, drawn_picture
from tests.ui.conftest import Kiosk
from tests.ui.melding_helpers import (
    melding_flow,
    on_screen,
    press,
    seed_reference,
    send,
    shown,
    start_as_guest,
    to_photo_screen,
)
from ui.camera import QtCamera, jpeg_bytes
from ui.features._melding_camera import MeldingCameraPhotoScreen, MeldingCameraScreen
from ui.metrics import screen_dpi, target_px_for


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = open_store(tmp_path / "kiosk.sqlite3")
    yield opened
    opened.close()


def _guest_at_photo_screen(kiosk: Kiosk, qtbot: QtBot, store: LocalStore) -> QAbstractButton:
    seed_reference(store)
    kiosk.window.parts.store.store = store
    melding_flow(kiosk).photo_source = list  # no USB stick
    start_as_guest(kiosk, qtbot)
    photos = to_photo_screen(kiosk, qtbot)
    button = photos.findChild(QPushButton, "melding-camera")
    assert button is not None
    return button


def _melding_row(store: LocalStore) -> tuple[str, list[dict[str, object]]]:
    with store.engine.connect() as connection:
        row = connection.execute(text("SELECT reference, attachments FROM melding")).one()
    return row[0], json.loads(row[1])


def test_without_a_camera_the_kiosk_does_not_offer_one(
    qtbot: QtBot, kiosk: Kiosk, store: LocalStore
) -> None:
    assert isinstance(melding_flow(kiosk).camera, QtCamera)  # the real one: no camera here
    button = _guest_at_photo_screen(kiosk, qtbot, store)

    photos = kiosk.window.shell.screen_named("melding-photo")
    assert not button.isVisible()
    assert "Een foto maken" not in shown(photos)
    assert "Geen foto gevonden" in shown(photos)


def test_a_citizen_takes_a_photo_and_it_goes_with_the_report(
    qtbot: QtBot, kiosk: Kiosk, store: LocalStore
) -> None:
    camera = PictureCamera()
    flow = melding_flow(kiosk)
    flow.camera = camera
    kiosk.window.parts.controller.set_read_aloud(True)
    button = _guest_at_photo_screen(kiosk, qtbot, store)
    photos = kiosk.window.shell.screen_named("melding-photo")
    assert button.isVisible()
    assert "maak er een met de camera" not in shown(photos)  # no USB photos: camera first
    assert "Maak een foto met de camera" in shown(photos)
    minimum = target_px_for(screen_dpi())
    assert button.width() >= minimum
    assert button.height() >= minimum

    press(qtbot, photos, "melding-camera")
    live = on_screen(kiosk, qtbot, "melding-camera")
    assert isinstance(live, MeldingCameraScreen)
    assert camera.running
    assert not live.view.image.isNull()  # the live picture
    assert "Richt de camera op het probleem" in kiosk.speech.texts()[-1]
    press(qtbot, live, "next")  # "Foto maken"

    preview = on_screen(kiosk, qtbot, "melding-camera-photo")
    assert isinstance(preview, MeldingCameraPhotoScreen)
    assert not camera.running  # the camera is let go while the citizen looks
    assert not preview.view.image.isNull()
    assert "Deze foto gebruiken" in kiosk.speech.texts()[-1]
    press(qtbot, preview, "melding-take-again")
    on_screen(kiosk, qtbot, "melding-camera")
    assert camera.running
    assert camera.starts == 2
    press(qtbot, live, "next")
    on_screen(kiosk, qtbot, "melding-camera-photo")
    press(qtbot, preview, "next")  # "Deze foto gebruiken"

    confirm = on_screen(kiosk, qtbot, "melding-confirm")
    assert "Een foto gemaakt met de camera" in shown(confirm)
    folder = flow.files.folder
    assert folder is not None
    kept = [p.name for p in folder.iterdir()]
    assert kept == ["melding-camera.jpg"]
    photo = (folder / "melding-camera.jpg").read_bytes()
    send(kiosk, qtbot)

    _reference, attachments = _melding_row(store)
    assert [(a["content_type"], a["size"]) for a in attachments] == [("image/jpeg", len(photo))]
    with store.engine.connect() as connection:
        stored = read_attachment(connection, str(attachments[0]["sha256"]))
    assert stored == photo
    assert stored[:3] == b"\xff\xd8\xff"

    with qtbot.waitSignal(kiosk.window.parts.controller.ended):
        kiosk.window.parts.controller.end_session(EndReason.FINISHED)
    assert not folder.exists()
    assert flow.files.folder is None
    assert preview.view.image.isNull()
    assert live.view.image.isNull()
    assert not camera.running


def test_leaving_the_camera_screen_switches_the_camera_off(
    qtbot: QtBot, kiosk: Kiosk, store: LocalStore
) -> None:
    camera = PictureCamera()
    melding_flow(kiosk).camera = camera
    _guest_at_photo_screen(kiosk, qtbot, store)
    press(qtbot, kiosk.window.shell.screen_named("melding-photo"), "melding-camera")
    live = on_screen(kiosk, qtbot, "melding-camera")
    assert camera.running

    press(qtbot, live, "back")

    on_screen(kiosk, qtbot, "melding-photo")
    assert not camera.running
    assert isinstance(live, MeldingCameraScreen)
    assert live.view.image.isNull()


@pytest.mark.parametrize("when", ["taking the photo", "switching it on", "never answering"])
def test_a_camera_that_fails_is_explained_and_the_report_goes_on_without_a_photo(
    qtbot: QtBot, kiosk: Kiosk, store: LocalStore, when: str
) -> None:
    camera = PictureCamera(
        fails=when == "taking the photo",
        fails_to_start=when == "switching it on",
        silent=when == "never answering",
    )
    flow = melding_flow(kiosk)
    flow.camera = camera
    flow.capture_timeout_ms = 50
    kiosk.window.parts.controller.set_read_aloud(True)
    _guest_at_photo_screen(kiosk, qtbot, store)
    press(qtbot, kiosk.window.shell.screen_named("melding-photo"), "melding-camera")
    if when != "switching it on":
        press(qtbot, on_screen(kiosk, qtbot, "melding-camera"), "next")

    photos = on_screen(kiosk, qtbot, "melding-photo")
    assert "De camera werkt op dit moment niet" in shown(photos)
    assert "De camera werkt op dit moment niet" in kiosk.speech.texts()[-1]
    button = photos.findChild(QPushButton, "melding-camera")
    assert button is not None
    assert not button.isVisible()
    assert not camera.running
    press(qtbot, photos, "next")  # "Verder zonder foto"
    confirm = on_screen(kiosk, qtbot, "melding-confirm")
    assert "camera" not in shown(confirm)
    send(kiosk, qtbot)

    _reference, attachments = _melding_row(store)
    assert attachments == []
    assert flow.files.folder is None


def test_a_session_ending_at_the_live_picture_lets_go_of_the_camera(
    qtbot: QtBot, kiosk: Kiosk, store: LocalStore
) -> None:
    camera = PictureCamera()
    melding_flow(kiosk).camera = camera
    _guest_at_photo_screen(kiosk, qtbot, store)
    press(qtbot, kiosk.window.shell.screen_named("melding-photo"), "melding-camera")
    live = on_screen(kiosk, qtbot, "melding-camera")
    assert isinstance(live, MeldingCameraScreen)
    assert not live.view.image.isNull()

    with qtbot.waitSignal(kiosk.window.parts.controller.ended):
        kiosk.window.parts.controller.end_session(EndReason.IDLE)

    assert not camera.running
    assert live.view.image.isNull()
    assert kiosk.window.shell.current_name == "attract"


def test_usb_photos_and_the_camera_are_offered_together(
    qtbot: QtBot, kiosk: Kiosk, store: LocalStore, tmp_path: Path
) -> None:
    photo = tmp_path / "usb" / "stoep.jpg"
    photo.parent.mkdir()
    photo.write_bytes(jpeg_bytes(drawn_picture()))
    melding_flow(kiosk).camera = PictureCamera()
    seed_reference(store)
    kiosk.window.parts.store.store = store
    melding_flow(kiosk).photo_source = lambda: [photo]
    start_as_guest(kiosk, qtbot)

    photos = to_photo_screen(kiosk, qtbot)

    assert "stoep.jpg" in shown(photos)
    assert "of maak er een met de camera" in shown(photos)
    button = photos.findChild(QPushButton, "melding-camera")
    assert button is not None
    assert button.isVisible()


def test_the_kiosk_starts_without_loading_qt_multimedia() -> None:
    """Qt Multimedia is loaded when a photo screen first asks for a camera, not at start."""
    probe = (
        "import sys\n"
        "from kiosk.config import Settings\n"
        "from ui.app import build_kiosk\n"
        "from ui.speech import RecordingSpeech\n"
        "build_kiosk(Settings(municipality_name='Zonnegem'), speech=RecordingSpeech())\n"
        "print('ui.features.melding' in sys.modules, 'PySide6.QtMultimedia' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    assert result.stdout.split() == ["True", "False"]
