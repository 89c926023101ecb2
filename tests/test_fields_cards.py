"""Field parsing on labelled text-only cards: what a user would see in the
contact for each card in tests/data/text_cards*.yaml, field by field."""
from __future__ import annotations

from pathlib import Path

import pytest

from cardcap.evaluate import score_card
from cardcap.export.jsonout import contact_to_dict
from cardcap.fields import parse_card
from cardcap.textcards import as_label, load_text_cards

DATA = Path(__file__).parent / "data"
CARDS = load_text_cards(DATA / "text_cards.yaml") + load_text_cards(DATA / "text_cards_english.yaml")
FIELDS = ("name", "title", "department", "company", "address", "emails", "phones", "urls")

KNOWN_GAPS = {
    # strict: a gap that gets fixed fails here until it is taken off the list
    "uk-agency-consultant-reg-smallprint": "'RECRUITMENT' under the firm's name is read as a department",
    "uk-university-school-and-faculty": "only the first of two department lines (School, then Faculty) is kept",
    "ca-municipal-planner": "'Planning & Development Services' is joined to 'City of Port Alder' as the company",
    "in-ca-partner-prefix-national-numbers": "'Chartered Accountants' is joined to the firm; a flat and building "
                                             "line 'B-204, Shanti Complex' is not taken for a street",
    "sg-eng-manager-unit-hash-building": "a building name under the street reads as a second office's street",
}


def _with_known_gaps(cards):
    return [pytest.param(card, id=card.id, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[card.id]))
            if card.id in KNOWN_GAPS else pytest.param(card, id=card.id) for card in cards]


@pytest.mark.parametrize("card", _with_known_gaps(CARDS))
def test_every_field_of_the_card_is_read(card):
    contacts = parse_card(card.page, default_region=card.region)
    assert contacts, "no contact at all"
    result = {"image": card.id, "contacts": [contact_to_dict(contacts[0])]}
    scored = score_card(card.id, as_label(card.expect), result)
    wrong = {name: scored.errors[name] for name in FIELDS if name in scored.errors}
    assert not wrong, f"{card.id}: (expected, got) per wrong field: {wrong}"


@pytest.mark.parametrize("card", CARDS, ids=[c.id for c in CARDS])
def test_phone_types_follow_the_printed_labels(card):
    contact = parse_card(card.page, default_region=card.region)[0]
    got = {p.number: p.type for p in contact.phones}
    for phone in card.expect.get("phones", []):
        if phone["number"] in got:
            assert got[phone["number"]] == phone["type"], phone
