"""Japanese cards: company by its legal form, family name first, the
department and title printed on one line, the address behind 〒."""
from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from cardcap.fields import parse_card
from cardcap.textcards import page_from_lines

FONT = Path("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf")  # fonts-ipafont-gothic, set up by scripts/setup.sh

CARD = [
    ["株式会社東京システム開発", 1.2],
    ["営業部 部長", 1.0],
    ["山田 太郎", 1.6],
    ["〒100-0005 東京都千代田区丸の内1-2-3", 0.9],
    ["TEL 03-1234-5678", 0.9],
    ["携帯 090-1234-5678", 0.9],
    ["yamada@tokyo-sys.co.jp", 0.9],
]


def test_a_japanese_card_read_as_text():
    contact = parse_card(page_from_lines(CARD), default_region="US")[0]
    assert contact.name == "山田 太郎"
    assert (contact.name_parts.family, contact.name_parts.given) == ("山田", "太郎")
    assert contact.company == "株式会社東京システム開発"
    assert (contact.department, contact.title) == ("営業部", "部長")
    assert contact.address.postcode == "100-0005" and contact.address.country == "JP"
    assert [(p.number, p.type) for p in contact.phones] == [("+81312345678", "work"), ("+819012345678", "mobile")]


def test_name_and_company_on_one_line_and_a_postcode_line_of_its_own():
    lines = [["山田太郎 株式会社東京システム開発", 1.2], ["人事部 採用担当", 1.0], ["〒150-0002", 0.9],
             ["東京都渋谷区渋谷2-21-1 渋谷ヒカリエ", 0.9]]
    contact = parse_card(page_from_lines(lines), default_region="JP")[0]
    assert contact.name == "山田太郎" and contact.company == "株式会社東京システム開発"
    assert contact.address.text == "〒150-0002, 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ"


@pytest.mark.slow
@pytest.mark.skipif(not FONT.is_file(), reason="needs the Debian package fonts-ipafont-gothic (scripts/setup.sh)")
def test_a_photographed_japanese_card(tmp_path):
    from cardcap import ScanOptions, scan

    image = Image.new("RGB", (1100, 640), "white")
    draw = ImageDraw.Draw(image)
    y = 50
    for text, size in CARD:
        font = ImageFont.truetype(str(FONT), int(34 * size))
        draw.text((60, y), text, font=font, fill=(20, 20, 20))
        y += int(34 * size) + 30
    desk = Image.new("RGB", (1400, 900), (70, 90, 110))
    desk.paste(image, (150, 130))
    path = tmp_path / "meishi.png"
    desk.save(path)
    [result] = scan([path], ScanOptions(jobs=1, region="JP"))
    [contact] = result.contacts
    assert contact.name.replace(" ", "") == "山田太郎"
    assert contact.company == "株式会社東京システム開発"
    assert "yamada@tokyo-sys.co.jp" in contact.emails
    assert {p.number for p in contact.phones} == {"+81312345678", "+819012345678"}
