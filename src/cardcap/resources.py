"""Where cardcap finds its models and lexicons.

They live in the repository's models/ folder (reproducible from the
scripts there) and are reached through the package's `models` link, so an
editable install, a wheel and a source checkout all find the same files.
CARDCAP_MODELS overrides the location, e.g. to try a retrained model.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from .errors import MissingDependencyError


@lru_cache(maxsize=None)
def models_dir() -> Path:
    override = os.environ.get("CARDCAP_MODELS")
    candidates = [Path(override)] if override else []
    here = Path(__file__).resolve().parent
    candidates += [here / "models", here.parent.parent / "models"]
    for candidate in candidates:
        if (candidate / "lexicons").is_dir():
            return candidate
    raise MissingDependencyError(
        "cardcap's models folder is missing (looked in: "
        + ", ".join(str(c) for c in candidates)
        + "); reinstall cardcap or set CARDCAP_MODELS"
    )


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """A lexicon from models/lexicons/NAME.txt as a set of lower-case entries."""
    path = models_dir() / "lexicons" / f"{name}.txt"
    entries = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.add(line.lower())
    return frozenset(entries)


def model_file(*parts: str) -> Path:
    """A file under models/, with a clear error when an install lost it."""
    path = models_dir().joinpath(*parts)
    if not path.is_file():
        raise MissingDependencyError(f"cardcap's model file {'/'.join(parts)} is missing from {models_dir()}; "
                                     "reinstall cardcap or set CARDCAP_MODELS")
    return path
