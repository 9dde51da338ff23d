"""The outreach laptop's first screen: a staff member signs in (offline after the first time).

The check runs on a worker (the verifier is a deliberately slow hash, and the first
sign-in asks central); the password field is emptied at every attempt.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ui.outreach_desk import named
from ui.screen import KioskScreen, set_text

if TYPE_CHECKING:
    from kiosk.staff_signin import StaffMember
    from ui.outreach_desk import OutreachDesk

log = logging.getLogger(__name__)


class SignInScreen(KioskScreen):
    name = "outreach-sign-in"

    def __init__(self, desk: OutreachDesk) -> None:
        super().__init__()
        self._desk = desk
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.username = named(QLineEdit(), "staff-username")
        self.password = named(QLineEdit(), "staff-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label = QLabel()
        self.password_label = QLabel()
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.button = named(QPushButton(), "staff-sign-in")
        self.button.setEnabled(False)
        self.message = named(QLabel(), "staff-sign-in-message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(form)
        layout.addWidget(self.button)
        layout.addWidget(self.message)
        layout.addStretch(2)
        layout.setContentsMargins(320, 32, 320, 32)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self._ready = False
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Sign in to start your home visits"))
        set_text(self.username_label, self.tr("User name"))
        set_text(self.password_label, self.tr("Password"))
        self.username.setAccessibleName(self.tr("User name"))
        self.password.setAccessibleName(self.tr("Password"))
        set_text(self.button, self.tr("Sign in"))

    def set_ready(self, ready: bool) -> None:
        self._ready = ready
        self.button.setEnabled(ready)

    def submit(self) -> None:
        """Check the name and password on a worker."""
        engine = self._desk.engine
        username, password = self.username.text().strip(), self.password.text()
        self.password.clear()
        if engine is None or not username or not password or not self.button.isEnabled():
            return
        from kiosk.staff_online import CentralSignIn
        from kiosk.staff_signin import sign_in

        online = CentralSignIn(engine, self._desk.credentials, self._desk.sync.settings.ca_bundle)
        self.button.setEnabled(False)
        set_text(self.message, self.tr("Checking…"))
        self._desk.jobs.run(
            lambda: sign_in(engine, username, password, online=online), self._done, self._failed
        )

    def _done(self, member: StaffMember) -> None:
        self.message.clear()
        self.username.clear()
        self.button.setEnabled(self._ready)
        self._desk.start_shift(member)

    def _failed(self, error: BaseException) -> None:
        from kiosk.staff_signin import (
            LockedOut,
            NeedsNetwork,
            NotThisTeam,
            Revoked,
            WrongPassword,
        )

        self.button.setEnabled(self._ready)
        self.password.setFocus()
        if isinstance(error, WrongPassword):
            text = self.tr("Wrong user name or password. {tries} tries left.").format(
                tries=error.tries_left
            )
        elif isinstance(error, LockedOut):
            until = time.strftime("%H:%M", time.localtime(error.until))
            text = self.tr("Too many wrong passwords. Try again after {time}.").format(time=until)
        elif isinstance(error, Revoked):
            text = self.revoked_text()
        elif isinstance(error, NotThisTeam):
            text = self.tr("You are not in the team of this laptop.")
        elif isinstance(error, NeedsNetwork):
            text = self.tr("The first sign-in on this laptop needs a connection to the town hall.")
        else:
            log.error("staff sign-in failed", exc_info=error)
            text = self.tr("Signing in did not work. Try again.")
        set_text(self.message, text)

    def revoked_text(self) -> str:
        return self.tr("Your sign-in was revoked. Ask an administrator.")

    def show_revoked(self) -> None:
        set_text(self.message, self.revoked_text())

    def reset(self) -> None:
        super().reset()
        self.message.clear()
