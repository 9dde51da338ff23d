"""Screenshots for review: the real window rendered to PNG files with an index."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.config import LANGUAGES
from tests.ui.conftest import Kiosk
from ui.screenshots import MODES, SIZES, VIEWS, Shot, ShotRunner, catalogue
from ui.tour import TOUR


def test_the_catalogue_covers_every_view_language_mode_and_size(kiosk: Kiosk) -> None:
    screens = [screen.name for screen in kiosk.window.shell.screens()]
    shots = catalogue(screens)
    others = len(set(screens) - {screen for _v, screen, _o in VIEWS})
    per_size = len(LANGUAGES) * len(MODES)
    assert len(shots) == (len(VIEWS) * len(SIZES) + others) * per_size
    assert {s.screen for s in shots} >= set(screens)
    assert len({s.name for s in shots}) == len(shots)
    assert {s.size for s in shots} == {(1280, 800), (1920, 1080)}
    assert all(s.screen and s.language for s in TOUR)


def test_shots_are_saved_at_their_size_with_an_index(
    qtbot: QtBot, kiosk: Kiosk, tmp_path: Path
) -> None:
    shots = [
        Shot("a", "attract, large", large_text=True),
        Shot("b", "guest, fr, contrast", "guest-home", "idle", "fr-BE", False, True, (1920, 1080)),
    ]
    runner = ShotRunner(kiosk.window, tmp_path, shots, "test")
    with qtbot.waitSignal(runner.finished, timeout=20_000) as done:
        runner.start()
    assert done.args == [True]
    assert QImage(str(tmp_path / "a.png")).size().toTuple() == (1280, 800)
    assert QImage(str(tmp_path / "b.png")).size().toTuple() == (1920, 1080)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert 'src="a.png"' in index
    assert "guest, fr, contrast" in index


@pytest.mark.long  # every screen of every service in 4 languages and 4 modes: ~10 minutes
@pytest.mark.timeout(1800)
@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb")
def test_fygitaal_screenshots_renders_everything_under_xvfb(tmp_path: Path) -> None:
    fygitaal = Path(sys.executable).with_name("fygitaal")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["FYGITAAL_LOG_DIR"] = str(tmp_path / "logs")
    result = subprocess.run(
        [str(fygitaal), "screenshots", "--out", str(tmp_path / "shots")],
        capture_output=True,
        text=True,
        env=env,
        timeout=1700,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    pngs = list((tmp_path / "shots").glob("*.png"))
    assert len(pngs) >= len(catalogue())
    assert list((tmp_path / "shots").glob("1280x800-standard-fr-BE-citizen-home.png"))
    assert (tmp_path / "shots" / "index.html").exists()
    big = QImage(str(tmp_path / "shots" / "1920x1080-large-text-de-BE-guest-home.png"))
    assert big.size().toTuple() == (1920, 1080)
