"""Both OCR engines on real card photos, and how engine failures reach the user."""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from cardcap.errors import MissingDependencyError, OcrEngineError, UsageError
from cardcap.load import load_image
from cardcap.ocr import forget_engines, get_engine
from cardcap.reading import read_cards

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "real"
needs_real = pytest.mark.skipif(not REAL.exists(), reason="../shared/eval not available")

CONTOSO = REAL / "contoso" / "business_card.jpg"  # 12 MP phone photo, card at an angle
RESTAURANT = REAL / "br_photos" / "806630718_141958.jpg"  # portrait photo, small print
DARK_CARD = REAL / "br_photos" / "806122387_319112.jpg"  # light print on a black card


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _check_page_geometry(region, page, *, upright_photo: bool = True) -> None:
    assert page.width == region.pixels.shape[1] and page.height == region.pixels.shape[0]
    for line in page.lines:
        x0, y0, x1, y1 = line.box
        assert 0 <= x0 < x1 <= page.width + 1 and 0 <= y0 < y1 <= page.height + 1
        assert 0.0 <= line.confidence <= 1.0
    if not upright_photo:
        return
    centres = [line.center[1] for line in page.lines]
    # reading order: nothing listed after a line that sits clearly below it
    for earlier, later in zip(centres, centres[1:]):
        assert later > earlier - 0.05 * page.height


@needs_real
@pytest.mark.slow
def test_rapidocr_reads_email_and_phones_from_phone_photo() -> None:
    engine = get_engine("rapidocr")
    results = read_cards(load_image(CONTOSO), engine)
    assert len(results) == 1
    region, page = results[0]
    text = page.text.lower()
    assert "chris.smith@contoso.com" in text
    assert "9871234567" in _digits(page.text)  # the mobile number, however it is punctuated
    assert page.engine == "rapidocr"
    assert max(region.pixels.shape[:2]) <= 1600  # 12 MP photo was bounded before OCR
    assert any(line.words for line in page.lines)
    _check_page_geometry(region, page, upright_photo=False)
    # the card lies at ~10 degrees; lines still come in the order printed
    lines = [line.text for line in page.lines]
    order = [next(i for i, t in enumerate(lines) if key in t) for key in
             ("Chris Smith", "Senior Researcher", "contoso.com", "Cell", "Tel", "Fax", "Redmond")]
    assert order == sorted(order)


@needs_real
@pytest.mark.slow
def test_rapidocr_small_print_on_portrait_photo() -> None:
    results = read_cards(load_image(RESTAURANT), get_engine("auto"))
    assert len(results) == 1
    region, page = results[0]
    assert "dimariorestaurante@gmail.com" in page.text.lower().replace(" ", "")
    assert "26425294" in _digits(page.text)
    _check_page_geometry(region, page)


@needs_real
@pytest.mark.slow
def test_tesseract_reads_email_and_phone_from_phone_photo() -> None:
    engine = get_engine("tesseract")
    results = read_cards(load_image(DARK_CARD), engine)  # needs the light-on-dark inversion
    assert results, "Tesseract found no text at all"
    page_text = "\n".join(page.text for _, page in results)
    assert "brunau@r7.com" in page_text.lower().replace(" ", "")
    assert "99336564" in _digits(page_text)
    for region, page in results:
        assert page.engine == "tesseract"
        _check_page_geometry(region, page)


def test_missing_tesseract_binary_is_a_missing_dependency(monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/bin/tesseract")
    forget_engines()
    try:
        with pytest.raises(MissingDependencyError, match="apt-get install tesseract-ocr") as caught:
            get_engine("tesseract")
        assert caught.value.exit_code == 4
    finally:
        forget_engines()


def test_tesseract_removed_after_start_is_reported_on_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    engine = get_engine("tesseract")
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/bin/tesseract")
    with pytest.raises(MissingDependencyError):
        engine.read(np.full((200, 300, 3), 255, np.uint8))


def test_tesseract_timeout_is_an_engine_error() -> None:
    from cardcap.ocr.tesseract import TesseractEngine

    engine = TesseractEngine(timeout=0.001)
    noise = np.random.default_rng(0).integers(0, 255, (1500, 2000, 3), dtype=np.uint8)
    with pytest.raises(OcrEngineError, match="timed out"):
        engine.read(noise)


def test_blank_image_gives_no_cards() -> None:
    blank = load_image_from_array(np.full((600, 1000, 3), 250, np.uint8))
    assert read_cards(blank, get_engine("rapidocr")) == []


def test_engines_are_created_once() -> None:
    assert get_engine("rapidocr") is get_engine("rapid")
    assert get_engine("auto").name == "rapidocr"  # RapidOCR is installed here


def test_broken_rapidocr_model_fails_when_the_engine_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not on the first photo of a batch, in every worker."""
    from rapidocr import RapidOCR

    from cardcap.ocr.rapid import RapidOcrEngine

    def corrupt(self):
        raise RuntimeError("[ONNXRuntimeError] : 7 : INVALID_PROTOBUF : Load model failed")

    monkeypatch.setattr(RapidOCR, "_load_rec_model", corrupt)
    with pytest.raises(MissingDependencyError, match="RapidOCR could not start.*INVALID_PROTOBUF"):
        RapidOcrEngine(threads=1)


def test_rapidocr_start_leaves_omegaconf_as_it_was() -> None:
    """Its model list is parsed once while RapidOCR imports; nothing else shares a parse."""
    from omegaconf import OmegaConf

    before = OmegaConf.__dict__["load"]
    from cardcap.ocr.rapid import RapidOcrEngine

    RapidOcrEngine(threads=1)
    assert OmegaConf.__dict__["load"] is before


def test_unknown_engine_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown OCR engine"):
        get_engine("abbyy")


def load_image_from_array(pixels: np.ndarray):
    from cardcap.model import LoadedImage

    return LoadedImage(path="<memory>", pixels=pixels, original_size=(pixels.shape[1], pixels.shape[0]))


@needs_real
@pytest.mark.slow
def test_tesseract_turns_a_sideways_photo_upright() -> None:
    """Tesseract says nothing about direction; the print's own bars decide which turns to read."""
    from cardcap.model import LoadedImage
    from cardcap.orient import rotate_pixels

    image = load_image(DARK_CARD)
    sideways = LoadedImage(image.path, rotate_pixels(image.pixels, 270), image.original_size)
    results = read_cards(sideways, get_engine("tesseract"))
    assert [region.rotation for region, _ in results] == [90]
    assert "brunau@r7.com" in results[0][1].text.lower().replace(" ", "")


def test_auto_falls_back_to_tesseract_without_rapidocr(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "rapidocr", None)  # import now fails as if not installed
    forget_engines()
    try:
        with pytest.raises(MissingDependencyError, match="pip install"):
            get_engine("rapidocr")
        assert get_engine("auto").name == "tesseract"
    finally:
        forget_engines()


def test_full_width_letters_rapidocr_returns_are_written_as_plain_letters() -> None:
    # the PP-OCR models read some Latin letters, commas and brackets as their full-width forms
    from types import SimpleNamespace

    from cardcap.ocr.rapid import RapidOcrEngine

    quad = [[0, 0], [100, 0], [100, 20], [0, 20]]
    result = SimpleNamespace(boxes=[quad, quad], txts=["SＡPPHＩＲＥ", "（256) 626-5403"], scores=[0.9, 0.9],
                             word_results=[(("SＡPPHＩＲＥ", 0.9, quad),), (("（256)", 0.9, quad),)])
    page = RapidOcrEngine._to_page(SimpleNamespace(name="rapidocr"), np.zeros((20, 100, 3), np.uint8), result)
    assert sorted(line.text for line in page.lines) == ["(256) 626-5403", "SAPPHIRE"]
    assert {word.text for line in page.lines for word in line.words} == {"SAPPHIRE", "(256)"}
