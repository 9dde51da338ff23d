"""Why a sync round failed, as types: the loop decides on retries, the UI on the words.

Every error has a ``user_message`` (one line a person can act on; the command line prints
it) and ``retryable``: the loop retries those with backoff and stops for the others
(revoked, not enrolled) until a person does something. Local data is never touched by
any of them.
"""

from __future__ import annotations


class SyncError(Exception):
    """A sync round could not finish; nothing committed locally was lost."""

    retryable = True
    detail = ""
    """Central's own words, when it sent an error body (for logs and support)."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class Offline(SyncError):
    """Central could not be reached (no network, refused, DNS)."""

    def __init__(self, url: str) -> None:
        super().__init__(
            f"central ({url}) cannot be reached; work continues offline and syncs by itself "
            "when the network is back"
        )


class SyncTimeout(Offline):
    """Central took too long to answer; the request may or may not have been applied."""


class TlsError(SyncError):
    """The server's certificate is not trusted; nothing was sent."""

    retryable = False

    def __init__(self, url: str) -> None:
        super().__init__(
            f"the certificate of central ({url}) is not trusted: ask IT to check the "
            "ca_bundle setting and the server certificate"
        )


class ServerError(SyncError):
    """Central answered 5xx/429 or something unreadable; retry later (``retry_after`` s)."""

    def __init__(self, user_message: str, retry_after: float | None = None) -> None:
        super().__init__(user_message)
        self.retry_after = retry_after


class Unauthenticated(SyncError):
    """Central does not accept this device's credentials."""

    retryable = False

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "central does not recognise this device's credentials: enroll it again with "
            "'fygitaal enroll'" + (f" ({detail})" if detail else "")
        )


class DeviceRevoked(SyncError):
    """An administrator revoked this device; it keeps its local data and stops syncing."""

    retryable = False

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "this device was revoked by an administrator and no longer syncs; its local data "
            "is kept: ask an administrator for a new enrollment code"
            + (f" ({detail})" if detail else "")
        )


class NotEnrolled(SyncError):
    """No enrollment (or its credential is missing from the keyring)."""

    retryable = False

    def __init__(self, detail: str = "this device is not enrolled") -> None:
        super().__init__(f"{detail}: run 'fygitaal enroll --central URL --code CODE'")


class KeyringUnavailable(SyncError):
    """No usable keyring for the device credential; nothing was stored anywhere else."""

    retryable = False

    def __init__(self, reason: str) -> None:
        super().__init__(
            f"no usable keyring for the device credential ({reason}); nothing was stored: "
            "unlock or install the system keyring, then try again"
        )


class EnrollmentRefused(SyncError):
    """Central refused the enrollment code (unknown, used or expired)."""

    retryable = False


class CursorReset(SyncError):
    """Central can no longer serve changes after our cursor; pull again from the start."""

    def __init__(self) -> None:
        super().__init__("central asked for a full download; it restarts by itself")


class ProtocolMismatch(SyncError):
    """Central answered something this version does not understand (a bug or a new server)."""

    retryable = False


class AttachmentRefused(SyncError):
    """Central refused an attachment chunk; ``code`` says why (``attachment_too_large``...).

    ``attachment_offset_mismatch`` and ``attachment_hash_mismatch`` are retried from
    central's status; the others are final for that attachment, not for the round.
    """

    retryable = False

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"central refused an attachment: {detail or code}")
        self.code = code
