"""Accuracy and speed on a labelled folder: the engine behind `cardcap eval`."""
from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from .evaluate import Report, score_results
from .export.jsonout import image_result_to_dict
from .fsio import read_json_file
from .pipeline import ScanOptions, iter_scan


def load_labels(folder: Path) -> dict[str, dict]:
    return read_json_file(folder / "labels.json",  # type: ignore[return-value]
                          missing=f"{folder} has no labels.json (format: ../shared/eval/FORMAT.md section 1)")


def evaluate_folder(folder: Path, options: ScanOptions | None = None, *, include_illegible: bool = False) -> Report:
    """Scans every labelled photo and scores it.

    Without an explicit region, each card is read as its owner would read
    it at home: the label's "region" stands in for the user's locale
    (numbers printed without a country code are the local ones)."""
    options = options or ScanOptions()
    labels = load_labels(folder)
    groups: dict[str | None, list[Path]] = {}
    for name, label in labels.items():
        if (folder / name).is_file():
            region = options.region or label.get("region")
            groups.setdefault(region, []).append(folder / name)
    images = [path for paths in groups.values() for path in paths]
    started = time.perf_counter()
    results = []
    for region, paths in groups.items():
        results += [image_result_to_dict(r) for r in iter_scan(paths, replace(options, region=region))]
    elapsed = time.perf_counter() - started
    report = score_results(labels, results, include_illegible=include_illegible)
    report.seconds_per_card = round(elapsed / max(1, len(images)), 2)
    return report
