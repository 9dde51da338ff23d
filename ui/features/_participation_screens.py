"""Participation screens: the open polls, one poll's options, a proposal, and the outcome.

Poll questions and option labels come from central in every language, so their buttons
carry the ``fixedText`` property (data, not interface text). A page shows at most three
polls and four options (what fits unclipped in large text); the screens decide nothing,
they say what was chosen.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.participation import MAX_TEXT, MAX_TITLE, Poll
from ui.screen import KioskScreen, set_text

MAX_POLLS, MAX_OPTIONS = 3, 4
LINE_CHARS = 30
"""Data texts (questions, options) are broken into lines this long: buttons do not wrap."""


def wrapped(text: str, limit: int = LINE_CHARS) -> str:
    """``text`` with line breaks between words, each line at most ``limit`` characters."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def _label(name: str, heading: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName("heading" if heading else name)
    label.setWordWrap(True)
    return label


def _button(name: str, clicked: object) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.clicked.connect(clicked)
    return button


class _Page(KioskScreen):
    """Heading, message, a column of buttons, and a bottom row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _label("heading", heading=True)
        self.message = _label(f"{self.name}-message")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(48, 24, 48, 24)
        self.layout_.setSpacing(16)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.message)
        self.column = QVBoxLayout()
        self.column.setSpacing(12)
        self.layout_.addLayout(self.column)
        self.layout_.addStretch(1)
        self.bottom = QHBoxLayout()
        self.layout_.addLayout(self.bottom)

    def _data_buttons(self, count: int, prefix: str, chosen: object) -> list[QPushButton]:
        buttons = []
        for index in range(count):
            button = _button(f"{prefix}-{index}", lambda _c=False, i=index: chosen(i))  # type: ignore[operator]
            button.setProperty("fixedText", True)
            button.hide()
            self.column.addWidget(button)
            buttons.append(button)
        return buttons


class PollsScreen(_Page):
    """The open polls and a way to send a proposal.

    Signals:
        poll_chosen(object): the `Poll` to vote in.
        proposal_requested(): write a proposal.
        back(): return to the citizen's services.
    """

    name = "participation"
    poll_chosen = Signal(object)
    proposal_requested = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.polls: list[Poll] = []
        self.language = "nl-BE"
        self.poll_buttons = self._data_buttons(MAX_POLLS, "poll", self._chosen)
        self.proposal_button = _button("proposal", self.proposal_requested.emit)
        self.column.addWidget(self.proposal_button)
        self.back_button = _button("back", self.back.emit)
        self.bottom.addWidget(self.back_button)
        self.bottom.addStretch(1)
        self.retranslate()

    def show_polls(self, polls: list[Poll], language: str) -> None:
        self.polls, self.language = polls[:MAX_POLLS], language
        self.retranslate()

    def _chosen(self, index: int) -> None:
        if index < len(self.polls):
            self.poll_chosen.emit(self.polls[index])

    def retranslate(self) -> None:
        if not hasattr(self, "back_button"):
            return
        set_text(self.heading, self.tr("Have your say"))
        if self.polls:
            set_text(self.message, self.tr("Choose a poll to vote in. Your vote is secret."))
        else:
            set_text(self.message, self.tr("There are no open polls right now."))
        for index, button in enumerate(self.poll_buttons):
            button.setVisible(index < len(self.polls))
            if index < len(self.polls):
                question = self.polls[index].text(self.language)
                set_text(button, wrapped(question))
                button.setAccessibleName(question)
        set_text(
            self.proposal_button,
            self.tr("Make a proposal"),
            self.tr("A proposal to the citizen forum"),
        )
        set_text(self.back_button, self.tr("Back"), self.tr("Back to your services"))

    def reset(self) -> None:
        super().reset()
        self.polls = []
        self.retranslate()


class VoteScreen(_Page):
    """One poll's question and its options.

    Signals:
        choice_made(str): the option id chosen.
        back(): return to the polls.
    """

    name = "participation-vote"
    choice_made = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poll: Poll | None = None
        self.language = "nl-BE"
        self.question = _label("poll-question")
        self.question.setProperty("fixedText", True)
        self.layout_.insertWidget(1, self.question)
        self.option_buttons = self._data_buttons(MAX_OPTIONS, "option", self._chosen)
        self.back_button = _button("back", self.back.emit)
        self.bottom.addWidget(self.back_button)
        self.bottom.addStretch(1)
        self.retranslate()

    def show_poll(self, poll: Poll, language: str) -> None:
        self.poll, self.language = poll, language
        self.retranslate()

    def _chosen(self, index: int) -> None:
        if self.poll is not None and index < len(self.poll.options):
            self.choice_made.emit(self.poll.options[index].option_id)

    def retranslate(self) -> None:
        if not hasattr(self, "back_button"):
            return
        set_text(self.heading, self.tr("Your vote"))
        set_text(
            self.message,
            self.tr("Choose your answer. You confirm it with your PIN. You can vote once."),
        )
        options = self.poll.options[:MAX_OPTIONS] if self.poll else ()
        set_text(self.question, self.poll.text(self.language) if self.poll else "")
        self.question.setVisible(self.poll is not None)
        for index, button in enumerate(self.option_buttons):
            button.setVisible(index < len(options))
            if index < len(options):
                label = options[index].label(self.language)
                set_text(button, wrapped(label))
                button.setAccessibleName(label)
        set_text(self.back_button, self.tr("Back"), self.tr("Back to the polls"))

    def reset(self) -> None:
        super().reset()
        self.poll = None
        self.retranslate()


class ProposalScreen(_Page):
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
        self.published = _label("published-proposals")
        self.published.setProperty("fixedText", True)
        self._published: list[str] = []
        for widget in (self.title_field, self.text_field):
            self.column.addWidget(widget)
        self.layout_.insertWidget(3, self.published)
        self.send_button = _button("send-proposal", self._send)
        self.title_field.returnPressed.connect(self.text_field.setFocus)
        self.text_field.returnPressed.connect(self._send)
        self.back_button = _button("back", self.back.emit)
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


class ParticipationResultScreen(_Page):
    """What became of a vote or a proposal.

    Signals:
        done(): back to the polls.
    """

    name = "participation-result"
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = Outcome.WORKING
        self.done_button = _button("done", self.done.emit)
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
