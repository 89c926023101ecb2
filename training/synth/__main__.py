"""python -m training.synth --out DIR --count N --seed S [--split train|test] [--photo-prob P]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .fonts import FontsMissing, available_families
from .generate import SPLITS, write_split


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.synth",
                                     description="Render labelled synthetic business-card images.")
    parser.add_argument("--out", type=Path, required=True, help="folder for the images, labels.json and lines.json")
    parser.add_argument("--count", type=int, required=True, help="number of cards")
    parser.add_argument("--seed", type=int, default=0, help="seed; the same seed and split give the same bytes")
    parser.add_argument("--split", choices=SPLITS, default="train",
                        help="seed space: train and test never share a card, even with the same --seed")
    parser.add_argument("--photo-prob", type=float, default=0.7,
                        help="share of cards made into phone photos; the rest are flatbed scans or clean renders")
    parser.add_argument("--workers", type=int, default=1, help="processes to use (output does not depend on it)")
    args = parser.parse_args(argv)
    try:
        available_families()
    except FontsMissing as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    started = time.monotonic()

    def progress(done: int, total: int) -> None:
        if done == total or done % 100 == 0:
            rate = done / max(1e-6, time.monotonic() - started)
            print(f"{done}/{total} cards, {rate:.1f}/s", file=sys.stderr)

    write_split(args.out, args.split, args.seed, args.count, args.photo_prob, args.workers, progress)
    return 0


if __name__ == "__main__":
    sys.exit(main())
