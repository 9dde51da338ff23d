"""Staff sign-in on the outreach laptop: first online against a real central, then offline.

The verifiers are made by central's own code (the format both sides must agree on); the
lockout clock is a number the test moves, never a sleep.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from central import admin
from kiosk.staff_online import CentralSignIn, CentralUnreachable, SignedInOnline
from kiosk.staff_signin import (
    LOCK_SECONDS,
    MAX_FAILURES,
    LockedOut,
    NeedsNetwork,
    NotThisTeam,
    Revoked,
    StaffMember,
    WrongPassword,
    keep_verifier,
    sign_in,
)
from offline_sync.enroll import DeviceCredentials
from offline_sync.formats import staff_verifier
from offline_sync.store import LocalStore, open_store
from tests.central.helpers import running_sqlite_central
from tests.offline_sync.keyrings import MemoryKeyring
from tests.offline_sync.laptops import Laptop

PASSWORD = "zonnebloem 42"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    local = open_store(tmp_path / "outreach.sqlite3")
    yield local
    local.close()


def _publish(store: LocalStore, username: str, *, revoked: bool = False, version: int = 1) -> None:
    fields = {
        "username": username,
        "display_name": username.title(),
        "role": "outreach",
        "verifier": staff_verifier.derive(PASSWORD),
        "revoked": revoked,
        "team_id": "t1",
    }
    keep_verifier(
        store.engine,
        SignedInOnline(
            username,
            username.title(),
            "outreach",
            "t1",
            f"id-{username}",
            fields,
            dict.fromkeys(fields, version),
        ),
    )


def _unreachable(_username: str, _password: str) -> SignedInOnline:
    raise CentralUnreachable("offline")


def test_offline_with_the_right_password(store: LocalStore) -> None:
    _publish(store, "an")
    member = sign_in(store.engine, "an", PASSWORD, online=_unreachable)
    assert member == StaffMember("an", "An", "outreach", "t1")


def test_a_wrong_password_counts_and_five_lock_for_fifteen_minutes(store: LocalStore) -> None:
    _publish(store, "an")
    clock = Clock()
    for left in range(MAX_FAILURES - 1, 0, -1):
        with pytest.raises(WrongPassword) as wrong:
            sign_in(store.engine, "an", "guess", online=_unreachable, clock=clock)
        assert wrong.value.tries_left == left
    with pytest.raises(LockedOut):
        sign_in(store.engine, "an", "guess", clock=clock)
    with pytest.raises(LockedOut):  # even the right password waits
        sign_in(store.engine, "an", PASSWORD, clock=clock)
    clock.now += LOCK_SECONDS + 1
    assert sign_in(store.engine, "an", PASSWORD, clock=clock).staff_id == "an"


def test_the_count_survives_a_restart(store: LocalStore, tmp_path: Path) -> None:
    _publish(store, "an")
    clock = Clock()
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(WrongPassword):
            sign_in(store.engine, "an", "guess", clock=clock)
    store.close()
    reopened = open_store(tmp_path / "outreach.sqlite3")
    try:
        with pytest.raises(LockedOut):
            sign_in(reopened.engine, "an", "guess", clock=clock)
    finally:
        reopened.close()


def test_a_revoked_member_cannot_sign_in_offline(store: LocalStore) -> None:
    _publish(store, "an")
    _publish(store, "an", revoked=True, version=2)  # as the next pull brings it
    with pytest.raises(Revoked):
        sign_in(store.engine, "an", PASSWORD, online=_unreachable)


def test_never_signed_in_here_and_offline_needs_the_network(store: LocalStore) -> None:
    with pytest.raises(NeedsNetwork):
        sign_in(store.engine, "bert", PASSWORD, online=_unreachable)
    with pytest.raises(NeedsNetwork):
        sign_in(store.engine, "bert", PASSWORD)


def test_first_sign_in_online_then_offline(tmp_path: Path) -> None:
    keyring = MemoryKeyring()
    with running_sqlite_central(tmp_path) as (central, process):
        muni = central.municipality()
        for name, team in (("carla", "t1"), ("dirk", "t2")):
            admin.create_staff(
                muni.engine, muni.municipality_id, name, "outreach", password=PASSWORD, team_id=team
            )
        laptop = Laptop.enrolled("l1", tmp_path, central.url, muni, keyring=keyring)
        online = CentralSignIn(laptop.store.engine, DeviceCredentials(keyring))
        with pytest.raises(WrongPassword):
            sign_in(laptop.store.engine, "carla", "wrong", online=online)
        with pytest.raises(NotThisTeam):
            sign_in(laptop.store.engine, "dirk", PASSWORD, online=online)
        member = sign_in(laptop.store.engine, "carla", PASSWORD, online=online)
        assert (member.staff_id, member.team_id) == ("carla", "t1")
        process.stop()
        again = sign_in(laptop.store.engine, "carla", PASSWORD, online=online)  # offline now
        assert again.staff_id == "carla"
        with laptop.store.engine.connect() as conn:
            stored = conn.execute(text("SELECT verifier FROM staff_verifier")).scalar_one()
        assert PASSWORD not in stored
        laptop.store.close()
