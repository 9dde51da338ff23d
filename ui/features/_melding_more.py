"""The last melding screens: description, optional photo, check, and the reference number.

The reference is shown large and read aloud one character at a time, so that a citizen
who cannot read the screen can still note it down.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

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
    """A photo from a USB stick (optional): the newest photos found, or go on without.

    Signals:
        chosen(int): the index of the photo picked among those shown.
    """

    name = "melding-photo"
    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos = ChoiceButtons("melding-photo")
        self.photos.chosen.connect(self.chosen)
        self.body.addWidget(self.photos)
        self.next_button.show()
        self._found = 0
        self.retranslate()

    def show_photos(self, names: Sequence[str]) -> None:
        """The photo files found (their names), newest first."""
        self._found = len(names)
        self.photos.show_choices(names)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Add a photo?"))
        if self._found:
            self.show_intro(self.tr("Choose a photo from your USB stick. This is optional."))
        else:
            self.show_intro(
                self.tr(
                    "No photo found. Insert a USB stick with a photo, or continue without a photo."
                )
            )
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
