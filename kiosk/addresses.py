"""Finding a location by address: street, number and postcode typed on a kiosk keyboard.

Citizens type the way they speak ("kerkstr 12", "Sint-Pietersplein", "st pieters plein"),
with or without accents and capitals. The search forgives that: names are folded to
plain lowercase letters, common abbreviations expanded, and every typed word must be the
start of a word of the street. A number narrows to that house; a four-digit number is
read as a postcode. No map dragging is needed anywhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

MAX_RESULTS = 10

_ABBREVIATIONS = {
    "str": "straat",
    "stw": "steenweg",
    "ln": "laan",
    "pl": "plein",
    "st": "sint",
    "vr": "vrouw",
}
_WORD = re.compile(r"[a-z]+|\d+[a-z]?")


@dataclass(frozen=True)
class Address:
    """One entry of the municipality's address list (reference data from central)."""

    address_id: str
    street: str
    number: str
    postcode: str
    municipality: str
    box: str = ""

    @property
    def label(self) -> str:
        box = f" bus {self.box}" if self.box else ""
        return f"{self.street} {self.number}{box}, {self.postcode} {self.municipality}"


def fold(text: str) -> str:
    """Lowercase ASCII letters and digits: accents, hyphens and apostrophes dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.lower()


def _street_words(street: str) -> list[str]:
    words = _WORD.findall(fold(street))
    # "Kerkstraat" is found by "kerk" and by "straat"; so split known endings off
    split: list[str] = []
    for word in words:
        split.append(word)
        for ending in ("straat", "steenweg", "laan", "plein", "weg", "dreef", "lei"):
            if word.endswith(ending) and word != ending:
                split.append(ending)
    return split


@dataclass(frozen=True)
class _Query:
    words: tuple[frozenset[str], ...]
    """Per typed word, the spellings it may stand for (as typed, abbreviation expanded)."""
    number: str | None
    postcode: str | None


def _parse(text: str) -> _Query:
    words: list[str] = []
    number: str | None = None
    postcode: str | None = None
    for token in _WORD.findall(fold(text)):
        if token[0].isdigit():
            if len(token) == 4 and token.isdigit() and postcode is None:
                postcode = token
            elif number is None:
                number = token
            continue
        words.append(token)
    alternatives = tuple(frozenset({word, *_expansions(word)}) for word in words)
    return _Query(alternatives, number, postcode)


def _expansions(word: str) -> list[str]:
    """``stw`` -> ``steenweg``, ``kerkstr`` -> ``kerkstraat``; prefixes match anyway."""
    found: list[str] = []
    for short, full in _ABBREVIATIONS.items():
        if word == short:
            found.append(full)
        elif word.endswith(short) and not word.endswith(full):
            found.append(word[: -len(short)] + full)
    return found


class AddressIndex:
    """The address list of a municipality, searchable in memory (tens of thousands of rows)."""

    def __init__(self, addresses: Iterable[Address]) -> None:
        self._entries = [(address, _street_words(address.street)) for address in addresses]

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, text: str, limit: int = MAX_RESULTS) -> list[Address]:
        """Addresses matching what was typed, best first; empty when nothing was typed."""
        query = _parse(text)
        if not query.words:
            return []
        scored: list[tuple[tuple[int, int, str, str], Address]] = []
        for address, words in self._entries:
            if query.postcode is not None and address.postcode != query.postcode:
                continue
            if query.number is not None and fold(address.number) != query.number:
                continue
            if not all(any(w.startswith(q) for w in words for q in qs) for qs in query.words):
                continue
            exact = sum(1 for qs in query.words if qs & set(words))
            rank = (-exact, len(words), fold(address.street), _number_key(address.number))
            scored.append((rank, address))
        scored.sort(key=lambda item: item[0])
        return [address for _rank, address in scored[:limit]]


def _number_key(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"{int(digits or 0):06d}{number}"
