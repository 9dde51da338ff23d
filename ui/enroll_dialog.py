"""Enrolling this computer from the UI: staff type central's address and a one-time code.

The same exchange as ``fygitaal enroll`` (`offline_sync.enroll.enroll`), run on a worker
thread because it talks HTTP and to the keyring; the outcome comes back as a queued
signal. A refusal shows the error's own sentence (central's reason, the keyring advice),
which staff pass on to IT as it is. While the exchange runs the dialog cannot be closed,
so no thread outlives it; the HTTP call ends within its timeout.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from offline_sync.enroll import DeviceCredentials, Enrollment, enroll
from offline_sync.sync_errors import SyncError
from ui.screen import set_text

log = logging.getLogger(__name__)


class EnrollDialog(QDialog):
    """Central URL and one-time code in, an enrollment (or a sentence why not) out.

    Signals:
        enrolled(object): the `Enrollment`, after it was stored (the caller syncs now).
        finished_work(object): the `Enrollment` or the exception, whatever the outcome.
    """

    enrolled = Signal(object)
    finished_work = Signal(object)
    _outcome = Signal(object)

    def __init__(
        self,
        engine: Engine,
        central_url: str,
        *,
        ca_bundle: Path | None = None,
        credentials: DeviceCredentials | None = None,
        device_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enroll-dialog")
        self._engine = engine
        self._ca_bundle = ca_bundle
        self._credentials = credentials
        self._device_name = device_name
        self._thread: threading.Thread | None = None
        self._result: Enrollment | BaseException | None = None
        self.url = QLineEdit(central_url)
        self.url.setObjectName("enroll-url")
        self.code = QLineEdit()
        self.code.setObjectName("enroll-code")
        self.url_label = QLabel()
        self.code_label = QLabel()
        self.url_label.setBuddy(self.url)
        self.code_label.setBuddy(self.code)
        self.intro = QLabel(wordWrap=True)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("enroll-message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.submit = QPushButton()
        self.submit.setObjectName("enroll-submit")
        self.submit.setDefault(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("enroll-close")
        form = QFormLayout()
        form.addRow(self.url_label, self.url)
        form.addRow(self.code_label, self.code)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.submit.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.code.textChanged.connect(self._update_buttons)
        self.url.textChanged.connect(self._update_buttons)
        self._outcome.connect(self._show_outcome, Qt.ConnectionType.QueuedConnection)
        self.retranslate()
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @Slot()
    def start(self) -> None:
        """Exchange the code on a worker; a no-op while an exchange runs or fields are empty."""
        url, code = self.url.text().strip(), self.code.text().strip()
        if self.busy or not url or not code:
            return
        self._result = None
        self._thread = threading.Thread(target=self._work, args=(url, code), name="enroll")
        self._set_busy(True)
        self._thread.start()

    def _work(self, url: str, code: str) -> None:
        outcome: Enrollment | BaseException
        try:
            outcome = enroll(
                self._engine,
                url,
                code,
                device_name=self._device_name,
                ca_bundle=self._ca_bundle,
                credentials=self._credentials,
            )
        except SyncError as exc:
            log.info("enrollment failed: %s", exc.user_message)
            outcome = exc
        except Exception as exc:  # a bug or a store problem: shown, logged in full
            log.exception("enrollment failed unexpectedly")
            outcome = exc
        self._outcome.emit(outcome)

    @Slot(object)
    def _show_outcome(self, outcome: Enrollment | BaseException) -> None:
        if self._thread is not None:
            self._thread.join()  # it has emitted: ends at once
        self._result = outcome
        self._set_busy(False)
        self.retranslate()
        if isinstance(outcome, Enrollment):
            self.code.clear()
            self.enrolled.emit(outcome)
        self.finished_work.emit(outcome)

    def _set_busy(self, busy: bool) -> None:
        self.url.setReadOnly(busy)
        self.code.setReadOnly(busy)
        self.close_button.setEnabled(not busy)
        self._update_buttons()
        if busy:
            set_text(self.message, self.tr("Enrolling this computer…"))
            self.message.show()

    @Slot()
    def _update_buttons(self) -> None:
        ready = bool(self.url.text().strip() and self.code.text().strip())
        self.submit.setEnabled(ready and not self.busy)

    def reject(self) -> None:
        """Closing waits for a running exchange to end (its answer must be stored)."""
        if not self.busy:
            super().reject()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enroll this computer"))
        set_text(
            self.intro,
            self.tr(
                "Ask an administrator for a one-time enrollment code, then enter it here "
                "with the address of the central service."
            ),
        )
        set_text(self.url_label, self.tr("Central service address"))
        set_text(self.code_label, self.tr("One-time code"))
        self.url.setAccessibleName(self.url_label.text())
        self.code.setAccessibleName(self.code_label.text())
        set_text(self.submit, self.tr("Enroll"))
        set_text(self.close_button, self.tr("Close"))
        outcome = self._result
        if isinstance(outcome, Enrollment):
            text = self.tr("Enrolled as {name}. Syncing starts now.").format(
                name=outcome.device_name
            )
        elif isinstance(outcome, SyncError):
            text = self.tr("Not enrolled: {reason}").format(reason=outcome.user_message)
        elif outcome is not None:
            text = self.tr("Not enrolled because of an unexpected error; ask IT support.")
        else:
            return
        set_text(self.message, text)
        self.message.show()
