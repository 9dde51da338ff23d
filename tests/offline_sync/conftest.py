"""Fixtures for the local store: a keyring backend for tests, installed per test."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from tests.offline_sync.keyrings import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Install an in-memory keyring as the process keyring for one test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
