"""The bar on every screen: call staff, language, large text, high contrast, read-aloud.

Each mode also has a fixed key (see `ui.input_filter.FIXED_KEYS`), so a citizen who
cannot see the screen can switch it; the buttons show their state as checked/unchecked
and say it in their accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.session import Preferences
from ui.screen import set_text


class AccessBar(QWidget):
    """A column of large buttons beside every screen.

    Signals:
        staff_requested(): the citizen asked for a staff member.
        language_requested(): the citizen wants to choose another language.
        large_text_toggled(bool), high_contrast_toggled(bool), read_aloud_toggled(bool):
            the citizen switched a mode.
        replay_requested(): read the current screen again.
    """

    staff_requested = Signal()
    language_requested = Signal()
    large_text_toggled = Signal(bool)
    high_contrast_toggled = Signal(bool)
    read_aloud_toggled = Signal(bool)
    replay_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("access-bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.call_staff = self._button("call-staff", self.staff_requested)
        self.language = self._button("language", self.language_requested)
        self.large_text = self._toggle("large-text", self.large_text_toggled)
        self.high_contrast = self._toggle("high-contrast", self.high_contrast_toggled)
        self.read_aloud = self._toggle("read-aloud", self.read_aloud_toggled)
        self.replay = self._button("replay", self.replay_requested)
        self.assistant = QLabel(self)
        self.assistant.setObjectName("assisted-by")
        self.assistant.setWordWrap(True)
        self.assistant.setProperty("fixedText", True)  # a staff member's name
        self.assistant.hide()
        self._assistant_name = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(self.call_staff)
        layout.addWidget(self.assistant)
        layout.addStretch(1)
        for button in (self.language, self.large_text, self.high_contrast):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.read_aloud)
        layout.addWidget(self.replay)
        self.retranslate()

    def _button(self, name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setProperty("bar", True)
        button.clicked.connect(signal)
        return button

    def _toggle(self, name: str, signal: SignalInstance) -> QPushButton:
        button = self._button(name, signal)
        button.setCheckable(True)
        button.toggled.connect(lambda _on: self.retranslate())
        return button

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Re-translate every text when the application's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the current language; each toggle shows its state in words, too."""
        on, off = self.tr("on"), self.tr("off")
        set_text(self.call_staff, self.tr("Call staff"), self.tr("A staff member comes to help"))
        set_text(self.language, self.tr("Language"), self.tr("Choose another language"))
        for button, title in (
            (self.large_text, self.tr("Large text")),
            (self.high_contrast, self.tr("High contrast")),
            (self.read_aloud, self.tr("Read aloud")),
        ):
            state = on if button.isChecked() else off
            button.setText(f"{title}\n{state}")  # not by colour alone (WCAG 1.4.1)
            button.setAccessibleName(title)
            button.setAccessibleDescription(state)
        set_text(self.replay, self.tr("Repeat"), self.tr("Read this screen again"))
        if self._assistant_name:
            set_text(
                self.assistant,
                self.tr("With the help of {name}").format(name=self._assistant_name),
            )

    def show_assistant(self, name: str) -> None:
        """Say who is helping (assisted mode); an empty name hides it again."""
        self._assistant_name = name
        self.assistant.setVisible(bool(name))
        if not name:
            set_text(self.assistant, "")
        self.retranslate()

    def show_preferences(self, preferences: Preferences) -> None:
        """Reflect the session's modes without re-emitting the toggles."""
        for button, on in (
            (self.large_text, preferences.large_text),
            (self.high_contrast, preferences.high_contrast),
            (self.read_aloud, preferences.read_aloud),
        ):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        self.retranslate()
