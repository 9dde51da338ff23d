"""``python -m kiosk``: the command line without the graphical interface (central, card, sync)."""

from __future__ import annotations

import sys

from kiosk.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
