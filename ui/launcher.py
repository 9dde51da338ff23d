"""The ``fygitaal`` console entry point.

It hands the command line (``kiosk.cli``) a launcher for the Qt application, so that the
core never imports the presentation layer and commands that need no window (``card``,
``central``, ``store``) never pay for loading Qt.
"""

from __future__ import annotations

import sys

from kiosk.cli import main as cli_main
from kiosk.config import Settings


class QtGui:
    """`kiosk.commands.GuiLauncher` backed by PySide6, imported only when used."""

    def run_kiosk(self, settings: Settings, *, fullscreen: bool) -> int:
        """Show the kiosk until it is closed."""
        from ui.runner import run_kiosk

        return run_kiosk(settings, fullscreen=fullscreen)

    def run_outreach(self, settings: Settings) -> int:
        """Show the outreach application."""
        from ui.runner import run_outreach

        return run_outreach(settings)

    def run_demo(self, settings: Settings, *, tour_dir: str | None) -> int:
        """Run the kiosk for the demo, optionally as a scripted tour with screenshots."""
        from ui.runner import run_demo

        return run_demo(settings, tour_dir=tour_dir)

    def run_screenshots(self, settings: Settings, out_dir: str) -> int:
        """Render every kiosk screen in every language and mode to PNG files."""
        from ui.runner import run_screenshots

        return run_screenshots(settings, out_dir)


def main() -> None:
    """Console script: exit with the command's code."""
    sys.exit(cli_main(sys.argv[1:], gui=QtGui()))


if __name__ == "__main__":
    main()
