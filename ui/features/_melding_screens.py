"""The first melding screens: what to do, which category, its questions, where.

Each screen asks one thing and says what was chosen by a signal; `ui.features.melding`
decides what comes next. Category names, questions, answers and addresses are data from
central (already in the citizen's language), shown on `ChoiceButtons`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ui.features._wizard import MAX_CHOICES, ChoiceButtons, WizardScreen, fixed
from ui.screen import set_text


class MeldingStartScreen(WizardScreen):
    """Report something new, follow a report, or (identified) see one's own reports.

    Signals:
        new_report(), follow(), mine()
    """

    name = "melding-start"
    new_report = Signal()
    follow = Signal()
    mine = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_button = QPushButton()
        self.new_button.setObjectName("melding-new")
        self.new_button.clicked.connect(self.new_report)
        self.follow_button = QPushButton()
        self.follow_button.setObjectName("melding-follow")
        self.follow_button.clicked.connect(self.follow)
        self.mine_button = QPushButton()
        self.mine_button.setObjectName("melding-mine")
        self.mine_button.clicked.connect(self.mine)
        self.mine_button.hide()
        for button in (self.new_button, self.follow_button, self.mine_button):
            self.body.addWidget(button)
        self.retranslate()

    def show_identified(self, identified: bool) -> None:
        self.mine_button.setVisible(identified)

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Report a problem"))
        self.show_intro(self.tr("A broken street light, litter, a pothole, noise."))
        set_text(self.new_button, self.tr("Report a new problem"))
        set_text(self.follow_button, self.tr("Follow a report or question"))
        set_text(self.mine_button, self.tr("My reports"))


class MeldingCategoryScreen(WizardScreen):
    """Which category? Three per page, "More choices" for the next page.

    Signals:
        chosen(int): the index of the category in the list last shown.
    """

    name = "melding-category"
    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._page = 0
        self.choices = ChoiceButtons("melding-category")
        self.choices.chosen.connect(lambda i: self.chosen.emit(self._page * MAX_CHOICES + i))
        self.body.addWidget(self.choices)
        self.proceed.connect(self._next_page)
        self.retranslate()

    def show_categories(self, labels: Sequence[str]) -> None:
        """The categories' names in the citizen's language (empty: none to offer)."""
        self._labels, self._page = list(labels), 0
        self._show_page()

    def _next_page(self) -> None:
        pages = max(1, -(-len(self._labels) // MAX_CHOICES))
        self._page = (self._page + 1) % pages
        self._show_page()

    def _show_page(self) -> None:
        start = self._page * MAX_CHOICES
        self.choices.show_choices(self._labels[start : start + MAX_CHOICES])
        self.next_button.setVisible(len(self._labels) > MAX_CHOICES)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("What is the problem about?"))
        if self._labels:
            self.show_intro("")
        else:
            self.show_intro(
                self.tr(
                    "Reporting a problem is not possible at this kiosk right now. "
                    "Please ask at the counter or call staff."
                )
            )
        set_text(self.next_button, self.tr("More choices"))

    def reset(self) -> None:
        super().reset()
        self.show_categories([])


class MeldingQuestionScreen(WizardScreen):
    """One category question: a button per answer, or a text field.

    Signals:
        answered(str): the answer's key, or the text typed ("" when skipped).
    """

    name = "melding-question"
    answered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fixed(self.heading)
        self.choices = ChoiceButtons("melding-answer")
        self.choices.chosen.connect(lambda i: self.answered.emit(self._keys[i]))
        self.field = QLineEdit()
        self.field.setObjectName("melding-answer-text")
        self.field.setMaxLength(200)
        self.field.returnPressed.connect(self._typed)
        self.body.addWidget(self.choices)
        self.body.addWidget(self.field)
        self.proceed.connect(self._typed)
        self._keys: list[str] = []
        self._required = False
        self._position = (1, 1)
        self.retranslate()

    def ask(
        self,
        question: str,
        choices: Sequence[tuple[str, str]],
        *,
        required: bool,
        position: tuple[int, int],
    ) -> None:
        """Show ``question``; ``choices`` are (key, text) pairs, none for a text answer."""
        set_text(self.heading, question)
        self._keys = [key for key, _text in choices[:MAX_CHOICES]]
        self.choices.show_choices([text for _key, text in choices])
        self.field.clear()
        self.field.setVisible(not choices)
        self._required = required
        self._position = position
        self.next_button.setVisible(not choices or not required)
        self.retranslate()

    def _typed(self) -> None:
        text = self.field.text().strip() if self.field.isVisible() else ""
        if self._required and not text:
            return
        self.answered.emit(text)

    def retranslate(self) -> None:
        super().retranslate()
        number, total = self._position
        self.show_intro(self.tr("Question {number} of {total}").format(number=number, total=total))
        self.field.setAccessibleName(self.tr("Your answer"))
        if not self._keys and not self.heading.text():
            set_text(self.heading, self.tr("A question about the problem"))
        if self.field.isVisible() or not self._keys:
            set_text(self.next_button, self.tr("Continue"))
        else:
            set_text(self.next_button, self.tr("Skip this question"))

    def reset(self) -> None:
        super().reset()
        self._keys = []
        self.choices.clear()
        self.heading.clear()
        self.retranslate()


class MeldingAddressScreen(WizardScreen):
    """Where is it? Street and number typed, up to three addresses found to pick from.

    Signals:
        search(str): look up what was typed.
        chosen(int): the index of the address picked among those shown.
    """

    name = "melding-address"
    search = Signal(str)
    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setObjectName("melding-address-text")
        self.field.setMaxLength(120)
        self.field.returnPressed.connect(self._search)
        self.search_button = QPushButton()
        self.search_button.setObjectName("melding-address-search")
        self.search_button.clicked.connect(self._search)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.field, 1)
        row.addWidget(self.search_button)
        self.body.addLayout(row)
        self.nothing = QLabel()
        self.nothing.setWordWrap(True)
        self.nothing.hide()
        self.body.addWidget(self.nothing)
        self.results = ChoiceButtons("melding-address")
        self.results.chosen.connect(self.chosen)
        self.body.addWidget(self.results)
        self.retranslate()

    def _search(self) -> None:
        if self.field.text().strip():
            self.search.emit(self.field.text())

    def show_results(self, labels: Sequence[str]) -> None:
        """The addresses found (labels); none found says so."""
        self.results.show_choices(labels)
        self.nothing.setVisible(not labels)

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Where is the problem?"))
        self.show_intro(self.tr("Type the street and house number, for example: Kerkstraat 12"))
        self.field.setAccessibleName(self.tr("Street and house number"))
        set_text(self.search_button, self.tr("Search"))
        set_text(
            self.nothing,
            self.tr("No address found. Check the street name, or type only the street."),
        )

    def reset(self) -> None:
        super().reset()
        self.results.clear()
        self.nothing.hide()
