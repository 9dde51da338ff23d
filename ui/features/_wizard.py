"""What the melding and question screens share: one question per screen, big buttons.

`WizardScreen` lays out a heading, an optional line under it, the screen's own widgets,
and a bottom row with "Back" and, when a screen needs it, a main action on the right.
`ChoiceButtons` holds buttons made from data (categories, answers, addresses): their
texts come from central or from the citizen, so they are marked ``fixedText`` (the
translation test skips them) and they are removed, not only hidden, at the session end.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.screen import KioskScreen, set_text

MAX_CHOICES = 3
"""Buttons from data on one screen: with heading and bottom row, what fits in large text."""


def fixed(widget: QWidget) -> QWidget:
    """Mark a widget whose text is data, not a translatable source string."""
    widget.setProperty("fixedText", True)
    return widget


def spelled(reference: str) -> str:
    """A reference read aloud one character at a time: "M, 7, K, 3, ..."."""
    return ", ".join(ch for ch in reference if ch != "-")


class WizardScreen(KioskScreen):
    """Heading, intro line, body, and a bottom row with "Back" and an optional action.

    Signals:
        back(): the citizen wants the previous screen.
        proceed(): the main action on the right of the bottom row.
    """

    back = Signal()
    proceed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.body = QVBoxLayout()
        self.body.setSpacing(16)
        self.back_button = QPushButton()
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("next")
        self.next_button.clicked.connect(self.proceed)
        self.next_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.body)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        layout.addLayout(row)

    def retranslate(self) -> None:
        """The shared texts; screens add theirs."""
        set_text(self.back_button, QCoreApplication.translate("Wizard", "Back"))

    def show_intro(self, text: str) -> None:
        set_text(self.intro, text)
        self.intro.setVisible(bool(text))


class ChoiceButtons(QWidget):
    """Up to `MAX_CHOICES` big buttons made from data; ``chosen(int)`` gives the index.

    Signals:
        chosen(int): the index of the button pressed, in the list last shown.
    """

    chosen = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(16)
        self.buttons: list[QPushButton] = []

    def show_choices(self, texts: Sequence[str], descriptions: Sequence[str] = ()) -> None:
        """Replace the buttons by one per text (at most `MAX_CHOICES`)."""
        self.clear()
        for index, text in enumerate(texts[:MAX_CHOICES]):
            button = QPushButton()
            button.setObjectName(f"{self._name}-{index}")
            fixed(button)
            description = descriptions[index] if index < len(descriptions) else ""
            set_text(button, text, description)
            button.clicked.connect(lambda _c=False, i=index: self.chosen.emit(i))
            self._layout.addWidget(button)
            button.show()  # a child added to a shown widget stays hidden until shown
            self.buttons.append(button)

    def clear(self) -> None:
        """No buttons: out of the widget tree at once, so nothing of a citizen stays."""
        for button in self.buttons:
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.buttons = []


class ReferenceScreen(WizardScreen):
    """The last step of a filing: its reference in large print, a note, and "done"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = QLabel()
        self.reference.setObjectName("title")
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        fixed(self.reference)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.body.addWidget(self.reference)
        self.body.addWidget(self.note)
        self.back_button.hide()
        self.next_button.show()
