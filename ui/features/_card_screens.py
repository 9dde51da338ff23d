"""The card flow's screens: "reading your card", a plain message with a way on, and a notice
on the attract screen after a card was pulled too early or left behind.

Nothing here holds personal data: the messages depend only on what went wrong.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from kiosk.identify import Problem
from ui.screen import KioskScreen, set_text

READ_STEPS = 3  # connecting, identity checked, photo and certificates read


class ReadingScreen(KioskScreen):
    """What the citizen sees while the card is read and verified (a worker does it)."""

    name = "card-reading"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.heading.setObjectName("title")
        self.heading.setWordWrap(True)
        self.hint = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.hint.setObjectName("subtitle")
        self.hint.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("card-progress")
        self.progress.setRange(0, READ_STEPS)
        self.progress.setTextVisible(False)
        self.progress.setMinimumHeight(32)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 96, 48)
        layout.addStretch(2)
        layout.addWidget(self.heading)
        layout.addSpacing(24)
        layout.addWidget(self.progress)
        layout.addSpacing(24)
        layout.addWidget(self.hint)
        layout.addStretch(3)
        self.begin()

    def begin(self) -> None:
        """A new read starts."""
        self.progress.setValue(1)
        self.retranslate()

    def step(self) -> None:
        """The identity is in and checked; the rest follows."""
        self.progress.setValue(min(READ_STEPS, self.progress.value() + 1))
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        set_text(self.heading, self.tr("Reading your identity card..."))
        set_text(self.hint, self.tr("Please leave your card in the reader."))
        self.progress.setAccessibleName(
            self.tr("Step {step} of {steps}").format(step=self.progress.value(), steps=READ_STEPS)
        )

    def reset(self) -> None:
        """Back to the first step."""
        super().reset()
        self.begin()


class Message(enum.Enum):
    """What the message screen says: a card problem, or the outcome of an offer."""

    NOT_AN_EID = "not-an-eid"
    NOT_VERIFIED = "not-verified"
    EXPIRED = "expired"
    UNREADABLE = "unreadable"
    RENEW_AT_COUNTER = "renew-at-counter"
    VISIT_REQUESTED = "visit-requested"
    VISIT_FAILED = "visit-failed"

    @classmethod
    def for_problem(cls, problem: Problem) -> Message:
        """The message for a card that could not identify its holder (not for removal)."""
        return {
            Problem.NOT_AN_EID: cls.NOT_AN_EID,
            Problem.NOT_VERIFIED: cls.NOT_VERIFIED,
            Problem.EXPIRED: cls.EXPIRED,
        }.get(problem, cls.UNREADABLE)

    @property
    def is_problem(self) -> bool:
        """A card problem: the way on is "guest" or "staff" (not "back")."""
        return self in (self.NOT_AN_EID, self.NOT_VERIFIED, self.EXPIRED, self.UNREADABLE)


class CardMessageScreen(KioskScreen):
    """A heading, a plain sentence and the ways on (guest, back, call staff).

    Signals:
        guest_chosen(): go on as a guest (after a card problem).
        back(): return to the citizen's home (after an offer).
        staff_requested(): call a staff member.
    """

    name = "card-message"
    guest_chosen = Signal()
    back = Signal()
    staff_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = Message.UNREADABLE
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("card-message-text")
        self.text.setWordWrap(True)
        self.guest_button = QPushButton()
        self.guest_button.setObjectName("card-guest")
        self.guest_button.clicked.connect(self.guest_chosen)
        self.back_button = QPushButton()
        self.back_button.setObjectName("card-back")
        self.back_button.clicked.connect(self.back)
        self.staff_button = QPushButton()
        self.staff_button.setObjectName("card-staff")
        self.staff_button.clicked.connect(self.staff_requested)
        buttons = QVBoxLayout()  # one above the other: side by side they clip in large text
        buttons.setSpacing(16)
        for button in (self.guest_button, self.back_button, self.staff_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.show_message(Message.UNREADABLE)

    def show_message(self, message: Message) -> None:
        """Say ``message`` with its ways on."""
        self.message = message
        self.guest_button.setVisible(message.is_problem)
        self.back_button.setVisible(not message.is_problem)
        self.staff_button.setVisible(message is not Message.VISIT_REQUESTED)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        heading, text = self._texts()
        set_text(self.heading, heading)
        set_text(self.text, text)
        set_text(
            self.guest_button,
            self.tr("Continue as a guest"),
            self.tr("Services that need no identity card"),
        )
        set_text(self.back_button, self.tr("Back"), self.tr("Back to your services"))
        set_text(self.staff_button, self.tr("Call staff"), self.tr("A staff member comes to help"))

    def _texts(self) -> tuple[str, str]:
        texts = {
            Message.NOT_AN_EID: (
                self.tr("This is not a Belgian identity card"),
                self.tr(
                    "The kiosk can only read Belgian identity cards (eID). Please take your "
                    "card out of the reader."
                ),
            ),
            Message.NOT_VERIFIED: (
                self.tr("Your card could not be checked"),
                self.tr(
                    "The data on your card could not be confirmed as genuine. It may be "
                    "damaged. Please take your card out of the reader; a staff member can help "
                    "you at the counter."
                ),
            ),
            Message.EXPIRED: (
                self.tr("Your identity card is not valid"),
                self.tr(
                    "Your card has expired or is not valid yet. Please take your card out of "
                    "the reader; you can ask for a new card at the counter."
                ),
            ),
            Message.UNREADABLE: (
                self.tr("Your card could not be read"),
                self.tr(
                    "Take your card out and put it in again, with the chip first. If it "
                    "still does not work, a staff member can help you."
                ),
            ),
            Message.RENEW_AT_COUNTER: (
                self.tr("Renew your identity card"),
                self.tr(
                    "Appointments cannot be booked at this kiosk yet. Please ask at the "
                    "counter to renew your card."
                ),
            ),
            Message.VISIT_REQUESTED: (
                self.tr("Your request was sent"),
                self.tr("Someone from the municipality will contact you to plan a visit at home."),
            ),
            Message.VISIT_FAILED: (
                self.tr("Your request could not be saved"),
                self.tr("Please try again later, or ask a staff member."),
            ),
        }
        return texts[self.message]


class AttractNotice(QLabel):
    """One sentence on the attract screen: the card left too early, or was left behind."""

    class Kind(enum.Enum):
        REMOVED_EARLY = "removed-early"
        TAKE_CARD = "take-card"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card-notice")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kind: AttractNotice.Kind | None = None
        self.hide()

    def say(self, kind: AttractNotice.Kind) -> None:
        """Show the sentence for ``kind``."""
        self.kind = kind
        self.retranslate()
        self.show()

    def clear(self) -> None:
        """Nothing to say any more."""
        self.kind = None
        self.hide()
        self.setText("")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Re-translate with the rest of the screen."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The sentence in the current language."""
        if self.kind is AttractNotice.Kind.REMOVED_EARLY:
            set_text(
                self,
                self.tr("Your card was taken out too early. Nothing was kept. Insert it again."),
            )
        elif self.kind is AttractNotice.Kind.TAKE_CARD:
            set_text(self, self.tr("Please take your identity card out of the reader."))
