"""The newcomer's demo without a display: everything starts, the tour is saved, exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.pcsc


def test_the_headless_demo_starts_central_and_a_virtual_card_and_saves_the_tour(
    tmp_path: Path, pcscd: None
) -> None:
    out = tmp_path / "tour"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the demo brings its own virtual display
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "demo", "--headless", "--screenshots", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert any(
        line.startswith("Central service (SQLite, throwaway) at http://127.0.0.1:")
        for line in lines
    )
    assert "Virtual eID card of a synthetic citizen inserted in 'Virtual PCD 00 00'" in lines
    assert lines[-1] == f"Demo screenshots saved in {out.resolve()}"
    shots = sorted(p.name for p in out.glob("*.png"))
    assert "01-attract-nl.png" in shots
    assert len(shots) >= 5
    assert (out / "index.html").read_text(encoding="utf-8").count("<img") == len(shots)
