"""Link a caseload resident to the eID read on the outreach laptop.

The card is read and verified exactly as at the kiosk (`kiosk.identify.identify_card`);
this module decides whether the verified holder *is* the resident of the visit. Residents
are matched as the kiosk matches citizens: by ``person_key``, the pseudonym of the
national register number (`kiosk.pseudonyms`), never by the number itself. A resident
already linked must have the card's key; one not linked yet (planned by a colleague from
a phone call) is linked when no other resident has that key and the surname matches, so
a card picked up from the table is not tied to the wrong person. The key is written once
(``person_key`` is immutable in sync).

The link is personal data, so it needs consent: either recorded before, or given by this
very read (``consent``), in which case the consent and the link are stored in one
transaction, both or neither.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, text

from kiosk.citizen import Citizen
from kiosk.consent import insert_consent, require_consent
from kiosk.staff_signin import StaffMember


class Mismatch(enum.Enum):
    """Why a verified card was not linked (the UI words each one)."""

    OTHER_PERSON = "other-person"
    """The card belongs to someone else than the resident of this visit."""
    NO_KEY = "no-key"
    """The municipality's pseudonym secret is not on this laptop yet: nothing to match by."""


class NotThisResident(Exception):
    """The card cannot be linked to this resident; ``reason`` says why (no personal data)."""

    def __init__(self, reason: Mismatch) -> None:
        super().__init__(reason.value)
        self.reason = reason


@dataclass(frozen=True)
class EidConsent:
    """Consent given by the eID read itself: its purpose and expiry."""

    purpose: str
    expires_at: datetime | None


@dataclass(frozen=True)
class Linked:
    person_id: str
    newly_linked: bool
    """The resident had no key before this read."""
    consent_recorded: bool
    """This read recorded the consent (``method='eid'``)."""


def link_resident(
    engine: Engine,
    staff: StaffMember,
    person_id: str,
    holder: Citizen,
    *,
    consent: EidConsent | None = None,
) -> Linked:
    """Check that ``holder`` (a verified card's) is resident ``person_id``; link if needed.

    Raises:
        NotThisResident: someone else's card, or no key to match by.
        ConsentMissing: no consent recorded and none given by this read.
        ConsentInvalid: the consent given by this read lacks its purpose or expires at once.
    """
    if not holder.person_key:
        raise NotThisResident(Mismatch.NO_KEY)
    with engine.begin() as conn:
        if consent is not None:
            insert_consent(
                conn,
                staff,
                person_id,
                purpose=consent.purpose,
                method="eid",
                expires_at=consent.expires_at,
            )
        require_consent(conn, staff, person_id)
        newly = _check(conn, person_id, holder)
        if newly:
            conn.execute(
                text("UPDATE person SET person_key = :key WHERE id = :id"),
                {"key": holder.person_key, "id": person_id},
            )
    return Linked(person_id, newly, consent is not None)


def _check(conn: Connection, person_id: str, holder: Citizen) -> bool:
    """True when the resident is to be linked now; raises when the card is someone else's."""
    row = conn.execute(
        text("SELECT person_key, surname FROM person WHERE id = :id AND _deleted = 0"),
        {"id": person_id},
    ).first()
    if row is None:
        raise NotThisResident(Mismatch.OTHER_PERSON)
    if row.person_key:
        if row.person_key != holder.person_key:
            raise NotThisResident(Mismatch.OTHER_PERSON)
        return False
    taken = conn.execute(
        text("SELECT 1 FROM person WHERE person_key = :key AND id != :id AND _deleted = 0"),
        {"key": holder.person_key, "id": person_id},
    ).first()
    if taken is not None or _plain(str(row.surname or "")) != _plain(holder.surname):
        raise NotThisResident(Mismatch.OTHER_PERSON)
    return True


def _plain(name: str) -> str:
    """A surname compared without case, accents, spaces or hyphens ("Van den Berg")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalnum())
