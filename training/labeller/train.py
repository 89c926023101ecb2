"""Train the line labeller (a linear-chain CRF, python-crfsuite) and
write models/labeller/crf.model and models/labeller/TRAINING.md.

    .venv/bin/python -m training.labeller.train

Input: training/labeller/data/train.jsonl (from make_data.py: synthetic
cards read by cardcap's own OCR) and, when present, extra labelled lines
in training/labeller/data/extra.jsonl.  Deterministic: L-BFGS from the
same data gives the same model.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import pycrfsuite

from cardcap.fields.assemble import read_details
from cardcap.fields.labeller import SEQUENCE_LABELS, features, sequence_features
from cardcap.model import OcrLine, OcrPage
from cardcap.resources import models_dir

HERE = Path(__file__).resolve().parent
LABEL_MAP = {"email": "contact", "phone": "contact", "fax": "contact", "mobile": "contact", "url": "contact",
             "tagline": "other", "other": "other"}


def card_sequence(row: dict) -> tuple[list[dict], list[str]] | None:
    lines = [OcrLine(text=l["text"], box=tuple(l["box"]), confidence=l["conf"]) for l in row["lines"]]
    page = OcrPage(lines=lines, width=row.get("width") or 1000, height=row.get("height") or 600)
    card = read_details(page, default_region=row.get("region") or "US")
    if card is None:
        return None
    kept = {i: label for i, (line, label) in enumerate(zip(row["lines"], row["labels"])) if line["text"].strip()}
    labels = [LABEL_MAP.get(label, label) for label in kept.values()]
    labels = [label if label in SEQUENCE_LABELS else "other" for label in labels]  # a label the runtime cannot use
    feats = {i.index: features(i, card.infos, card.ctx) for i in card.infos if not i.consumed}
    xs = sequence_features(card.infos, card.ctx, feats)
    if len(xs) != len(labels):
        return None
    # a consumed line can only be contact detail; a free-text line can't
    labels = ["contact" if info.consumed else (label if label != "contact" else "other")
              for info, label in zip(card.infos, labels)]
    return xs, labels


def load(path: Path) -> list[tuple[list[dict], list[str]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        seq = card_sequence(json.loads(line))
        if seq:
            out.append(seq)
    return out


def line_accuracy(tagger: pycrfsuite.Tagger, data) -> dict[str, float]:
    correct, total = Counter(), Counter()
    for xs, ys in data:
        predicted = tagger.tag(xs)
        for p, y in zip(predicted, ys):
            total[y] += 1
            correct[y] += p == y
    return {label: round(correct[label] / total[label], 3) for label in sorted(total)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=300)
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for crf.model and TRAINING.md (default: models/labeller)")
    args = parser.parse_args(argv)
    out = args.out or models_dir() / "labeller"
    train = load(HERE / "data" / "train.jsonl")
    extra_path = HERE / "data" / "extra.jsonl"
    if extra_path.exists():
        train += load(extra_path)
    test = load(HERE / "data" / "test.jsonl")
    trainer = pycrfsuite.Trainer(verbose=False)
    for xs, ys in train:
        trainer.append(xs, ys)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    target = out / "crf.model"
    trainer.train(str(target))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(target))
    accuracy = line_accuracy(tagger, test)
    counts = Counter(y for _, ys in train for y in ys)
    note = [
        "# Line labeller: how crf.model was made",
        "",
        "Rebuild: `.venv/bin/python -m training.labeller.make_data && .venv/bin/python -m training.labeller.train`",
        "",
        f"- Data: {len(train)} synthetic cards (training/synth, split 'train', seed in make_data.py) read by",
        "  cardcap's own imaging and RapidOCR stages; each OCR line labelled by the rendered line it reads.",
        f"- Line labels in training: {dict(sorted(counts.items()))}.",
        f"- Model: linear-chain CRF (python-crfsuite, L-BFGS, c1={args.c1}, c2={args.c2},",
        f"  {args.iterations} iterations); features from cardcap.fields.labeller (text, lexicon, layout, neighbours).",
        f"- Line accuracy per label on {len(test)} held-out synthetic test cards (split 'test'): {accuracy}.",
        f"- Model size: {target.stat().st_size // 1024} KiB.",
        "- Card-level accuracy on real photos is in the README (cardcap eval).",
    ]
    (out / "TRAINING.md").write_text("\n".join(note) + "\n", encoding="utf-8")
    print("\n".join(note))
    return 0


if __name__ == "__main__":
    sys.exit(main())
