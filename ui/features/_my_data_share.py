""" "My data" share screens: the parts to share (two columns), then the QR code to show.

The QR code is drawn from reportlab's encoder into a QImage (no other QR library); the
token it carries exists only there and in the flow's memory until the visit ends.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from kiosk.my_data import SUBSETS
from ui.features._my_data_screens import Page, page_button
from ui.screen import set_text

SHOWN_SUBSETS = ("identity", "address", "meldingen", "certificates")


def qr_pixmap(text: str, size: int = 320) -> QPixmap:
    """``text`` as a QR code (error correction M) drawn with a quiet zone."""
    from reportlab.graphics.barcode.qr import QrCodeWidget  # loaded for the first share

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


class ShareChoiceScreen(Page):
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
            button = page_button(f"subset-{subset}", self.retranslate)
            button.setCheckable(True)
            grid.addWidget(button, index // 2, index % 2)
            self.choices[subset] = button
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.make_button = page_button("make-qr", self._make)
        self.back_button = page_button("back", self.back.emit)
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


class ShareQrScreen(Page):
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
        self.revoke_button = page_button("revoke-share", self.revoke_requested.emit)
        self.done_button = page_button("done", self.done.emit)
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
        elif not self.until:
            message = ""  # no share yet (or the visit ended): nothing to say
        else:
            message = self.tr(
                "Show or photograph this code. It works until {until}, unless you stop it."
            ).format(until=self.until[:16].replace("T", " "))
        set_text(self.message, message)
        self.message.setVisible(bool(message))  # an empty label has no name to read out
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
