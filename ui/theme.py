"""The kiosk's look: large, high-contrast, touch-sized — one stylesheet, two modes.

Targets stay far above WCAG's 24 px minimum (a finger at a kiosk needs ~15 mm, about
60-80 px on a typical kiosk panel).
"""

from __future__ import annotations

from dataclasses import dataclass

TOUCH_TARGET_PX = 88


@dataclass(frozen=True)
class Palette:
    """Colours of one mode; contrast ratios checked against WCAG 2.2 AA (≥ 4.5:1)."""

    background: str
    text: str
    accent: str
    accent_text: str
    muted: str


STANDARD = Palette(
    background="#F5F7FA", text="#1A1A1A", accent="#00508C", accent_text="#FFFFFF", muted="#4A4A4A"
)
HIGH_CONTRAST = Palette(
    background="#000000", text="#FFFFFF", accent="#FFD500", accent_text="#000000", muted="#FFFFFF"
)


def stylesheet(palette: Palette = STANDARD, *, scale: float = 1.0) -> str:
    """The application stylesheet for a palette and a text scale (large-text mode: 1.5)."""
    base = round(22 * scale)
    title = round(44 * scale)
    return f"""
    QWidget {{ background: {palette.background}; color: {palette.text};
               font-family: "DejaVu Sans"; font-size: {base}px; }}
    QLabel#title {{ font-size: {title}px; font-weight: bold; }}
    QLabel#subtitle {{ color: {palette.muted}; }}
    QPushButton {{ background: {palette.accent}; color: {palette.accent_text};
                   border: 3px solid {palette.accent}; border-radius: 12px;
                   min-height: {TOUCH_TARGET_PX}px; min-width: {TOUCH_TARGET_PX * 3}px;
                   padding: 8px 24px; font-size: {round(26 * scale)}px; }}
    QPushButton:focus {{ border: 4px solid {palette.text}; }}
    QPushButton:checked {{ background: {palette.text}; color: {palette.background}; }}
    """
