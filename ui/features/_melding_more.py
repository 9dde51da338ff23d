"""The last melding screens: description, optional photo, check, and the reference number.

The reference is shown large and read aloud one character at a time, so that a citizen
who cannot read the screen can still note it down.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from kiosk.meldingen import MAX_DESCRIPTION
from ui.features._wizard import ChoiceButtons, ReferenceScreen, WizardScreen, fixed, spelled
from ui.screen import set_text


class MeldingDescriptionScreen(WizardScreen):
    """A few words about the problem (optional); "Continue"."""

    name = "melding-description"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setObjectName("melding-description-text")
        self.field.setMaxLength(MAX_DESCRIPTION)
        self.field.returnPressed.connect(self.proceed)
        self.body.addWidget(self.field)
        self.next_button.show()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Describe the problem"))
        self.show_intro(
            self.tr(
                "This is optional. For example: the lamp in front of number 12 "
                "has been out for a week."
            )
        )
        self.field.setAccessibleName(self.tr("Description"))
        set_text(self.next_button, self.tr("Continue"))


class MeldingPhotoScreen(WizardScreen):
    """A photo (optional): the newest found on a USB stick, the camera where there is one,
    or go on without.

    Signals:
        chosen(int): the index of the photo picked among those shown.
        take(): the citizen wants to take a photo with the kiosk's camera.
    """

    name = "melding-photo"
    chosen = Signal(int)
    take = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos = ChoiceButtons("melding-photo")
        self.photos.chosen.connect(self.chosen)
        self.camera_button = QPushButton()
        self.camera_button.setObjectName("melding-camera")
        self.camera_button.clicked.connect(self.take)
        self.camera_button.hide()
        self.body.addWidget(self.photos)
        self.body.addWidget(self.camera_button)
        self.next_button.show()
        self._found = 0
        self._camera_failed = False
        self.retranslate()

    def show_photos(self, names: Sequence[str], *, camera: bool = False) -> None:
        """The photo files found (their names), newest first; ``camera``: offer to take one."""
        self._found = len(names)
        self._camera_failed = False
        self.photos.show_choices(names)
        self.camera_button.setVisible(camera)
        self.retranslate()

    def show_camera_failed(self) -> None:
        """The camera did not work: say so, and offer it no more for this report."""
        self._camera_failed = True
        self.camera_button.hide()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Add a photo?"))
        camera = self.camera_button.isVisibleTo(self)
        if self._camera_failed:
            self.show_intro(
                self.tr("The camera does not work at the moment. You can continue without a photo.")
            )
        elif self._found and camera:
            self.show_intro(
                self.tr(
                    "Choose a photo from your USB stick, or take one with the camera. "
                    "This is optional."
                )
            )
        elif self._found:
            self.show_intro(self.tr("Choose a photo from your USB stick. This is optional."))
        elif camera:
            self.show_intro(
                self.tr(
                    "Take a photo with the camera, or insert a USB stick with a photo. "
                    "This is optional."
                )
            )
        else:
            self.show_intro(
                self.tr(
                    "No photo found. Insert a USB stick with a photo, or continue without a photo."
                )
            )
        set_text(self.camera_button, self.tr("Take a photo"))
        set_text(self.next_button, self.tr("Continue without a photo"))

    def reset(self) -> None:
        super().reset()
        self.show_photos([])


class MeldingConfirmScreen(WizardScreen):
    """Everything told, in plain words, and "Send report"."""

    name = "melding-confirm"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("melding-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        fixed(self.summary)
        self.body.addWidget(self.summary)
        self.next_button.show()
        self.retranslate()

    def show_summary(self, lines: Sequence[str]) -> None:
        set_text(self.summary, "\n".join(lines))

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Is this correct?"))
        self.show_intro("")
        set_text(self.next_button, self.tr("Send report"))
        if not self.summary.text():
            set_text(self.summary, "-")

    def reset(self) -> None:
        super().reset()
        self.summary.clear()
        self.retranslate()


class MeldingDoneScreen(ReferenceScreen):
    """Thanks, the reference number in large print, and what happens next."""

    name = "melding-done"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._offline = False
        self.retranslate()

    def show_reference(self, reference: str, *, offline: bool) -> None:
        set_text(self.reference, reference)
        self._offline = offline
        self.retranslate()

    def spoken_text(self) -> str:
        """The screen, then the reference once more, one character at a time."""
        text = super().spoken_text()
        if self.reference.text():
            text += "\n" + spelled(self.reference.text())
        return text

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Thank you. Your report was received."))
        self.show_intro(self.tr("Your reference number:"))
        if self._offline:
            note = self.tr(
                "Write this number down. With it you can follow your report at any kiosk. "
                "It will be sent to the municipality as soon as this kiosk is connected."
            )
        else:
            note = self.tr(
                "Write this number down. With it you can follow your report at any kiosk."
            )
        set_text(self.note, note)
        set_text(self.next_button, self.tr("Done"))
        if not self.reference.text():
            set_text(self.reference, "-")

    def reset(self) -> None:
        super().reset()
        self.reference.clear()
        self._offline = False
        self.retranslate()
