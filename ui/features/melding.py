"""Meldingen at the kiosk: category → questions → address → description → photo → send.

`MeldingFlow` keeps the draft (`kiosk.meldingen.MeldingDraft`) and moves the citizen
through one-question screens. Categories and the address list are read from the local
store on a worker (reference data synced from central); address search runs in memory.
The photo comes from a USB stick or, where the kiosk has one, from its camera
(`ui.camera`, `ui.features._melding_camera`): the camera runs only while its screen is
shown, and the JPEG it gives is kept in the session's private folder
(`kiosk.session_files`) until the melding stores it, then wiped at the session end.
Sending stores the melding locally (also offline), shows the reference at once and asks
the sync loop to send it. Following a report is `ui.features._melding_follow`.
Everything of the citizen is dropped at the session end.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QImage

from kiosk import meldingen
from kiosk.addresses import Address, AddressIndex
from kiosk.service_categories import Category, load_categories, localized
from kiosk.services import Service
from kiosk.session_files import SessionFiles
from ui.camera import Camera, QtCamera
from ui.features import offer
from ui.features._melding_camera import MeldingCameraPhotoScreen, MeldingCameraScreen
from ui.features._melding_follow import MeldingFollow
from ui.features._melding_more import (
    MeldingConfirmScreen,
    MeldingDescriptionScreen,
    MeldingDoneScreen,
    MeldingPhotoScreen,
)
from ui.features._melding_screens import (
    MeldingAddressScreen,
    MeldingCategoryScreen,
    MeldingQuestionScreen,
    MeldingStartScreen,
)
from ui.features._reference_lookup import ReferenceLookupScreen
from ui.features._wizard import MAX_CHOICES

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy import Engine

    from ui.app import KioskParts, KioskWindow

log = logging.getLogger(__name__)

PHOTO_ROOTS = (Path("/media"), Path("/run/media"))
CAMERA_PHOTO = "melding-camera.jpg"
"""The camera photo's name in the session folder: one at a time, nothing personal."""
CAPTURE_TIMEOUT_MS = 10_000
"""A camera that has not delivered the photo by then is taken to have failed."""


def usb_photos(roots: tuple[Path, ...] = PHOTO_ROOTS, limit: int = MAX_CHOICES) -> list[Path]:
    """The newest JPEG/PNG photos on mounted removable media (a citizen's USB stick)."""
    found: list[Path] = []
    for root in roots:
        for pattern in ("*/*", "*/*/*", "*/*/*/*"):
            try:
                found.extend(
                    p for p in root.glob(pattern) if meldingen.photo_type(p) and p.is_file()
                )
            except OSError:
                continue
    found.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    return found[:limit]


class MeldingFlow(QObject):
    """One melding at a time, from the first screen to its reference number."""

    def __init__(
        self, parts: KioskParts, camera: Camera | None = None, files: SessionFiles | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("melding-flow")
        self.parts = parts
        self.photo_source: Callable[[], list[Path]] = usb_photos
        self.camera: Camera = camera if camera is not None else QtCamera(parts.jobs.run)
        self.files = files if files is not None else SessionFiles()
        self.start_screen = MeldingStartScreen()
        self.category = MeldingCategoryScreen()
        self.question = MeldingQuestionScreen()
        self.address = MeldingAddressScreen()
        self.description = MeldingDescriptionScreen()
        self.photo = MeldingPhotoScreen()
        self.camera_screen = MeldingCameraScreen()
        self.camera_photo = MeldingCameraPhotoScreen()
        self.confirm = MeldingConfirmScreen()
        self.done = MeldingDoneScreen()
        self.follow = MeldingFollow(parts)
        self.follow.setParent(self)
        self.draft = meldingen.MeldingDraft()
        self.categories: list[Category] = []
        self.index = AddressIndex(())
        self._found: list[Address] = []
        self._photos: list[Path] = []
        self._asked = 0
        self._taking = False  # the citizen asked for the camera in this report
        self._camera_on = False
        self._camera_broken = False
        self._camera_file: Path | None = None
        self._ticket = 0  # camera answers from before the last stop are ignored
        self.capture_timeout_ms = CAPTURE_TIMEOUT_MS
        screens = (
            self.start_screen, self.category, self.question, self.address, self.description,
            self.photo, self.camera_screen, self.camera_photo, self.confirm, self.done,
        )  # fmt: skip
        for screen in screens:
            parts.shell.add_screen(screen)
            screen.back.connect(parts.shell.go_back)
        self.start_screen.new_report.connect(self.new_report)
        self.start_screen.follow.connect(
            lambda: parts.shell.show_screen(ReferenceLookupScreen.name)
        )
        self.start_screen.mine.connect(self.follow.show_mine)
        self.category.chosen.connect(self._category_chosen)
        self.question.answered.connect(self._answered)
        self.address.search.connect(self._search)
        self.address.chosen.connect(self._address_chosen)
        self.description.proceed.connect(self._described)
        self.photo.chosen.connect(self._photo_chosen)
        self.photo.proceed.connect(self._without_photo)
        self.photo.take.connect(self._open_camera)
        self.camera_screen.proceed.connect(self._take_photo)
        self.camera_photo.again.connect(parts.shell.go_back)
        self.camera_photo.proceed.connect(self._use_camera_photo)
        parts.shell.screen_shown.connect(self._screen_shown)
        self.confirm.proceed.connect(self._send)
        self.done.proceed.connect(self._home)

    @property
    def language(self) -> str:
        return self.parts.session.preferences.language

    def engine(self) -> Engine | None:
        engine: Engine | None = getattr(self.parts.store.store, "engine", None)
        return engine

    def start(self) -> None:
        """The citizen picked "Report a problem"."""
        self.start_screen.show_identified(self.parts.citizen.current is not None)
        self.parts.shell.show_screen(self.start_screen.name)

    def forget(self) -> None:
        """The session ended: no draft, no search, no photo list, no camera, no photo file."""
        self.draft = meldingen.MeldingDraft()
        self.index = AddressIndex(())
        self._found, self._photos, self.categories = [], [], []
        self._stop_camera()
        self._taking = self._camera_broken = False
        self._camera_file = None
        self.camera_photo.clear()
        self.files.wipe()

    def _home(self) -> None:
        self.forget()
        home = "citizen-home" if self.parts.citizen.current is not None else "guest-home"
        self.parts.shell.show_screen(home)

    # the report ------------------------------------------------------------------------
    def new_report(self) -> None:
        self.draft = meldingen.MeldingDraft()
        self._taking = self._camera_broken = False
        engine = self.engine()

        def work() -> tuple[list[Category], AddressIndex]:
            if engine is None:
                return [], AddressIndex(())
            with engine.connect() as connection:
                return load_categories(connection), meldingen.load_address_index(connection)

        self.parts.jobs.run(work, self._loaded, self._load_failed)

    def _loaded(self, loaded: tuple[list[Category], AddressIndex]) -> None:
        self.categories, self.index = loaded
        self.category.show_categories([localized(c.labels, self.language) for c in self.categories])
        self.parts.shell.show_screen(self.category.name)

    def _load_failed(self, error: BaseException) -> None:
        log.error("melding categories could not be read", exc_info=error)
        self._loaded(([], AddressIndex(())))

    def _category_chosen(self, index: int) -> None:
        self.draft.category = self.categories[index]
        self.draft.answers = {}
        self._asked = 0
        self._ask_next()

    def _ask_next(self) -> None:
        category = self.draft.category
        assert category is not None
        if self._asked >= len(category.questions):
            self.parts.shell.show_screen(self.address.name)
            return
        question = category.questions[self._asked]
        choices = [(c.key, localized(c.names, self.language)) for c in question.choices]
        self.question.ask(
            localized(question.descriptions, self.language),
            choices if question.is_choice else [],
            required=question.required,
            position=(self._asked + 1, len(category.questions)),
        )
        if self.parts.shell.current_name == self.question.name:
            self.parts.shell.announce_current()
        else:
            self.parts.shell.show_screen(self.question.name)

    def _answered(self, answer: str) -> None:
        category = self.draft.category
        if category is None:
            return
        if answer:
            self.draft.answers[category.questions[self._asked].code] = answer
        self._asked += 1
        self._ask_next()

    def _search(self, typed: str) -> None:
        self._found = self.index.search(typed, limit=MAX_CHOICES)
        self.address.show_results([_short_label(a) for a in self._found])
        self.parts.shell.announce_current()

    def _address_chosen(self, index: int) -> None:
        self.draft.address = self._found[index]
        self.parts.shell.show_screen(self.description.name)

    def _described(self) -> None:
        self.draft.description = self.description.field.text()
        self.parts.jobs.run(
            self.photo_source, self._photos_found, lambda _e: self._photos_found([])
        )

    def _photos_found(self, photos: list[Path]) -> None:
        self._photos = photos
        camera = not self._camera_broken and self._camera_present()
        self.photo.show_photos([p.name for p in photos], camera=camera)
        self.parts.shell.show_screen(self.photo.name)

    def _photo_chosen(self, index: int) -> None:
        self.draft.photo = self._photos[index]
        self._to_confirm()

    def _without_photo(self) -> None:
        self.draft.photo = None
        self._to_confirm()

    # the camera ------------------------------------------------------------------------
    def _camera_present(self) -> bool:
        try:
            return self.camera.available()
        except Exception:  # a broken camera stack must not stop the report
            log.exception("could not find out whether a camera is present")
            return False

    def _open_camera(self) -> None:
        self._taking = True
        self.parts.shell.show_screen(self.camera_screen.name)

    def _screen_shown(self, name: str) -> None:
        """The camera runs only while its screen is shown, after the citizen asked for it."""
        if name == self.camera_screen.name and self._taking:
            self._start_camera()
        elif name != self.camera_screen.name:
            self._stop_camera()

    def _start_camera(self) -> None:
        self._stop_camera()
        ticket = self._ticket
        self._camera_on = True

        def frame(image: QImage) -> None:
            if ticket == self._ticket:
                self.camera_screen.show_frame(image)

        self.camera.start(frame, lambda reason: self._later_failed(ticket, reason))

    def _stop_camera(self) -> None:
        self._ticket += 1
        if self._camera_on:
            self._camera_on = False
            try:
                self.camera.stop()
            except Exception:
                log.exception("the camera could not be stopped")
        self.camera_screen.clear()

    def _take_photo(self) -> None:
        ticket = self._ticket
        self.camera_screen.set_busy(True)
        self.camera.capture(
            lambda jpeg: self._captured(ticket, jpeg),
            lambda reason: self._later_failed(ticket, reason),
        )
        QTimer.singleShot(  # the camera's answer, if any, stops the camera and this ticket
            self.capture_timeout_ms,
            self,
            lambda: self._camera_failed(ticket, "no photo from the camera in time"),
        )

    def _captured(self, ticket: int, jpeg: bytes) -> None:
        if ticket != self._ticket:
            return  # the citizen left the camera screen meanwhile
        image = QImage.fromData(jpeg)
        if image.isNull():
            self._camera_failed(ticket, "the camera gave no JPEG")
            return
        try:
            self._camera_file = self.files.write(CAMERA_PHOTO, jpeg)
        except OSError as error:
            self._camera_failed(ticket, f"the photo could not be kept: {type(error).__name__}")
            return
        self.camera_photo.show_photo(image)
        self.parts.shell.show_screen(self.camera_photo.name)  # stops the camera

    def _later_failed(self, ticket: int, reason: str) -> None:
        """A camera error, handled after the call that reported it has returned."""
        QTimer.singleShot(0, self, lambda: self._camera_failed(ticket, reason))

    def _camera_failed(self, ticket: int, reason: str) -> None:
        if ticket != self._ticket:
            return
        log.warning("the camera failed: %s", reason)
        self._stop_camera()
        self._taking = False
        self._camera_broken = True
        self.photo.show_camera_failed()
        if self.parts.shell.current_name == self.camera_screen.name:
            self.parts.shell.go_back()  # to the photo screen, which says what happened

    def _use_camera_photo(self) -> None:
        if self._camera_file is None:
            return
        self.draft.photo = self._camera_file
        self._to_confirm()

    def _to_confirm(self) -> None:
        draft = self.draft
        if draft.category is None or draft.address is None:
            return
        lines = [localized(draft.category.labels, self.language), draft.address.label]
        if draft.description.strip():
            lines.append(draft.description.strip())
        if draft.photo is not None and draft.photo == self._camera_file:
            lines.append(QCoreApplication.translate("MeldingFlow", "A photo taken with the camera"))
        elif draft.photo is not None:
            lines.append(draft.photo.name)
        self.confirm.show_summary(lines)
        self.parts.shell.show_screen(self.confirm.name)

    def _send(self) -> None:
        engine, draft = self.engine(), self.draft
        citizen = self.parts.citizen.current
        person_key = citizen.person_key if citizen is not None else None
        channel, assisted_by = self.parts.citizen.channel, self.parts.citizen.assisted_by
        if engine is None or not draft.complete:
            return
        self.confirm.next_button.setEnabled(False)
        self.parts.jobs.run(
            lambda: meldingen.file_melding(
                engine, draft, person_key=person_key, channel=channel, assisted_by=assisted_by
            ),
            self._filed,
            self._send_failed,
        )

    def _filed(self, filed: meldingen.FiledMelding) -> None:
        self.confirm.next_button.setEnabled(True)
        latest = self.parts.sync.bridge.latest
        online = latest is not None and latest.enrolled and latest.online
        self.done.show_reference(filed.reference, offline=not online)
        self.draft = meldingen.MeldingDraft()
        self.parts.shell.show_screen(self.done.name)
        self.parts.sync.trigger()

    def _send_failed(self, error: BaseException) -> None:
        self.confirm.next_button.setEnabled(True)
        log.error("a melding could not be stored", exc_info=error)
        self.confirm.show_intro(
            QCoreApplication.translate(
                "MeldingFlow", "Sorry, this did not work. Please call staff."
            )
        )


def _short_label(address: Address) -> str:
    """An address on a button: street, number, box and postcode (fits in large text)."""
    box = f" bus {address.box}" if address.box else ""
    return f"{address.street} {address.number}{box}, {address.postcode}"


def install(parts: KioskParts, window: KioskWindow) -> None:
    """Add the melding screens and offer the service on the home screens."""
    flow = MeldingFlow(parts)
    flow.setParent(window)
    parts.controller.ended.connect(lambda _reason: flow.forget())
    offer(parts, Service.MELDING, flow.start)
