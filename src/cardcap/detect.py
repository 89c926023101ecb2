"""Find the card(s) in a photo as quadrilaterals.

A card on a table differs from its surroundings in colour or brightness, or
at least has an edge; the table reaches the photo's border and the card
usually does not.  So two cheap masks are tried on a small copy of the
photo: "unlike the border colour" and "closed edges", and every blob that is
card-shaped (rectangular, card-like aspect, a sensible share of the photo)
is a candidate.  No outline (flatbed scan, tight crop) means the whole image.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .load import imaging_thresholds
from .model import Quad

_T = imaging_thresholds()["detect"]


@dataclass(frozen=True)
class CardOutline:
    quad: Quad  # clockwise from top-left, in the given pixels' coordinates
    area_share: float  # of the whole photo
    rectangularity: float  # blob area / its rotated bounding-rectangle area


def find_cards(pixels: np.ndarray) -> list[CardOutline]:
    """Card outlines, top-to-bottom then left-to-right; [] when no outline is visible."""
    height, width = pixels.shape[:2]
    scale = min(1.0, _T["work_side"] / max(height, width))
    small = cv2.resize(pixels, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (5, 5), 0)
    candidates = _candidates(_background_mask(small)) + _candidates(_edge_mask(small))
    chosen = _keep_distinct_cards(candidates)
    outlines = [
        CardOutline(
            quad=_order_clockwise(outline.quad / scale),
            area_share=outline.area_share,
            rectangularity=outline.rectangularity,
        )
        for outline in chosen
    ]
    return _sort_reading(outlines)


@dataclass
class _Candidate:
    quad: np.ndarray
    area_share: float
    rectangularity: float
    mask_area: float


def _background_mask(small: np.ndarray) -> np.ndarray:
    """Pixels unlike the table, modelled from the photo's border.

    The table is modelled as a colour that changes smoothly across the photo
    (a plane per Lab channel, fitted to the border strip), because a lamp or
    window makes one end of a table darker than the other, and a single
    border colour then calls half the table "card".
    """
    lab = cv2.cvtColor(small, cv2.COLOR_BGR2LAB).astype(np.float32)
    h, w = lab.shape[:2]
    strip = max(2, round(min(h, w) * _T["border_strip"]))
    border = np.zeros((h, w), bool)
    border[:strip] = border[-strip:] = True
    border[:, :strip] = border[:, -strip:] = True
    ys, xs = np.nonzero(border)
    design = np.column_stack([np.ones(len(xs)), xs / w, ys / h]).astype(np.float32)
    samples = lab[ys, xs]
    keep = np.ones(len(xs), bool)
    for _ in range(2):  # refit without the border pixels the card or clutter covers
        coefficients, *_ = np.linalg.lstsq(design[keep], samples[keep], rcond=None)
        residual = np.linalg.norm(samples - design @ coefficients, axis=1)
        keep = residual <= max(np.median(residual) * 3.0, 4.0)
    grid_y, grid_x = np.mgrid[0:h, 0:w].astype(np.float32)
    table = coefficients[0] + grid_x[..., None] / w * coefficients[1] + grid_y[..., None] / h * coefficients[2]
    distance = np.linalg.norm(lab - table, axis=2)
    distance8 = np.clip(distance * 2, 0, 255).astype(np.uint8)
    otsu, _ = cv2.threshold(distance8, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    level = max(otsu, _T["min_background_distance"] * 2)
    mask = (distance8 > level).astype(np.uint8) * 255
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (7, 7))
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel, iterations=2)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)
    return mask


def _edge_mask(small: np.ndarray) -> np.ndarray:
    """Filled regions enclosed by strong edges, for cards the same tone as the table."""
    gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    median = float(np.median(gray))
    edges = cv2.Canny(gray, max(10, 0.5 * median), max(30, 1.2 * median))
    edges = cv2.dilate(edges, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)), iterations=2)
    contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros_like(gray)
    cv2.drawContours(filled, contours, -1, 255, thickness=cv2.FILLED)
    return cv2.erode(filled, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)), iterations=2)


def _candidates(mask: np.ndarray) -> list[_Candidate]:
    h, w = mask.shape[:2]
    image_area = float(h * w)
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    found = []
    for contour in contours:
        area = cv2.contourArea(contour)
        share = area / image_area
        if not _T["min_area_share"] <= share <= _T["max_area_share"]:
            continue
        hull = cv2.convexHull(contour)
        rect = cv2.minAreaRect(hull)
        rect_w, rect_h = rect[1]
        if min(rect_w, rect_h) < 1:
            continue
        rectangularity = area / (rect_w * rect_h)
        aspect = max(rect_w, rect_h) / min(rect_w, rect_h)
        if rectangularity < _T["min_rectangularity"] or not _T["min_aspect"] <= aspect <= _T["max_aspect"]:
            continue
        if _touches_border_widely(contour, w, h):
            continue
        found.append(_Candidate(_quad_from_hull(hull, rect), share, rectangularity, area))
    return found


def _touches_border_widely(contour: np.ndarray, w: int, h: int) -> bool:
    """A blob hugging two opposite edges is the table or a crop, not a card on it."""
    x, y, bw, bh = cv2.boundingRect(contour)
    margin = 2
    spans_x = x <= margin and x + bw >= w - margin
    spans_y = y <= margin and y + bh >= h - margin
    return spans_x and spans_y


def _quad_from_hull(hull: np.ndarray, rect) -> np.ndarray:
    """Four corners that follow perspective when the hull has them, else the rotated rectangle."""
    perimeter = cv2.arcLength(hull, True)
    for fraction in (0.02, 0.03, 0.05):
        approx = cv2.approxPolyDP(hull, fraction * perimeter, True)
        if len(approx) == 4:
            return approx.reshape(4, 2).astype(np.float64)
    return cv2.boxPoints(rect).astype(np.float64)


def _keep_distinct_cards(candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop duplicates from the two masks and blobs inside a card (logos, photos)."""
    ordered = sorted(candidates, key=lambda c: (c.rectangularity > _T["good_rectangularity"], c.mask_area), reverse=True)
    kept: list[_Candidate] = []
    for candidate in ordered:
        if any(_overlap_of_smaller(candidate.quad, other.quad) > _T["max_card_overlap"] for other in kept):
            continue
        kept.append(candidate)
    if not kept:
        return []
    largest = max(c.mask_area for c in kept)
    return [c for c in kept if c.mask_area >= _T["min_share_of_largest_card"] * largest]


def _overlap_of_smaller(a: np.ndarray, b: np.ndarray) -> float:
    area, _ = cv2.intersectConvexConvex(a.astype(np.float32), b.astype(np.float32))
    smaller = min(cv2.contourArea(a.astype(np.float32)), cv2.contourArea(b.astype(np.float32)))
    return float(area) / smaller if smaller > 0 else 0.0


def _order_clockwise(points: np.ndarray) -> Quad:
    """Top-left first, then clockwise, whichever way the card is turned."""
    points = np.asarray(points, dtype=np.float64).reshape(4, 2)
    center = points.mean(axis=0)
    angles = np.arctan2(points[:, 1] - center[1], points[:, 0] - center[0])
    points = points[np.argsort(angles)]  # clockwise on screen (y grows downwards)
    start = int(np.argmin(points.sum(axis=1)))
    points = np.roll(points, -start, axis=0)
    return tuple((float(x), float(y)) for x, y in points)  # type: ignore[return-value]


def _sort_reading(outlines: list[CardOutline]) -> list[CardOutline]:
    def key(outline: CardOutline):
        xs = [p[0] for p in outline.quad]
        ys = [p[1] for p in outline.quad]
        return (round(min(ys) / max(max(ys) - min(ys), 1)), min(xs))

    return sorted(outlines, key=key)


def quad_size(quad: Quad) -> tuple[float, float]:
    """Width and height of the flattened card (longest opposite edges)."""
    p = np.asarray(quad, dtype=np.float64)
    width = max(np.linalg.norm(p[0] - p[1]), np.linalg.norm(p[3] - p[2]))
    height = max(np.linalg.norm(p[0] - p[3]), np.linalg.norm(p[1] - p[2]))
    return float(width), float(height)


def flatten_card(pixels: np.ndarray, quad: Quad) -> np.ndarray:
    """Perspective-warp the card to a rectangle at its own resolution."""
    width, height = quad_size(quad)
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(np.asarray(quad, dtype=np.float32), target)
    return cv2.warpPerspective(
        pixels, matrix, (max(1, round(width)), max(1, round(height))), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )


def crop_card(pixels: np.ndarray, quad: Quad, margin: float) -> tuple[np.ndarray, tuple[int, int]]:
    """Axis-aligned crop around the card with a margin; returns the crop and its offset."""
    p = np.asarray(quad, dtype=np.float64)
    h, w = pixels.shape[:2]
    card_w, card_h = quad_size(quad)
    pad = margin * min(card_w, card_h)
    x0 = int(max(0, p[:, 0].min() - pad))
    y0 = int(max(0, p[:, 1].min() - pad))
    x1 = int(min(w, p[:, 0].max() + pad))
    y1 = int(min(h, p[:, 1].max() + pad))
    return pixels[y0:y1, x0:x1], (x0, y0)


def whole_image_quad(pixels: np.ndarray) -> Quad:
    h, w = pixels.shape[:2]
    return ((0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h)))
