"""The attract screen: what a citizen walking up to the kiosk sees first.

Greeting, the invitation to insert the eID, the language buttons and the way on as a
guest for what needs no identity.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.language_picker import LanguagePicker
from ui.screen import KioskScreen, set_text


class AttractScreen(KioskScreen):
    """Greeting, municipality name, the four language buttons and "continue as guest".

    Signals:
        language_chosen(str): the settings code of the language the citizen picked.
        guest_chosen(): the citizen goes on without an eID.
    """

    name = "attract"
    language_chosen = Signal(str)
    guest_chosen = Signal()

    def __init__(self, municipality_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._municipality = municipality_name
        self._title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._title.setObjectName("title")
        self._title.setWordWrap(True)
        self._instruction = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._instruction.setObjectName("subtitle")
        self._instruction.setWordWrap(True)
        self.picker = LanguagePicker()
        self.picker.language_chosen.connect(self.language_chosen)
        self._or = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._or.setWordWrap(True)
        self.guest_button = QPushButton()
        self.guest_button.setObjectName("guest")
        self.guest_button.clicked.connect(self.guest_chosen)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(2)
        layout.addWidget(self._title)
        layout.addSpacing(16)
        layout.addWidget(self._instruction)
        layout.addStretch(1)
        layout.addWidget(self.picker, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self._or)
        layout.addWidget(self.guest_button, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        set_text(
            self._title,
            self.tr("Welcome to {municipality}").format(municipality=self._municipality),
        )
        set_text(self._instruction, self.tr("Insert your identity card into the card reader."))
        set_text(self._or, self.tr("No identity card with you?"))
        set_text(
            self.guest_button,
            self.tr("Continue as a guest"),
            self.tr("Services that need no identity card"),
        )

    def language_buttons(self) -> list[QPushButton]:
        """The language buttons in display order (for the tour and tests)."""
        return self.picker.buttons()

    def show_language(self, code: str) -> None:
        """Mark the button of the language shown."""
        self.picker.mark(code)
