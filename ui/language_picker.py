"""The four language buttons, each naming its language in that language.

Nobody needs to read the current language to find theirs, so these names are never
translated (the translation test knows them as `LANGUAGE_NAMES`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

LANGUAGE_NAMES: dict[str, str] = {
    "nl-BE": "Nederlands",
    "fr-BE": "Français",
    "de-BE": "Deutsch",
    "en": "English",
}


class LanguagePicker(QWidget):
    """Two rows of two language buttons; the shown language is checked.

    Signals:
        language_chosen(str): the settings code of the language picked.
    """

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language-picker")
        self.setAccessibleName("Nederlands, Français, Deutsch, English")
        self.setProperty("fixedText", True)
        # no QButtonGroup: Qt takes Tab focus from the unchecked buttons of a group, and a
        # keypad user must reach every language; `mark` keeps exactly one checked
        self._buttons: list[QPushButton] = []
        grid = QGridLayout(self)
        grid.setSpacing(24)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (code, name) in enumerate(LANGUAGE_NAMES.items()):
            button = QPushButton(name)
            button.setCheckable(True)
            button.setObjectName(f"language-{code}")
            button.setAccessibleName(name)
            button.setProperty("fixedText", True)
            button.clicked.connect(lambda _checked=False, c=code: self._choose(c))
            self._buttons.append(button)
            grid.addWidget(button, index // 2, index % 2)

    def _choose(self, code: str) -> None:
        self.mark(code)
        self.language_chosen.emit(code)

    def buttons(self) -> list[QPushButton]:
        """The buttons in display order."""
        return list(self._buttons)

    def mark(self, code: str) -> None:
        """Check the button of the language shown."""
        for button in self.buttons():
            button.setChecked(button.objectName() == f"language-{code}")
