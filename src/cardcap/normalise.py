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
    flat = flatten_light(make_text_dark(gray))
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


def make_text_dark(gray: np.ndarray) -> np.ndarray:
    """Invert the parts of the card printed light-on-dark (bands, dark cards).

    A wide median filter wipes out the print and leaves the backgrounds;
    Otsu splits them into a light and a dark kind.  In each kind the print
    is whichever outliers are commoner, brighter or darker than its
    background, and a kind with bright print is inverted.
    """
    h, w = gray.shape[:2]
    t = _T["tesseract"]
    scale = min(1.0, 500 / max(h, w))
    small = cv2.resize(gray, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    window = max(5, (min(small.shape[:2]) // 12) | 1)
    background = cv2.medianBlur(small, window)
    level, classes = cv2.threshold(background, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    light_kind = classes > 0
    kinds = [light_kind, ~light_kind]
    if not light_kind.any() or light_kind.all() or (
        float(background[light_kind].mean()) - float(background[~light_kind].mean()) < t["min_background_step"]
    ):
        kinds = [np.ones_like(light_kind)]
    invert = np.zeros_like(light_kind)
    for kind in kinds:
        if kind.sum() < 0.02 * kind.size:
            continue
        values = small[kind].astype(np.int16)
        local = background[kind].astype(np.int16)
        brighter = np.mean(values > local + t["print_contrast"])
        darker = np.mean(values < local - t["print_contrast"])
        if brighter > darker:
            invert |= kind
    if not invert.any():
        return gray
    mask = cv2.resize(invert.astype(np.uint8), (w, h), interpolation=cv2.INTER_NEAREST).astype(bool)
    out = gray.copy()
    out[mask] = 255 - out[mask]
    return out


def flatten_light(gray: np.ndarray) -> np.ndarray:
    """Divide out the slowly varying light (shadows, vignetting) so paper is even."""
    h, w = gray.shape[:2]
    kernel = max(15, (min(h, w) // 12) | 1)
    small = cv2.resize(gray, (max(1, w // 4), max(1, h // 4)), interpolation=cv2.INTER_AREA)
    background = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (kernel // 4 | 1, kernel // 4 | 1)))
    background = cv2.GaussianBlur(background, (0, 0), kernel / 8)
    background = cv2.resize(background, (w, h), interpolation=cv2.INTER_LINEAR)
    flat = cv2.divide(gray.astype(np.float32), np.maximum(background.astype(np.float32), 1), scale=255.0)
    return np.clip(flat, 0, 255).astype(np.uint8)


def typical_text_height(gray: np.ndarray) -> float | None:
    """Median height of character-like ink blobs, or None if there are too few.

    Both polarities are tried (dark print and light print) and the one with
    more character-like blobs wins; specks under 8 px are ignored, as photo
    grain would otherwise pass for tiny text and trigger a huge enlargement.
    """
    h, _w = gray.shape[:2]
    best: list[int] = []
    for flag in (cv2.THRESH_BINARY_INV, cv2.THRESH_BINARY):
        ink = cv2.threshold(gray, 0, 255, flag + cv2.THRESH_OTSU)[1]
        count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
        heights = []
        for i in range(1, count):
            bh, bw, area = stats[i, cv2.CC_STAT_HEIGHT], stats[i, cv2.CC_STAT_WIDTH], stats[i, cv2.CC_STAT_AREA]
            if 8 <= bh <= h / 6 and 0.15 * bh <= bw <= 1.5 * bh and area >= 0.2 * bh * bw:
                heights.append(int(bh))
        if len(heights) > len(best):
            best = heights
    if len(best) < 8:
        return None
    return float(np.median(best))
