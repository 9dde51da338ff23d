"""The demo's scripted tour: a short walk through the kiosk, saved as screenshots.

Used by the headless demo so that a newcomer without a display still sees the kiosk
work; it uses the same mechanism as ``fygitaal screenshots`` (`ui.screenshots`).
"""

from __future__ import annotations

from kiosk.config import Settings
from ui.screenshots import Shot, play

TOUR: tuple[Shot, ...] = (
    Shot("01-attract-nl", "Attract screen (Nederlands)"),
    Shot("02-attract-fr", "Langue choisie : français", language="fr-BE"),
    Shot("03-attract-de", "Sprache gewählt: Deutsch", language="de-BE"),
    Shot("04-attract-en", "Language chosen: English", language="en"),
    Shot("05-guest-home", "Continue as a guest: services without an eID", screen="guest-home"),
    Shot("06-staff-called", "Call staff, from any screen", "guest-home", "staff"),
    Shot("07-idle-warning", "Inactivity: a countdown before the visit ends", "guest-home", "idle"),
    Shot("08-large-text", "Large text (F9)", "guest-home", large_text=True),
    Shot("09-high-contrast", "High contrast (F10)", high_contrast=True),
)


def run_tour(settings: Settings, directory: str) -> int:
    """Play the tour into ``directory``; 0 when every screenshot was saved."""
    return play(settings, directory, TOUR, "Fygitaal demo tour")
