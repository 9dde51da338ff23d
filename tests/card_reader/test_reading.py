"""Reading eID files through pcscd + vpcd + the emulator, as the kiosk does."""

from __future__ import annotations

from pathlib import Path

import pytest

from card_reader.eid import identify
from card_reader.emulator import Fault
from card_reader.errors import CardMute, CardRemoved, NoCard, NotAnEid
from card_reader.filereader import ApduChannel
from card_reader.files import Applet, CardFiles
from card_reader.pcsc import Pcsc
from card_reader.reading import read_card
from tests.fixtures.pcsc import READER, InsertCard

pytestmark = pytest.mark.pcsc

VECTOR = Path(__file__).parents[2] / "card_reader/emulator/data/alice"
ALICE = {
    "identity": "Identity",
    "identity_signature": "IdentitySignature",
    "address": "Address",
    "address_signature": "AddressSignature",
    "photo": "Photo",
    "auth_cert": "AuthentificationCertificate",
    "sign_cert": "SigningCertificate",
    "ca_cert": "CACertificate",
    "root_cert": "RootCertificate",
    "rrn_cert": "RRNCertificate",
}
IMAGE_PATHS = {
    "identity": "DF01/4031",
    "identity_signature": "DF01/4032",
    "address": "DF01/4033",
    "address_signature": "DF01/4034",
    "photo": "DF01/4035",
    "basic_public_key": "DF01/4040",
    "auth_cert": "DF00/5038",
    "sign_cert": "DF00/5039",
    "ca_cert": "DF00/503A",
    "root_cert": "DF00/503B",
    "rrn_cert": "DF00/503C",
}


CERTIFICATE_PATHS = {"DF00/5038", "DF00/5039", "DF00/503A", "DF00/503B", "DF00/503C"}


def _as_image(files: CardFiles) -> dict[str, bytes | None]:
    return {path: getattr(files, name) for name, path in IMAGE_PATHS.items()}


def _der_length(content: bytes) -> int:
    """Length of the DER certificate at the start of a card file (0 when there is none)."""
    if content[:2] != b"\x30\x82":
        return 0
    return 4 + int.from_bytes(content[2:4], "big")


def _as_read(image: dict[str, bytes]) -> dict[str, bytes]:
    """What a reader returns: certificates end with their DER, an empty one after 256 bytes."""
    return {
        path: content[: _der_length(content) or 256] if path in CERTIFICATE_PATHS else content
        for path, content in image.items()
    }


def _minimum_apdus(image: dict[str, bytes]) -> int:
    """SELECT AID + GET CARD DATA, then per file one SELECT and the reads T=0 forces.

    A certificate's length is known from its DER header (or its first chunk is zeros), so
    it needs only its own chunks; any other file needs one more READ BINARY to learn that
    it ended (``6B00``), or two when the last chunk is partial (``6Cxx`` and the re-read).
    """
    count = 2
    for path, content in _as_read(image).items():
        size = len(content)
        if path in CERTIFICATE_PATHS:
            count += 1 + (size + 255) // 256
        else:
            count += 1 + size // 256 + 1 + (1 if size % 256 else 0)
    return count


def test_alice_reads_byte_for_byte_like_the_vector(pcsc: Pcsc, insert_card: InsertCard) -> None:
    insert_card("alice")
    result = read_card(pcsc)
    assert result.info.applet is Applet.V17
    atr = (VECTOR / "Alice_ATR.bin").read_bytes()
    assert [s.atr for s in pcsc.states() if s.name == READER] == [atr]
    connection = pcsc.connect(READER)
    assert connection.atr == atr
    connection.disconnect()
    expected = _as_read(
        {IMAGE_PATHS[f]: (VECTOR / f"Alice_{n}.tlv").read_bytes() for f, n in ALICE.items()}
    )
    assert _as_image(result.files) == {**expected, "DF01/4040": None}
    assert result.files.basic_public_key is None  # 1.7 has no basic key


@pytest.mark.parametrize("profile", ["citizen", "kids", "foreigner", "synthetic-42"])
def test_applet_18_profiles_read_completely(
    pcsc: Pcsc, insert_card: InsertCard, profile: str
) -> None:
    emulator = insert_card(profile)
    result = read_card(pcsc, READER)
    assert result.info.applet is Applet.V18
    assert _as_image(result.files) == _as_read(emulator.card.image.files)


def test_identity_longer_than_256_bytes_is_read_whole(pcsc: Pcsc, insert_card: InsertCard) -> None:
    emulator = insert_card("foreigner")
    assert len(emulator.card.image.files["DF01/4031"]) > 256
    assert read_card(pcsc).files.identity == emulator.card.image.files["DF01/4031"]


def test_kids_id_certificate_files_are_all_zeros(pcsc: Pcsc, insert_card: InsertCard) -> None:
    insert_card("kids")
    files = read_card(pcsc).files
    assert files.auth_cert
    assert not any(files.auth_cert)
    assert files.sign_cert
    assert not any(files.sign_cert)


@pytest.mark.parametrize("profile", ["alice", "foreigner", "kids"])
def test_a_read_takes_the_minimum_number_of_apdus(
    pcsc: Pcsc, insert_card: InsertCard, profile: str
) -> None:
    emulator = insert_card(profile)
    result = read_card(pcsc)
    assert result.apdu_count == _minimum_apdus(emulator.card.image.files)


@pytest.mark.parametrize("fault", [Fault.WRONG_LE_EVERY_READ, Fault.NO_PATH_SELECT])
def test_awkward_cards_still_read_the_same_bytes(
    pcsc: Pcsc, insert_card: InsertCard, fault: Fault
) -> None:
    emulator = insert_card("foreigner", fault)
    result = read_card(pcsc)
    assert _as_image(result.files) == _as_read(emulator.card.image.files)


def test_identity_is_delivered_before_the_photo(pcsc: Pcsc, insert_card: InsertCard) -> None:
    insert_card("citizen")
    first: list[CardFiles] = []
    result = read_card(pcsc, on_first_phase=first.append)
    assert len(first) == 1
    assert first[0].identity == result.files.identity
    assert first[0].rrn_cert == result.files.rrn_cert
    assert first[0].photo is None
    assert first[0].auth_cert is None


def test_card_pulled_mid_read_ends_the_read_with_card_removed(
    pcsc: Pcsc, insert_card: InsertCard
) -> None:
    insert_card("citizen", Fault.PULLED_MID_READ)
    first: list[CardFiles] = []
    with pytest.raises(CardRemoved):
        read_card(pcsc, on_first_phase=first.append)
    assert first, "the identity was read before the card was pulled"


def test_mute_card_is_reported_as_mute(pcsc: Pcsc, insert_card: InsertCard) -> None:
    insert_card("alice", Fault.MUTE)
    with pytest.raises(CardMute):
        read_card(pcsc)


def test_card_sharing_the_eid_atr_is_not_an_eid(pcsc: Pcsc, insert_card: InsertCard) -> None:
    emulator = insert_card("other-card")
    with pytest.raises(NotAnEid):
        read_card(pcsc)
    assert emulator.card.image.atr == bytes.fromhex("3B7F96000080318065B085040120120FFF829000")


def test_empty_reader_means_no_card(pcsc: Pcsc) -> None:
    with pytest.raises(NoCard):
        read_card(pcsc)
    with pytest.raises(NoCard):
        read_card(pcsc, READER)


@pytest.mark.parametrize(
    ("profile", "applet", "tries"), [("alice", Applet.V17, None), ("citizen", Applet.V18, 3)]
)
def test_identification_reports_the_applet_and_on_18_the_pin_tries(
    pcsc: Pcsc, insert_card: InsertCard, profile: str, applet: Applet, tries: int | None
) -> None:
    insert_card(profile)
    connection = pcsc.connect(READER)
    try:
        info = pcsc.run(lambda: identify(ApduChannel(connection), with_pin_tries=True))
    finally:
        connection.disconnect()
    assert info.applet is applet
    assert info.pin_tries_left == tries
