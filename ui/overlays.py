"""Notices laid over the current screen: the idle countdown and "staff is on the way".

An overlay dims the whole kiosk, shows a card with a heading, a message and one large
button that takes the keyboard focus, so that Enter answers it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.screen import set_text, spoken_summary

CARD_MIN_WIDTH = 480
CARD_MAX_WIDTH = 1000


class Overlay(QWidget):
    """A dimmed layer over its parent with a centred card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card = QFrame()
        self.card.setObjectName("overlay-card")
        self.heading = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.button = QPushButton()
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(48, 40, 48, 40)
        self.card_layout.setSpacing(24)
        self.card_layout.addWidget(self.heading)
        self.card_layout.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, alignment=Qt.AlignmentFlag.AlignCenter)
        outer.addStretch(1)
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Re-translate every text when the application's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.fit()
        elif event.type() == QEvent.Type.StyleChange:
            self.fit()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the current language (subclasses), then name the layer by its heading."""

    def name_by_heading(self) -> None:
        """The overlay and its card are announced by their heading."""
        self.setAccessibleName(self.heading.text())
        self.card.setAccessibleName(self.heading.text())

    def spoken_text(self) -> str:
        """What read-aloud says when the overlay appears."""
        return spoken_summary(self.card)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """A fixed card width lets the wrapped message take the height it needs."""
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Size the card for its texts (centred cards otherwise get their one-line height)."""
        width = max(CARD_MIN_WIDTH, min(self.width() - 96, CARD_MAX_WIDTH))
        self.card.setFixedWidth(width)
        self.card.setMinimumHeight(self.card_layout.totalHeightForWidth(width))

    def cover(self) -> None:
        """Show over the whole parent, on top, with the focus on the button."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.fit()
        self.show()
        self.raise_()
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)


class IdleWarning(Overlay):
    """ "Are you still there?" with a visible countdown and a large "I'm still here".

    Signals:
        still_here(): the citizen answered.
    """

    still_here = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.countdown = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.countdown.setObjectName("countdown")
        self.button.setObjectName("still-here")
        self.card_layout.addWidget(self.countdown)
        self.card_layout.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignCenter)
        self.button.clicked.connect(self.still_here)
        self.seconds_left = 0
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        set_text(self.heading, self.tr("Are you still there?"))
        set_text(
            self.message,
            self.tr(
                "To protect your privacy, this visit ends in {seconds} seconds. "
                "Touch the screen or press a key to continue."
            ).format(seconds=self.seconds_left),
        )
        self.countdown.setText(str(self.seconds_left))
        self.countdown.setAccessibleName(
            self.tr("{seconds} seconds left").format(seconds=self.seconds_left)
        )
        set_text(self.button, self.tr("I am still here"))
        self.name_by_heading()

    def count(self, seconds_left: int) -> None:
        """Show the seconds left."""
        self.seconds_left = seconds_left
        self.retranslate()


class StaffNotice(Overlay):
    """Calm confirmation that a staff member was called; the staff member signs in from here.

    Signals:
        dismissed(): the citizen closed the notice.
        staff_arrived(): the staff member wants to sign in to help (assisted mode).
    """

    dismissed = Signal()
    staff_arrived = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button.setObjectName("staff-ok")
        self.card_layout.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignCenter)
        self.button.clicked.connect(self.dismissed)
        self.staff_button = QPushButton()
        self.staff_button.setObjectName("staff-arrived")
        self.card_layout.addWidget(self.staff_button, alignment=Qt.AlignmentFlag.AlignCenter)
        self.staff_button.clicked.connect(self.staff_arrived)
        self.staff_button.hide()  # shown once assisted mode is installed (`offer_sign_in`)
        self.retranslate()

    def offer_sign_in(self) -> None:
        """Show the staff member's way in (the kiosk can check staff with central)."""
        self.staff_button.show()

    def retranslate(self) -> None:
        """Texts in the current language."""
        set_text(self.heading, self.tr("A staff member is on the way"))
        set_text(
            self.message,
            self.tr("Please stay here. You do not need to do anything else."),
        )
        set_text(self.button, self.tr("OK"))
        set_text(
            self.staff_button,
            self.tr("I am a staff member"),
            self.tr("Sign in to help this citizen"),
        )
        self.name_by_heading()
