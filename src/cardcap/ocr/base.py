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


def sort_reading_order(lines: Iterable[OcrLine]) -> list[OcrLine]:
    """Top to bottom, then left to right within a visual row.

    Lines whose vertical extents overlap by more than half the shorter one
    share a row, so a phone number printed beside an email keeps the
    left-one-first order a person reads.
    """
    remaining = sorted(lines, key=lambda line: (line.center[1], line.box[0]))
    rows: list[list[OcrLine]] = []
    for line in remaining:
        placed = False
        if rows:
            row = rows[-1]
            top = min(other.box[1] for other in row)
            bottom = max(other.box[3] for other in row)
            overlap = min(bottom, line.box[3]) - max(top, line.box[1])
            shorter = min(line.height, min(other.height for other in row))
            if shorter > 0 and overlap > 0.5 * shorter:
                row.append(line)
                placed = True
        if not placed:
            rows.append([line])
    ordered: list[OcrLine] = []
    for row in rows:
        ordered.extend(sorted(row, key=lambda line: line.box[0]))
    return ordered


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
