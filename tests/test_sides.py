"""Two sides of one card: the logo-only back finds its front and lends it the company."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cardcap.export import contact_from_dict
from cardcap.model import Contact, ImageResult, Phone
from cardcap.sides import find_pairs, join_sides, pair_sides

REAL = Path("/work/shared/eval/real")


def result(image: str, **fields) -> ImageResult:
    return ImageResult(image=image, contacts=[Contact(image=image, **fields)])


def test_logo_back_pairs_with_its_front_by_web_domain():
    results = [
        result("01.jpg", name="Chris Smith", title="Senior Researcher", emails=["chris.smith@contoso.com"],
               phones=[Phone("+19871234567", "mobile")]),
        result("02.jpg", company="Contoso", urls=["www.contoso.com"],
               confidence={"company": 0.45}),
        result("03.jpg", name="Ngozi Okafor", emails=["ngozi@fabrikam.co.uk"]),
        ImageResult(image="04.jpg", error="no text found", error_kind="no_text"),
    ]
    assert find_pairs(results) == [(0, 1)]
    joined = join_sides(results)
    assert joined[0].contacts[0].company == "Contoso"
    assert joined[0].contacts[0].urls == ["www.contoso.com"]
    assert "Other side of the card: 02.jpg" in joined[0].contacts[0].notes
    assert joined[1].contacts == [] and joined[1].image == "02.jpg"
    assert joined[2] is results[2] and joined[3] is results[3]


def test_logo_text_matches_the_shop_name_in_a_free_mail_address():
    results = [
        result("a.jpg", name="Ana Souza", emails=["padariaestrela@gmail.com"], phones=[Phone("+551126852862")]),
        result("b.jpg", company="Padaria Estrela"),
        result("c.jpg", company="Auto Peças Domínio"),
    ]
    assert find_pairs(results) == [(0, 1)]


def test_a_logo_read_as_a_name_still_finds_its_front():
    results = [
        result("front.jpg", name="Ricardo Nogueira", emails=["ricknog39@gmail.com"],
               urls=["cargocollective.com/nogdesign"]),
        result("back.jpg", name="Nog Design", confidence={"name": 0.97}),
    ]
    assert find_pairs(results) == [(0, 1)]
    card = join_sides(results)[0].contacts[0]
    assert (card.name, card.company) == ("Ricardo Nogueira", "Nog Design")


def test_two_full_cards_are_not_sides_and_unrelated_logos_stay_alone():
    results = [
        result("a.jpg", name="Chris Smith", emails=["chris.smith@contoso.com"]),
        result("b.jpg", name="Chris Smith", emails=["chris.smith@contoso.com"]),  # a re-scan: dedupe's job
        result("c.jpg", company="Northwind Traders"),
        result("d.jpg", company="Despachante 1000 Milhas"),
    ]
    assert find_pairs(results) == []


def test_pair_sides_fills_from_the_back_without_losing_the_front():
    front = Contact(name="Ricardo Nogueira", emails=["ricknog39@gmail.com"], company="Portfolio",
                    urls=["cargocollective.com/nogdesign"], confidence={"company": 0.3}, image="front.jpg")
    back = Contact(company="Nog Design", urls=["www.nogdesign.blogspot.com.br"], confidence={"company": 0.6},
                   image="back.jpg")
    card = pair_sides(front, back)
    assert card.name == "Ricardo Nogueira" and card.image == "front.jpg"
    assert card.company == "Nog Design"
    assert card.urls == ["cargocollective.com/nogdesign", "www.nogdesign.blogspot.com.br"]
    assert any("'Portfolio'" in note for note in card.notes), "the replaced reading is noted"


@pytest.mark.skipif(not REAL.exists(), reason="real photos not available")
def test_real_two_sided_cards_from_their_labels():
    labels = json.loads((REAL / "br_photos" / "labels.json").read_text(encoding="utf-8"))
    results = []
    for image, label in labels.items():
        label = {k: v for k, v in label.items() if k not in ("notes", "region")}
        results.append(ImageResult(image=image, contacts=[contact_from_dict(label, where=image)]))
    pairs = {(results[f].image, results[b].image) for f, b in find_pairs(results)}
    assert pairs == {
        ("806118785_317816.jpg", "806622785_155610.jpg"),  # Ricardo Nogueira / "nog design" logo
        ("806625065_155784.jpg", "806624374_155273.jpg"),  # José Carlos, white card / "Brunau buffet" logo
    }
