"""Participation at the kiosk: open polls, one vote per citizen, proposals to the forum.

A vote carries the poll's ``voter_key`` (a keyed hash of the national number, made per
poll by `kiosk.pseudonyms.voter_key`), never the number and never a ``person_key``: the
choice cannot be joined to a person outside the uniqueness check. Online, central counts
the vote at once and says "already voted" before anything is kept here. Offline, the vote
is recorded locally under the id derived from (poll, voter key), a second local vote of
the same key is refused, and central refuses a duplicate when it arrives by sync.
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy import Engine, text

from kiosk.citizen import actor_for
from kiosk.pseudonyms import voter_key
from offline_sync.outbox import set_actor
from offline_sync.protocol import new_id

log = logging.getLogger(__name__)

MAX_TITLE, MAX_TEXT = 120, 2000

SecretSource = Callable[[], bytes]
"""Gives the municipality's pseudonym secret (from the device keyring once it is fetched)."""


class VoteOutcome(enum.Enum):
    COUNTED = "counted"
    """Central counted it now."""
    RECORDED_OFFLINE = "recorded_offline"
    """Kept here; it reaches central at the next sync."""
    ALREADY_VOTED = "already_voted"
    """This citizen voted in this poll before; nothing was recorded."""


class VoteClient(Protocol):
    """Central's vote endpoint (`kiosk.self_service_client.SelfServiceClient`)."""

    def vote(self, poll_id: str, voter_key: str, choice: str, channel: str) -> str: ...


def vote_id(poll_id: str, key: str) -> str:
    """The record id of a vote: the same for the same (poll, voter key) everywhere.

    The same derivation as `central.polls.vote_id` (central cannot import device code).
    """
    digest = hashlib.sha256(f"fygitaal/vote-id/v1\x00{poll_id}\x00{key}".encode()).digest()
    return str(uuid.UUID(bytes=digest[:16]))


@dataclass(frozen=True)
class Option:
    option_id: str
    labels: dict[str, str]

    def label(self, language: str) -> str:
        return _pick(self.labels, language) or self.option_id


@dataclass(frozen=True)
class Poll:
    poll_id: str
    question: dict[str, str]
    options: tuple[Option, ...]
    closes_at: str

    def text(self, language: str) -> str:
        return _pick(self.question, language)


def _pick(labels: dict[str, str], language: str) -> str:
    for wanted in (language, language[:2], "nl-BE", "en"):
        for code, value in labels.items():
            if code == wanted or code[:2] == wanted:
                return value
    return next(iter(labels.values()), "")


def open_polls(engine: Engine, now: datetime | None = None) -> list[Poll]:
    """Polls central published that are open now, closing soonest first."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT id, question, options, opens_at, closes_at FROM poll"
                " WHERE _deleted = 0 ORDER BY closes_at, id"
            )
        ).all()
    polls = []
    for row in rows:
        opens, closes = _moment(row.opens_at), _moment(row.closes_at)
        if opens is None or closes is None or not opens <= moment < closes:
            continue
        options = tuple(
            Option(str(o.get("id")), dict(o.get("labels") or {}))
            for o in json.loads(row.options or "[]")
        )
        polls.append(Poll(row.id, dict(json.loads(row.question or "{}")), options, row.closes_at))
    return polls


def _moment(value: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def cast_vote(  # noqa: PLR0917 - the parts of one vote
    engine: Engine,
    client: VoteClient | None,
    poll: Poll,
    choice: str,
    secret: bytes,
    national_number: str,
    *,
    channel: str = "kiosk",
    assisted_by: str | None = None,
) -> VoteOutcome:
    """Vote ``choice`` in ``poll``: central first, else locally (see the module text).

    Raises:
        ValueError: ``choice`` is not one of the poll's options.
        kiosk.self_service_client.Refused: central refused (poll closed, ...).
    """
    from kiosk.self_service_client import AlreadyVoted, CentralUnreachable

    if choice not in {o.option_id for o in poll.options}:
        raise ValueError("not an option of this poll")
    key = voter_key(secret, poll.poll_id, national_number)
    record_id = vote_id(poll.poll_id, key)
    if _recorded_here(engine, record_id):
        return VoteOutcome.ALREADY_VOTED
    if client is not None:
        try:
            client.vote(poll.poll_id, key, choice, channel)
        except AlreadyVoted:
            return VoteOutcome.ALREADY_VOTED
        except CentralUnreachable:
            log.info("central unreachable: the vote is recorded for the next sync")
        else:
            return VoteOutcome.COUNTED
    with engine.begin() as connection:
        found = connection.execute(text("SELECT 1 FROM vote WHERE id = :id"), {"id": record_id})
        if found.first() is not None:
            return VoteOutcome.ALREADY_VOTED
        set_actor(connection, actor_for(assisted_by))
        connection.execute(
            text(
                "INSERT INTO vote (id, poll_id, voter_key, choice, channel, assisted_by)"
                " VALUES (:id, :poll, :key, :choice, :channel, :assisted)"
            ),
            {
                "id": record_id,
                "poll": poll.poll_id,
                "key": key,
                "choice": choice,
                "channel": channel,
                "assisted": assisted_by,
            },
        )
    return VoteOutcome.RECORDED_OFFLINE


def _recorded_here(engine: Engine, record_id: str) -> bool:
    with engine.connect() as connection:
        found = connection.execute(text("SELECT 1 FROM vote WHERE id = :id"), {"id": record_id})
        return found.first() is not None


@dataclass(frozen=True)
class Proposal:
    proposal_id: str
    title: str
    text: str
    submitted_at: str


def submit_proposal(
    engine: Engine, title: str, body: str, *, assisted_by: str | None = None
) -> Proposal:
    """Send a proposal to the citizen forum (status ``submitted``; moderated centrally).

    Raises:
        ValueError: an empty or too long title or text.
    """
    title, body = title.strip(), body.strip()
    if not title or not body or len(title) > MAX_TITLE or len(body) > MAX_TEXT:
        raise ValueError(f"a title (up to {MAX_TITLE}) and a text (up to {MAX_TEXT}) are needed")
    proposal = Proposal(new_id(), title, body, datetime.now(UTC).isoformat(timespec="seconds"))
    with engine.begin() as connection:
        set_actor(connection, actor_for(assisted_by))
        connection.execute(
            text(
                "INSERT INTO proposal (id, title, text, submitted_at, status, channel,"
                " assisted_by) VALUES (:id, :title, :text, :at, 'submitted', 'kiosk', :assisted)"
            ),
            {
                "id": proposal.proposal_id,
                "title": proposal.title,
                "text": proposal.text,
                "at": proposal.submitted_at,
                "assisted": assisted_by,
            },
        )
    return proposal


def published_proposals(engine: Engine, limit: int = 3) -> list[Proposal]:
    """The newest proposals the municipality published on the forum."""
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT id, title, text, submitted_at FROM proposal"
                " WHERE status = 'published' AND _deleted = 0"
                " ORDER BY submitted_at DESC, id LIMIT :limit"
            ),
            {"limit": limit},
        ).all()
    return [Proposal(r.id, r.title, r.text, r.submitted_at) for r in rows]
