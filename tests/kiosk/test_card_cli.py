"""``fygitaal card …`` against emulated cards through pcscd + vpcd: output and exit codes."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from card_reader.emulator import Fault
from card_reader.emulator.pki import ALICE_ROOT_PEM, TEST_ROOT_PEM
from card_reader.pcsc import Pcsc
from kiosk.cli import main
from tests.fixtures.pcsc import PORTS, SECOND_READER, InsertCard, card_present, wait_until

pytestmark = pytest.mark.pcsc


def _read(capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, dict[str, Any]]:
    code = main(["card", "read", "--json", *extra])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


def test_alice_reads_and_verifies_with_her_test_root(
    insert_card: InsertCard, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    insert_card("alice")
    photo = tmp_path / "alice.jpg"
    code, report = _read(capsys, "--trust-root", str(ALICE_ROOT_PEM), "--photo", str(photo))
    assert code == 0
    assert report["card"]["applet"] == "1.7"
    assert report["card"]["document_type"]["code"] == 1
    assert report["citizen"]["national_number"] == "71715100070"
    assert report["citizen"]["first_names"] == "Alice Geldigekaart"
    assert report["citizen"]["birth_date"] == "1971-01-01"
    assert report["address"] == {
        "street_and_number": "Meirplaats 1 bus 1",
        "zip": "2000",
        "municipality": "Antwerpen",
    }
    assert report["verification"]["basic_key"] == "not_applicable"
    assert report["verification"]["verified"] is True
    assert report["photo"]["sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest()


def test_a_test_card_is_not_verified_without_its_root(
    insert_card: InsertCard, capsys: pytest.CaptureFixture[str]
) -> None:
    insert_card("citizen")
    code, report = _read(capsys)
    assert code == 3
    assert report["verification"]["rrn_chain"] == "invalid"
    assert report["verification"]["verified"] is False


def test_applet_18_citizen_verifies_with_the_test_root(
    insert_card: InsertCard, capsys: pytest.CaptureFixture[str]
) -> None:
    insert_card("citizen")
    code, report = _read(capsys, "--trust-root", str(TEST_ROOT_PEM))
    assert code == 0
    assert report["card"]["applet"] == "1.8"
    assert report["citizen"]["birth_date"] == "2001-05-03"
    assert set(report["verification"].values()) >= {"valid", True}
    assert report["verification"]["basic_key"] == "valid"


def test_foreigner_card_shows_its_extra_fields(
    insert_card: InsertCard, capsys: pytest.CaptureFixture[str]
) -> None:
    insert_card("foreigner")
    code, report = _read(capsys, "--trust-root", str(TEST_ROOT_PEM))
    assert code == 0
    assert report["card"]["document_type"]["code"] == 11
    assert report["citizen"]["work_permit"] == "7"
    assert report["citizen"]["eu_start_date"] == "2020-09-01"


@pytest.mark.parametrize(
    ("fault", "failed_check"),
    [
        (Fault.TAMPERED_IDENTITY, "identity_signature"),
        (Fault.TAMPERED_ADDRESS, "address_signature"),
        (Fault.PHOTO_HASH_MISMATCH, "photo_hash"),
        (Fault.UNTRUSTED_ROOT, "rrn_chain"),
    ],
)
def test_forged_or_damaged_cards_are_never_verified(
    insert_card: InsertCard, capsys: pytest.CaptureFixture[str], fault: Fault, failed_check: str
) -> None:
    insert_card("synthetic-7", fault)
    code, report = _read(capsys, "--trust-root", str(TEST_ROOT_PEM))
    assert code == 3
    assert report["verification"][failed_check] == "invalid"
    assert report["verification"]["verified"] is False


def test_expired_card_is_genuine_but_marked_expired(
    insert_card: InsertCard, capsys: pytest.CaptureFixture[str]
) -> None:
    insert_card("synthetic-8", Fault.EXPIRED)
    code, report = _read(capsys, "--trust-root", str(TEST_ROOT_PEM))
    assert code == 0
    assert report["verification"]["card_validity"] == "expired"
    assert report["card"]["validity_end"] == "2022-03-10"


@pytest.mark.parametrize(
    ("profile", "faults", "expected"),
    [
        ("citizen", (Fault.PULLED_MID_READ,), 5),
        ("alice", (Fault.MUTE,), 5),
        ("other-card", (), 6),
    ],
)
def test_unusable_cards_exit_with_their_code(
    insert_card: InsertCard,
    capsys: pytest.CaptureFixture[str],
    profile: str,
    faults: tuple[Fault, ...],
    expected: int,
) -> None:
    insert_card(profile, *faults)
    assert main(["card", "read", "--json"]) == expected
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("fygitaal: ")


def test_empty_reader_and_unknown_reader(pcsc: Pcsc, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["card", "read", "--json"]) == 5
    assert main(["card", "read", "--json", "--reader", "No Such Reader"]) == 4
    assert "no card reader" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["card", "read", "--no-such-option"])
    assert caught.value.code == 2
    assert main(["card", "emulate", "--profile", "nobody"]) == 2
    assert "unknown card profile" in capsys.readouterr().err


def test_pin_status_and_reader_list(
    insert_card: InsertCard, capsys: pytest.CaptureFixture[str]
) -> None:
    insert_card("citizen", Fault.PIN_BLOCKED)
    insert_card("alice", reader=SECOND_READER)
    assert main(["card", "pin-status", "--reader", SECOND_READER]) == 0
    assert "3 PIN tries left" in capsys.readouterr().out
    assert main(["card", "pin-status"]) == 0
    assert "blocked" in capsys.readouterr().out
    assert main(["card", "list-readers"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith(SECOND_READER) and "3B981340" in line for line in lines)


def test_emulate_command_inserts_and_removes_on_request(pcsc: Pcsc) -> None:
    command = "import sys; from kiosk.cli import main; sys.exit(main(sys.argv[1:]))"
    port = str(PORTS[SECOND_READER])
    with subprocess.Popen(
        [sys.executable, "-c", command, "card", "emulate", "--profile", "alice", "--port", port],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdin is not None
        try:
            wait_until(lambda: card_present(pcsc, SECOND_READER), what="emulated card inserted")
            process.stdin.write("remove\n")
            process.stdin.flush()
            wait_until(lambda: not card_present(pcsc, SECOND_READER), what="card removed")
            process.stdin.write("profile kids\n")
            process.stdin.write("insert\n")
            process.stdin.flush()
            kids_atr = bytes.fromhex("3B7F96000080318065B085040120120FFF829000")
            wait_until(lambda: card_present(pcsc, SECOND_READER, kids_atr), what="kids card")
            process.stdin.write("quit\n")
            process.stdin.close()
            assert process.wait(timeout=30) == 0
        finally:
            if process.poll() is None:
                process.kill()
    wait_until(lambda: not card_present(pcsc, SECOND_READER), what="reader empty again")
