"""Polls central publishes, and the one vote per (poll, voter key) it counts.

A poll is reference data every device receives (``poll`` records). A vote carries a
``voter_key`` (a keyed hash of the national number per poll, made on the device) and
never the number; its record id is derived from (poll, voter key), so a second vote of
the same citizen is the same record and `record_vote` refuses it. The choice is only
ever read together with the voter key for that uniqueness check: nothing here joins a
vote to a person.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Engine

from central.db import read_tx, write_tx
from central.feed import Positions, load, save
from offline_sync.protocol import new_id

log = logging.getLogger(__name__)

CHANNELS = ("kiosk", "home", "paper")


class PollError(Exception):
    """A vote or a poll that cannot be accepted as asked; ``code`` for the API."""

    code = "poll_error"


class UnknownPoll(PollError):
    code = "unknown_poll"


class PollClosed(PollError):
    code = "poll_closed"


class InvalidChoice(PollError):
    code = "invalid_choice"


class AlreadyVoted(PollError):
    code = "already_voted"


def vote_id(poll_id: str, voter_key: str) -> str:
    """The record id of a citizen's vote in a poll (the same on every device and central).

    A copy of this derivation lives in `kiosk.participation.vote_id`; a test keeps them equal.
    """
    digest = hashlib.sha256(f"fygitaal/vote-id/v1\x00{poll_id}\x00{voter_key}".encode()).digest()
    return str(uuid.UUID(bytes=digest[:16]))


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _parse(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def publish_poll(  # noqa: PLR0917 - a poll has these parts
    engine: Engine,
    municipality_id: str,
    question: Mapping[str, str],
    options: Sequence[Mapping[str, Any]],
    opens_at: dt.datetime,
    closes_at: dt.datetime,
) -> str:
    """Publish a poll to every device; returns its id.

    ``question`` maps language -> text; each option is ``{"id", "labels": {language: text}}``.

    Raises:
        PollError: fewer than two options, duplicate option ids, or closing before opening.
    """
    ids = [str(o.get("id", "")) for o in options]
    if len(ids) < 2 or len(set(ids)) != len(ids) or not all(ids):
        raise PollError("a poll needs at least two options with distinct ids")
    if not question or closes_at <= opens_at:
        raise PollError("a poll needs a question and must close after it opens")
    poll_id = new_id()
    fields = {
        "question": dict(question),
        "options": [{"id": str(o["id"]), "labels": dict(o.get("labels", {}))} for o in options],
        "opens_at": _utc(opens_at),
        "closes_at": _utc(closes_at),
    }
    with write_tx(engine) as conn:
        positions = Positions(conn, municipality_id)
        save(conn, positions, load(conn, municipality_id, "poll", poll_id), fields)
        positions.flush()
    log.info("poll %s published in %s", poll_id, municipality_id)
    return poll_id


def has_voted(engine: Engine, municipality_id: str, poll_id: str, voter_key: str) -> bool:
    """Whether a vote with this key exists in the poll (the choice is not read)."""
    with read_tx(engine) as conn:
        rec = load(conn, municipality_id, "vote", vote_id(poll_id, voter_key))
    return rec.exists and not rec.deleted


def record_vote(  # noqa: PLR0917 - the parts of one vote
    engine: Engine,
    municipality_id: str,
    poll_id: str,
    voter_key: str,
    choice: str,
    channel: str,
    *,
    now: dt.datetime | None = None,
) -> str:
    """Count a vote atomically (one write transaction); returns the vote's record id.

    Raises:
        UnknownPoll, PollClosed, InvalidChoice: the poll cannot take this vote.
        AlreadyVoted: this voter key has voted in this poll before (the first vote stands).
    """
    moment = now or dt.datetime.now(dt.UTC)
    record_id = vote_id(poll_id, voter_key)
    with write_tx(engine) as conn:
        positions = Positions(conn, municipality_id)  # the lock first: votes are serialised
        poll = load(conn, municipality_id, "poll", poll_id)
        if not poll.exists or poll.deleted:
            raise UnknownPoll("no such poll")
        opens, closes = _parse(poll.fields["opens_at"]), _parse(poll.fields["closes_at"])
        if not opens <= moment < closes:
            raise PollClosed("this poll is not open")
        if choice not in {o["id"] for o in poll.fields.get("options", [])}:
            raise InvalidChoice("not one of the poll's options")
        rec = load(conn, municipality_id, "vote", record_id)
        if rec.exists:
            raise AlreadyVoted("a vote with this key was already counted")
        fields = {"poll_id": poll_id, "voter_key": voter_key, "choice": choice, "channel": channel}
        save(conn, positions, rec, fields)
        positions.flush()
    log.info("a vote was counted in poll %s", poll_id)
    return record_id


def seed_demo_poll(engine: Engine, municipality_id: str) -> str:
    """One open poll for the demo and the screenshots (open for 30 days from now)."""
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    return publish_poll(
        engine,
        municipality_id,
        {
            "nl-BE": "Moet het marktplein op zondag autovrij worden?",
            "fr-BE": "La place du marché doit-elle devenir sans voitures le dimanche ?",
            "de-BE": "Soll der Marktplatz sonntags autofrei werden?",
            "en": "Should the market square be car-free on Sundays?",
        },
        [
            {"id": "yes", "labels": {"nl-BE": "Ja", "fr-BE": "Oui", "de-BE": "Ja", "en": "Yes"}},
            {"id": "no", "labels": {"nl-BE": "Nee", "fr-BE": "Non", "de-BE": "Nein", "en": "No"}},
        ],
        start,
        start + dt.timedelta(days=31),
    )
