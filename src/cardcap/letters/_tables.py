"""Loads the word lists in models/letters/ once, so wording rules stay data."""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from cardcap.resources import model_file


def tables_dir() -> Path:
    """models/letters, found like every other model folder (cardcap.resources)."""
    return model_file("letters", "tone.yaml").parent


@cache
def table(name: str) -> Any:
    with (tables_dir() / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)
