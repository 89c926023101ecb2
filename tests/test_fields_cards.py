"""Field parsing on labelled text-only cards: what a user would see in the
contact for each card in tests/data/text_cards.yaml, field by field."""
from __future__ import annotations

from pathlib import Path

import pytest

from cardcap.evaluate import score_card
from cardcap.export.jsonout import contact_to_dict
from cardcap.fields import parse_card
from cardcap.textcards import as_label, load_text_cards

CARDS = load_text_cards(Path(__file__).parent / "data" / "text_cards.yaml")
FIELDS = ("name", "title", "department", "company", "address", "emails", "phones", "urls")


@pytest.mark.parametrize("card", CARDS, ids=[c.id for c in CARDS])
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
