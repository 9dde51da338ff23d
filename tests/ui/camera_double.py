"""A camera for this machine, which has none: a drawn picture, delivered like a real camera.

Only the hardware is stood in for: the picture goes through the real JPEG encoder
(`ui.camera.jpeg_bytes`), answers arrive later from the event loop as Qt Multimedia's do,
and the kiosk code around it is the real one.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage, QPainter

from ui.camera import OnError, OnJpeg, Viewfinder, jpeg_bytes


def drawn_picture() -> QImage:
    """A street-coloured picture with a lamp post on it, 800x600."""
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#5b6b7a"))
    painter = QPainter(image)
    painter.fillRect(380, 120, 40, 480, QColor("#2b2b2b"))
    painter.fillRect(340, 90, 120, 50, QColor("#f2d46b"))
    painter.end()
    return image


class PictureCamera:
    """`ui.camera.Camera` without hardware; ``fails`` makes taking a photo fail,
    ``fails_to_start`` switching it on (as an unplugged or busy camera does); a ``silent``
    one never answers when asked for a photo."""

    def __init__(
        self,
        *,
        present: bool = True,
        fails: bool = False,
        fails_to_start: bool = False,
        silent: bool = False,
    ) -> None:
        self.present = present
        self.silent = silent
        self.fails = fails
        self.fails_to_start = fails_to_start
        self.running = False
        self.starts = 0

    def available(self) -> bool:
        return self.present

    def start(self, viewfinder: Viewfinder, on_error: OnError) -> None:
        if not self.present or self.fails_to_start:
            QTimer.singleShot(0, lambda: on_error("the camera is busy"))
            return
        self.running = True
        self.starts += 1
        viewfinder(drawn_picture())

    def capture(self, on_jpeg: OnJpeg, on_error: OnError) -> None:
        if self.silent:
            return
        if self.fails or not self.running:
            QTimer.singleShot(0, lambda: on_error("the camera stopped answering"))
            return
        jpeg = jpeg_bytes(drawn_picture())
        QTimer.singleShot(0, lambda: on_jpeg(jpeg))

    def stop(self) -> None:
        self.running = False
