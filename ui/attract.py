"""The attract screen: what a citizen walking up to the kiosk sees first.

Language buttons show each language in its own words, so nobody needs to read the
current language to find theirs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

# (settings code, name in its own language, greeting, instruction)
LANGUAGES: tuple[tuple[str, str, str, str], ...] = (
    ("nl-BE", "Nederlands", "Welkom in {}", "Steek uw identiteitskaart in de kaartlezer."),
    ("fr-BE", "Français", "Bienvenue à {}", "Insérez votre carte d'identité dans le lecteur."),
    ("de-BE", "Deutsch", "Willkommen in {}", "Stecken Sie Ihren Personalausweis in das Lesegerät."),
    ("en", "English", "Welcome to {}", "Insert your identity card into the card reader."),
)


class AttractScreen(QWidget):
    """Greeting, municipality name and the four language buttons.

    Signals:
        language_chosen(str): the settings code of the language the citizen picked.
    """

    language_chosen = Signal(str)

    def __init__(self, municipality_name: str, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attract")
        self._municipality = municipality_name
        self._title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._title.setObjectName("title")
        self._instruction = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._instruction.setObjectName("subtitle")
        self._instruction.setWordWrap(True)
        self._buttons = QButtonGroup(self)
        self._buttons.setExclusive(True)

        row = QHBoxLayout()
        row.setSpacing(24)
        for code, name, _greeting, _instruction in LANGUAGES:
            button = QPushButton(name)
            button.setCheckable(True)
            button.setObjectName(f"language-{code}")
            button.setAccessibleName(name)
            button.clicked.connect(lambda _checked=False, c=code: self._choose(c))
            self._buttons.addButton(button)
            row.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(2)
        layout.addWidget(self._title)
        layout.addSpacing(16)
        layout.addWidget(self._instruction)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.show_language(language)

    def language_buttons(self) -> list[QPushButton]:
        """The buttons in display order (for the tour and tests)."""
        return [b for b in self._buttons.buttons() if isinstance(b, QPushButton)]

    def show_language(self, code: str) -> None:
        """Render greeting and instruction in ``code`` and mark its button."""
        entry = next((lang for lang in LANGUAGES if lang[0] == code), LANGUAGES[0])
        self._title.setText(entry[2].format(self._municipality))
        self._instruction.setText(entry[3])
        self._title.setAccessibleName(self._title.text())
        self._instruction.setAccessibleName(self._instruction.text())
        for button in self.language_buttons():
            button.setChecked(button.objectName() == f"language-{entry[0]}")

    def _choose(self, code: str) -> None:
        self.show_language(code)
        self.language_chosen.emit(code)
