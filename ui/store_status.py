"""The local store at start-up: opened on a worker after the first paint, or a calm notice.

Opening the store applies the Alembic migrations (issue 2). Loading SQLAlchemy and Alembic
and migrating take longer than the whole first paint, so `StoreOpener` does it on its own
thread once the attract screen is up; the outcome comes back to the GUI thread as a Qt
signal. A `StorageError` covers the window with `StoreNotice`: a calm text chosen by the
error's type (the English one-liner stays in the log and on stderr for IT support), and
"Try again" when the condition may pass. Anything else is a bug: it is logged at once and
re-raised by `StoreOpener.finish` when the event loop ends, so the command line writes the
crash report. Outreach laptops fail closed without a keyring: nothing is ever stored
unencrypted (`kiosk.startup`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from kiosk.config import Settings
from ui.overlays import Overlay
from ui.screen import set_text

log = logging.getLogger(__name__)

FINISH_TIMEOUT_S = 60.0  # a migration in progress is never cut off; this only bounds a hang


def _open_local_store(settings: Settings) -> object:
    from kiosk.startup import open_local_store  # SQLAlchemy + Alembic, on the worker

    return open_local_store(settings)


class StoreOpener(QObject):
    """Opens the device's store on a worker thread; holds it until the application ends.

    Signals:
        opened(object): the `offline_sync.store.LocalStore`, ready and migrated.
        failed(object): the `StorageError` (or, for a bug, the exception) that stopped it.
    """

    opened = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        settings: Settings,
        open_store: Callable[[Settings], object] = _open_local_store,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._open_store = open_store
        self._thread: threading.Thread | None = None
        self.store: object | None = None
        self.error: BaseException | None = None

    @Slot()
    def start(self) -> None:
        """Open (again) on a worker; a no-op while an attempt runs or once open."""
        if self.store is not None or (self._thread is not None and self._thread.is_alive()):
            return
        self.error = None
        self._thread = threading.Thread(target=self._work, name="store-open")
        self._thread.start()

    def _work(self) -> None:
        try:
            store = self._open_store(self._settings)
        except Exception as exc:  # handed to the GUI thread (failed) and to finish()
            message = getattr(exc, "user_message", None)
            if isinstance(message, str):
                log.info("local store unavailable: %s", message)  # stderr: at the end
            else:
                log.error("opening the local store failed", exc_info=exc)
            self.error = exc
            self.failed.emit(exc)
        else:
            self.store = store
            self.opened.emit(store)

    def finish(self) -> None:
        """At the end of the event loop: wait for the attempt, close the store, raise a failure.

        If the loop ended before the worker was started (a smoke run quits at the first
        paint), the store is opened now, so that every start applies the migrations.
        """
        if self._thread is None:
            self.start()
        if self._thread is not None:
            self._thread.join(FINISH_TIMEOUT_S)
        close = getattr(self.store, "close", None)
        if callable(close):
            close()
        if self.error is not None:
            raise self.error


class StoreNotice(Overlay):
    """Covers the whole window while the store cannot be used; disables what is below.

    Signals:
        retry(): the person asked to try again.
    """

    retry = Signal()

    def __init__(self, parent: QWidget, covered: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("store-notice")
        self.button.setObjectName("store-retry")
        self.card_layout.addWidget(self.button)
        self.button.clicked.connect(self.retry)
        self._covered = covered
        self._error: BaseException | None = None
        parent.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Follow the window's size."""
        parent = self.parentWidget()
        if watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    @Slot(object)
    def show_problem(self, error: BaseException) -> None:
        """Cover the window with the calm text for ``error``."""
        self._error = error
        self.retranslate()
        self._covered.setEnabled(False)
        self.cover()

    @Slot(object)
    def clear(self, _store: object = None) -> None:
        """The store is open: give the window back."""
        self._error = None
        self.hide()
        self._covered.setEnabled(True)

    def retranslate(self) -> None:
        """Texts in the current language, chosen by the kind of problem."""
        set_text(self.heading, self.tr("Temporarily out of service"))
        retry = bool(getattr(self._error, "retry_may_help", False))
        if self._error is not None and _is_keyring_problem(self._error):
            text = self.tr(
                "The keyring of this computer is locked or missing, so no data can be "
                "stored safely. Unlock the keyring, then try again."
            )
        elif retry:
            text = self.tr(
                "The data storage cannot be used right now. Try again in a moment, "
                "or ask a staff member for help."
            )
        else:
            text = self.tr("The data storage needs IT support. Please ask a staff member for help.")
        set_text(self.message, text)
        set_text(self.button, self.tr("Try again"))
        self.button.setVisible(retry)
        self.name_by_heading()


def _is_keyring_problem(error: BaseException) -> bool:
    from offline_sync.errors import KeyUnavailable  # loaded by the worker already

    return isinstance(error, KeyUnavailable)
