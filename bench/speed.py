"""Seconds per card, and cardcap's cost over a bare Tesseract pass.

    .venv/bin/python bench/speed.py ../shared/eval/real/br_photos [--engine auto]

Three timings over the same photos, each as a user would run it:
1. bare Tesseract: the `tesseract IMAGE stdout` command on each photo
   (one thread, OMP_THREAD_LIMIT=1): the floor any Tesseract-based reader pays;
2. cardcap in-process: load + find cards + OCR + fields, one photo at a
   time with one job, after the engine is loaded (per-card cost);
3. `cardcap scan FOLDER --format json` as a whole process (start-up, model
   loading, the default parallel jobs), divided by the number of photos.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cardcap.pipeline import ScanOptions, scan_image  # noqa: E402
from cardcap.workers import is_image_name  # noqa: E402
from cardcap.ocr import get_engine  # noqa: E402


def photos_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if is_image_name(p.name))


def bare_tesseract(photos: list[Path]) -> float | None:
    binary = shutil.which("tesseract")
    if binary is None:
        return None
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    started = time.perf_counter()
    for photo in photos:
        subprocess.run([binary, str(photo), "stdout"], env=env, capture_output=True, check=False)
    return (time.perf_counter() - started) / len(photos)


def in_process(photos: list[Path], engine_name: str) -> float:
    options = ScanOptions(engine=engine_name, jobs=1)
    engine = get_engine(engine_name, threads=None)
    scan_image(str(photos[0]), options, engine=engine)  # warm-up: model loading is not per card
    started = time.perf_counter()
    for photo in photos:
        scan_image(str(photo), options, engine=engine)
    return (time.perf_counter() - started) / len(photos)


def whole_process(folder: Path, engine_name: str, count: int) -> float:
    cardcap = Path(sys.executable).with_name("cardcap")
    started = time.perf_counter()
    subprocess.run([str(cardcap), "scan", str(folder), "--format", "json", "--quiet", "--engine", engine_name],
                   capture_output=True, check=False)
    return (time.perf_counter() - started) / count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--engine", default="auto")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    photos = photos_in(args.folder)
    tess = bare_tesseract(photos)
    per_card = in_process(photos, args.engine)
    whole = whole_process(args.folder, args.engine, len(photos))
    report = {
        "photos": len(photos),
        "engine": args.engine,
        "bare_tesseract_s_per_card": round(tess, 2) if tess else None,
        "cardcap_s_per_card_one_job": round(per_card, 2),
        "cardcap_scan_whole_process_s_per_card": round(whole, 2),
        "cost_over_bare_tesseract": round(per_card / tess, 2) if tess else None,
        "cores": os.cpu_count(),
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key:40} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
