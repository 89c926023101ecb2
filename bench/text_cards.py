"""Per-field precision, recall and F1 and perfect cards on the labelled
text-only cards (every tests/data/text_cards*.yaml file): the parsers alone, on the
lines an OCR engine returns, with no image involved.

    .venv/bin/python bench/text_cards.py            # every file
    .venv/bin/python bench/text_cards.py --errors   # and every wrong field
"""
from __future__ import annotations

import argparse
from pathlib import Path

from cardcap.evaluate import Report, score_card
from cardcap.export.jsonout import contact_to_dict
from cardcap.fields import parse_card
from cardcap.textcards import as_label, load_text_cards

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def score_file(path: Path) -> Report:
    scores = []
    for card in load_text_cards(path):
        contacts = parse_card(card.page, default_region=card.region)
        result = {"image": card.id, "contacts": [contact_to_dict(c) for c in contacts[:1]]}
        scores.append(score_card(card.id, as_label(card.expect), result))
    return Report(scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=sorted(DATA.glob("text_cards*.yaml")))
    parser.add_argument("--errors", action="store_true", help="list every wrong field")
    args = parser.parse_args()
    every = []
    for path in args.files:
        report = score_file(path)
        every += report.cards
        print(f"{path.name}: {len(report.cards)} cards\n{report.table()}\n")
        if args.errors:
            for card in report.cards:
                for field, (expected, got) in card.errors.items():
                    print(f"  {card.image}: {field}: expected {expected!r}, got {got!r}")
            print()
    if len(args.files) > 1:
        print(f"all {len(every)} cards\n{Report(every).table()}")


if __name__ == "__main__":
    main()
