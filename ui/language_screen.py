"""Choosing another language during a visit (from the bar's language button)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.language_picker import LanguagePicker
from ui.screen import KioskScreen, set_text


class LanguageScreen(KioskScreen):
    """The four languages and a way back.

    Signals:
        language_chosen(str): the settings code picked.
        back(): return to the screen the citizen came from.
    """

    name = "language"
    language_chosen = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._heading.setObjectName("heading")
        self._heading.setWordWrap(True)
        self.picker = LanguagePicker()
        self.picker.language_chosen.connect(self.language_chosen)
        self.back_button = QPushButton()
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(1)
        layout.addWidget(self._heading)
        layout.addSpacing(32)
        layout.addWidget(self.picker, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        set_text(self._heading, self.tr("Choose your language"))
        set_text(self.back_button, self.tr("Back"))

    def show_language(self, code: str) -> None:
        """Mark the button of the language shown."""
        self.picker.mark(code)
