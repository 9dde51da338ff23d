"""The newcomer's demo: everything the kiosk needs, started on this machine, no hardware.

With a display the kiosk window opens for the person to use. Without one (a server, CI,
an SSH session) the kiosk runs under a private Xvfb display, plays a scripted tour, saves
a screenshot per step in a folder it prints, and exits 0.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import Role, Settings
from kiosk.demo_services import DemoError, embedded_central, enroll_demo_kiosk, virtual_card

if TYPE_CHECKING:
    from kiosk.commands import GuiLauncher

log = logging.getLogger(__name__)

DEFAULT_SCREENSHOT_DIR = Path("demo-screenshots")


def has_display(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """True when an X11 or Wayland display is available to open a window on."""
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def run_demo(
    settings: Settings,
    gui: GuiLauncher,
    *,
    screenshots: Path | None,
    force_headless: bool = False,
) -> int:
    """Start the demo's parts, run the kiosk (or the tour) and stop everything again."""
    headless = force_headless or not has_display()
    if headless and screenshots is None:
        screenshots = DEFAULT_SCREENSHOT_DIR
    with tempfile.TemporaryDirectory(prefix="fygitaal-demo-") as scratch:
        demo_settings = replace(
            settings,
            role=Role.KIOSK,
            data_dir=Path(scratch) / "data",
            database_path=None,
            municipality_name=settings.municipality_name,
            trust_roots=(*settings.trust_roots, _emulator_root()),  # the demo card's test PKI
        )
        with contextlib.ExitStack() as stack:
            central = stack.enter_context(embedded_central(Path(scratch), demo_settings))
            demo_settings = replace(demo_settings, central_url=central.url)
            device = enroll_demo_kiosk(demo_settings, central)
            say(f"Central service (SQLite, throwaway) at {central.url}; kiosk enrolled as {device}")
            reader = stack.enter_context(virtual_card())
            if reader is not None:
                say(f"Virtual eID card of a synthetic citizen inserted in '{reader}'")
            else:
                say("No virtual card reader here (pcscd or vsmartcard-vpcd missing)")
            if headless:
                stack.enter_context(virtual_display())
            tour_dir = str(screenshots.resolve()) if screenshots else None
            code = gui.run_demo(demo_settings, tour_dir=tour_dir)
    if screenshots is not None and code == 0:
        print(f"Demo screenshots saved in {screenshots.resolve()}")  # noqa: T201
    return code


def _emulator_root() -> Path:
    """The test root the emulated cards chain to (trusted only in the demo and tests)."""
    from card_reader.emulator.pki import TEST_ROOT_PEM

    return TEST_ROOT_PEM


def say(line: str) -> None:
    """Tell the newcomer running the demo what was started (stdout, flushed at once)."""
    print(line, flush=True)  # noqa: T201


@contextlib.contextmanager
def virtual_display(size: str = "1280x800x24") -> Iterator[str]:
    """Run a private Xvfb server for the duration of the block; yields its DISPLAY."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise DemoError("no display and no Xvfb: install the 'xvfb' package or run with a display")
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise DemoError("the virtual display (Xvfb) did not start")
        display = f":{number}"
        previous = {key: os.environ.get(key) for key in ("DISPLAY", "QT_QPA_PLATFORM")}
        os.environ["DISPLAY"] = display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        log.info("virtual display %s started", display)
        try:
            yield display
        finally:
            for key, value in previous.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
