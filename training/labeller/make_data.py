"""Training data for the line labeller: synthetic cards read by cardcap's
own OCR, each OCR line labelled by the generator's ground truth.

    .venv/bin/python -m training.labeller.make_data [--train 800 --test 200]

Renders the cards (training/synth, seeded), reads every one through the
real imaging + OCR stages, so the labeller learns from the lines OCR
actually returns (split, merged, run-together), then matches each OCR
line to the rendered line it came from by text.  Writes
training/labeller/data/{train,test}.jsonl: one card per line, with the
OCR lines (text, box, confidence), their labels and the card's region.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from difflib import SequenceMatcher
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CACHE = ROOT / "training" / "data" / "synth"
SEED = 20261127


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def align(ocr_texts: list[str], truth: list[dict]) -> list[str]:
    """The label of the rendered line each OCR line reads best ('other'
    when none is close: logo art, noise)."""
    labels = []
    keys = [(_squash(t["text"]), t["label"]) for t in truth]
    for text in ocr_texts:
        key = _squash(text)
        best, best_label = 0.0, "other"
        for truth_key, label in keys:
            if not key or not truth_key:
                continue
            if key in truth_key or truth_key in key:
                ratio = min(len(key), len(truth_key)) / max(len(key), len(truth_key))
                ratio = max(ratio, 0.75) if min(len(key), len(truth_key)) >= 4 else ratio
            else:
                ratio = SequenceMatcher(None, key, truth_key).ratio()
            if ratio > best:
                best, best_label = ratio, label
        labels.append(best_label if best >= 0.6 else "other")
    return labels


def _read(args) -> dict | None:
    path, record, region = args
    from cardcap.load import load_image
    from cardcap.ocr import get_engine
    from cardcap.reading import read_cards

    engine = get_engine("rapidocr", threads=1)
    try:
        cards = read_cards(load_image(path), engine)
    except Exception as exc:  # a card the pipeline cannot read teaches nothing
        print(f"{path.name}: {exc}", file=sys.stderr)
        return None
    if not cards:
        return None
    region_, page = cards[0]
    texts = [line.text for line in page.lines]
    return {
        "image": path.name,
        "region": region,
        "width": page.width,
        "height": page.height,
        "lines": [{"text": l.text, "box": [round(v, 1) for v in l.box], "conf": round(l.confidence, 3)}
                  for l in page.lines],
        "labels": align(texts, record["lines"]),
    }


def build(split: str, count: int, workers: int) -> Path:
    from training.synth.generate import write_split

    folder = CACHE / f"{split}-{SEED}-{count}"
    if not (folder / "lines.json").exists():
        write_split(folder, split, SEED, count, photo_prob=0.7, workers=workers)
    truth = json.loads((folder / "lines.json").read_text(encoding="utf-8"))
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    jobs = [(folder / name, truth[name], labels[name].get("region", "US")) for name in sorted(truth)]
    out = HERE / "data" / f"{split}.jsonl"
    started = time.monotonic()
    rows = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for n, row in enumerate(pool.map(_read, jobs, chunksize=4), 1):
            if row is not None:
                rows.append(row)
            if n % 50 == 0:
                print(f"{split}: {n}/{len(jobs)} read, {n / (time.monotonic() - started):.1f}/s", file=sys.stderr)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    print(f"{split}: {len(rows)} cards -> {out}", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=int, default=800)
    parser.add_argument("--test", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    build("test", args.test, args.workers)
    build("train", args.train, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
