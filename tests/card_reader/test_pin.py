"""PIN handling and citizen authentication on emulated cards, through the real PC/SC stack."""

from __future__ import annotations

import datetime

import pytest

from card_reader.apdu import Command
from card_reader.authenticate import authenticate, check_chip
from card_reader.emulator import Fault
from card_reader.emulator.pki import ALICE_ROOT_PEM, TEST_ROOT_PEM
from card_reader.errors import (
    ApduError,
    PinBlocked,
    PinCancelled,
    VerificationFailed,
    WrongPin,
)
from card_reader.filereader import ApduChannel
from card_reader.pcsc import Pcsc
from card_reader.pin import pin_block, present_pin, read_pin_status
from card_reader.reading import read_card
from card_reader.trust import TrustStore
from tests.fixtures.pcsc import InsertCard

pytestmark = pytest.mark.pcsc

TRUST = TrustStore.production().with_extra([TEST_ROOT_PEM, ALICE_ROOT_PEM])


class ScriptedPinPad:
    """Types the scripted PINs in turn and remembers what the prompt was told."""

    def __init__(self, *pins: str) -> None:
        self.pins = list(pins)
        self.prompts: list[tuple[int | None, bool]] = []
        self.handed_out: list[bytearray] = []

    def get_pin(self, tries_left: int | None, *, retry: bool) -> bytearray:
        self.prompts.append((tries_left, retry))
        if not self.pins:
            raise PinCancelled("the person walked away")
        digits = bytearray(self.pins.pop(0).encode())
        self.handed_out.append(digits)
        return digits


def test_pin_block_is_bcd_and_f_padded() -> None:
    assert bytes(pin_block(bytearray(b"1234"))) == bytes.fromhex("241234FFFFFFFFFF")
    assert bytes(pin_block(bytearray(b"12345"))) == bytes.fromhex("2512345FFFFFFFFF")
    with pytest.raises(ValueError, match="4 to 12"):
        pin_block(bytearray(b"12a4"))


@pytest.mark.parametrize("profile", ["alice", "citizen"])
def test_querying_the_pin_status_spends_no_try(
    pcsc: Pcsc, insert_card: InsertCard, profile: str
) -> None:
    emulator = insert_card(profile)
    assert read_pin_status(pcsc).tries_left == 3
    assert read_pin_status(pcsc).tries_left == 3
    assert emulator.card.pin_tries == 3


def test_wrong_then_right_pin_authenticates_the_citizen(
    pcsc: Pcsc, insert_card: InsertCard
) -> None:
    emulator = insert_card("citizen")
    pad = ScriptedPinPad("9999", "1234")
    result = authenticate(pcsc, pad, TRUST)
    assert pad.prompts == [(3, False), (2, True)]  # the second prompt says: 2 tries left
    assert "(Authentication)" in result.certificate.subject.rfc4514_string()
    assert emulator.card.pin_tries == 3  # a correct PIN resets the counter
    assert all(not any(digits) for digits in pad.handed_out)  # wiped after use


def test_three_wrong_pins_block_the_card(pcsc: Pcsc, insert_card: InsertCard) -> None:
    insert_card("citizen")
    pad = ScriptedPinPad("1111", "2222", "3333", "1234")
    with pytest.raises(PinBlocked):
        authenticate(pcsc, pad, TRUST)
    assert pad.prompts == [(3, False), (2, True), (1, True)]
    assert read_pin_status(pcsc).blocked


def test_blocked_card_is_reported_without_asking_for_the_pin(
    pcsc: Pcsc, insert_card: InsertCard
) -> None:
    insert_card("citizen", Fault.PIN_BLOCKED)
    pad = ScriptedPinPad("1234")
    assert read_pin_status(pcsc).blocked
    with pytest.raises(PinBlocked):
        authenticate(pcsc, pad, TRUST)
    assert pad.prompts == []


def test_cancelling_the_prompt_spends_nothing(pcsc: Pcsc, insert_card: InsertCard) -> None:
    emulator = insert_card("citizen")
    with pytest.raises(PinCancelled):
        authenticate(pcsc, ScriptedPinPad(), TRUST)
    assert emulator.card.pin_tries == 3


def test_one_wrong_pin_reports_tries_left(pcsc: Pcsc, insert_card: InsertCard) -> None:
    insert_card("alice")
    connection = pcsc.connect()
    try:
        channel = ApduChannel(connection)
        with pytest.raises(WrongPin) as caught:
            pcsc.run(lambda: present_pin(channel, bytearray(b"0000")))
        assert caught.value.tries_left == 2
    finally:
        connection.disconnect(reset=True)


def test_the_pin_never_reaches_the_log(
    pcsc: Pcsc, insert_card: InsertCard, caplog: pytest.LogCaptureFixture
) -> None:
    insert_card("citizen")
    caplog.set_level(1)
    authenticate(pcsc, ScriptedPinPad("9876", "1234"), TRUST)
    assert any("00 20 00 01" in r.getMessage() for r in caplog.records)  # traffic was logged
    text = "\n".join(r.getMessage() for r in caplog.records)
    for secret in ("1234", "9876", "241234", "249876", "24 12 34"):
        assert secret not in text


def test_kids_id_cannot_authenticate(pcsc: Pcsc, insert_card: InsertCard) -> None:
    insert_card("kids")
    pad = ScriptedPinPad("1234")
    with pytest.raises(VerificationFailed, match="no authentication key"):
        authenticate(pcsc, pad, TRUST)
    assert pad.prompts == []


def test_untrusted_root_fails_citizen_authentication(pcsc: Pcsc, insert_card: InsertCard) -> None:
    insert_card("citizen", Fault.UNTRUSTED_ROOT)
    with pytest.raises(VerificationFailed, match="not trusted"):
        authenticate(pcsc, ScriptedPinPad("1234"), TRUST)


def test_alice_signs_but_not_with_her_certified_key(pcsc: Pcsc, insert_card: InsertCard) -> None:
    """The 1.7 RSA path end to end; her real key is unknown, so the proof must fail."""
    insert_card("alice")
    when = datetime.datetime(2012, 1, 1, tzinfo=datetime.UTC)
    with pytest.raises(VerificationFailed, match="does not verify"):
        authenticate(pcsc, ScriptedPinPad("1234"), TRUST, now=when)


def test_signing_needs_the_pin_first(pcsc: Pcsc, insert_card: InsertCard) -> None:
    insert_card("citizen")
    connection = pcsc.connect()
    try:
        channel = ApduChannel(connection)
        mse = bytes.fromhex("002241B6050480028482")
        pso = bytes.fromhex("002A9E9A30") + bytes(48)
        assert pcsc.run(lambda: connection.transmit(mse))[1] == 0x9000
        assert pcsc.run(lambda: connection.transmit(pso))[1] == 0x6982
        with pytest.raises(ApduError):
            pcsc.run(lambda: channel.check(Command.parse(pso), "PSO:CDS"))
    finally:
        connection.disconnect(reset=True)


def test_chip_proves_it_holds_the_basic_key(pcsc: Pcsc, insert_card: InsertCard) -> None:
    insert_card("citizen")
    files = read_card(pcsc).files
    assert files.basic_public_key is not None
    check_chip(pcsc, files.basic_public_key)


def test_chip_with_another_basic_key_is_caught(pcsc: Pcsc, insert_card: InsertCard) -> None:
    insert_card("citizen")
    other = insert_card("synthetic-5", reader="Virtual PCD 00 01")
    with pytest.raises(VerificationFailed, match="chip"):
        check_chip(pcsc, other.card.image.files["DF01/4040"], reader="Virtual PCD 00 00")
