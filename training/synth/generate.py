"""One synthetic sample end to end: content, card, photo, and both label records.

Each card's randomness comes from a hash of (split, seed, index), so cards can be
made in any order or in parallel and still come out byte-identical, and the
train and test splits never share a card even with the same --seed.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .content import make_content
from .photo import Shot, flat, photo, scan
from .render import FlatCard, render_card

SPLITS = ("train", "test")


def card_seed(split: str, seed: int, index: int) -> int:
    """The split name is part of the key: that is what keeps test cards out of train."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    digest = hashlib.sha256(f"cardcap-synth/{split}/{seed}/{index}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


@dataclass
class Sample:
    file_name: str
    jpeg: bytes
    label: dict
    lines: dict


def choose_shot(rng: random.Random, card: FlatCard, photo_prob: float, mode: str | None,
                rotation: int | None) -> tuple[Shot, int]:
    mode = mode or ("photo" if rng.random() < photo_prob else rng.choice(["scan", "flat"]))
    if mode == "photo":
        return photo(card.image, rng, rotation), rng.randint(40, 92)
    if mode == "scan":
        return scan(card.image, rng, rotation), rng.randint(72, 95)
    return flat(card.image), 95


def local_scale(shot: Shot, box: tuple[int, int, int, int]) -> float:
    """How many output pixels one card pixel became around this box (for font size)."""
    quad, _ = shot.map_box(box)
    top = math.dist(quad[0], quad[1])
    left = math.dist(quad[0], quad[3])
    width, height = max(1, box[2] - box[0]), max(1, box[3] - box[1])
    return (top / width + left / height) / 2


LEGIBLE_EM_PX = 9.0
"""Smallest em size (in photo pixels) of a field's print that a person can
still read: x-height about 4.5 px.  Below it the photo is marked
`legible: false` (FORMAT.md), as a person could not type the card either;
in the fixed test split (seed 20261127) every card under it was misread,
and 9 of 10 cards at 9-10.5 px were too.  Taglines and small print do not
count: they are not fields."""

FIELD_LINE_LABELS = frozenset({"name", "title", "department", "company", "email", "phone", "fax", "mobile",
                               "url", "address"})


def legible(lines: list[dict]) -> bool:
    """Whether every field's print reaches LEGIBLE_EM_PX in the photo (lines: the lines.json records)."""
    sizes = [line["font_size_px"] for line in lines if line["label"] in FIELD_LINE_LABELS]
    return not sizes or min(sizes) >= LEGIBLE_EM_PX


def make_sample(split: str, seed: int, index: int, photo_prob: float = 0.7, mode: str | None = None,
                rotation: int | None = None) -> Sample:
    rng = random.Random(card_seed(split, seed, index))
    content = make_content(rng)
    card = render_card(rng, content)
    shot, quality = choose_shot(rng, card, photo_prob, mode, rotation)
    buffer = io.BytesIO()
    shot.image.save(buffer, "JPEG", quality=quality)
    file_name = f"{split}_{seed}_{index:06d}.jpg"
    width, height = shot.image.size
    lines = []
    for line in card.lines:
        quad, aabb = shot.map_box(line.box)
        lines.append({
            "text": line.text,
            "label": line.label,
            "box": aabb,
            "quad": quad,
            "font": line.font,
            "font_size_pt": line.font_size_pt,
            "font_size_px": round(line.font_size_px * local_scale(shot, line.box), 1),
            "group": line.group,
            "person": line.person,
            "office": line.office,
            "icon": line.icon,
            "style": line.style,
        })
    record = {
        "width": width,
        "height": height,
        "mode": shot.mode,
        "rotation": shot.rotation,
        "angle": round(shot.angle, 2),
        "card_quad": shot.card_quad(card.image.size),
        "card_size_px": list(card.image.size),
        "dpi": card.dpi,
        "template": card.template,
        "locale": content.locale,
        "effects": shot.effects,
        "jpeg_quality": quality,
        "lines": lines,
    }
    label = content.label()
    label["legible"] = legible(lines)
    return Sample(file_name, buffer.getvalue(), label, record)


def write_split(out: Path, split: str, seed: int, count: int, photo_prob: float, workers: int = 1,
                progress=None) -> tuple[dict, dict]:
    out.mkdir(parents=True, exist_ok=True)
    labels: dict[str, dict] = {}
    lines: dict[str, dict] = {}
    jobs = [(split, seed, i, photo_prob) for i in range(count)]
    if workers > 1:
        import multiprocessing
        with multiprocessing.get_context("spawn").Pool(workers) as pool:
            results = pool.imap(_make_and_write, [(out, *job) for job in jobs], chunksize=8)
            for done, (name, label, record) in enumerate(results, 1):
                labels[name], lines[name] = label, record
                if progress:
                    progress(done, count)
    else:
        for done, job in enumerate(jobs, 1):
            name, label, record = _make_and_write((out, *job))
            labels[name], lines[name] = label, record
            if progress:
                progress(done, count)
    (out / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                                     encoding="utf-8")
    (out / "lines.json").write_text(json.dumps(lines, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    return labels, lines


def _make_and_write(args) -> tuple[str, dict, dict]:
    out, split, seed, index, photo_prob = args
    sample = make_sample(split, seed, index, photo_prob)
    (out / sample.file_name).write_bytes(sample.jpeg)
    return sample.file_name, sample.label, sample.lines
