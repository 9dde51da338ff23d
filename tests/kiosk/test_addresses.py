"""Address search as a citizen types it at the kiosk."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.addresses import Address, AddressIndex

STREETS = [
    ("Kerkstraat", "9999"),
    ("Sint-Pietersplein", "9999"),
    ("Onze-Lieve-Vrouwestraat", "9998"),
    ("Brusselsesteenweg", "9999"),
    ("Rue de l'Église", "9998"),
    ("Kerkhoflaan", "9999"),
]


def index() -> AddressIndex:
    return AddressIndex(
        Address(f"{street}-{number}", street, str(number), postcode, "Demogem")
        for street, postcode in STREETS
        for number in range(1, 41)
    )


def labels(found: list[Address]) -> list[str]:
    return [address.label for address in found]


def test_street_and_number_find_the_one_house() -> None:
    assert labels(index().search("Kerkstraat 12")) == ["Kerkstraat 12, 9999 Demogem"]


def test_abbreviations_capitals_and_missing_hyphens_are_forgiven() -> None:
    assert labels(index().search("kerkstr 12")) == ["Kerkstraat 12, 9999 Demogem"]
    assert labels(index().search("st pieters plein 3")) == ["Sint-Pietersplein 3, 9999 Demogem"]
    assert labels(index().search("brusselse stw 7")) == ["Brusselsesteenweg 7, 9999 Demogem"]


def test_accents_need_not_be_typed() -> None:
    assert labels(index().search("rue de l eglise 5")) == ["Rue de l'Église 5, 9998 Demogem"]


def test_a_postcode_narrows_the_list() -> None:
    assert index().search("straat 9998 1")[0].street == "Onze-Lieve-Vrouwestraat"
    assert all(a.postcode == "9999" for a in index().search("kerk 9999"))


def test_a_street_alone_lists_its_houses_in_order_and_at_most_ten() -> None:
    found = index().search("kerkstraat")
    assert len(found) == 10
    assert [a.number for a in found] == [str(n) for n in range(1, 11)]


def test_an_exact_word_ranks_before_a_longer_street_with_the_same_start() -> None:
    found = index().search("kerk 2")
    assert found[0].street in {"Kerkstraat", "Kerkhoflaan"}
    assert {a.street for a in found} == {"Kerkstraat", "Kerkhoflaan"}


def test_nothing_typed_or_nothing_known_gives_an_empty_list() -> None:
    assert index().search("") == []
    assert index().search("12") == []
    assert index().search("Marktplein 1") == []


@given(st.text(max_size=40))
def test_any_typing_gives_a_list_never_an_error(text: str) -> None:
    assert len(index().search(text)) <= 10
