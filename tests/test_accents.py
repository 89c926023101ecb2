"""A German card photographed on a desk keeps its accents and ß."""
from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # fonts-dejavu-core, set up by scripts/setup.sh

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not FONT.is_file(), reason="needs fonts-dejavu-core (scripts/setup.sh)"),
]

CARD = [
    ("Müller & Söhne GmbH", 40),
    ("Jürgen Müller", 46),
    ("Geschäftsführer", 30),
    ("Königstraße 12", 28),
    ("70173 Stuttgart", 28),
    ("Tel. +49 711 1234567", 28),
    ("j.mueller@mueller-soehne.de", 28),
]


def test_a_german_card_keeps_its_umlauts(tmp_path):
    from cardcap import ScanOptions, scan

    card = Image.new("RGB", (1000, 600), (250, 248, 244))
    draw = ImageDraw.Draw(card)
    y = 40
    for text, size in CARD:
        draw.text((60, y), text, font=ImageFont.truetype(str(FONT), size), fill=(25, 25, 25))
        y += size + 28
    desk = Image.new("RGB", (1300, 900), (90, 70, 50))
    desk.paste(card.rotate(2, expand=True, fillcolor=(90, 70, 50)), (140, 120))
    path = tmp_path / "karte.jpg"
    desk.save(path, quality=90)
    [result] = scan([path], ScanOptions(jobs=1, region="DE"))
    [contact] = result.contacts
    assert contact.name == "Jürgen Müller"
    assert contact.title == "Geschäftsführer"
    assert contact.company == "Müller & Söhne GmbH"
    assert contact.address.text == "Königstraße 12, 70173 Stuttgart"
    assert contact.address.postcode == "70173" and contact.address.city == "Stuttgart"
    assert [p.number for p in contact.phones] == ["+497111234567"]
