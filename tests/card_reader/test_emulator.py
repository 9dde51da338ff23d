"""The emulated card's answers, APDU by APDU, as the applet manuals specify them.

These talk to `EmulatedCard` directly (no PC/SC) so that each rule is pinned down on its
own; the pcsc-marked tests prove the same card works through pcscd + vpcd.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from card_reader.emulator import Fault, build_profile
from card_reader.emulator.card import CardPulled, EmulatedCard
from card_reader.emulator.pki import TEST_ROOT_PEM
from card_reader.files import Applet, CardFiles
from card_reader.identity import parse_identity
from card_reader.trust import TrustStore
from card_reader.verify import verify_card

VECTOR = Path(__file__).parents[2] / "card_reader/emulator/data/alice"
TRUST = TrustStore.production().with_extra([TEST_ROOT_PEM])


def send(card: EmulatedCard, hex_apdu: str) -> tuple[bytes, int]:
    response = card.process(bytes.fromhex(hex_apdu.replace(" ", "")))
    return response[:-2], int.from_bytes(response[-2:], "big")


@pytest.fixture(scope="module")
def alice() -> EmulatedCard:
    return EmulatedCard(build_profile("alice"))


@pytest.fixture
def citizen() -> EmulatedCard:
    return EmulatedCard(build_profile("citizen"))


def test_alice_profile_is_the_vector_byte_for_byte() -> None:
    image = build_profile("alice")
    assert image.atr == (VECTOR / "Alice_ATR.bin").read_bytes()
    assert image.files["DF01/4031"] == (VECTOR / "Alice_Identity.tlv").read_bytes()
    assert image.files["DF01/4035"] == (VECTOR / "Alice_Photo.tlv").read_bytes()
    assert (
        image.files["DF00/5038"] == (VECTOR / "Alice_AuthentificationCertificate.tlv").read_bytes()
    )


def test_select_by_path_with_and_without_3f00_and_by_fid(alice: EmulatedCard) -> None:
    assert send(alice, "00A4080C06 3F00DF014031")[1] == 0x9000
    assert send(alice, "00A4080C04 DF014031")[1] == 0x9000
    assert send(alice, "00A4020C02 3F00")[1] == 0x9000
    assert send(alice, "00A4020C02 DF00")[1] == 0x9000
    assert send(alice, "00A4020C02 503C")[1] == 0x9000
    assert send(alice, "00A4080C04 DF014040")[1] == 0x6A82  # no basic key on 1.7
    assert send(alice, "00A4040C05 A000000001")[1] == 0x6A82  # another applet


def test_read_binary_end_of_file_rules(alice: EmulatedCard) -> None:
    send(alice, "00A4080C04 DF014031")  # 179 bytes
    assert send(alice, "00B00000FC")[1] == 0x6CB3  # fewer bytes remain: 6Cxx
    data, sw = send(alice, "00B00000B3")
    assert sw == 0x9000
    assert len(data) == 179
    assert send(alice, "00B000B301")[1] == 0x6B00  # offset at the end: 6B00
    send(alice, "00A4080C04 DF014035")  # the photo, longer than 256 bytes
    data, sw = send(alice, "00B0000000")  # Le=00 reads 256
    assert (len(data), sw) == (256, 0x9000)


def test_get_card_data_in_both_forms() -> None:
    old = EmulatedCard(build_profile("alice"))
    data, sw = send(old, "80E400001C")
    assert (len(data), data[21], sw) == (28, 0x17, 0x9000)
    assert send(old, "80E400011F")[1] == 0x6B00  # 1.7 has no PIN-counter form
    new = EmulatedCard(build_profile("kids"))
    data, sw = send(new, "80E400011F")
    assert (len(data), data[21], data[28], sw) == (31, 0x18, 3, 0x9000)
    assert send(new, "80E4000000")[1] == 0x6C1C  # wrong Le: the right one in SW2


def test_pin_counter_status_wrong_right_and_blocked(citizen: EmulatedCard) -> None:
    assert send(citizen, "00200001")[1] == 0x63C3  # status: spends nothing
    assert send(citizen, "0020000108 2499 99FFFFFFFFFF")[1] == 0x63C2
    assert send(citizen, "00200001")[1] == 0x63C2
    assert send(citizen, "0020000108 241234FFFFFFFFFF")[1] == 0x9000
    assert send(citizen, "00200001")[1] == 0x9000  # already verified
    for expected in (0x63C2, 0x63C1, 0x6983):
        assert send(citizen, "0020000108 240000FFFFFFFFFF")[1] == expected
    assert send(citizen, "0020000108 241234FFFFFFFFFF")[1] == 0x6983  # blocked stays blocked
    assert send(citizen, "0020000108 1234FFFFFFFFFFFF")[1] == 0x6983


def test_signature_needs_mse_and_pin_and_comes_through_get_response(
    citizen: EmulatedCard,
) -> None:
    digest = hashlib.sha384(b"challenge").hexdigest()
    assert send(citizen, "002A9E9A30" + digest)[1] == 0x6985  # no security environment
    assert send(citizen, "002241B605 0480028482")[1] == 0x9000
    assert send(citizen, "002A9E9A30" + digest)[1] == 0x6982  # no PIN yet
    send(citizen, "0020000108 241234FFFFFFFFFF")
    _, sw = send(citizen, "002A9E9A30" + digest)
    assert sw == 0x6160  # 96 bytes of r || s wait for GET RESPONSE
    first, sw = send(citizen, "00C0000040")
    assert (len(first), sw) == (64, 0x6120)
    rest, sw = send(citizen, "00C0000020")
    assert (len(rest), sw) == (32, 0x9000)
    assert send(citizen, "00C0000020")[1] == 0x6985  # nothing left


def test_non_repudiation_key_needs_the_pin_each_time(citizen: EmulatedCard) -> None:
    digest = hashlib.sha384(b"contract").hexdigest()
    send(citizen, "002241B605 0480028483")
    send(citizen, "0020000108 241234FFFFFFFFFF")
    assert send(citizen, "002A9E9A30" + digest)[1] == 0x6160
    assert send(citizen, "002A9E9A30" + digest)[1] == 0x6982


def test_kids_id_has_no_signing_keys() -> None:
    kids = EmulatedCard(build_profile("kids"))
    assert send(kids, "002241B605 0480028482")[1] == 0x6A88
    assert not any(kids.image.files["DF00/5038"])


def test_internal_authenticate_only_on_applet_18(
    citizen: EmulatedCard, alice: EmulatedCard
) -> None:
    challenge = hashlib.sha384(b"nonce").hexdigest()
    assert send(citizen, "0088028132 9430" + challenge)[1] == 0x6160
    assert send(alice, "0088028132 9430" + challenge)[1] == 0x6A88
    assert send(citizen, "0088028132 9530" + challenge)[1] == 0x6A80  # wrong challenge tag


def test_unknown_instruction_and_class(alice: EmulatedCard) -> None:
    assert send(alice, "00FF0000")[1] == 0x6D00
    assert send(alice, "A0A40000")[1] == 0x6E00


@pytest.mark.parametrize("seed", range(25))
def test_synthetic_citizens_are_valid_and_validly_signed(seed: int) -> None:
    image = build_profile(f"synthetic-{seed}")
    identity = parse_identity(image.files["DF01/4031"])
    assert identity.national_number_valid
    assert identity.card_number_check_ok
    assert verify_card(_files(image.files, image.applet), TRUST).verified


def test_faults_change_behaviour_on_demand() -> None:
    pulled = EmulatedCard(build_profile("citizen", [Fault.PULLED_MID_READ]))
    send(pulled, "00A4080C04 DF014035")
    send(pulled, "00B0000000")
    with pytest.raises(CardPulled):
        send(pulled, "00B0010000")
    picky = EmulatedCard(build_profile("citizen", [Fault.WRONG_LE_EVERY_READ]))
    send(picky, "00A4080C04 DF014035")
    assert send(picky, "00B00000FC")[1] == 0x6C00  # wants exactly 256
    no_path = EmulatedCard(build_profile("citizen", [Fault.NO_PATH_SELECT]))
    assert send(no_path, "00A4080C04 DF014031")[1] == 0x6A86
    blocked = EmulatedCard(build_profile("citizen", [Fault.PIN_BLOCKED]))
    assert send(blocked, "00200001")[1] == 0x6983


def test_alice_cannot_be_re_signed() -> None:
    with pytest.raises(ValueError, match="cannot be re-signed"):
        build_profile("alice", [Fault.EXPIRED])


def _files(files: dict[str, bytes], applet: Applet) -> CardFiles:
    return CardFiles(
        applet=applet,
        identity=files["DF01/4031"],
        identity_signature=files["DF01/4032"],
        address=files["DF01/4033"],
        address_signature=files["DF01/4034"],
        photo=files["DF01/4035"],
        rrn_cert=files["DF00/503C"],
        root_cert=files["DF00/503B"],
        basic_public_key=files.get("DF01/4040"),
    )
