"""The kiosk's look: large, high-contrast, touch-sized — one stylesheet, four modes.

Standard or high contrast, each at normal or large text (1.5 times). Button heights come from
the physical touch target (`ui.metrics`, ≥ 15 mm), never below ``TOUCH_TARGET_PX``.
"""

from __future__ import annotations

from dataclasses import dataclass

TOUCH_TARGET_PX = 88
LARGE_TEXT_SCALE = 1.5


@dataclass(frozen=True)
class Palette:
    """Colours of one mode; contrast ratios checked against WCAG 2.2 AA (≥ 4.5:1)."""

    background: str
    text: str
    accent: str
    accent_text: str
    muted: str
    panel: str
    disabled_text: str


STANDARD = Palette(
    background="#F5F7FA",
    text="#1A1A1A",
    accent="#00508C",
    accent_text="#FFFFFF",
    muted="#4A4A4A",
    panel="#E3E8EF",
    disabled_text="#3D3D3D",
)
HIGH_CONTRAST = Palette(
    background="#000000",
    text="#FFFFFF",
    accent="#FFD500",
    accent_text="#000000",
    muted="#FFFFFF",
    panel="#000000",
    disabled_text="#FFFFFF",
)


def stylesheet(
    palette: Palette = STANDARD, *, scale: float = 1.0, target_px: int = TOUCH_TARGET_PX
) -> str:
    """The application stylesheet for a palette, a text scale and a touch-target size."""
    target = max(target_px, TOUCH_TARGET_PX)
    base = round(22 * scale)
    p = palette
    return f"""
    QWidget {{ background: {p.background}; color: {p.text};
               font-family: "DejaVu Sans"; font-size: {base}px; }}
    QLabel#title {{ font-size: {round(44 * scale)}px; font-weight: bold; }}
    QLabel#heading {{ font-size: {round(34 * scale)}px; font-weight: bold; }}
    QLabel#subtitle {{ color: {p.muted}; }}
    QLabel#countdown {{ font-size: {round(72 * scale)}px; font-weight: bold; }}
    QPushButton {{ background: {p.accent}; color: {p.accent_text};
                   border: 3px solid {p.accent}; border-radius: 12px;
                   min-height: {target}px; min-width: {target * 3}px;
                   padding: 8px 24px; font-size: {round(26 * scale)}px; }}
    QPushButton:focus {{ border: 6px solid {p.text}; }}
    QPushButton:checked {{ background: {p.text}; color: {p.background};
                           border: 3px solid {p.accent}; }}
    QPushButton:checked:focus {{ border: 6px solid {p.accent}; }}
    QPushButton:disabled {{ background: {p.panel}; color: {p.disabled_text};
                            border: 3px dashed {p.disabled_text}; }}
    QPushButton[bar="true"] {{ min-width: {target}px; padding: 4px 12px;
                               font-size: {round(22 * scale)}px; text-align: left; }}
    QWidget#access-bar, QWidget#access-bar QWidget {{ background: {p.panel}; }}
    QWidget#access-bar QPushButton {{ background: {p.accent}; }}
    QWidget#access-bar QPushButton:checked {{ background: {p.text}; }}
    QWidget#access-bar QPushButton:checked:disabled {{ background: {p.panel};
                                                       color: {p.disabled_text}; }}
    QWidget#overlay {{ background: rgba(0, 0, 0, 170); }}
    QFrame#overlay-card {{ background: {p.background}; border: 4px solid {p.text};
                           border-radius: 16px; }}
    QFrame#overlay-card QLabel {{ background: {p.background}; }}
    QLineEdit {{ background: {p.background}; color: {p.text}; border: 3px solid {p.text};
                 min-height: {target}px; padding: 0 12px; }}
    """
