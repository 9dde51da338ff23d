"""The kiosk's services, and which of them a guest (no eID inserted) may use.

Product rule: a guest may do what needs no identity — file a melding, ask a question,
take a queue ticket. Everything that shows or certifies personal data needs the eID.
"""

from __future__ import annotations

import enum


class Service(enum.Enum):
    """A service offered at the kiosk."""

    MELDING = "melding"
    QUESTION = "question"
    TICKET = "ticket"
    APPOINTMENT = "appointment"
    CERTIFICATE = "certificate"
    MY_DATA = "my-data"
    PARTICIPATION = "participation"

    @property
    def needs_identity(self) -> bool:
        """True when the citizen must be identified with their eID first."""
        return self not in GUEST_SERVICES


GUEST_SERVICES: tuple[Service, ...] = (Service.MELDING, Service.QUESTION, Service.TICKET)
