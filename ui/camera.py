"""The kiosk's camera, behind a small interface, for a photo with a melding.

`Camera` is what the screens use; `QtCamera` is the one on a kiosk (Qt Multimedia).
Qt Multimedia is imported only when a screen first asks whether a camera is present, so
the kiosk's cold start does not pay for it, and its loader's complaints about video
acceleration libraries a kiosk does not have (``qt.multimedia.symbolsresolver``) and its
FFmpeg banner are silenced first: they are noise in the logs, not faults.

A photo is handed over as JPEG bytes, never written anywhere by this module; the caller
decides where it may be kept (the session's private folder).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLoggingCategory, Qt
from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from PySide6.QtMultimedia import (
        QCamera,
        QImageCapture,
        QMediaCaptureSession,
        QVideoFrame,
        QVideoSink,
    )

log = logging.getLogger(__name__)

QUIET_RULES = "qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.ffmpeg.info=false"
JPEG_QUALITY = 85
LONGEST_SIDE = 2048
"""Pixels: enough to see a pothole, well under the attachment size limit as JPEG."""
VIEWFINDER_INTERVAL = 1 / 15
"""Seconds between live pictures shown: converting every frame of a 30 fps camera on the
GUI thread would leave little time for anything else."""

Viewfinder = Callable[[QImage], None]
"""Called with every live picture while the camera runs (on the GUI thread)."""
OnJpeg = Callable[[bytes], None]
OnError = Callable[[str], None]
"""Called with a technical reason (for the log, not for the citizen)."""
Background = Callable[
    [Callable[[], bytes], Callable[[bytes], None], Callable[[BaseException], None]], object
]
"""(work, done, failed): runs ``work`` on a worker, answers on the GUI thread
(`ui.jobs.Jobs.run`)."""


class Camera(Protocol):
    """A camera the kiosk can show live and take one photo with."""

    def available(self) -> bool:
        """Whether a camera is connected now."""
        ...

    def start(self, viewfinder: Viewfinder, on_error: OnError) -> None:
        """Switch the camera on; live pictures go to ``viewfinder`` until `stop`."""
        ...

    def capture(self, on_jpeg: OnJpeg, on_error: OnError) -> None:
        """Take one photo; exactly one of the callbacks is called, later."""
        ...

    def stop(self) -> None:
        """Switch the camera off and let go of it (a no-op when it is off)."""
        ...


def quiet_multimedia_logs() -> None:
    """Silence Qt Multimedia's start-up noise (see the module docstring)."""
    QLoggingCategory.setFilterRules(QUIET_RULES)


def jpeg_bytes(image: QImage, quality: int = JPEG_QUALITY) -> bytes:
    """``image`` as a JPEG file, scaled down to `LONGEST_SIDE` when larger.

    Raises:
        ValueError: the image is empty or could not be encoded.
    """
    if image.isNull():
        raise ValueError("no image to encode")
    if max(image.width(), image.height()) > LONGEST_SIDE:
        image = image.scaled(
            LONGEST_SIDE,
            LONGEST_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    saved = image.save(buffer, "JPG", quality)  # type: ignore[call-overload]  # stubs say bytes; only str works
    buffer.close()
    if not saved or data.isEmpty():
        raise ValueError("the image could not be encoded as JPEG")
    return bytes(data.data())


class QtCamera:
    """The default video input through Qt Multimedia: a live sink and an image capture.

    ``background`` encodes the photo off the GUI thread (a 12-megapixel picture takes
    ~0.3 s to scale and encode); without it the photo is encoded in place.
    """

    def __init__(self, background: Background | None = None) -> None:
        self._background = background
        self._camera: QCamera | None = None
        self._sink: QVideoSink | None = None
        self._capture: QImageCapture | None = None
        self._session: QMediaCaptureSession | None = None

    def available(self) -> bool:
        quiet_multimedia_logs()
        from PySide6.QtMultimedia import QMediaDevices  # lazy: start-up time

        return bool(QMediaDevices.videoInputs())

    def start(self, viewfinder: Viewfinder, on_error: OnError) -> None:
        quiet_multimedia_logs()
        from PySide6.QtMultimedia import (  # lazy: start-up time
            QCamera,
            QImageCapture,
            QMediaCaptureSession,
            QMediaDevices,
            QVideoSink,
        )

        self.stop()
        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            on_error("no camera")
            return
        camera = QCamera(device)
        sink = QVideoSink()
        capture = QImageCapture()
        session = QMediaCaptureSession()
        session.setCamera(camera)
        session.setVideoSink(sink)
        session.setImageCapture(capture)
        shown = [0.0]

        def frame_arrived(frame: QVideoFrame) -> None:
            now = time.monotonic()
            if now - shown[0] >= VIEWFINDER_INTERVAL:
                shown[0] = now
                viewfinder(frame.toImage())

        sink.videoFrameChanged.connect(frame_arrived)
        camera.errorOccurred.connect(lambda _error, reason: on_error(f"camera: {reason}"))
        self._camera, self._sink, self._capture, self._session = camera, sink, capture, session
        camera.start()
        log.info("camera started")

    def capture(self, on_jpeg: OnJpeg, on_error: OnError) -> None:
        capture = self._capture
        if capture is None:
            on_error("the camera is off")
            return

        answered = False

        def captured(_id: int, image: QImage) -> None:
            if not answer():
                return
            if self._background is not None:
                self._background(
                    lambda: jpeg_bytes(image), on_jpeg, lambda error: on_error(str(error))
                )
                return
            try:
                jpeg = jpeg_bytes(image)
            except ValueError as error:
                on_error(str(error))
                return
            on_jpeg(jpeg)

        def failed(_id: int, _error: object, reason: str) -> None:
            if answer():
                on_error(f"capture: {reason}")

        def answer() -> bool:
            """True the first time: one photo, one answer."""
            nonlocal answered
            first, answered = not answered, True
            if first:
                capture.imageCaptured.disconnect(captured)
                capture.errorOccurred.disconnect(failed)
            return first

        capture.imageCaptured.connect(captured)
        capture.errorOccurred.connect(failed)
        if capture.capture() < 0:
            failed(-1, None, "not ready")

    def stop(self) -> None:
        camera, session = self._camera, self._session
        if camera is None or session is None:
            return
        camera.stop()
        # Let go in this order: the session first (it lets go of the others), the camera last.
        self._session = None
        del session
        self._capture = self._sink = None
        self._camera = None
        log.info("camera stopped")
