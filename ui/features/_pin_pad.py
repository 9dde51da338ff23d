"""The on-screen PIN pad, and how any feature asks the citizen for their eID PIN.

Usage (on the GUI thread, from any feature)::

    from ui.features._pin_pad import request_pin

    request_pin(parts, self.tr("to sign your certificate request"),
                on_verified=lambda: ..., on_cancelled=lambda: ...)

`request_pin` shows the pad over the current screen; the card checks the PIN on a worker
(never the GUI thread, never holding the PC/SC thread while the person types). A wrong PIN
shows the tries left and asks again; a blocked PIN shows a plain message and "call staff".
``on_verified()`` runs once the card accepted the PIN, ``on_cancelled()`` when the person
gave up, the PIN is blocked, or there is no card; the pad goes back to the screen it
covered first. Nothing runs after the session ended (card out, idle). The digits live in
one ``bytearray`` that is zeroed after use and never logged.

The bridge to ``card_reader``'s `PinHandler` is `PadHandler`: its ``get_pin`` runs on the
worker, emits a queued signal that shows the pad, and waits for the person's answer.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from card_reader.errors import PinCancelled
from card_reader.pin import MAX_DIGITS, MIN_DIGITS, wipe
from ui.metrics import touch_target_px
from ui.screen import KioskScreen, set_text

if TYPE_CHECKING:
    from ui.app import KioskParts

log = logging.getLogger(__name__)

ANSWER_TIMEOUT_S = 900.0  # the idle timeout ends a forgotten pad long before this
DOT = "\u25cf"
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): d for d in "0123456789"}


class PadHandler(QObject):
    """A `card_reader.pin.PinHandler` that asks through the pad and waits for the answer.

    Signals:
        wanted(object, bool): show the pad (tries left or None, whether this is a retry).
    """

    wanted = Signal(object, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answers: queue.Queue[bytearray | None] = queue.Queue(maxsize=1)

    def get_pin(self, tries_left: int | None, *, retry: bool) -> bytearray:
        """On the worker: ask, then wait for `answer` (None = the person gave up)."""
        self.wanted.emit(tries_left, retry)
        try:
            digits = self._answers.get(timeout=ANSWER_TIMEOUT_S)
        except queue.Empty:
            digits = None
        if digits is None:
            raise PinCancelled("the PIN pad was cancelled")
        return digits

    def answer(self, digits: bytearray | None) -> None:
        """On the GUI thread: the typed digits (handed over, zeroed by the card layer)."""
        try:
            self._answers.put_nowait(digits)
        except queue.Full:  # a second answer to one question: drop and wipe it
            if digits is not None:
                wipe(digits)


class PinPadScreen(KioskScreen):
    """Digits 0-9, erase, OK and cancel; masked dots; tries left; the blocked message.

    Signals:
        entered(object): the person pressed OK with 4-12 digits (a ``bytearray``).
        cancelled(): the person gave up (or, when blocked, went back).
        staff_requested(): "call staff" from the blocked message.
    """

    name = "pin-pad"
    entered = Signal(object)
    cancelled = Signal()
    staff_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = bytearray()
        self._purpose = ""
        self._tries_left: int | None = None
        self._retry = False
        self._blocked = False
        self._checking = False
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.dots = QLabel()
        self.dots.setObjectName("pin-dots")
        self.dots.setProperty("fixedText", True)  # dots, not words: nothing to translate
        self.status = QLabel()
        self.status.setObjectName("pin-status")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("pin-cancel")
        self.cancel_button.clicked.connect(self._cancel)
        self.staff_button = QPushButton()
        self.staff_button.setObjectName("pin-staff")
        self.staff_button.clicked.connect(self.staff_requested)
        left = QVBoxLayout()
        for widget in (self.heading, self.purpose, self.dots, self.status):
            left.addWidget(widget)
        left.addStretch(1)
        left.addWidget(self.staff_button)
        left.addWidget(self.cancel_button)
        pad = self._build_keys()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(32)
        layout.addLayout(left, 1)
        layout.addWidget(pad, 0, Qt.AlignmentFlag.AlignVCenter)
        self._refresh()

    def _build_keys(self) -> QWidget:
        """Digits in telephone order, with erase and OK beside the 0."""
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, label in enumerate("123456789"):
            grid.addWidget(self._key(label), index // 3, index % 3)
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("pin-erase")
        self.erase_button.clicked.connect(self.erase)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("pin-ok")
        self.ok_button.clicked.connect(self.submit)
        grid.addWidget(self.erase_button, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        grid.addWidget(self.ok_button, 3, 2)
        pad = QWidget()
        pad.setObjectName("pin-keys")
        pad.setLayout(grid)
        # keys as narrow as a touch target allows (the theme makes buttons 3 targets wide)
        pad.setStyleSheet(f"QPushButton {{ min-width: {touch_target_px()}px; padding: 4px 12px; }}")
        return pad

    def _key(self, digit: str) -> QPushButton:
        button = QPushButton(digit)
        button.setObjectName(f"pin-key-{digit}")
        button.setAccessibleName(digit)
        button.clicked.connect(lambda _c=False, d=digit: self.press(d))
        self.keys[digit] = button
        return button

    @property
    def blocked(self) -> bool:
        """The blocked message is shown."""
        return self._blocked

    # what the card flow tells the pad --------------------------------------------------
    def ask(self, purpose: str, tries_left: int | None, *, retry: bool) -> None:
        """Ask for the PIN (again after a wrong one, showing the tries left)."""
        self._wipe()
        self._purpose, self._tries_left, self._retry = purpose, tries_left, retry
        self._blocked = self._checking = False
        self._refresh()

    def show_blocked(self) -> None:
        """The PIN is blocked: say so plainly and offer staff."""
        self._wipe()
        self._blocked, self._checking = True, False
        self._refresh()

    def show_checking(self) -> None:
        """The card is checking the PIN: keys off until it answers."""
        self._checking = True
        self._refresh()

    # what the person does ---------------------------------------------------------------
    def press(self, digit: str) -> None:
        """One digit more (a 13th is ignored)."""
        if self._blocked or self._checking or len(self._digits) >= MAX_DIGITS:
            return
        self._digits.append(ord(digit))
        self._refresh()

    def erase(self) -> None:
        """Remove the last digit."""
        if self._digits and not self._checking:
            self._digits[-1] = 0
            del self._digits[-1]
            self._refresh()

    def submit(self) -> None:
        """OK: hand the digits over (the pad keeps no copy)."""
        if self._blocked or self._checking or len(self._digits) < MIN_DIGITS:
            return
        digits, self._digits = self._digits, bytearray()
        self.show_checking()
        self.entered.emit(digits)

    def _cancel(self) -> None:
        self._wipe()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """A keyboard or keypad works too: digits, Backspace, Enter, Escape."""
        key = Qt.Key(event.key())
        if key in _DIGIT_KEYS:
            self.press(_DIGIT_KEYS[key])
        elif key == Qt.Key.Key_Backspace:
            self.erase()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key == Qt.Key.Key_Escape:
            self._cancel()
        else:
            super().keyPressEvent(event)

    # texts --------------------------------------------------------------------------------
    def _refresh(self) -> None:
        self.dots.setText(DOT * len(self._digits))
        for button in (*self.keys.values(), self.erase_button, self.ok_button):
            button.setVisible(not self._blocked)
            button.setEnabled(not self._checking)
        self.ok_button.setEnabled(not self._checking and len(self._digits) >= MIN_DIGITS)
        self.staff_button.setVisible(self._blocked)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        set_text(self.heading, self.tr("Type your PIN code"))
        self.dots.setAccessibleName(self.tr("{count} digits typed").format(count=len(self._digits)))
        set_text(self.purpose, self._purpose or self.tr("Your identity card's PIN code."))
        set_text(self.erase_button, self.tr("Erase"), self.tr("Remove the last digit"))
        set_text(self.ok_button, self.tr("OK"), self.tr("Check the PIN code"))
        set_text(self.cancel_button, self.tr("Cancel"), self.tr("Go back without the PIN"))
        set_text(self.staff_button, self.tr("Call staff"))
        if self._blocked:
            set_text(self.heading, self.tr("Your PIN code is blocked"))
            status = self.tr(
                "The card was given a wrong PIN code too often. The counter can unblock it "
                "for you. Please ask a staff member."
            )
        elif self._checking:
            status = self.tr("Checking your PIN code...")
        elif self._retry and self._tries_left is not None:
            status = self.tr("Wrong PIN code. Tries left: {tries}.").format(tries=self._tries_left)
        elif self._tries_left is not None:
            status = self.tr("Tries left: {tries}.").format(tries=self._tries_left)
        else:
            status = self.tr("Type 4 to 12 digits, then press OK.")
        set_text(self.status, status)

    def _wipe(self) -> None:
        wipe(self._digits)
        self._digits = bytearray()

    def reset(self) -> None:
        """Forget the digits and the request."""
        super().reset()
        self._wipe()
        self._purpose, self._tries_left, self._retry = "", None, False
        self._blocked = self._checking = False
        self._refresh()


def request_pin(
    parts: KioskParts,
    purpose: str,
    on_verified: Callable[[], None],
    on_cancelled: Callable[[], None],
) -> None:
    """Ask the identified citizen for their PIN and have the card check it (see the top)."""
    from ui.features._card_pin import PinService

    service = parts.shell.findChild(PinService)
    if service is None:
        log.warning("a PIN was asked for, but the card feature is not installed")
        on_cancelled()
        return
    service.request(purpose, on_verified, on_cancelled)
