"""Background jobs: a job dropped before it ran ends quietly, with neither callback."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from ui.jobs import BackgroundJobs


def test_a_job_cancelled_before_it_ran_calls_nothing_and_logs_nothing(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    jobs = BackgroundJobs(workers=1)
    release = threading.Event()
    called: list[object] = []
    first = jobs.run(release.wait, called.append, called.append)
    queued = jobs.run(lambda: "late", called.append, called.append)
    jobs.cancel_all()  # the session ended while a read was still queued
    assert queued.cancelled()
    release.set()
    first.result(timeout=10)
    with caplog.at_level(logging.ERROR):
        jobs.shutdown()
        QCoreApplication.processEvents()  # the pool has ended: deliveries, if any, run now
    assert called == []  # the running job's result belonged to the ended session
    assert not jobs.busy
    assert "exception calling callback" not in caplog.text
    jobs.deleteLater()
