"""Field accuracy of the parsers on the synthetic cards' OCR lines.

    .venv/bin/python -m training.labeller.evaluate [--split test]

Reads training/labeller/data/SPLIT.jsonl (OCR lines of synthetic cards)
and the generator's labels, runs cardcap.fields.parse_card, and scores
with cardcap.evaluate (FORMAT.md section 3).  CARDCAP_LABELLER=weights
scores the hand-set weights instead of the trained model.
"""
from __future__ import annotations

import argparse
import json
import sys

from cardcap.evaluate import score_results
from cardcap.export.jsonout import card_entries
from cardcap.fields import parse_card
from cardcap.model import OcrLine, OcrPage

from .make_data import CACHE, HERE, SEED


def labels_for(split: str) -> dict[str, dict]:
    labels: dict[str, dict] = {}
    for folder in sorted(CACHE.glob(f"{split}-{SEED}-*")):
        labels.update(json.loads((folder / "labels.json").read_text(encoding="utf-8")))
    return labels


def run(split: str, include_illegible: bool = False):
    labels = labels_for(split)
    results = []
    rows = [json.loads(line) for line in (HERE / "data" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()]
    for row in rows:
        lines = [OcrLine(text=l["text"], box=tuple(l["box"]), confidence=l["conf"]) for l in row["lines"]]
        page = OcrPage(lines=lines, width=row["width"], height=row["height"])
        contacts = parse_card(page, default_region=row.get("region") or "US")
        results.append({"image": row["image"], "contacts": card_entries(contacts)})
    read = {row["image"] for row in rows}
    return score_results({k: v for k, v in labels.items() if k in read}, results, include_illegible=include_illegible)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="test")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong fields")
    parser.add_argument("--include-illegible", action="store_true",
                        help='also score cards labelled "legible": false')
    args = parser.parse_args(argv)
    report = run(args.split, args.include_illegible)
    print(report.table())
    shown = 0
    for card in report.cards:
        for name, (expected, got) in card.errors.items():
            if shown < args.errors:
                print(f"{card.image}: {name}: expected {expected!r}, got {got!r}")
                shown += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
