"""A real central process per database backend (SQLite file and throwaway PostgreSQL).

One server per backend for the session; every test works in its own fresh municipality,
which the schema keeps apart (``municipality_id`` in every key), so tests stay independent
without restarting the server.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from central.db import create_central_engine
from central.migrate import upgrade
from tests.central.helpers import Central, CentralProcess, Municipality
from tests.fixtures.postgres import postgres_url

__all__ = ["postgres_url"]


@pytest.fixture(
    scope="session", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def central(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Central]:
    """A central process on each backend in turn."""
    home = tmp_path_factory.mktemp("central")
    if request.param == "sqlite":
        url = f"sqlite:///{home / 'central.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_url")
    engine = create_central_engine(url)
    upgrade(engine)
    process = CentralProcess(url, home)
    try:
        yield Central(process.url, engine, request.param)
    finally:
        code = process.stop()
        engine.dispose()
    assert code == 0, "central did not shut down cleanly on SIGTERM"


@pytest.fixture
def muni(central: Central) -> Municipality:
    """A fresh municipality (teams t1, t2) on the running server."""
    return central.municipality()


@pytest.fixture(scope="session")
def sqlite_central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    """Only the SQLite server, for tests of HTTP behaviour that does not touch merge rules."""
    home = tmp_path_factory.mktemp("central-sqlite")
    url = f"sqlite:///{home / 'central.sqlite3'}"
    engine = create_central_engine(url)
    upgrade(engine)
    process = CentralProcess(url, home)
    try:
        yield Central(process.url, engine, "sqlite")
    finally:
        code = process.stop()
        engine.dispose()
    assert code == 0, "central did not shut down cleanly on SIGTERM"


@pytest.fixture
def smuni(sqlite_central: Central) -> Municipality:
    return sqlite_central.municipality()
