"""The PC/SC adapter's own rules: which readers count, what a log line may show."""

from __future__ import annotations

import logging

import pytest

from card_reader.errors import NoReader
from card_reader.pcsc import TRACE, Pcsc, describe_command, usable_readers


def test_virtual_windows_readers_are_skipped() -> None:
    names = ["Windows Hello for Business 1", "ACS ACR38U 00 00", "Microsoft Virtual Smart Card 0"]
    assert usable_readers(names) == ["ACS ACR38U 00 00"]


def test_a_log_line_shows_selects_but_masks_other_data() -> None:
    select = bytes.fromhex("00A4080C063F00DF014031")
    assert describe_command(select) == "00 A4 08 0C 06 3F00DF014031"
    verify = bytes.fromhex("0020000108241234FFFFFFFFFF")
    assert describe_command(verify) == "00 20 00 01 08 <8 bytes masked>"
    assert describe_command(bytes.fromhex("00B0000000")) == "00 B0 00 00 00"
    assert TRACE < logging.DEBUG


@pytest.mark.pcsc
def test_unknown_reader_is_no_reader(pcsc: Pcsc) -> None:
    with pytest.raises(NoReader):
        pcsc.connect("No Such Reader 00 00")
