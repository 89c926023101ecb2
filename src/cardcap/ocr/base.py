"""The one interface every OCR engine is wrapped behind.

Stages downstream only see OcrPage, so engines can be swapped (or faked in
tests) without touching the field parsers.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from ..model import BBox, OcrLine, OcrPage


@dataclass(frozen=True)
class TextDirection:
    """Which way one line's text runs in the image, as degrees clockwise.

    0 = upright, 90 = turned clockwise (top of letters points right),
    180 = upside down, 270 = turned anticlockwise.  `weight` says how much
    evidence the line gives (longer, surer lines count more).
    """

    degrees: int
    weight: float


class OcrEngine(ABC):
    """Reads text from 8-bit BGR pixels; created once and reused."""

    name: str = ""

    @abstractmethod
    def read(self, pixels: np.ndarray) -> OcrPage:
        """Return every line found, in reading order, boxes in *pixels* coordinates."""

    def read_with_directions(self, pixels: np.ndarray) -> tuple[OcrPage, list[TextDirection]]:
        """Read, and say which way the text runs, for engines that know it for free.

        The default knows nothing; orient.py then falls back to box shapes
        and to comparing reads of rotated candidates.
        """
        return self.read(pixels), []


def sort_reading_order(lines: Iterable[OcrLine], skew_degrees: float = 0.0) -> list[OcrLine]:
    """Top to bottom, then left to right within a visual row.

    Lines whose vertical extents overlap by more than half the shorter one
    share a row, so a phone number printed beside an email keeps the
    left-one-first order a person reads.  On a card photographed at an
    angle (*skew_degrees*, positive when text rises to the right) "top" and
    "row" are measured along the card's own axes, not the photo's.
    """
    lines = list(lines)
    theta = np.radians(skew_degrees)
    cos_t, sin_t = float(np.cos(theta)), float(np.sin(theta))

    def card_frame(line: OcrLine) -> tuple[float, float, float]:
        """(across, down, half-height) of the line in the card's frame."""
        cx, cy = line.center
        across = cx * cos_t - cy * sin_t
        down = cx * sin_t + cy * cos_t
        width = line.box[2] - line.box[0]
        # an axis-aligned box around a tilted line is taller than the text by width*sin
        half_height = max(1.0, (line.height - abs(sin_t) * width) / 2) if sin_t else line.height / 2
        return across, down, half_height

    frames = {id(line): card_frame(line) for line in lines}
    remaining = sorted(lines, key=lambda line: (frames[id(line)][1], frames[id(line)][0]))
    rows: list[list[OcrLine]] = []
    for line in remaining:
        _, down, half = frames[id(line)]
        if rows:
            row = rows[-1]
            top = min(frames[id(o)][1] - frames[id(o)][2] for o in row)
            bottom = max(frames[id(o)][1] + frames[id(o)][2] for o in row)
            overlap = min(bottom, down + half) - max(top, down - half)
            shorter = min(2 * half, min(2 * frames[id(o)][2] for o in row))
            if shorter > 0 and overlap > 0.5 * shorter:
                row.append(line)
                continue
        rows.append([line])
    ordered: list[OcrLine] = []
    for row in rows:
        ordered.extend(sorted(row, key=lambda line: frames[id(line)][0]))
    return ordered


def skew_of_quads(quads) -> float:
    """Length-weighted median angle of text quads' top edges (positive = rising)."""
    angles, weights = [], []
    for quad in quads:
        q = np.asarray(quad, dtype=float).reshape(-1, 2)
        dx, dy = q[1] - q[0]
        length = float(np.hypot(dx, dy))
        if length < 1 or abs(dx) < abs(dy):  # vertical text says nothing about skew
            continue
        angles.append(float(np.degrees(np.arctan2(-dy, dx))))
        weights.append(length)
    if not angles:
        return 0.0
    order = np.argsort(angles)
    cumulative = np.cumsum(np.asarray(weights)[order])
    return float(np.asarray(angles)[order][np.searchsorted(cumulative, cumulative[-1] / 2)])


_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: " "}


def plain_letters(text: str) -> str:
    """"SＡPPHＩＲＥ", "Leslie Duffy， CPA", "（256) 626-5403": the PP-OCR models, trained on Chinese as
    well, read some Latin letters, commas and brackets as their full-width forms.  They are the same
    characters (NFKC folds them) and no contact should carry them."""
    return text.translate(_FULLWIDTH)


def union_box(boxes: Iterable[BBox]) -> BBox:
    boxes = list(boxes)
    return (
        min(box[0] for box in boxes),
        min(box[1] for box in boxes),
        max(box[2] for box in boxes),
        max(box[3] for box in boxes),
    )


def quad_to_box(points) -> BBox:
    array = np.asarray(points, dtype=float).reshape(-1, 2)
    return (
        float(array[:, 0].min()),
        float(array[:, 1].min()),
        float(array[:, 0].max()),
        float(array[:, 1].max()),
    )


def empty_page(pixels: np.ndarray, engine: str) -> OcrPage:
    return OcrPage(lines=[], width=int(pixels.shape[1]), height=int(pixels.shape[0]), engine=engine)
