"""What every kiosk screen shares: re-translation on language change and a spoken summary.

A screen sets its texts in ``retranslate`` (called at construction and on every
``LanguageChange``), so switching language changes every visible text at once. Labels and
buttons get their text through `set_text`, which also gives them their accessible name.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget


def set_text(widget: QLabel | QAbstractButton, text: str, description: str = "") -> None:
    """Show ``text`` and name the widget by it for assistive technology."""
    widget.setText(text)
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)


def spoken_summary(root: QWidget) -> str:
    """What read-aloud says for ``root``: visible texts in reading (creation) order."""
    parts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel) and widget.text():
            parts.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.isEnabled():
                parts.append(widget.text())
            else:
                parts.append(
                    QCoreApplication.translate("KioskScreen", "{button} (not available)").format(
                        button=widget.text()
                    )
                )
    return "\n".join(parts)


class KioskScreen(QWidget):
    """Base of the screens in the kiosk's stack."""

    name: ClassVar[str] = "screen"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Re-translate every text when the application's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text in the current language (screens override)."""

    def spoken_text(self) -> str:
        """What read-aloud says when the screen is shown."""
        return spoken_summary(self)

    def reset(self) -> None:
        """Forget everything of the session; the shell also clears every text field."""
        for field in self.findChildren(QLineEdit):
            field.clear()
