"""Participation screens: the open polls and one poll's options (and the shared page).

Poll questions and option labels come from central in every language, so their buttons
carry the ``fixedText`` property (data, not interface text). A page shows at most three
polls and four options (what fits unclipped in large text); the screens decide nothing,
they say what was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.participation import Poll
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


def page_label(name: str, heading: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName("heading" if heading else name)
    label.setWordWrap(True)
    return label


def page_button(name: str, clicked: object) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.clicked.connect(clicked)
    return button


class Page(KioskScreen):
    """Heading, message, a column of buttons, and a bottom row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = page_label("heading", heading=True)
        self.message = page_label(f"{self.name}-message")
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
            button = page_button(f"{prefix}-{index}", lambda _c=False, i=index: chosen(i))  # type: ignore[operator]
            button.setProperty("fixedText", True)
            button.hide()
            self.column.addWidget(button)
            buttons.append(button)
        return buttons


class PollsScreen(Page):
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
        self.proposal_button = page_button("proposal", self.proposal_requested.emit)
        self.column.addWidget(self.proposal_button)
        self.back_button = page_button("back", self.back.emit)
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


class VoteScreen(Page):
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
        self.question = page_label("poll-question")
        self.question.setProperty("fixedText", True)
        self.layout_.insertWidget(1, self.question)
        self.option_buttons = self._data_buttons(MAX_OPTIONS, "option", self._chosen)
        self.back_button = page_button("back", self.back.emit)
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
