"""Physical sizes on screen: touch targets of at least 15 mm whatever the panel.

A kiosk panel's pixel density varies (a 22" full-HD panel has ~100 dpi, a 15" one
~150 dpi), so target sizes are computed from the screen's physical DPI. Nonsense values
(0, or a virtual display claiming 10,000 dpi) fall back to 96 dpi.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

TOUCH_TARGET_MM = 15.0
MIN_TARGET_PX = 48  # never smaller, whatever the DPI claims (WCAG 2.5.8 asks 24 px)
FALLBACK_DPI = 96.0
SANE_DPI = (50.0, 600.0)
MM_PER_INCH = 25.4


def target_px_for(dpi: float, millimetres: float = TOUCH_TARGET_MM) -> int:
    """Pixels that span ``millimetres`` at ``dpi`` (rounded up, at least MIN_TARGET_PX)."""
    if not SANE_DPI[0] <= dpi <= SANE_DPI[1]:
        dpi = FALLBACK_DPI
    return max(MIN_TARGET_PX, -(-round(millimetres * dpi * 1000) // round(MM_PER_INCH * 1000)))


def screen_dpi() -> float:
    """Physical DPI of the primary screen (fallback when there is no screen)."""
    screen = QGuiApplication.primaryScreen()
    return screen.physicalDotsPerInch() if screen is not None else FALLBACK_DPI


def touch_target_px() -> int:
    """The minimum touch target on this kiosk's screen, in device-independent pixels."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    return -(-target_px_for(screen_dpi()) // max(1, round(ratio)))
