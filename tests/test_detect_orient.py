"""Finding cards in photos and turning them upright, on drawn scenes and a real photo."""
from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from cardcap.detect import find_cards, flatten_card
from cardcap.load import load_image
from cardcap.model import OcrLine, OcrPage
from cardcap.ocr.base import TextDirection
from cardcap.orient import (
    deskew,
    estimate_skew,
    rotate_box,
    rotate_page,
    rotate_pixels,
    rotation_from_directions,
)

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "real"


def _table(width: int, height: int, tone: tuple[int, int, int], seed: int = 0) -> np.ndarray:
    """A table with wood-like noise and a light gradient, so nothing is perfectly flat."""
    rng = np.random.default_rng(seed)
    scene = np.empty((height, width, 3), np.float32)
    scene[:] = tone
    scene += np.linspace(-12, 12, width, dtype=np.float32)[None, :, None]
    scene += rng.normal(0, 4, scene.shape).astype(np.float32)
    return np.clip(scene, 0, 255).astype(np.uint8)


def _draw_card(scene: np.ndarray, quad: np.ndarray, colour, ink=(20, 20, 20), shadow: bool = True) -> None:
    if shadow:
        cv2.fillConvexPoly(scene, (quad + 6).astype(np.int32), tuple(int(c * 0.6) for c in scene[5, 5]))
    cv2.fillConvexPoly(scene, quad.astype(np.int32), colour)
    x0, y0 = quad.min(axis=0)
    x1, y1 = quad.max(axis=0)
    for row, text in enumerate(("Chris Smith", "Senior Researcher", "chris@contoso.com", "+1 987 123 4567")):
        y = int(y0 + (y1 - y0) * (0.25 + 0.18 * row))
        cv2.putText(scene, text, (int(x0 + 0.08 * (x1 - x0)), y), cv2.FONT_HERSHEY_SIMPLEX,
                    (x1 - x0) / 600, ink, 2, cv2.LINE_AA)


def _card_quad(cx: float, cy: float, width: float, angle_deg: float) -> np.ndarray:
    height = width / 1.75
    rect = ((cx, cy), (width, height), angle_deg)
    return cv2.boxPoints(rect).astype(np.float64)


def _corner_error(found, truth: np.ndarray) -> float:
    """Largest distance from a true corner to the nearest found corner."""
    found = np.asarray(found, dtype=np.float64)
    return max(float(np.min(np.linalg.norm(found - corner, axis=1))) for corner in truth)


def test_light_card_on_dark_table() -> None:
    scene = _table(1280, 960, (60, 45, 35))
    truth = _card_quad(640, 480, 760, 8)
    _draw_card(scene, truth, (235, 235, 230))
    cards = find_cards(scene)
    assert len(cards) == 1
    assert _corner_error(cards[0].quad, truth) < 20  # px, at 1280 px wide


def test_white_card_on_light_grey_table() -> None:
    """Similar tones: only a soft shadow and a small brightness step separate them."""
    scene = _table(1280, 960, (200, 200, 198), seed=1)
    truth = _card_quad(620, 500, 700, -5)
    _draw_card(scene, truth, (228, 228, 226))
    cards = find_cards(scene)
    assert len(cards) == 1
    assert _corner_error(cards[0].quad, truth) < 25


def test_dark_card_on_light_table() -> None:
    scene = _table(1280, 960, (215, 215, 210), seed=2)
    truth = _card_quad(640, 480, 800, 3)
    _draw_card(scene, truth, (25, 25, 30), ink=(240, 240, 240), shadow=False)
    cards = find_cards(scene)
    assert len(cards) == 1
    assert _corner_error(cards[0].quad, truth) < 20


def test_three_cards_in_one_photo_found_in_reading_order() -> None:
    scene = _table(1600, 1200, (70, 60, 50), seed=3)
    truths = [_card_quad(420, 330, 560, 4), _card_quad(1180, 340, 560, -6), _card_quad(800, 880, 560, 2)]
    colours = [(240, 240, 240), (200, 230, 250), (230, 240, 210)]
    for truth, colour in zip(truths, colours):
        _draw_card(scene, truth, colour)
    cards = find_cards(scene)
    assert len(cards) == 3
    for card, truth in zip(cards, truths):  # top row left to right, then the bottom card
        assert _corner_error(card.quad, truth) < 25


def test_tight_crop_has_no_outline() -> None:
    """A flatbed scan or a crop: the card is the whole image, nothing to cut."""
    scene = np.full((560, 980, 3), 245, np.uint8)
    _draw_card(scene, np.array([[0, 0], [979, 0], [979, 559], [0, 559]], np.float64), (245, 245, 245), shadow=False)
    assert find_cards(scene) == []


def test_flatten_makes_card_rectangle_of_card_shape() -> None:
    scene = _table(1280, 960, (60, 45, 35))
    truth = _card_quad(640, 480, 700, 20)
    _draw_card(scene, truth, (235, 235, 230))
    flat = flatten_card(scene, find_cards(scene)[0].quad)
    h, w = flat.shape[:2]
    assert 1.6 < w / h < 1.9
    assert flat[h // 2 - 5 : h // 2 + 5, 5:15].mean() > 150  # card, not table, at the edge


@pytest.mark.skipif(not REAL.exists(), reason="../shared/eval not available")
def test_real_photo_card_found() -> None:
    image = load_image(REAL / "br_photos" / "806022435_248014.jpg")  # black card on a white table
    cards = find_cards(image.pixels)
    assert len(cards) == 1
    xs = [p[0] for p in cards[0].quad]
    ys = [p[1] for p in cards[0].quad]
    # the card spans most of the landscape photo's width, centred
    assert max(xs) - min(xs) > 0.6 * image.pixels.shape[1]
    assert 0.3 < np.mean(ys) / image.pixels.shape[0] < 0.7


def test_rotation_vote_follows_the_text() -> None:
    sideways = [TextDirection(90, 12.0), TextDirection(90, 20.0), TextDirection(0, 2.0)]
    assert rotation_from_directions(sideways) == 270  # text runs clockwise: turn back anticlockwise
    assert rotation_from_directions([TextDirection(270, 15.0)]) == 90
    assert rotation_from_directions([TextDirection(180, 30.0), TextDirection(0, 3.0)]) == 180
    assert rotation_from_directions([TextDirection(0, 30.0)]) == 0
    assert rotation_from_directions([TextDirection(180, 2.0)]) is None  # too little evidence
    assert rotation_from_directions([TextDirection(0, 10.0), TextDirection(180, 10.0)]) is None


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_rotated_boxes_match_rotated_pixels(turn: int) -> None:
    pixels = np.zeros((100, 200, 3), np.uint8)
    pixels[10:30, 150:190] = 255  # a white "word" top right
    box = (150.0, 10.0, 190.0, 30.0)
    turned = rotate_pixels(pixels, turn)
    x0, y0, x1, y1 = (int(v) for v in rotate_box(box, turn, 200, 100))
    assert turned[y0:y1, x0:x1].mean() == 255
    assert turned.sum() == pixels.sum()
    page = OcrPage(lines=[OcrLine("hello", box, 0.9)], width=200, height=100)
    moved = rotate_page(page, turn)
    assert (moved.width, moved.height) == (turned.shape[1], turned.shape[0])
    assert moved.lines[0].box == (x0, y0, x1, y1)


@pytest.mark.parametrize("angle", [-6.0, 4.0])
def test_small_skew_is_measured_and_removed(angle: float) -> None:
    card = np.full((600, 1000, 3), 250, np.uint8)
    for row in range(6):
        cv2.putText(card, "Senior Researcher 0123456789", (60, 90 + 85 * row), cv2.FONT_HERSHEY_SIMPLEX, 1.2,
                    (20, 20, 20), 3, cv2.LINE_AA)
    matrix = cv2.getRotationMatrix2D((500, 300), angle, 1.0)  # OpenCV: positive = anticlockwise = rising
    skewed = cv2.warpAffine(card, matrix, (1000, 600), borderValue=(250, 250, 250))
    measured = estimate_skew(skewed)
    assert abs(measured - angle) < 1.0
    assert abs(estimate_skew(deskew(skewed, measured))) < 1.0


def _real_card(name: str) -> np.ndarray:
    image = load_image(REAL / "br_photos" / name)
    cards = find_cards(image.pixels)
    assert len(cards) == 1
    return flatten_card(image.pixels, cards[0].quad)


@pytest.mark.skipif(not REAL.exists(), reason="../shared/eval not available")
@pytest.mark.slow
@pytest.mark.parametrize("turn", [90, 180, 270])
def test_turned_real_photo_is_read_upright(turn: int) -> None:
    from cardcap.model import LoadedImage
    from cardcap.ocr import get_engine
    from cardcap.reading import read_cards

    image = load_image(REAL / "br_photos" / "806630380_142124.jpg")
    turned = LoadedImage(path=image.path, pixels=rotate_pixels(image.pixels, turn), original_size=image.original_size)
    results = read_cards(turned, get_engine("rapidocr"))
    assert len(results) == 1
    region, page = results[0]
    assert region.rotation == (360 - turn) % 360
    assert region.pixels.shape[1] > region.pixels.shape[0]  # landscape card, upright again
    digits = "".join(ch for ch in page.text if ch.isdigit())
    assert "26852862" in digits  # the card's phone number, read the right way round


@pytest.mark.skipif(not REAL.exists(), reason="../shared/eval not available")
@pytest.mark.slow
def test_two_real_cards_in_one_photo_are_read_separately() -> None:
    from cardcap.model import LoadedImage
    from cardcap.ocr import get_engine
    from cardcap.reading import read_cards

    scene = _table(1800, 1300, (70, 55, 45), seed=4)
    placed = []
    for name, (x, y) in (("806630380_142124.jpg", (60, 380)), ("806622677_155176.jpg", (930, 360))):
        card = _real_card(name)
        card = cv2.resize(card, (800, round(800 * card.shape[0] / card.shape[1])))
        scene[y : y + card.shape[0], x : x + card.shape[1]] = card
        placed.append(name)
    results = read_cards(LoadedImage("<two cards>", scene, (1800, 1300)), get_engine("rapidocr"))
    assert len(results) == 2
    left, right = (page.text.lower() for _, page in results)
    assert "26852862" in "".join(ch for ch in left if ch.isdigit())
    assert "26852862" not in "".join(ch for ch in right if ch.isdigit())
    assert "flores" in right or "fatima" in right or "fátima" in right
    for region, _ in results:
        assert not region.whole_image


def test_big_photo_is_bounded_for_rapidocr_and_tiny_crop_enlarged() -> None:
    from cardcap.normalise import for_engine

    assert max(for_engine(np.zeros((3024, 4032, 3), np.uint8), "rapidocr").shape[:2]) == 1600
    assert min(for_engine(np.zeros((120, 200, 3), np.uint8), "rapidocr").shape[:2]) >= 480


def test_tesseract_gets_dark_print_on_light_even_from_a_dark_band() -> None:
    """A card with a black band printed in white: both parts must end up dark-on-light."""
    from cardcap.normalise import for_tesseract

    card = np.full((600, 1000, 3), 235, np.uint8)
    card[380:, :] = 30  # black band across the bottom
    cv2.putText(card, "Chris Smith", (60, 150), cv2.FONT_HERSHEY_SIMPLEX, 1.6, (20, 20, 20), 3)
    cv2.putText(card, "chris@contoso.com", (60, 500), cv2.FONT_HERSHEY_SIMPLEX, 1.6, (240, 240, 240), 3)
    out = cv2.cvtColor(for_tesseract(card), cv2.COLOR_BGR2GRAY)
    h, w = out.shape
    top = out[: int(h * 0.55)]
    band = out[int(h * 0.7) :]
    for part in (top, band):
        assert np.median(part) > 200  # background light
        assert (part < 100).mean() > 0.005  # and the print in it dark


def _line_direction(quad, label="0", cls_score=0.99):
    from types import SimpleNamespace

    from cardcap.ocr.rapid import _line_directions

    det = SimpleNamespace(boxes=[quad])
    cls = SimpleNamespace(cls_res=[(label, cls_score)])
    rec = SimpleNamespace(txts=["Jeremy Gibbons MBA"], scores=[0.95])
    return [d.degrees for d in _line_directions(det, cls, rec, text_score=0.5, cls_threshold=0.9)]


@pytest.mark.parametrize("quad, label, degrees", [
    ([[10, 10], [410, 10], [410, 50], [10, 50]], "0", 0),        # level text
    ([[410, 50], [10, 50], [10, 10], [410, 10]], "0", 180),      # reading right to left: upside down
    ([[50, 10], [50, 410], [10, 410], [10, 10]], "0", 90),       # a line running down the photo
    # a card turned 80 degrees: the crop's first edge runs steeply down the
    # photo; RapidOCR read it unturned, and the card is sideways all the same
    ([[100, 100], [170, 497], [130, 504], [60, 107]], "0", 90),
    ([[100, 100], [170, 497], [130, 504], [60, 107]], "180", 270),
])
def test_which_way_a_line_reads_follows_its_edge_not_its_box(quad, label, degrees):
    assert _line_direction(quad, label) == [degrees]


def test_outlines_that_hold_no_text_fall_back_to_reading_the_whole_photo(monkeypatch) -> None:
    """A gradient table can give card-shaped blobs in the corners while the
    real card, cut by the photo's edge, is missed: the photo must still be
    read, not reported as having no text."""
    import numpy as np

    from cardcap import reading
    from cardcap.detect import CardOutline
    from cardcap.model import LoadedImage
    from tests.cardkit import ScriptedEngine

    photo = np.full((600, 800, 3), 255, np.uint8)
    photo[250:350, 300:700] = 40  # the card's ink, away from the corners
    corners = [CardOutline(((0.0, 0.0), (150.0, 0.0), (150.0, 100.0), (0.0, 100.0)), 0.03, 0.9),
               CardOutline(((0.0, 480.0), (150.0, 480.0), (150.0, 580.0), (0.0, 580.0)), 0.03, 0.9)]
    monkeypatch.setattr(reading, "find_cards", lambda pixels: corners)
    results = reading.read_cards(LoadedImage("<photo>", photo, (800, 600)), ScriptedEngine())
    assert len(results) == 1
    region, page = results[0]
    assert region.whole_image and page.lines
