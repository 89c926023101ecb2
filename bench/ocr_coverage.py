"""How much of each labelled field's text the imaging + OCR stages deliver.

Field parsing can only be as good as the OCR text it gets, so this measures
the ceiling: for each card in a folder with labels.json (see
../shared/eval/FORMAT.md), is the labelled text present in the OCR output?

    PYTHONPATH=src .venv/bin/python bench/ocr_coverage.py ../shared/eval/real/br_photos --engine rapidocr

Text is compared casefolded with accents kept and whitespace/punctuation
collapsed (and also with spaces removed, as OCR often merges words); phones
are compared on the digits of the national number.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from cardcap import reading  # noqa: E402
from cardcap.errors import CardcapError  # noqa: E402
from cardcap.load import load_image  # noqa: E402
from cardcap.ocr import get_engine  # noqa: E402
from cardcap.orient import rotate_pixels  # noqa: E402

TEXT_SUBSCRIBER_DIGITS = 8
FIELDS = ("name", "title", "company", "address")
LIST_FIELDS = ("emails", "urls")
SUBSCRIBER_DIGITS = 8
FIELDS = ("name", "title", "company", "emails", "phones", "urls", "address")


def normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[^\w@]+", " ", text)  # punctuation and whitespace collapse to one space
    return " ".join(text.replace("_", " ").split())


def label_values(label: dict, field: str) -> list[str]:
    value = label.get(field)
    if value is None:
        return []
    if field == "phones":
        return [phone["number"] for phone in value]
    if field == "urls":
        return [re.sub(r"^(https?://)?(www\.)?", "", url) for url in value]
    return list(value) if isinstance(value, list) else [value]


def national_digits(e164: str) -> str:
    try:
        return str(phonenumbers.parse(e164, None).national_number)
    except phonenumbers.NumberParseException:
        return re.sub(r"\D", "", e164)


@dataclasses.dataclass
class OcrText:
    spaced: str
    joined: str
    tokens: set[str]
    digit_lines: str

    @classmethod
    def of(cls, lines: list[str]) -> OcrText:
        spaced = normalise_text(" \n ".join(lines))
        return cls(
            spaced=spaced,
            joined=spaced.replace(" ", ""),
            tokens=set(spaced.split()),
            digit_lines="|".join(re.sub(r"\D", "", line) for line in lines),
        )


def coverage(field: str, value: str, ocr: OcrText) -> tuple[float, bool]:
    """(share of the value's words found, every word found).

    Words rather than the exact string, because a field printed over two
    lines (company name, address) may be read with another line between.
    """
    if field == "phones":
        # The subscriber part, as the scorer tolerates a missing or distant area code.
        digits = national_digits(value)[-SUBSCRIBER_DIGITS:]
        return (1.0, True) if digits and digits in ocr.digit_lines else (0.0, False)
    wanted = normalise_text(value)
    if not wanted:
        return 1.0, True
    whole = wanted in ocr.spaced or wanted.replace(" ", "") in ocr.joined
    if whole:
        return 1.0, True
    words = wanted.split()
    found = sum(word in ocr.tokens or (len(word) > 3 and word in ocr.joined) for word in words)
    return found / len(words), found == len(words)


def run(folder: Path, engine_name: str, flatten: str, limit: int | None, verbose: bool, turn: int = 0) -> dict:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    engine = get_engine(engine_name)
    if flatten != "auto":
        original = reading._profile

        def forced(name: str):
            return dataclasses.replace(original(name), flatten_single_card=(flatten == "yes"))

        reading._profile = forced
    share_sum = dict.fromkeys(FIELDS, 0.0)
    whole_count = dict.fromkeys(FIELDS, 0)
    instances = dict.fromkeys(FIELDS, 0)
    cards = perfect = 0
    seconds = 0.0
    for image_name, label in list(labels.items())[:limit]:
        if label.get("script", "latin") != "latin":
            continue
        started = time.perf_counter()
        try:
            loaded = load_image(folder / image_name)
            if turn:  # simulate a photo taken sideways or upside down
                loaded = dataclasses.replace(loaded, pixels=rotate_pixels(loaded.pixels, turn))
            results = reading.read_cards(loaded, engine)
        except CardcapError as exc:
            print(f"{image_name}: {exc.message}", file=sys.stderr)
            results = []
        seconds += time.perf_counter() - started
        cards += 1
        ocr = OcrText.of([line.text for _, page in results for line in page.lines])
        card_ok = True
        misses = []
        for field in FIELDS:
            for value in label_values(label, field):
                share, whole = coverage(field, value, ocr)
                instances[field] += 1
                share_sum[field] += share
                whole_count[field] += whole
                if not whole:
                    card_ok = False
                    misses.append(f"{field}={value!r}")
        perfect += card_ok
        if verbose:
            turns = [region.rotation for region, _ in results]
            print(f"{image_name}: cards={len(results)} turns={turns} {time.perf_counter() - started:.2f}s "
                  + ("OK" if card_ok else "missing " + "; ".join(misses)))
    return {
        "folder": str(folder),
        "engine": engine.name,
        "flatten": flatten,
        "turn": turn,
        "cards": cards,
        "fields": {
            field: {
                "labelled": instances[field],
                "word_coverage": round(share_sum[field] / instances[field], 3) if instances[field] else None,
                "all_present": round(whole_count[field] / instances[field], 3) if instances[field] else None,
            }
            for field in FIELDS
        },
        "cards_with_all_field_text": round(perfect / cards, 3) if cards else None,
        "seconds_per_card": round(seconds / cards, 3) if cards else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--engine", default="rapidocr")
    parser.add_argument("--flatten", choices=("auto", "yes", "no"), default="auto",
                        help="force flattening a single card on or off, to measure whether it helps")
    parser.add_argument("--turn", type=int, choices=(0, 90, 180, 270), default=0,
                        help="turn every photo clockwise first, to test orientation handling")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    for folder in args.folders:
        report = run(folder, args.engine, args.flatten, args.limit, args.verbose, args.turn)
        if args.json:
            print(json.dumps(report, indent=1))
            continue
        print(f"\n{report['folder']}  engine={report['engine']} flatten={report['flatten']} turn={report['turn']}  cards={report['cards']}")
        print(f"{'field':10} {'labelled':>8} {'words':>7} {'whole':>7}")
        for field, row in report["fields"].items():
            if row["labelled"]:
                print(f"{field:10} {row['labelled']:8d} {row['word_coverage']:7.1%} {row['all_present']:7.1%}")
        print(f"cards with all field text: {report['cards_with_all_field_text']:.1%}   "
              f"seconds per card: {report['seconds_per_card']:.2f}")


if __name__ == "__main__":
    main()
