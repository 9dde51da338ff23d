"""Taking the melding's photo with the kiosk's camera: live picture, "Take photo", check.

Two screens, so that each says one thing: `MeldingCameraScreen` shows the live picture
and one big "Take photo" button; `MeldingCameraPhotoScreen` shows the photo taken with
"Use this photo" and "Take another". Pictures are painted by `PhotoView` from a QImage
held in memory only while shown; every screen drops it on `clear`/`reset`, so nothing
of a citizen's photo stays in a widget after the session.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from ui.features._wizard import WizardScreen
from ui.screen import set_text


class PhotoView(QWidget):
    """A picture scaled to fit, on a dark frame (the frame alone while there is none)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.image = QImage()
        self.setMinimumSize(160, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(640, 360)

    def show_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def clear(self) -> None:
        """No picture any more (the memory of it is released)."""
        self.image = QImage()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202020"))
        if not self.image.isNull():
            scaled = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (self.width() - scaled.width()) // 2
            y = (self.height() - scaled.height()) // 2
            painter.drawImage(QRect(QPoint(x, y), scaled), self.image)
        else:  # a camera drawn in outline: where the picture will be
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor("#9a9a9a"), 4))
            painter.drawRect(self.rect().adjusted(2, 2, -3, -3))
            side = min(self.width(), self.height()) // 3
            body = QRect(0, 0, side * 3 // 2, side)
            body.moveCenter(self.rect().center())
            painter.drawRoundedRect(body, side // 8, side // 8)
            painter.drawEllipse(body.center(), side // 3, side // 3)
            painter.drawRect(body.left() + side // 6, body.top() - side // 8, side // 3, side // 8)
        painter.end()


class MeldingCameraScreen(WizardScreen):
    """The live camera picture and "Take photo" (the screen's main action)."""

    name = "melding-camera"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = PhotoView("melding-camera-view")
        self.body.addWidget(self.view, 1)
        self.next_button.show()
        self._busy = False
        self.retranslate()

    def show_frame(self, image: QImage) -> None:
        """A live picture from the camera."""
        self.view.show_image(image)

    def set_busy(self, busy: bool) -> None:
        """While a photo is being taken the button waits, and says so."""
        self._busy = busy
        self.next_button.setEnabled(not busy)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Take a photo"))
        self.show_intro(
            self.tr("Point the camera at the problem. Then press the button Take photo.")
        )
        self.view.setAccessibleName(self.tr("Camera picture"))
        if self._busy:
            set_text(self.next_button, self.tr("One moment…"))
        else:
            set_text(self.next_button, self.tr("Take photo"))

    def clear(self) -> None:
        self.view.clear()
        self._busy = False
        self.next_button.setEnabled(True)
        self.retranslate()

    def reset(self) -> None:
        super().reset()
        self.clear()


class MeldingCameraPhotoScreen(WizardScreen):
    """The photo just taken: "Use this photo" (main action) or "Take another".

    Signals:
        again(): the citizen wants to take the photo again.
    """

    name = "melding-camera-photo"
    again = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = PhotoView("melding-camera-photo-view")
        self.body.addWidget(self.view, 1)
        self.again_button = QPushButton()
        self.again_button.setObjectName("melding-take-again")
        self.again_button.clicked.connect(self.again)
        self.body.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.next_button.show()
        self.retranslate()

    def show_photo(self, image: QImage) -> None:
        self.view.show_image(image)

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Is the problem clearly visible?"))
        self.show_intro(
            self.tr("Press Use this photo. Or press Take another to take the photo again.")
        )
        self.view.setAccessibleName(self.tr("Your photo"))
        set_text(self.again_button, self.tr("Take another"))
        set_text(self.next_button, self.tr("Use this photo"))

    def clear(self) -> None:
        self.view.clear()

    def reset(self) -> None:
        super().reset()
        self.clear()
