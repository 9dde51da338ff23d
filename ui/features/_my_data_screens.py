""" "My data" screens: what is held and who looked, the subset to share, and the QR code.

Record contents and the access log are the citizen's own data, so their labels carry the
``fixedText`` property (not interface text to translate). A page keeps to four big
buttons in a column; the share choices sit in a grid of two columns.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.screen import KioskScreen, set_text

MAX_LOG_LINES = 2


def page_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def page_button(name: str, clicked: object) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.clicked.connect(clicked)
    return button


class Page(KioskScreen):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = page_label("heading")
        self.message = page_label(f"{self.name}-message")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(48, 16, 48, 16)
        self.layout_.setSpacing(8)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.message)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        self.layout_.addLayout(self.body)
        self.layout_.addStretch(1)
        self.bottom = QHBoxLayout()
        self.layout_.addLayout(self.bottom)


class Step(enum.Enum):
    LOADING = "loading"
    SHOWN = "shown"
    OFFLINE = "offline"
    EXPORTED = "exported"
    REVOKED = "revoked"


class MyDataScreen(Page):
    """A summary of what is held, who looked at it lately, and what can be done.

    Signals:
        export_requested(): make the JSON-LD and PDF files.
        share_requested(): choose a subset to share.
        revoke_requested(): stop every active share.
        back(): return to the citizen's services.
    """

    name = "my-data"
    export_requested = Signal()
    share_requested = Signal()
    revoke_requested = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = Step.LOADING
        self.counts: dict[str, int] = {}
        self.accesses: list[dict[str, Any]] = []
        self.active_shares = 0
        self.minutes = 15
        self.log_label = page_label("access-log")
        self.log_label.setProperty("fixedText", True)
        self.body.addWidget(self.log_label)
        self.export_button = page_button("export", self.export_requested.emit)
        self.share_button = page_button("share", self.share_requested.emit)
        self.revoke_button = page_button("revoke-shares", self.revoke_requested.emit)
        for button in (self.export_button, self.share_button):
            self.body.addWidget(button)
        self.back_button = page_button("back", self.back.emit)
        self.bottom.addWidget(self.revoke_button)
        self.bottom.addWidget(self.back_button)
        self.bottom.addStretch(1)
        self.retranslate()

    def show_loading(self) -> None:
        self.step = Step.LOADING
        self.retranslate()

    def show_data(self, sections: dict[str, list[Any]], active_shares: int) -> None:
        self.counts = {name: len(records) for name, records in sections.items()}
        self.accesses = list(sections.get("access_log", []))[-MAX_LOG_LINES:]
        self.active_shares = active_shares
        self.step = Step.SHOWN
        self.retranslate()

    def show_step(self, step: Step) -> None:
        self.step = step
        self.retranslate()

    def retranslate(self) -> None:
        if not hasattr(self, "back_button"):
            return
        set_text(self.heading, self.tr("My data"))
        counts = self.counts
        summary = self.tr(
            "The municipality holds about you: {reports} reports, {questions} questions, "
            "{appointments} appointments, {certificates} certificates, {consents} consents."
        ).format(
            reports=counts.get("melding", 0),
            questions=counts.get("question", 0),
            appointments=counts.get("appointment", 0),
            certificates=counts.get("certificate_request", 0),
            consents=counts.get("consent", 0),
        )
        messages = {
            Step.LOADING: self.tr("One moment, please: your data is being fetched…"),
            Step.SHOWN: summary,
            Step.OFFLINE: self.tr(
                "Your data cannot be fetched now: the kiosk is not connected. "
                "Please try again later or ask at the counter."
            ),
            Step.EXPORTED: self.tr(
                "Your data is ready as a JSON-LD file and a PDF. They are deleted after "
                "{minutes} minutes or when you finish."
            ).format(minutes=self.minutes),
            Step.REVOKED: self.tr("Your shares were stopped. Nobody can use their QR codes now."),
        }
        set_text(self.message, messages[self.step])
        lines = [self._access_line(entry) for entry in self.accesses]
        shown = self.step in (Step.SHOWN, Step.EXPORTED, Step.REVOKED)
        set_text(self.log_label, "\n".join([self.tr("Who looked at your data:"), *lines]))
        self.log_label.setVisible(shown and bool(lines))
        set_text(
            self.export_button, self.tr("Download (JSON-LD, PDF)"), self.tr("Your data as files")
        )
        set_text(self.share_button, self.tr("Share with a QR code"))
        set_text(
            self.revoke_button,
            self.tr("Stop shares ({count})").format(count=self.active_shares),
        )
        for button in (self.export_button, self.share_button):
            button.setVisible(shown)
        self.revoke_button.setVisible(shown and self.active_shares > 0)
        set_text(self.back_button, self.tr("Back"), self.tr("Back to your services"))

    def _access_line(self, entry: dict[str, Any]) -> str:
        when = str(entry.get("at", ""))[:16].replace("T", " ")
        purpose = entry.get("purpose")
        if purpose == "my_data":
            return self.tr("{when}: you, at a kiosk").format(when=when)
        if purpose == "shared_data":
            return self.tr("{when}: someone with your QR code").format(when=when)
        who = entry.get("actor", "")
        if purpose == "home_visit":  # the 360° view on an outreach laptop
            return self.tr("{when}: {who} of the home-visit team, for a home visit").format(
                when=when, who=who
            )
        if purpose == "follow_up":
            return self.tr("{when}: {who} of the home-visit team, to follow up a visit").format(
                when=when, who=who
            )
        return self.tr("{when}: {who} ({why})").format(when=when, who=who, why=purpose or "")

    def reset(self) -> None:
        super().reset()
        self.counts, self.accesses, self.active_shares = {}, [], 0
        self.step = Step.LOADING
        self.retranslate()
