"""QR codes on cards: found in a photographed card, parsed, and trusted over the print."""
from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from cardcap.model import Contact, NameParts, Phone
from cardcap.qr import QR_CONFIDENCE, QrPayload, apply_qr_codes, contact_from_qr, decode_qr, merge_qr

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

MECARD = "MECARD:N:Smith,Chris;TEL:+19871234567;EMAIL:chris.smith@contoso.com;URL:https://www.contoso.com;;"
VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Conceição;João;;;\r\nFN:João Conceição\r\nORG:Padaria São Bento\r\n"
    "TITLE:Gerente\r\nTEL;TYPE=CELL:+55 11 99884-8929\r\nEMAIL:joao@padariasaobento.com.br\r\n"
    "ADR;TYPE=WORK:;;Rua São Bento\\, 120;São Paulo;SP;01010-000;BR\r\nEND:VCARD\r\n"
)


def _font(size: int):
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default()


def photographed_card(payload: str | None, *, module: int = 5) -> np.ndarray:
    """A printed card with a QR code at the right, tilted in perspective on a desk, blurred and noisy."""
    width, height = 1050, 600
    card = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(card)
    draw.text((50, 60), "Chris Smith", font=_font(44), fill="black")
    draw.text((50, 130), "Senior Researcher", font=_font(28), fill=(40, 40, 40))
    draw.text((50, 400), "chris.smith@contoso.com", font=_font(28), fill="black")
    draw.text((50, 450), "+1 987 123 4567", font=_font(28), fill="black")
    pixels = np.array(card)
    if payload is not None:
        code = cv2.QRCodeEncoder.create().encode(payload)
        code = cv2.resize(code, None, fx=module, fy=module, interpolation=cv2.INTER_NEAREST)
        x0 = width - code.shape[1] - 60
        pixels[60:60 + code.shape[0], x0:x0 + code.shape[1]] = code[..., None]
    image = cv2.cvtColor(pixels, cv2.COLOR_RGB2BGR)
    desk = np.full((1300, 1800, 3), (70, 90, 110), np.uint8)
    src = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    dst = np.float32([[260, 240], [1560, 300], [1530, 1050], [230, 990]])
    matrix = cv2.getPerspectiveTransform(src, dst)
    photo = cv2.warpPerspective(image, matrix, (1800, 1300), dst=desk, borderMode=cv2.BORDER_TRANSPARENT)
    photo = cv2.GaussianBlur(photo, (0, 0), 1.0)
    noise = np.random.default_rng(1).normal(0, 5, photo.shape)
    return np.clip(photo + noise, 0, 255).astype(np.uint8)


def test_mecard_on_a_photographed_card_is_found_and_read():
    found = decode_qr(photographed_card(MECARD))
    assert [p.kind for p in found] == ["mecard"]
    assert found[0].text == MECARD
    xs = [x for x, _ in found[0].quad]
    assert min(xs) > 1000, "the code lies at the right of the card, and its corners say so"

    contact = contact_from_qr(found[0])
    assert contact.name == "Chris Smith"
    assert (contact.name_parts.given, contact.name_parts.family) == ("Chris", "Smith")
    assert contact.emails == ["chris.smith@contoso.com"]
    assert [p.number for p in contact.phones] == ["+19871234567"]
    assert contact.urls == ["https://www.contoso.com"]
    assert contact.confidence["emails"] == QR_CONFIDENCE


def test_a_card_without_a_code_gives_nothing():
    assert decode_qr(photographed_card(None)) == []


def test_vcard_code_keeps_accents_and_structured_address():
    found = decode_qr(photographed_card(VCARD, module=4))
    assert len(found) == 1 and found[0].kind == "vcard"
    contact = contact_from_qr(found[0])
    assert contact.name == "João Conceição"
    assert contact.company == "Padaria São Bento"
    assert contact.address.city == "São Paulo" and contact.address.street == "Rua São Bento, 120"
    assert [(p.number, p.type) for p in contact.phones] == [("+5511998848929", "mobile")]


def test_mecard_escapes_and_fields():
    text = (r"MECARD:N:O\;Brien\, Jr,Pat;ORG:Smith\, Jones & Co;TEL:020 7946 0018;"
            r"EMAIL:pat@sj.co.uk;ADR:1 High St\, London;NOTE:ext\: 12;;")
    contact = contact_from_qr(text, region="GB")
    assert contact.name_parts.family == "O;Brien, Jr"
    assert contact.name_parts.given == "Pat"
    assert contact.company == "Smith, Jones & Co"
    assert contact.phones[0].number == "+442079460018"
    assert contact.address.text == "1 High St, London"
    assert contact.notes == ["QR code note: ext: 12"]


def test_bare_url_and_non_contact_codes():
    assert contact_from_qr("www.contoso.com").urls == ["https://www.contoso.com"]
    assert contact_from_qr("https://contoso.com/team/chris").urls == ["https://contoso.com/team/chris"]
    assert contact_from_qr("WIFI:S:Guest;T:WPA;P:secret;;") is None
    assert contact_from_qr(QrPayload(text="mailto:chris@contoso.com", kind="email")).emails == ["chris@contoso.com"]


def test_qr_values_win_and_disagreements_are_noted():
    printed = Contact(
        name="Chris Smlth",
        name_parts=NameParts(given="Chris", family="Smlth"),
        title="Senior Researcher",
        emails=["chris.smlth@contoso.com", "research@contoso.com"],
        phones=[Phone(number="+19871234561", type="mobile", text="+1 987 123 4561"),
                Phone(number="+19872135674", type="work", text="+1 987 213 5674")],
        urls=["www.contoso.com/"],
        confidence={"name": 0.7, "title": 0.8, "emails": 0.8, "phones": 0.85},
        sources={"name": "Chris Smlth"},
        image="card.jpg",
    )
    merged = merge_qr(printed, contact_from_qr(MECARD))
    assert merged.name == "Chris Smith"
    assert merged.name_parts.family == "Smith"
    assert merged.title == "Senior Researcher", "the print fills what the code lacks"
    assert merged.emails == ["chris.smith@contoso.com", "research@contoso.com"]
    assert [p.number for p in merged.phones] == ["+19871234567", "+19872135674"]
    assert merged.urls == ["https://www.contoso.com"]
    assert merged.confidence["name"] == merged.confidence["emails"] == merged.confidence["phones"] == QR_CONFIDENCE
    assert merged.confidence["title"] == 0.8
    assert merged.sources["name"] == "QR code"
    assert "name: QR code says 'Chris Smith', the printed card reads 'Chris Smlth'" in merged.notes
    assert any("chris.smlth@contoso.com" in n for n in merged.notes)
    assert any("+1 987 123 4561" in n for n in merged.notes)
    assert printed.name == "Chris Smlth" and len(printed.emails) == 2, "the OCR contact is left as it was"


def test_printed_phone_label_survives_when_the_code_has_no_type():
    printed = Contact(phones=[Phone(number="+19871234567", type="fax", text="fax: 987 123 4567")])
    merged = merge_qr(printed, contact_from_qr("MECARD:N:Smith,Chris;TEL:19871234567;;", region="US"))
    assert [(p.number, p.type) for p in merged.phones] == [("+19871234567", "fax")]
    assert not merged.notes


def test_apply_qr_codes_merges_into_the_only_card():
    ocr = [Contact(name="Chris Smith", emails=["chris.smith@contoso.com"])]
    merged = apply_qr_codes(ocr, [QrPayload(MECARD, "mecard")])
    assert len(merged) == 1 and merged[0].urls == ["https://www.contoso.com"]
    assert apply_qr_codes(ocr, [QrPayload("WIFI:S:x;;", "text")]) == ocr
    only_code = apply_qr_codes([], [QrPayload(MECARD, "mecard")], image="logo-and-code.jpg")
    assert [(c.name, c.image) for c in only_code] == [("Chris Smith", "logo-and-code.jpg")]


@pytest.mark.parametrize("garbage", [np.zeros((0, 0, 3), np.uint8), np.full((40, 40), 255, np.uint8)])
def test_empty_or_tiny_images_do_not_raise(garbage):
    assert decode_qr(garbage) == []


@pytest.mark.slow
def test_a_scanned_photo_with_a_vcard_code_gives_the_codes_exact_values(tmp_path):
    from cardcap import ScanOptions, scan

    path = tmp_path / "card.jpg"
    cv2.imwrite(str(path), photographed_card(VCARD, module=6))
    [result] = scan([path], ScanOptions(jobs=1))
    assert result.error is None
    [contact] = result.contacts
    # the code names a person the print does not: the code's exact values win
    assert contact.name == "João Conceição"
    assert contact.emails[0] == "joao@padariasaobento.com.br"
    assert any("QR" in note for note in contact.notes)
