"""The Qt Multimedia camera on a machine without one, and the JPEG it would hand over."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from ui.camera import LONGEST_SIDE, QtCamera, jpeg_bytes


def test_without_a_camera_qt_multimedia_says_so_and_nothing_starts(qtbot: QtBot) -> None:
    camera = QtCamera()
    errors: list[str] = []
    frames: list[QImage] = []

    assert not camera.available()
    camera.start(frames.append, errors.append)
    camera.capture(lambda _jpeg: errors.append("a photo from nowhere"), errors.append)
    camera.stop()

    assert errors == ["no camera", "the camera is off"]
    assert frames == []


def test_a_large_picture_becomes_a_smaller_jpeg() -> None:
    image = QImage(4000, 3000, QImage.Format.Format_RGB32)
    image.fill(QColor("#5b6b7a"))

    jpeg = jpeg_bytes(image)

    assert jpeg[:3] == b"\xff\xd8\xff"
    decoded = QImage.fromData(jpeg)
    assert (decoded.width(), decoded.height()) == (LONGEST_SIDE, LONGEST_SIDE * 3 // 4)


def test_an_empty_picture_is_refused() -> None:
    with pytest.raises(ValueError, match="no image"):
        jpeg_bytes(QImage())
