"""Photo to one OCR page per card: detect, crop, turn upright, normalise, read.

The one place that knows how the imaging steps fit together for each engine;
which steps help which engine was measured with bench/ocr_coverage.py and
is recorded in models/imaging/thresholds.yaml.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import normalise, orient
from .detect import CardOutline, crop_card, find_cards, flatten_card, whole_image_quad
from .load import imaging_thresholds
from .model import CardRegion, LoadedImage, OcrPage, Quad
from .ocr.base import OcrEngine


@dataclass(frozen=True)
class _Profile:
    flatten_single_card: bool
    crop_margin: float
    reread_after_turn: bool
    deskew: bool
    guess_turn_from_pixels: bool
    retry_upside_down_below: float


def _profile(engine_name: str) -> _Profile:
    table = imaging_thresholds()["reading"]
    row = table.get(engine_name, table["rapidocr"])
    return _Profile(
        flatten_single_card=bool(row["flatten_single_card"]),
        crop_margin=float(row["crop_margin"]),
        reread_after_turn=bool(row.get("reread_after_turn", True)),
        deskew=bool(row.get("deskew", False)),
        guess_turn_from_pixels=bool(row.get("guess_turn_from_pixels", False)),
        retry_upside_down_below=float(row.get("retry_upside_down_below", 0.0)),
    )


@dataclass(frozen=True)
class _Cut:
    quad: Quad
    pixels: np.ndarray
    flattened: bool
    whole_image: bool


def read_cards(image: LoadedImage, engine: OcrEngine) -> list[tuple[CardRegion, OcrPage]]:
    """One (region, page) per card with text on it; [] when the photo has no text at all."""
    profile = _profile(engine.name)
    cuts = _cut_cards(image.pixels, find_cards(image.pixels), profile)
    results = []
    for cut in cuts:
        region, page = _read_one(cut, engine, profile, index=len(results))
        if page.lines:
            results.append((region, page))
    if not results and not any(cut.whole_image for cut in cuts):
        # The outlines were background (a gradient, a table edge) and the card
        # was missed: the whole photo read in place still finds its text.
        region, page = _read_one(_Cut(whole_image_quad(image.pixels), image.pixels, False, True), engine, profile, index=0)
        if page.lines:
            results.append((region, page))
    return results


def _cut_cards(pixels: np.ndarray, outlines: list[CardOutline], profile: _Profile) -> list[_Cut]:
    """Each card on its own when there are several; otherwise per the engine's profile."""
    if len(outlines) >= 2 or (len(outlines) == 1 and profile.flatten_single_card):
        cuts = []
        for outline in outlines:
            if profile.flatten_single_card:
                cuts.append(_Cut(outline.quad, flatten_card(pixels, outline.quad), True, False))
            else:
                crop, _offset = crop_card(pixels, outline.quad, profile.crop_margin)
                cuts.append(_Cut(outline.quad, crop, False, False))
        return cuts
    # One card read in place: the engine sees the card's true edges and any
    # text a slightly-off outline would have cut away.
    quad = outlines[0].quad if outlines else whole_image_quad(pixels)
    return [_Cut(quad, pixels, False, not outlines)]


def _read_one(cut: _Cut, engine: OcrEngine, profile: _Profile, *, index: int) -> tuple[CardRegion, OcrPage]:
    prepared = normalise.for_engine(cut.pixels, engine.name)
    if profile.deskew:
        prepared = orient.deskew(prepared, orient.estimate_skew(prepared))
    turn, page = _read_upright(prepared, engine, profile)
    region = CardRegion(
        index=index,
        quad=cut.quad,
        pixels=orient.rotate_pixels(prepared, turn),
        rotation=turn,
        flattened=cut.flattened,
        whole_image=cut.whole_image,
    )
    return region, page


def _read_upright(pixels: np.ndarray, engine: OcrEngine, profile: _Profile) -> tuple[int, OcrPage]:
    """(clockwise turn that makes the card upright, the page read in turned coordinates).

    Upright photos, the common case, cost one read; extra reads are spent
    only when the evidence says the card is turned or the read looks wrong.
    """
    if profile.guess_turn_from_pixels and orient.text_runs_vertically(pixels):
        return orient.best_turn_by_reading(pixels, engine.read, (90, 270))
    page, directions = engine.read_with_directions(pixels)
    if directions:
        turn = orient.rotation_from_directions(directions) or 0
        if turn == 0:
            return 0, page
        if profile.reread_after_turn:
            return turn, engine.read(orient.rotate_pixels(pixels, turn))
        return turn, orient.rotate_page(page, turn)
    if page.lines and orient.looks_sideways(page):
        return orient.best_turn_by_reading(pixels, engine.read, (90, 270))
    if profile.retry_upside_down_below and orient.mean_confidence(page) < profile.retry_upside_down_below:
        return orient.best_turn_by_reading(pixels, engine.read, (180,), already=(0, page))
    return 0, page
