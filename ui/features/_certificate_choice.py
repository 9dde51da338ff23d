"""Choosing a certificate: which one, then its language (and, for residence, the history).

Six big buttons on two pages of three (in large text at 1280x800 a page holds no more,
and two columns clip), then a page with the four languages, pre-set to the language of
the visit, and for a proof of residence a switch that adds the previous addresses. The
screens decide nothing: they say what was chosen (`kiosk.documents.certificate.CertificateKind`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.documents.certificate import CertificateKind
from ui.language_picker import LanguagePicker
from ui.screen import KioskScreen, set_text

K = CertificateKind
FIRST_PAGE: tuple[CertificateKind, ...] = (K.RESIDENCE, K.HOUSEHOLD, K.LIFE)
SECOND_PAGE: tuple[CertificateKind, ...] = (K.NATIONALITY, K.VOTER, K.COHABITATION)


def kind_title(kind: CertificateKind) -> str:
    """The name of ``kind`` on buttons and headings, in the current language."""
    return {
        K.RESIDENCE: QCoreApplication.translate("Certificate", "Proof of residence"),
        K.RESIDENCE_HISTORY: QCoreApplication.translate(
            "Certificate", "Proof of residence with history"
        ),
        K.HOUSEHOLD: QCoreApplication.translate("Certificate", "Household composition"),
        K.LIFE: QCoreApplication.translate("Certificate", "Life certificate"),
        K.NATIONALITY: QCoreApplication.translate("Certificate", "Nationality"),
        K.VOTER: QCoreApplication.translate("Certificate", "Voter certificate"),
        K.COHABITATION: QCoreApplication.translate("Certificate", "Legal cohabitation"),
    }[kind]


class CertificateKindScreen(KioskScreen):
    """Which certificate? The first three kinds and "other certificates".

    Signals:
        chosen(object): the `CertificateKind` picked (residence without history).
        more(): show the other kinds.
        back(): return to where the citizen came from.
    """

    name = "certificate-kind"
    kinds = FIRST_PAGE
    chosen = Signal(object)
    more = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = QLabel()
        self._heading.setObjectName("heading")
        self._heading.setWordWrap(True)
        self.kind_buttons: dict[CertificateKind, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        layout.addWidget(self._heading)
        for kind in self.kinds:
            button = QPushButton()
            button.setObjectName(f"certificate-{kind.value}")
            button.clicked.connect(lambda _c=False, k=kind: self.chosen.emit(k))
            self.kind_buttons[kind] = button
            layout.addWidget(button)
        self.more_button = QPushButton()
        self.more_button.setObjectName("more-certificates")
        self.more_button.clicked.connect(self.more)
        layout.addWidget(self.more_button)
        layout.addStretch(1)
        self.back_button = QPushButton()
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.back)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.more_button.setVisible(self.kinds == FIRST_PAGE)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        set_text(self._heading, self.tr("Which certificate do you need?"))
        for kind, button in self.kind_buttons.items():
            set_text(button, kind_title(kind))
        set_text(self.back_button, self.tr("Back"))
        set_text(
            self.more_button,
            self.tr("Other certificates"),
            self.tr("Nationality, voter certificate, legal cohabitation"),
        )


class CertificateMoreScreen(CertificateKindScreen):
    """The other three kinds."""

    name = "certificate-kind-more"
    kinds = SECOND_PAGE


class CertificateOptionsScreen(KioskScreen):
    """The certificate's language (and history for a proof of residence), then "continue".

    Signals:
        confirmed(object, str): the `CertificateKind` and the language code.
        back(): choose another certificate.
    """

    name = "certificate-options"
    confirmed = Signal(object, str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = CertificateKind.RESIDENCE
        self._language = "nl-BE"
        self._heading = QLabel()
        self._heading.setObjectName("heading")
        self._heading.setWordWrap(True)
        self._language_label = QLabel()
        self._language_label.setWordWrap(True)
        self.picker = LanguagePicker()
        self.picker.language_chosen.connect(self._set_language)
        self.history_button = QPushButton()
        self.history_button.setObjectName("certificate-history")
        self.history_button.setCheckable(True)
        self.history_button.toggled.connect(lambda _on: self.retranslate())
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continue")
        self.continue_button.clicked.connect(self._confirm)
        self.back_button = QPushButton()
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        layout.addWidget(self._heading)
        layout.addWidget(self._language_label)
        layout.addWidget(self.picker)
        layout.addWidget(self.history_button)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        self.prepare(CertificateKind.RESIDENCE, "nl-BE")

    def prepare(self, kind: CertificateKind, language: str) -> None:
        """Ask about ``kind``, with ``language`` (the visit's) chosen and no history."""
        self._kind = kind
        self.history_button.setChecked(False)
        self.history_button.setVisible(kind is CertificateKind.RESIDENCE)
        self._set_language(language)
        self.retranslate()

    @property
    def kind(self) -> CertificateKind:
        """What "continue" asks for (residence becomes residence with history when on)."""
        if self._kind is CertificateKind.RESIDENCE and self.history_button.isChecked():
            return CertificateKind.RESIDENCE_HISTORY
        return self._kind

    @property
    def language(self) -> str:
        return self._language

    def _set_language(self, language: str) -> None:
        self._language = language
        self.picker.mark(language)

    def _confirm(self) -> None:
        self.confirmed.emit(self.kind, self._language)

    def retranslate(self) -> None:
        """Texts in the current language."""
        set_text(self._heading, kind_title(self._kind))
        set_text(self._language_label, self.tr("In which language?"))
        history = (
            self.tr("With my previous addresses: yes")
            if self.history_button.isChecked()
            else self.tr("With my previous addresses: no")
        )
        set_text(self.history_button, history, self.tr("Press to change"))
        set_text(self.continue_button, self.tr("Continue"), self.tr("Confirm with your PIN"))
        set_text(self.back_button, self.tr("Back"), self.tr("Choose another certificate"))

    def reset(self) -> None:
        """Back to the defaults."""
        super().reset()
        self.prepare(CertificateKind.RESIDENCE, "nl-BE")
