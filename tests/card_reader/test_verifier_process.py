"""The kiosk's verifier process gives the same verdict as checking on the reading thread."""

from __future__ import annotations

import dataclasses
import os
import signal
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from card_reader.trust import TrustStore
from card_reader.verifier_process import VerifierProcess
from card_reader.verify import CheckStatus, verify_card
from tests.card_reader.minted_pki import MintedPki, mint_card

TODAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def pki() -> MintedPki:
    return MintedPki.create("ec")


@pytest.fixture(scope="module")
def trust(pki: MintedPki, tmp_path_factory: pytest.TempPathFactory) -> TrustStore:
    pem = Path(tmp_path_factory.mktemp("roots")) / "test-root.pem"
    pem.write_bytes(pki.root_pem())
    return TrustStore.production().with_extra([pem])


@pytest.fixture(scope="module")
def verifier(trust: TrustStore) -> Iterator[VerifierProcess]:
    process = VerifierProcess(trust)
    assert process.warm_up()
    yield process
    process.close()


def test_a_genuine_card_verifies_in_the_process(
    pki: MintedPki, trust: TrustStore, verifier: VerifierProcess
) -> None:
    files = mint_card(pki)
    result = verifier.verify(files, today=TODAY)
    assert result == verify_card(files, trust, today=TODAY)
    assert set(result.checks.values()) == {CheckStatus.VALID}


def test_a_tampered_address_is_caught_in_the_process(
    pki: MintedPki, trust: TrustStore, verifier: VerifierProcess
) -> None:
    files = mint_card(pki)
    tampered = dataclasses.replace(files, address=files.address.replace(b"a", b"o", 1))
    result = verifier.verify(tampered, today=TODAY)
    assert not result.verified
    assert result.address_signature is CheckStatus.INVALID
    assert result.checks == verify_card(tampered, trust, today=TODAY).checks


def test_a_root_not_configured_is_not_trusted_in_the_process(pki: MintedPki) -> None:
    process = VerifierProcess(TrustStore.production())
    try:
        result = process.verify(mint_card(pki), today=TODAY)
    finally:
        process.close()
    assert not result.verified
    assert result.rrn_chain is CheckStatus.INVALID


def test_a_card_before_the_worker_is_up_is_checked_at_once(
    pki: MintedPki, trust: TrustStore
) -> None:
    process = VerifierProcess(trust)  # the worker needs ~0.3 s to import and start
    try:
        files = mint_card(pki)
        assert process.verify(files, today=TODAY) == verify_card(files, trust, today=TODAY)
        assert process.warm_up()  # not ended for it: the next card goes to the worker
        assert process.verify(files, today=TODAY) == verify_card(files, trust, today=TODAY)
    finally:
        process.close()


def test_a_worker_that_stops_answering_is_not_waited_for(pki: MintedPki, trust: TrustStore) -> None:
    process = VerifierProcess(trust, timeout=1.0)
    try:
        assert process.warm_up()
        worker = process.worker_pid()
        assert worker is not None
        os.kill(worker, signal.SIGSTOP)  # frozen, as a swapped-out or hung process would be
        files = mint_card(pki)
        result = process.verify(files, today=TODAY)
        assert result == verify_card(files, trust, today=TODAY)
        assert process.worker_pid() is None  # ended, not left frozen
        assert process.verify(files, today=TODAY) == result  # no longer asked: answered here
    finally:
        process.close()


def test_a_worker_that_died_costs_speed_not_the_verdict(
    pki: MintedPki, trust: TrustStore, caplog: pytest.LogCaptureFixture
) -> None:
    process = VerifierProcess(trust)
    try:
        assert process.warm_up()
        worker = process.worker_pid()
        assert worker is not None
        os.kill(worker, signal.SIGKILL)  # out of memory, say
        files = mint_card(pki)
        tampered = dataclasses.replace(files, address=files.address.replace(b"a", b"o", 1))
        assert process.verify(files, today=TODAY).verified
        assert not process.verify(tampered, today=TODAY).verified
        assert "verifier process unavailable" in caplog.text
    finally:
        process.close()


@pytest.mark.skipif(not hasattr(os, "sched_getscheduler"), reason="Linux scheduling classes")
def test_the_worker_only_gets_cpu_time_nothing_else_wants(verifier: VerifierProcess) -> None:
    worker = verifier.worker_pid()
    assert worker is not None
    assert os.sched_getscheduler(worker) == os.SCHED_IDLE
    assert os.sched_getscheduler(0) != os.SCHED_IDLE  # the kiosk itself keeps its priority
