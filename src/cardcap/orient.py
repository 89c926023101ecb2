"""Bring a card upright: which quarter-turn, and how much small skew.

Phone photos of cards come sideways or upside down as often as not.  The
cheapest evidence is what the OCR engine already saw (which way its lines
run); only when that is missing do we pay for extra reads of turned copies.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

import cv2
import numpy as np

from .load import imaging_thresholds
from .model import BBox, OcrLine, OcrPage, OcrWord
from .ocr.base import TextDirection, sort_reading_order

_T = imaging_thresholds()["orient"]

_CV_ROTATE = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}


def rotation_from_directions(directions: Iterable[TextDirection]) -> int | None:
    """Degrees clockwise to turn the image so most text reads upright.

    None when the evidence is too thin to decide (few or disagreeing lines).
    """
    totals = {0: 0.0, 90: 0.0, 180: 0.0, 270: 0.0}
    for direction in directions:
        totals[direction.degrees % 360] += direction.weight
    evidence = sum(totals.values())
    if evidence < _T["min_direction_weight"]:
        return None
    text_runs, weight = max(totals.items(), key=lambda item: item[1])
    if weight < _T["turn_share"] * evidence:
        return None
    return (360 - text_runs) % 360


def looks_sideways(page: OcrPage) -> bool:
    """Most multi-character lines taller than wide: the text runs vertically."""
    votes = [line for line in page.lines if len(line.text.strip()) >= 3]
    if not votes:
        return False
    tall = sum(len(l.text) for l in votes if (l.box[3] - l.box[1]) > 1.5 * (l.box[2] - l.box[0]))
    return tall > 0.5 * sum(len(l.text) for l in votes)


def page_score(page: OcrPage) -> float:
    """How much confident text a read produced: to compare turned candidates."""
    return sum(line.confidence * sum(ch.isalnum() for ch in line.text) for line in page.lines)


def mean_confidence(page: OcrPage) -> float:
    """Character-weighted confidence; 0 for an empty read."""
    weights = [sum(ch.isalnum() for ch in line.text) for line in page.lines]
    if not sum(weights):
        return 0.0
    return sum(line.confidence * w for line, w in zip(page.lines, weights)) / sum(weights)


def best_turn_by_reading(
    pixels: np.ndarray,
    read: Callable[[np.ndarray], OcrPage],
    turns: Iterable[int],
    *,
    already: tuple[int, OcrPage] | None = None,
) -> tuple[int, OcrPage]:
    """Read turned copies and keep the turn whose read has most confident text.

    A read we *already* have wins ties (5%), so a retry must clearly do better.
    """
    best_turn, best_page, best_score = (already[0], already[1], page_score(already[1]) * 1.05) if already else (0, None, -1.0)
    for turn in turns:
        page = read(rotate_pixels(pixels, turn))
        score = page_score(page)
        if score > best_score:
            best_turn, best_page, best_score = turn, page, score
    assert best_page is not None
    return best_turn, best_page


def text_runs_vertically(pixels: np.ndarray) -> bool:
    """Print smeared along rows vs along columns: which makes more long thin bars?

    For engines that cannot say which way text runs, this picks the two
    quarter-turns worth reading before any OCR is spent.
    """
    gray = pixels if pixels.ndim == 2 else cv2.cvtColor(pixels, cv2.COLOR_BGR2GRAY)
    scale = min(1.0, 800 / max(gray.shape))
    if scale < 1.0:
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)

    def bar_length(kernel_size: tuple[int, int], along_x: bool) -> float:
        bars = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, kernel_size))
        count, _, stats, _ = cv2.connectedComponentsWithStats(bars)
        total = 0.0
        for i in range(1, count):
            w, h = stats[i, cv2.CC_STAT_WIDTH], stats[i, cv2.CC_STAT_HEIGHT]
            long_side, short_side = (w, h) if along_x else (h, w)
            if long_side >= 40 and long_side >= 4 * max(short_side, 1):
                total += long_side
        return total

    return bar_length((3, 21), along_x=False) > _T["vertical_bar_ratio"] * bar_length((21, 3), along_x=True)


def rotate_pixels(pixels: np.ndarray, degrees_clockwise: int) -> np.ndarray:
    degrees = degrees_clockwise % 360
    return pixels if degrees == 0 else cv2.rotate(pixels, _CV_ROTATE[degrees])


def rotate_box(box: BBox, degrees_clockwise: int, width: int, height: int) -> BBox:
    """Where an axis-aligned box lands after turning a width x height image."""
    x0, y0, x1, y1 = box
    degrees = degrees_clockwise % 360
    if degrees == 90:
        return (height - y1, x0, height - y0, x1)
    if degrees == 180:
        return (width - x1, height - y1, width - x0, height - y0)
    if degrees == 270:
        return (y0, width - x1, y1, width - x0)
    return box


def rotate_page(page: OcrPage, degrees_clockwise: int) -> OcrPage:
    """The same read, with its boxes in the turned image's coordinates."""
    degrees = degrees_clockwise % 360
    if degrees == 0:
        return page
    w, h = page.width, page.height

    def turn(box: BBox) -> BBox:
        return rotate_box(box, degrees, w, h)

    lines = [
        OcrLine(
            text=line.text,
            box=turn(line.box),
            confidence=line.confidence,
            words=tuple(OcrWord(text=word.text, box=turn(word.box), confidence=word.confidence) for word in line.words),
        )
        for line in page.lines
    ]
    new_w, new_h = (h, w) if degrees in (90, 270) else (w, h)
    return OcrPage(lines=sort_reading_order(lines), width=new_w, height=new_h, engine=page.engine)


def estimate_skew(pixels: np.ndarray) -> float:
    """Small text-line angle in degrees (positive = lines rise to the right); 0 if unsure.

    Text lines are smeared into bars with a wide closing, and the median
    angle of the long thin bars is taken, so pictures and borders barely vote.
    """
    gray = pixels if pixels.ndim == 2 else cv2.cvtColor(pixels, cv2.COLOR_BGR2GRAY)
    scale = min(1.0, 1000 / max(gray.shape))
    if scale < 1.0:
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    if ink.mean() > 127:
        ink = 255 - ink
    bars = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (25, 3)))
    contours, _ = cv2.findContours(bars, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    angles, weights = [], []
    for contour in contours:
        (_, _), (w, h), angle = cv2.minAreaRect(contour)
        long_side, short_side = max(w, h), min(w, h)
        if long_side < 40 or short_side < 3 or long_side < 4 * short_side:
            continue
        long_side_angle = angle if w >= h else angle + 90
        long_side_angle = (long_side_angle + 90) % 180 - 90  # OpenCV versions disagree on the range
        angle = -long_side_angle  # OpenCV's angle grows clockwise; report rise-to-the-right as positive
        if abs(angle) <= _T["max_skew_degrees"]:
            angles.append(angle)
            weights.append(long_side)
    if len(angles) < 3:
        return 0.0
    order = np.argsort(angles)
    cumulative = np.cumsum(np.asarray(weights)[order])
    median = float(np.asarray(angles)[order][np.searchsorted(cumulative, cumulative[-1] / 2)])
    return median if abs(median) >= _T["min_skew_degrees"] else 0.0


def deskew(pixels: np.ndarray, angle: float) -> np.ndarray:
    """Turn by a small angle so text lines are level, padding with the edge colour."""
    if angle == 0.0:
        return pixels
    h, w = pixels.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), -angle, 1.0)
    return cv2.warpAffine(pixels, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
