"""Labelled text-only cards (lines as an OCR engine returns them) turned
into OcrPages, so the field parsers can be tested and benchmarked without
images.  The format is described at the top of tests/data/text_cards.yaml.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .model import OcrLine, OcrPage

BODY_HEIGHT = 20.0  # pixels of a relative height of 1.0
CARD_WIDTH = 1000


@dataclass
class TextCard:
    id: str
    region: str
    page: OcrPage
    expect: dict


def page_from_lines(lines: list) -> OcrPage:
    """Stacks the lines top to bottom, left-aligned, one gap apart."""
    ocr_lines, top = [], 20.0
    for entry in lines:
        text, rel = (entry, 1.0) if isinstance(entry, str) else (entry[0], float(entry[1]))
        height = BODY_HEIGHT * rel
        width = min(CARD_WIDTH - 40, 0.55 * height * len(text))
        ocr_lines.append(OcrLine(text=text, box=(20.0, top, 20.0 + width, top + height), confidence=0.98))
        top += height * 1.5
    return OcrPage(lines=ocr_lines, width=CARD_WIDTH, height=int(top + 20), engine="text")


def load_text_cards(path: Path) -> list[TextCard]:
    cards = []
    for item in yaml.safe_load(path.read_text(encoding="utf-8")):
        cards.append(TextCard(id=item["id"], region=item.get("region", "US"),
                              page=page_from_lines(item["lines"]), expect=item["expect"]))
    return cards


def as_label(expect: dict) -> dict:
    """The expected fields in the labels.json shape the scorer reads."""
    label = {key: expect.get(key) for key in ("name", "title", "department", "company", "address")}
    label["emails"] = expect.get("emails", [])
    label["urls"] = expect.get("urls", [])
    label["phones"] = expect.get("phones", [])
    return label
