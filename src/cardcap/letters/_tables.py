"""Loads the word lists in models/letters/ once, so wording rules stay data."""
from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from cardcap.errors import MissingDependencyError


@cache
def tables_dir() -> Path:
    """models/letters through the package's `models` link; CARDCAP_MODELS overrides it."""
    override = os.environ.get("CARDCAP_MODELS")
    here = Path(__file__).resolve().parent.parent
    candidates = ([Path(override)] if override else []) + [here / "models", here.parent.parent / "models"]
    for candidate in candidates:
        if (candidate / "letters" / "tone.yaml").is_file():
            return candidate / "letters"
    raise MissingDependencyError(
        "cardcap's letter word lists (models/letters) are missing; reinstall cardcap or set CARDCAP_MODELS"
    )


@cache
def table(name: str) -> Any:
    with (tables_dir() / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)
