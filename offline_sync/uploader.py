"""Uploading queued attachments to central, chunk by chunk, resuming where central stopped.

Each attachment starts by asking central how many bytes it already holds, so an upload
cut off by a dropped connection, a restart of the device or of central goes on from
there instead of from the start. A sync round runs this before it pushes ops (see
`offline_sync.client`), so ops reach central only after the attachments they refer to.
An attachment central refuses for good (over its size limit, a type it does not take,
or damaged on this device) is marked with the reason and no longer holds up the round.
"""

from __future__ import annotations

import hashlib
import logging

from sqlalchemy import Engine, text

from offline_sync.attachments import (
    Upload,
    note_progress,
    note_refused,
    read_attachment,
    read_chunk,
    uploads,
)
from offline_sync.protocol import ATTACHMENT_CHUNK_BYTES
from offline_sync.sync_errors import AttachmentRefused, ServerError
from offline_sync.transport import CentralHttp

log = logging.getLogger(__name__)

_RESUME = frozenset({"attachment_offset_mismatch", "attachment_busy"})
_FINAL = frozenset({"attachment_too_large", "attachment_type_unsupported"})
MAX_RESUMES = 5
"""Times one upload re-asks central's status in a round before giving up until the next."""


def last_seq(engine: Engine) -> int:
    """The device_seq of the newest op committed so far (0 without any)."""
    with engine.connect() as connection:
        value = connection.execute(text("SELECT max(device_seq) FROM outbox")).scalar_one()
    return int(value or 0)


class AttachmentUploader:
    """Works through the upload queue of one device database."""

    def __init__(
        self, engine: Engine, http: CentralHttp, *, chunk_bytes: int = ATTACHMENT_CHUNK_BYTES
    ) -> None:
        self.engine = engine
        self.http = http
        self.chunk_bytes = chunk_bytes

    def upload_pending(self) -> int:
        """Upload every pending attachment; returns how many are now complete on central.

        Raises:
            SyncError: the connection failed or central is busy; progress so far is kept.
        """
        with self.engine.connect() as connection:
            queue = uploads(connection, pending_only=True)
        completed = 0
        for upload in queue:
            if self._upload(upload):
                completed += 1
        return completed

    def _upload(self, upload: Upload) -> bool:
        if not self._intact(upload):
            return False
        status = self.http.attachment_status(upload.sha256)
        resumes = 0
        while not status.complete:
            start = status.received
            with self.engine.connect() as connection:
                data = read_chunk(connection, upload.sha256, start, self.chunk_bytes)
            try:
                status = self.http.put_attachment_chunk(
                    upload.sha256, upload.content_type, start, data, upload.size
                )
            except AttachmentRefused as refused:
                if refused.code in _RESUME and resumes < MAX_RESUMES:
                    resumes += 1
                    status = self.http.attachment_status(upload.sha256)
                    continue
                if refused.code in _FINAL:
                    self._refuse(upload, refused.user_message)
                    return False
                # damaged on the way (central discarded it) or raced: again next round
                raise ServerError(
                    "an attachment could not be completed at central; sync sends it again"
                ) from refused
            with self.engine.begin() as connection:
                note_progress(connection, upload.sha256, status.received, done=status.complete)
        with self.engine.begin() as connection:
            note_progress(connection, upload.sha256, upload.size, done=True)
        log.info("attachment of %d bytes is complete on central", upload.size)
        return True

    def _intact(self, upload: Upload) -> bool:
        """The stored bytes still hash to their address (a damaged file is never sent)."""
        with self.engine.connect() as connection:
            data = read_attachment(connection, upload.sha256)
        if data is not None and hashlib.sha256(data).hexdigest() == upload.sha256:
            return True
        self._refuse(upload, "the attachment stored on this device is damaged or missing")
        return False

    def _refuse(self, upload: Upload, reason: str) -> None:
        log.warning("attachment upload given up: %s", reason)
        with self.engine.begin() as connection:
            note_refused(connection, upload.sha256, reason)
