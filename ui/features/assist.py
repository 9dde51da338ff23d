"""Assisted mode at the kiosk: the staff member who was called signs in beside the citizen.

"Call staff" shows a notice; the staff member who comes presses "I am a staff member" and
signs in with their own account, checked by central (the kiosk keeps nothing of it). From
then until the session ends, the bar says who is helping and every act (melding, question,
certificate, appointment) is recorded as done with them, never as the citizen alone. The
password field is emptied at every attempt and the password is never logged.
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from kiosk.assistance import LOCK_SECONDS, AssistanceLocked, Assistant
from kiosk.config import Role
from ui.features._self_service import engine_of
from ui.features._wizard import WizardScreen
from ui.screen import set_text

if TYPE_CHECKING:
    from ui.app import KioskParts, KioskWindow

log = logging.getLogger(__name__)


class StaffAssistScreen(WizardScreen):
    """User name and password of the staff member, and "Sign in"."""

    name = "staff-assist"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = QLineEdit()
        self.username.setObjectName("assist-username")
        self.password = QLineEdit()
        self.password.setObjectName("assist-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label = QLabel()
        self.password_label = QLabel()
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        self.body.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("assist-message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.message)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.proceed)
        self.next_button.show()
        self._problem = ""
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_text(self.heading, self.tr("Staff sign-in"))
        self.show_intro(self.tr("Sign in with your own account to help this citizen."))
        set_text(self.username_label, self.tr("User name"))
        set_text(self.password_label, self.tr("Password"))
        self.username.setAccessibleName(self.tr("User name"))
        self.password.setAccessibleName(self.tr("Password"))
        set_text(self.next_button, self.tr("Sign in"))
        set_text(self.message, self._problem)
        self.message.setVisible(bool(self._problem))

    def show_problem(self, text: str) -> None:
        """Say why the sign-in did not work (already translated)."""
        self._problem = text
        self.retranslate()

    def show_wrong_password(self, tries_left: int) -> None:
        self.show_problem(
            self.tr("Wrong user name or password. {tries} tries left.").format(tries=tries_left)
        )

    def show_locked(self, minutes: int) -> None:
        self.show_problem(
            self.tr(
                "Too many wrong passwords. Staff sign-in is possible again in {minutes} minutes."
            ).format(minutes=minutes)
        )

    def show_refused(self, code: str) -> None:
        """Central's reason: ``staff_revoked``, or a role that does not assist at kiosks."""
        if code == "staff_revoked":
            self.show_problem(self.tr("Your sign-in was stopped by an administrator."))
        else:
            self.show_problem(self.tr("Your account cannot be used to help at the kiosk."))

    def show_offline(self) -> None:
        self.show_problem(
            self.tr(
                "The kiosk cannot reach the town hall's system now, so staff cannot sign in."
                " Please try again in a moment."
            )
        )

    def busy(self, busy: bool) -> None:
        """While central is asked, a second press does nothing."""
        self.next_button.setEnabled(not busy)

    def reset(self) -> None:
        super().reset()
        self._problem = ""
        self.username.clear()
        self.password.clear()
        self.busy(False)
        self.retranslate()


class AssistFlow(QObject):
    """From the staff notice to a signed-in assistant, and back to where the citizen was."""

    def __init__(self, parts: KioskParts) -> None:
        super().__init__()
        self.parts = parts
        self.screen = StaffAssistScreen()
        self.screen.back.connect(parts.shell.go_back)
        self.screen.proceed.connect(self.sign_in)

    def open(self) -> None:
        """The staff member arrived: close the notice, show the sign-in."""
        self.parts.shell.close_staff_notice()
        self.screen.reset()
        self.parts.shell.show_screen(self.screen.name)

    def sign_in(self) -> None:
        """Ask central on a worker; the password leaves the field at once."""
        username = self.screen.username.text().strip()
        password = self.screen.password.text()
        self.screen.password.clear()
        if not username or not password or not self.screen.next_button.isEnabled():
            return
        try:
            self.parts.desk.check_open()
        except AssistanceLocked as locked:
            self._locked(locked.seconds_left)
            return
        engine = engine_of(self.parts)
        if engine is None:
            self.screen.show_offline()
            return
        credentials, ca_bundle = self.parts.sync.credentials, self.parts.settings.ca_bundle

        def ask() -> tuple[str, str]:
            from kiosk.staff_online import assist_sign_in

            return assist_sign_in(
                engine, username, password, credentials=credentials, ca_bundle=ca_bundle
            )

        self.screen.busy(True)
        self.parts.jobs.run(ask, self._signed_in, self._refused)

    def _signed_in(self, answer: tuple[str, str]) -> None:
        staff_id, display_name = answer
        self.parts.desk.badge_in(Assistant(staff_id, display_name))
        self.parts.citizen.assist(staff_id)
        self.parts.shell.bar.show_assistant(display_name)
        self.screen.reset()
        self.parts.shell.go_back()

    def _refused(self, error: BaseException) -> None:
        from kiosk.staff_online import CentralRefused

        self.screen.busy(False)
        if not isinstance(error, CentralRefused):
            log.info("staff sign-in at the kiosk: central unreachable (%s)", type(error).__name__)
            self.screen.show_offline()
        elif error.code != "sign_in_refused":
            self.screen.show_refused(error.code)
        elif left := self.parts.desk.refused():
            self.screen.show_wrong_password(left)
        else:
            self._locked(None)

    def _locked(self, seconds_left: float | None) -> None:
        seconds = LOCK_SECONDS if seconds_left is None else seconds_left
        self.screen.show_locked(max(1, math.ceil(seconds / 60)))

    def end(self) -> None:
        """The session ended: nobody assists any more."""
        self.parts.desk.end_assistance()
        self.parts.shell.bar.show_assistant("")


def install(parts: KioskParts, window: KioskWindow) -> None:
    """Let a called staff member sign in at a kiosk (the outreach laptop has its own)."""
    if parts.settings.role is not Role.KIOSK:
        return
    flow = AssistFlow(parts)
    flow.setParent(window)
    parts.shell.add_screen(flow.screen)
    parts.shell.staff_notice.offer_sign_in()
    parts.shell.staff_notice.staff_arrived.connect(flow.open)
    parts.controller.ended.connect(lambda _reason: flow.end())
