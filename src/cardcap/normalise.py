"""Prepare card pixels for one engine, so each sees what it reads best.

RapidOCR's neural detector copes with colour, shading and inverted text but
its cost grows with pixels, so it only gets a bounded size.  Tesseract
binarises internally with one global idea of "ink", so for it we flatten
uneven light, make text dark on light, and scale text to a good height.
"""
from __future__ import annotations

import cv2
import numpy as np

from .load import imaging_thresholds

_T = imaging_thresholds()["normalise"]


def for_engine(pixels: np.ndarray, engine_name: str) -> np.ndarray:
    """Pixels sized (and, for Tesseract, cleaned) for *engine_name*."""
    if engine_name == "tesseract":
        return for_tesseract(pixels)
    limits = _T.get(engine_name, _T["rapidocr"])
    return bound_size(pixels, limits["max_side"], limits["min_side"])


def bound_size(pixels: np.ndarray, max_side: int, min_side: int) -> np.ndarray:
    """Shrink big photos (a 12 MP photo then costs what a small one does), enlarge tiny crops."""
    h, w = pixels.shape[:2]
    scale = 1.0
    if max(h, w) > max_side:
        scale = max_side / max(h, w)
    elif min(h, w) < min_side:
        scale = min(min_side / min(h, w), max_side / max(h, w))
    if abs(scale - 1.0) < 0.02:
        return pixels
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    return cv2.resize(pixels, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=interpolation)


def for_tesseract(pixels: np.ndarray) -> np.ndarray:
    limits = _T["tesseract"]
    gray = cv2.cvtColor(pixels, cv2.COLOR_BGR2GRAY) if pixels.ndim == 3 else pixels
    gray = bound_size(gray, limits["max_side"], 0)
    flat = flatten_light(gray)
    if is_light_on_dark(flat):
        flat = 255 - flat
    height = typical_text_height(flat)
    if height:
        scale = limits["target_x_height"] / height
        h, w = flat.shape[:2]
        scale = min(scale, limits["max_side"] / max(h, w))
        scale = max(scale, limits["min_side"] / min(h, w)) if min(h, w) * scale < limits["min_side"] else scale
        if abs(scale - 1) > 0.1:
            interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
            flat = cv2.resize(flat, (round(w * scale), round(h * scale)), interpolation=interpolation)
    return cv2.cvtColor(flat, cv2.COLOR_GRAY2BGR)


def flatten_light(gray: np.ndarray) -> np.ndarray:
    """Divide out the slowly varying light (shadows, vignetting) so paper is even."""
    h, w = gray.shape[:2]
    kernel = max(15, (min(h, w) // 12) | 1)
    small = cv2.resize(gray, (max(1, w // 4), max(1, h // 4)), interpolation=cv2.INTER_AREA)
    background = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (kernel // 4 | 1, kernel // 4 | 1)))
    background = cv2.GaussianBlur(background, (0, 0), kernel / 8)
    background = cv2.resize(background, (w, h), interpolation=cv2.INTER_LINEAR)
    flat = cv2.divide(gray.astype(np.float32), np.maximum(background.astype(np.float32), 1), scale=255.0)
    if np.median(gray) < 100:
        # On a dark card the "paper" is dark; dividing would blow up noise, so only stretch.
        return cv2.normalize(gray, None, 0, 255, cv2.NORM_MINMAX)
    return np.clip(flat, 0, 255).astype(np.uint8)


def is_light_on_dark(gray: np.ndarray) -> bool:
    """Most of the card dark means the ink is light (white print on black cards)."""
    return float(np.median(gray)) < 110


def typical_text_height(gray: np.ndarray) -> float | None:
    """Median height of character-sized ink blobs, or None if there are too few."""
    ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)[1]
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    h, w = gray.shape[:2]
    heights = [
        stats[i, cv2.CC_STAT_HEIGHT]
        for i in range(1, count)
        if 4 <= stats[i, cv2.CC_STAT_HEIGHT] <= h / 8
        and stats[i, cv2.CC_STAT_WIDTH] <= 3 * stats[i, cv2.CC_STAT_HEIGHT]
        and stats[i, cv2.CC_STAT_AREA] >= 12
    ]
    if len(heights) < 8:
        return None
    return float(np.median(heights))
