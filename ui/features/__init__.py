"""The kiosk's services plug in here, one module each, so the composition root stays small.

Every module in this package defines ``install(parts, window)``; `install_all` calls them
in name order after the shell, the session and the shared collaborators exist. A module
adds its screens (``parts.shell.add_screen``), says which services now work
(``make_available`` on the home screens) and connects its signals. Its user-facing
strings go to its own translation catalog (``installer/dev/translations.py``).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from kiosk.services import Service
from ui.service_menu import ServiceMenuScreen

if TYPE_CHECKING:
    from ui.app import KioskParts, KioskWindow


class Feature(Protocol):
    """What a feature module provides."""

    def install(self, parts: KioskParts, window: KioskWindow) -> None: ...


def feature_names() -> list[str]:
    """The feature modules of this package, in install order."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def install_all(parts: KioskParts, window: KioskWindow) -> None:
    """Install every feature into the kiosk being built."""
    for name in feature_names():
        module = importlib.import_module(f"{__name__}.{name}")
        module.install(parts, window)


def offer(parts: KioskParts, service: Service, chosen: Callable[[], None]) -> None:
    """Make ``service`` available on every menu that lists it; ``chosen`` runs when picked."""
    for screen in parts.shell.screens():
        if isinstance(screen, ServiceMenuScreen) and service in screen.service_buttons:
            screen.make_available(service)
            screen.service_chosen.connect(
                lambda picked, wanted=service: chosen() if picked is wanted else None
            )
