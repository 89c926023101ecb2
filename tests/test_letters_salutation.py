"""Salutations come from the card's name parts; honorifics are never guessed."""
from __future__ import annotations

import pytest

from cardcap.letters.salutation import address, salutation
from cardcap.model import Contact, NameParts


def person(prefix=None, given=None, middle=None, family=None, suffix=None, name=None) -> Contact:
    parts = NameParts(prefix=prefix, given=given, middle=middle, family=family, suffix=suffix)
    shown = name if name is not None else " ".join(p for p in (prefix, given, middle, family, suffix) if p)
    return Contact(name=shown or None, name_parts=parts)


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        (person("Dr.", "Jane", None, "Smith"), "Dear Dr. Smith"),
        (person("Ms.", "Jane", None, "Smith"), "Dear Ms. Smith"),
        (person("Mrs", "Jane", None, "Smith"), "Dear Mrs. Smith"),
        (person("MR.", "John", None, "Smith"), "Dear Mr. Smith"),
        (person(None, "Avery", None, "Smith"), "Dear Avery Smith"),
        (person(None, "Mary", None, "Johnson"), "Dear Mary Johnson"),  # no gender guessed from "Mary"
        (person(None, "Madonna"), "Dear Madonna"),
        (person(None, "Avery", "J.", "Smith", "Jr."), "Dear Avery Smith"),
        (person(None, "Ana", None, "Souza", "PhD"), "Dear Dr. Souza"),
        (person("Dr.", "Pieter", "van der", "Berg"), "Dear Dr. van der Berg"),
        (person("Dr.", "Pieter", None, "van der Berg"), "Dear Dr. van der Berg"),
        (person("Sra.", "Ana", "Beatriz", "Costa Silva"), "Dear Sra. Costa Silva"),
        (person("Sr.", "João", None, "Conceição"), "Dear Sr. Conceição"),
        (person("Herr", "Jürgen", None, "Müller"), "Dear Herr Müller"),
        (person("Frau Dr.", "Petra", None, "Schmidt"), "Dear Frau Dr. Schmidt"),
        (person("Prof.", "Ludwig", None, "von Stein", "PhD"), "Dear Prof. von Stein"),
    ],
)
def test_salutation_from_name_parts(contact: Contact, expected: str) -> None:
    assert salutation(contact) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Dr. Pieter van der Berg", "Dear Dr. van der Berg"),
        ("Avery Smith Jr.", "Dear Avery Smith"),
        ("John Smith Sr.", "Dear John Smith"),
        ("Ana Souza, PhD", "Dear Dr. Souza"),
        ("Sra. Maria da Silva", "Dear Sra. da Silva"),
        ("Madonna", "Dear Madonna"),
        ("Chen Wei", "Dear Chen Wei"),
    ],
)
def test_salutation_when_only_the_printed_name_is_known(printed: str, expected: str) -> None:
    assert salutation(Contact(name=printed)) == expected


def test_suffixes_and_degrees_never_reach_the_salutation() -> None:
    text = salutation(person("Ms.", "Avery", None, "Smith", "MBA"))
    assert text == "Dear Ms. Smith"
    assert "MBA" not in text


def test_a_card_without_a_name_gets_a_visible_marker() -> None:
    addressed = address(Contact(name=None, company="Acme"))
    assert not addressed.known
    assert "[add:" in addressed.salutation


def test_short_name_is_the_given_name_for_the_users_notes() -> None:
    assert address(person("Dr.", "Ana", None, "Müller")).short_name == "Ana"
    assert address(person(None, "Madonna")).short_name == "Madonna"
