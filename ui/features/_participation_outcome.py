"""Participation screens: a proposal for the citizen forum, and what became of a vote.

Both use the page of `ui.features._participation_screens`; the outcome screen has one
sentence per `Outcome`, rebuilt in `retranslate` so a language switch keeps the step.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.participation import MAX_TEXT, MAX_TITLE
from ui.features._participation_screens import Page, page_button, page_label
from ui.screen import set_text


class ProposalScreen(Page):
    """A title and a short text for the citizen forum, and what was published lately.

    Signals:
        submitted(str, str): title and text.
        back(): return to the polls.
    """

    name = "participation-proposal"
    submitted = Signal(str, str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_field = QLineEdit()
        self.title_field.setObjectName("proposal-title")
        self.title_field.setMaxLength(MAX_TITLE)
        self.text_field = QLineEdit()
        self.text_field.setObjectName("proposal-text")
        self.text_field.setMaxLength(MAX_TEXT)
        self.published = page_label("published-proposals")
        self.published.setProperty("fixedText", True)
        self._published: list[str] = []
        for widget in (self.title_field, self.text_field):
            self.column.addWidget(widget)
        self.layout_.insertWidget(3, self.published)
        self.send_button = page_button("send-proposal", self._send)
        self.title_field.returnPressed.connect(self.text_field.setFocus)
        self.text_field.returnPressed.connect(self._send)
        self.back_button = page_button("back", self.back.emit)
        self.bottom.addWidget(self.send_button)
        self.bottom.addWidget(self.back_button)
        self.bottom.addStretch(1)
        self.retranslate()

    def show_published(self, titles: list[str]) -> None:
        self._published = titles
        self.retranslate()

    def _send(self) -> None:
        title, text = self.title_field.text().strip(), self.text_field.text().strip()
        if not title or not text:
            set_text(self.message, self.tr("Please give your proposal a title and a text."))
            return
        self.submitted.emit(title, text)

    def retranslate(self) -> None:
        if not hasattr(self, "back_button"):
            return
        set_text(self.heading, self.tr("A proposal for the citizen forum"))
        set_text(self.message, self.tr("Type a title, then your proposal, and press Send."))
        self.title_field.setAccessibleName(self.tr("Title of your proposal"))
        self.title_field.setPlaceholderText(self.tr("Title"))
        self.text_field.setAccessibleName(self.tr("Your proposal"))
        self.text_field.setPlaceholderText(self.tr("Your proposal"))
        set_text(self.published, "\n".join(self._published))
        self.published.setVisible(bool(self._published))
        set_text(self.send_button, self.tr("Send"), self.tr("Send your proposal"))
        set_text(self.back_button, self.tr("Back"), self.tr("Back to the polls"))

    def reset(self) -> None:
        super().reset()
        self._published = []
        self.retranslate()


class Outcome(enum.Enum):
    WORKING = "working"
    COUNTED = "counted"
    RECORDED_OFFLINE = "recorded_offline"
    ALREADY_VOTED = "already_voted"
    NO_KEY = "no_key"
    REFUSED = "refused"
    PROPOSAL_SENT = "proposal_sent"
    FAILED = "failed"


class ParticipationResultScreen(Page):
    """What became of a vote or a proposal.

    Signals:
        done(): back to the polls.
    """

    name = "participation-result"
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = Outcome.WORKING
        self.done_button = page_button("done", self.done.emit)
        self.bottom.addWidget(self.done_button)
        self.bottom.addStretch(1)
        self.retranslate()

    def show_outcome(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.retranslate()

    def retranslate(self) -> None:
        if not hasattr(self, "done_button"):
            return
        texts = {
            Outcome.WORKING: self.tr("One moment, please…"),
            Outcome.COUNTED: self.tr("Thank you. Your vote was counted."),
            Outcome.RECORDED_OFFLINE: self.tr(
                "Thank you. Your vote was recorded and will be counted as soon as the kiosk "
                "is connected again."
            ),
            Outcome.ALREADY_VOTED: self.tr(
                "You already voted in this poll. Your first vote stands."
            ),
            Outcome.NO_KEY: self.tr(
                "Voting is not possible at this kiosk right now. Please try again later or "
                "ask at the counter."
            ),
            Outcome.REFUSED: self.tr("This poll is closed. Your vote was not recorded."),
            Outcome.PROPOSAL_SENT: self.tr(
                "Thank you. Your proposal was sent to the citizen forum."
            ),
            Outcome.FAILED: self.tr("Something went wrong. Please ask at the counter."),
        }
        set_text(self.heading, self.tr("Have your say"))
        set_text(self.message, texts[self.outcome])
        set_text(self.done_button, self.tr("Done"), self.tr("Back to the polls"))

    def reset(self) -> None:
        super().reset()
        self.outcome = Outcome.WORKING
        self.retranslate()
