"""Question screens: ask, the number given, the citizen's questions, one question, a supplement.

The question's text and the answer are the citizen's and the municipality's words, shown
in labels marked ``fixedText`` and cleared at the session end.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from kiosk.questions import MAX_TEXT, QuestionView
from ui.features._reference_lookup import day, status_name
from ui.features._wizard import ChoiceButtons, ReferenceScreen, WizardScreen, fixed, spelled
from ui.screen import set_text


class QuestionStartScreen(WizardScreen):
    """Ask a new question, or see one's questions (identified) / look one up (guest).

    Signals:
        ask(), mine(), follow()
    """

    name = "question-start"
    ask = Signal()
    mine = Signal()
    follow = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ask_button = QPushButton()
        self.ask_button.setObjectName("question-ask")
        self.ask_button.clicked.connect(self.ask)
        self.mine_button = QPushButton()
        self.mine_button.setObjectName("question-mine")
        self.mine_button.clicked.connect(self.mine)
        self.mine_button.hide()
        self.follow_button = QPushButton()
        self.follow_button.setObjectName("question-follow")
        self.follow_button.clicked.connect(self.follow)
        for button in (self.ask_button, self.mine_button, self.follow_button):
            self.body.addWidget(button)
        self.retranslate()

    def show_identified(self, identified: bool) -> None:
        self.mine_button.setVisible(identified)

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Ask a question"))
        self.show_intro(self.tr("The municipality answers within 30 days."))
        set_text(self.ask_button, self.tr("Ask a new question"))
        set_text(self.mine_button, self.tr("My questions and answers"))
        set_text(self.follow_button, self.tr("Look up a question"))


class _TextEntryScreen(WizardScreen):
    """A text field and a "send" button; subclasses say what for.

    Signals:
        send(str): the text typed (not empty).
    """

    send = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setObjectName(f"{self.name}-field")
        self.field.setMaxLength(MAX_TEXT)
        self.field.returnPressed.connect(self._send)
        self.body.addWidget(self.field)
        self.next_button.show()
        self.proceed.connect(self._send)

    def _send(self) -> None:
        if self.field.text().strip():
            self.send.emit(self.field.text())


class QuestionTextScreen(_TextEntryScreen):
    """A new question."""

    name = "question-ask-text"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Type your question"))
        self.show_intro(self.tr("Do not type your national number or bank details."))
        self.field.setAccessibleName(self.tr("Your question"))
        set_text(self.next_button, self.tr("Send question"))


class QuestionSupplementScreen(_TextEntryScreen):
    """More information for an open question."""

    name = "question-supplement"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Add information to your question"))
        self.show_intro(self.tr("Do not type your national number or bank details."))
        self.field.setAccessibleName(self.tr("Extra information"))
        set_text(self.next_button, self.tr("Send"))


class QuestionDoneScreen(ReferenceScreen):
    """The question's number, and when and where the answer will be shown."""

    name = "question-done"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._identified = False
        self._supplement = False
        self.retranslate()

    def show_sent(self, reference: str, *, identified: bool, supplement: bool = False) -> None:
        set_text(self.reference, reference)
        self._identified, self._supplement = identified, supplement
        self.retranslate()

    def spoken_text(self) -> str:
        text = super().spoken_text()
        if self.reference.text() and self.reference.text() != "-":
            text += "\n" + spelled(self.reference.text())
        return text

    def retranslate(self) -> None:
        super().retranslate()
        if self._supplement:
            set_text(self.heading, self.tr("Thank you. Your information was added."))
        else:
            set_text(self.heading, self.tr("Thank you. Your question was sent."))
        self.show_intro(self.tr("Your question number:"))
        if self._identified:
            note = self.tr("The answer is shown here the next time you insert your identity card.")
        else:
            note = self.tr("Write this number down. With it you can read the answer at any kiosk.")
        set_text(self.note, note)
        set_text(self.next_button, self.tr("Done"))
        if not self.reference.text():
            set_text(self.reference, "-")

    def reset(self) -> None:
        super().reset()
        self.reference.clear()
        self._identified = self._supplement = False
        self.retranslate()


class QuestionListScreen(WizardScreen):
    """The citizen's latest questions as buttons (answered ones first).

    Signals:
        chosen(int): the index of the question picked among those shown.
    """

    name = "question-list"
    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = ChoiceButtons("question-item")
        self.choices.chosen.connect(self.chosen)
        self.body.addWidget(self.choices)
        self._count = 0
        self.retranslate()

    def show_questions(self, views: Sequence[QuestionView]) -> None:
        texts = [_short(v.text) for v in views]
        descriptions = [status_name("answered" if v.answered else v.status) for v in views]
        self._count = len(texts)
        self.choices.show_choices(texts, descriptions)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Your questions"))
        self.show_intro("" if self._count else self.tr("You have no questions yet."))

    def reset(self) -> None:
        super().reset()
        self.show_questions([])


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class QuestionDetailScreen(WizardScreen):
    """One question: its text, the answer or "no answer yet", and "Add information"."""

    name = "question-detail"
    supplement = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = QLabel()
        self.content.setObjectName("question-content")
        self.content.setWordWrap(True)
        self.content.setTextFormat(Qt.TextFormat.PlainText)
        fixed(self.content)
        self.body.addWidget(self.content)
        self.next_button.setObjectName("question-add-info")
        self.proceed.connect(self.supplement)
        self._view: QuestionView | None = None
        self._can_supplement = False
        self.retranslate()

    def show_question(self, view: QuestionView, *, can_supplement: bool) -> None:
        self._view, self._can_supplement = view, can_supplement
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        view = self._view
        set_text(self.heading, self.tr("Your question"))
        set_text(self.next_button, self.tr("Add information"))
        self.next_button.setVisible(self._can_supplement)
        if view is None:
            self.show_intro("")
            set_text(self.content, "-")
            return
        if view.answer:
            self.show_intro(self.tr("The municipality answered."))
        else:
            self.show_intro(
                self.tr("No answer yet. You will get one before {day}.").format(
                    day=day(view.open_until)
                )
            )
        lines = [view.text, *(e.text for e in view.thread if e.by_citizen)]
        if view.answer:
            lines += ["", view.answer]
        set_text(self.content, "\n".join(lines))

    def reset(self) -> None:
        super().reset()
        self._view, self._can_supplement = None, False
        self.retranslate()
