"""PySide6 presentation: screens, widgets, theme, translations. Delegates to kiosk/."""
