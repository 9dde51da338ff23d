"""Participation and my data without the GUI: the local store's side of votes and shares."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.my_data import ExportShelf, active_shares, create_share, revoke_share
from kiosk.participation import (
    Option,
    Poll,
    VoteOutcome,
    cast_vote,
    open_polls,
    submit_proposal,
)
from kiosk.self_service_client import AlreadyVoted
from offline_sync.outbox import applying
from offline_sync.store import LocalStore, open_store

SECRET = bytes(range(32))
ALICE = "85.07.30-033.28"
POLL = Poll("poll-1", {"nl-BE": "Autovrij?"}, (Option("yes", {}), Option("no", {})), "2099")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = open_store(tmp_path / "kiosk.sqlite3")
    yield opened
    opened.close()


class CountedBefore:
    """Central's answer when this voter key already voted elsewhere."""

    def vote(self, poll_id: str, voter_key: str, choice: str, channel: str) -> str:
        raise AlreadyVoted()


def test_offline_a_second_vote_of_the_same_citizen_is_refused_here(store: LocalStore) -> None:
    first = cast_vote(store.engine, None, POLL, "yes", SECRET, ALICE)
    second = cast_vote(store.engine, None, POLL, "no", SECRET, "85073003328")

    assert first is VoteOutcome.RECORDED_OFFLINE
    assert second is VoteOutcome.ALREADY_VOTED
    with store.engine.connect() as connection:
        rows = connection.execute(text("SELECT choice FROM vote")).scalars().all()
    assert rows == ["yes"]


def test_central_saying_already_voted_records_nothing(store: LocalStore) -> None:
    outcome = cast_vote(store.engine, CountedBefore(), POLL, "yes", SECRET, ALICE)

    assert outcome is VoteOutcome.ALREADY_VOTED
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM vote")).scalar_one() == 0


def test_only_open_polls_are_offered(store: LocalStore) -> None:
    now = dt.datetime.now(dt.UTC)
    with store.engine.begin() as connection, applying(connection):
        for poll_id, opens, closes in (
            ("open", now - dt.timedelta(days=1), now + dt.timedelta(days=1)),
            ("closed", now - dt.timedelta(days=9), now - dt.timedelta(days=1)),
            ("later", now + dt.timedelta(days=1), now + dt.timedelta(days=9)),
        ):
            connection.execute(
                text(
                    "INSERT INTO poll (id, question, options, opens_at, closes_at)"
                    " VALUES (:id, :q, :o, :opens, :closes)"
                ),
                {
                    "id": poll_id,
                    "q": json.dumps({"en": poll_id}),
                    "o": json.dumps([{"id": "a", "labels": {"en": "A"}}]),
                    "opens": opens.isoformat(),
                    "closes": closes.isoformat(),
                },
            )

    assert [p.poll_id for p in open_polls(store.engine)] == ["open"]


def test_a_proposal_needs_a_title_and_a_text(store: LocalStore) -> None:
    with pytest.raises(ValueError, match="title"):
        submit_proposal(store.engine, " ", "text")
    proposal = submit_proposal(store.engine, "Bomen", "Meer bomen op het plein")
    with store.engine.connect() as connection:
        status = connection.execute(
            text("SELECT status FROM proposal WHERE id = :id"), {"id": proposal.proposal_id}
        ).scalar_one()
    assert status == "submitted"


def test_a_share_keeps_only_the_tokens_digest_and_can_be_revoked(store: LocalStore) -> None:
    share = create_share(store.engine, "k" * 64, ["identity", "address"], hours=24)

    with store.engine.connect() as connection:
        row = connection.execute(text("SELECT * FROM data_share")).mappings().one()
    assert share.token not in json.dumps(dict(row))
    assert row["token_sha256"] == hashlib.sha256(share.token.encode()).hexdigest()
    assert [s.share_id for s in active_shares(store.engine, "k" * 64)] == [share.share_id]
    revoke_share(store.engine, share.share_id)
    assert active_shares(store.engine, "k" * 64) == []
    with pytest.raises(ValueError, match="choose"):
        create_share(store.engine, "k" * 64, ["everything"])


def test_exports_go_when_their_time_is_up_or_at_the_end(tmp_path: Path) -> None:
    shelf = ExportShelf(minutes=15, parent=tmp_path)
    now = dt.datetime.now(dt.UTC)
    early = shelf.put({"@graph": []}, b"%PDF-1.4", now)
    late = shelf.put({"@graph": []}, b"%PDF-1.4", now + dt.timedelta(minutes=10))

    assert shelf.expire(now + dt.timedelta(minutes=14)) == 0
    assert shelf.expire(now + dt.timedelta(minutes=16)) == 1
    assert not early.pdf.exists()
    assert late.pdf.exists()
    shelf.wipe()
    assert not late.pdf.exists()
    assert list(tmp_path.iterdir()) == []
