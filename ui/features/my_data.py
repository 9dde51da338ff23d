""" "My data" at the kiosk: what the municipality holds, who looked, export and QR share.

The flow: PIN → central is asked for the citizen's records on a worker (it logs that
read in their access log) → summary and access log → export (JSON-LD with OSLO terms and
a PDF, deleted after the configured minutes or at the session end) or share a chosen
subset through a QR code (a ``data_share`` record that syncs; revocable here). Nothing
of the citizen is kept after the session: the screens reset and the files are deleted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from kiosk.my_data import Export, ExportShelf, Share, active_shares, create_share, revoke_share
from kiosk.self_service_client import CentralUnreachable, SelfServiceClient
from kiosk.services import Service
from ui.citizen_home import CitizenMoreScreen
from ui.features import offer
from ui.features._my_data_screens import MyDataScreen, Step
from ui.features._my_data_share import ShareChoiceScreen, ShareQrScreen
from ui.features._self_service import PinStep, ask_pin, client_for, engine_of

if TYPE_CHECKING:
    from ui.app import KioskParts, KioskWindow

log = logging.getLogger(__name__)

EXPIRY_CHECK_MS = 30_000


class MyDataFlow(QObject):
    """Holds the citizen's data while the screens show it; forgets it at the session end."""

    def __init__(self, parts: KioskParts) -> None:
        super().__init__()
        self.setObjectName("my-data-flow")
        self.parts = parts
        self.client: Callable[[], SelfServiceClient | None] = client_for(parts)
        self.confirm: PinStep = ask_pin
        """The PIN step (the shared PIN pad); replaceable where no card is at hand."""
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.shelf = ExportShelf(parts.settings.my_data_export_minutes)
        self.screen = MyDataScreen()
        self.screen.minutes = parts.settings.my_data_export_minutes
        self.choice = ShareChoiceScreen()
        self.choice.hours = parts.settings.data_share_hours
        self.qr = ShareQrScreen()
        self.data: dict[str, Any] | None = None
        self.share: Share | None = None
        self._base_url = parts.settings.central_url
        self._ticket = 0
        self.screen.back.connect(lambda: parts.shell.show_screen(CitizenMoreScreen.name))
        self.screen.export_requested.connect(self._export)
        self.screen.share_requested.connect(self._choose_share)
        self.screen.revoke_requested.connect(self._revoke_all)
        self.choice.chosen.connect(self._make_share)
        self.choice.back.connect(parts.shell.go_back)
        self.qr.revoke_requested.connect(self._revoke_this)
        self.qr.done.connect(self._back_to_data)
        self.timer = QTimer(self)
        self.timer.setInterval(EXPIRY_CHECK_MS)
        self.timer.timeout.connect(self.expire_exports)
        self.timer.start()

    def start(self) -> None:
        """The citizen picked "My data": confirm with the PIN first."""
        purpose = QCoreApplication.translate("MyData", "to see your data")
        self.confirm(self.parts, purpose, self._load, lambda: None)

    def forget(self) -> None:
        """The session ended: drop the data and delete every export file."""
        self._ticket += 1
        self.data, self.share = None, None
        self.shelf.wipe()

    def expire_exports(self) -> None:
        """Delete the exports whose time is up (a timer calls this)."""
        if self.shelf.expire(self.now()) and self.screen.step is Step.EXPORTED:
            self.screen.show_step(Step.SHOWN)

    def _load(self) -> None:
        citizen, engine = self.parts.citizen.current, engine_of(self.parts)
        if citizen is None:
            return
        self._ticket += 1
        ticket = self._ticket
        self.screen.show_loading()
        self.parts.shell.show_screen(self.screen.name)
        key, make_client = citizen.person_key, self.client

        def work() -> tuple[dict[str, Any], int]:
            client = make_client() if key else None
            if client is None:
                raise CentralUnreachable()
            try:
                data = client.my_data(key)
                self._base_url = client.base_url
            finally:
                client.close()
            shares = len(active_shares(engine, key)) if engine is not None else 0
            return data, shares

        self.parts.jobs.run(
            work, lambda r: self._loaded(ticket, *r), lambda e: self._failed(ticket, e)
        )

    def _loaded(self, ticket: int, data: dict[str, Any], shares: int) -> None:
        if ticket != self._ticket:
            return
        self.data = data
        self.screen.show_data(data.get("sections", {}), shares)
        self._announce()

    def _failed(self, ticket: int, error: BaseException) -> None:
        if ticket != self._ticket:
            return
        if not isinstance(error, CentralUnreachable):
            log.error("reading my data failed", exc_info=error)
        self.screen.show_step(Step.OFFLINE)
        self._announce()

    def _export(self) -> None:
        data = self.data
        if data is None:
            return
        language = self.parts.session.preferences.language
        name, shelf, now = self.parts.settings.municipality_name, self.shelf, self.now()

        def work() -> Export:
            from kiosk.my_data_pdf import render_my_data_pdf  # reportlab: loaded when needed

            pdf = render_my_data_pdf(data.get("sections", {}), language, name)
            return shelf.put(data.get("jsonld", {}), pdf, now)

        self.parts.jobs.run(work, lambda _e: self._exported(), self._job_failed)

    def _exported(self) -> None:
        self.screen.show_step(Step.EXPORTED)
        self._announce()

    def _choose_share(self) -> None:
        self.choice.reset()
        self.parts.shell.show_screen(self.choice.name)

    def _make_share(self, subset: list[str]) -> None:
        citizen, engine = self.parts.citizen.current, engine_of(self.parts)
        if citizen is None or engine is None:
            return
        key, hours = citizen.person_key, self.parts.settings.data_share_hours
        self.parts.jobs.run(
            lambda: create_share(engine, key, subset, hours=hours),
            self._shared,
            self._job_failed,
        )

    def _shared(self, share: Share) -> None:
        self.share = share
        self.parts.sync.trigger()
        url = f"{self._base_url.rstrip('/')}/v1/shares/{share.token}"
        self.qr.show_share(url, share.expires_at)
        self.parts.shell.show_screen(self.qr.name)

    def _revoke_this(self) -> None:
        share, engine = self.share, engine_of(self.parts)
        if share is None or engine is None:
            return
        share_id = share.share_id
        self.parts.jobs.run(lambda: revoke_share(engine, share_id), self._revoked, self._job_failed)

    def _revoked(self, _none: object = None) -> None:
        self.share = None
        self.qr.show_revoked()
        self.parts.sync.trigger()
        self._announce()

    def _revoke_all(self) -> None:
        citizen, engine = self.parts.citizen.current, engine_of(self.parts)
        if citizen is None or engine is None:
            return
        key = citizen.person_key

        def work() -> None:
            for share in active_shares(engine, key):
                revoke_share(engine, share.share_id)

        self.parts.jobs.run(work, self._all_revoked, self._job_failed)

    def _all_revoked(self, _none: object = None) -> None:
        self.screen.active_shares = 0
        self.screen.show_step(Step.REVOKED)
        self.parts.sync.trigger()
        self._announce()

    def _back_to_data(self) -> None:
        citizen, engine = self.parts.citizen.current, engine_of(self.parts)
        self.share = None
        self.qr.reset()
        self.parts.shell.show_screen(self.screen.name)
        if citizen is not None and engine is not None:
            key = citizen.person_key
            self.parts.jobs.run(lambda: len(active_shares(engine, key)), self._shares_counted)

    def _shares_counted(self, count: int) -> None:
        self.screen.active_shares = count
        self.screen.retranslate()

    def _job_failed(self, error: BaseException) -> None:
        log.error("a my-data step failed", exc_info=error)
        self.screen.show_step(Step.OFFLINE)
        self.parts.shell.show_screen(self.screen.name)

    def _announce(self) -> None:
        current = self.parts.shell.stack.currentWidget()
        message = getattr(current, "message", None)
        if message is not None:
            self.parts.narrator.status(message.text())


def install(parts: KioskParts, window: KioskWindow) -> None:
    """Add the my-data screens and offer the service on the citizen's pages."""
    flow = MyDataFlow(parts)
    flow.setParent(window)
    for screen in (flow.screen, flow.choice, flow.qr):
        parts.shell.add_screen(screen)
    parts.controller.ended.connect(lambda _reason: flow.forget())
    offer(parts, Service.MY_DATA, flow.start)
