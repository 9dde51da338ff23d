""" "My data" screens: what is held and who looked, the subset to share, and the QR code.

Record contents and the access log are the citizen's own data, so their labels carry the
``fixedText`` property (not interface text to translate). A page keeps to four big
buttons in a column; the share choices sit in a grid of two columns.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from reportlab.graphics.barcode.qr import QrCodeWidget

from kiosk.my_data import SUBSETS
from ui.screen import KioskScreen, set_text

MAX_LOG_LINES = 2
SHOWN_SUBSETS = ("identity", "address", "meldingen", "certificates")


def qr_pixmap(text: str, size: int = 320) -> QPixmap:
    """``text`` as a QR code (error correction M) drawn with a quiet zone."""
    code = QrCodeWidget(text, barLevel="M").qr
    code.make()
    count = code.getModuleCount()
    cells = count + 8  # four modules of quiet zone on each side
    image = QImage(cells, cells, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for row in range(count):
        for col in range(count):
            if code.isDark(row, col):
                painter.fillRect(col + 4, row + 4, 1, 1, QColor("black"))
    painter.end()
    return QPixmap.fromImage(image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))


def subset_title(subset: str) -> str:
    return {
        "identity": QCoreApplication.translate("MyData", "Identity"),
        "address": QCoreApplication.translate("MyData", "Address"),
        "meldingen": QCoreApplication.translate("MyData", "Reports"),
        "questions": QCoreApplication.translate("MyData", "Questions"),
        "appointments": QCoreApplication.translate("MyData", "Appointments"),
        "certificates": QCoreApplication.translate("MyData", "Certificates"),
    }[subset]


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _button(name: str, clicked: object) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.clicked.connect(clicked)
    return button


class _Page(KioskScreen):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _label("heading")
        self.message = _label(f"{self.name}-message")
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


class MyDataScreen(_Page):
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
        self.log_label = _label("access-log")
        self.log_label.setProperty("fixedText", True)
        self.body.addWidget(self.log_label)
        self.export_button = _button("export", self.export_requested.emit)
        self.share_button = _button("share", self.share_requested.emit)
        self.revoke_button = _button("revoke-shares", self.revoke_requested.emit)
        for button in (self.export_button, self.share_button):
            self.body.addWidget(button)
        self.back_button = _button("back", self.back.emit)
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
        return self.tr("{when}: {who} ({why})").format(
            when=when, who=entry.get("actor", ""), why=purpose or ""
        )

    def reset(self) -> None:
        super().reset()
        self.counts, self.accesses, self.active_shares = {}, [], 0
        self.step = Step.LOADING
        self.retranslate()


class ShareChoiceScreen(_Page):
    """Which parts of my data to share.

    Signals:
        chosen(list): the subset names (`kiosk.my_data.SUBSETS`).
        back(): return to my data.
    """

    name = "my-data-share"
    chosen = Signal(list)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hours = 24
        grid = QGridLayout()
        grid.setSpacing(12)
        self.choices: dict[str, QPushButton] = {}
        for index, subset in enumerate(s for s in SUBSETS if s in SHOWN_SUBSETS):
            button = _button(f"subset-{subset}", self.retranslate)
            button.setCheckable(True)
            grid.addWidget(button, index // 2, index % 2)
            self.choices[subset] = button
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.make_button = _button("make-qr", self._make)
        self.back_button = _button("back", self.back.emit)
        self.bottom.addWidget(self.make_button)
        self.bottom.addWidget(self.back_button)
        self.bottom.addStretch(1)
        self.retranslate()

    def _make(self) -> None:
        picked = [s for s, b in self.choices.items() if b.isChecked()]
        if picked:
            self.chosen.emit(picked)

    def retranslate(self) -> None:
        if not hasattr(self, "back_button"):
            return
        set_text(self.heading, self.tr("Share some of your data"))
        set_text(
            self.message,
            self.tr("Choose what to share. You get a QR code that works for {hours} hours.").format(
                hours=self.hours
            ),
        )
        for subset, button in self.choices.items():
            state = self.tr("chosen") if button.isChecked() else self.tr("not chosen")
            set_text(button, subset_title(subset), state)
        set_text(self.make_button, self.tr("Make QR code"))
        self.make_button.setEnabled(any(b.isChecked() for b in self.choices.values()))
        set_text(self.back_button, self.tr("Back"), self.tr("Back to my data"))

    def reset(self) -> None:
        super().reset()
        for button in self.choices.values():
            button.setChecked(False)
        self.retranslate()


class ShareQrScreen(_Page):
    """The QR code of a new share, until when it works, and a way to stop it.

    Signals:
        revoke_requested(): stop this share now.
        done(): back to my data.
    """

    name = "my-data-qr"
    revoke_requested = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.until = ""
        self.revoked = False
        self.qr = QLabel()
        self.qr.setObjectName("share-qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.qr)
        self.revoke_button = _button("revoke-share", self.revoke_requested.emit)
        self.done_button = _button("done", self.done.emit)
        self.bottom.addWidget(self.revoke_button)
        self.bottom.addWidget(self.done_button)
        self.bottom.addStretch(1)
        self.retranslate()

    def show_share(self, url: str, until: str) -> None:
        self.until, self.revoked = until, False
        self.qr.setPixmap(qr_pixmap(url))
        self.retranslate()

    def show_revoked(self) -> None:
        self.revoked = True
        self.qr.clear()
        self.retranslate()

    def retranslate(self) -> None:
        if not hasattr(self, "done_button"):
            return
        set_text(self.heading, self.tr("Your QR code"))
        if self.revoked:
            message = self.tr("This share was stopped. The QR code no longer works.")
        else:
            message = self.tr(
                "Show or photograph this code. It works until {until}, unless you stop it."
            ).format(until=self.until[:16].replace("T", " "))
        set_text(self.message, message)
        self.qr.setAccessibleName(self.tr("QR code of your share"))
        self.qr.setVisible(not self.revoked and bool(self.until))
        set_text(self.revoke_button, self.tr("Stop sharing"))
        self.revoke_button.setVisible(not self.revoked)
        set_text(self.done_button, self.tr("Done"), self.tr("Back to my data"))

    def reset(self) -> None:
        super().reset()
        self.until, self.revoked = "", False
        self.qr.clear()
        self.retranslate()
