"""What the user's machine says about where they live.

Phone numbers printed without a country code and public holidays both
default to the user's country, read from the locale the way POSIX
programs read it: the category's own variable, then LC_ALL, then LANG.
"""
from __future__ import annotations

import os
import re
from collections.abc import Mapping

FALLBACK_COUNTRY = "US"

_LOCALE_COUNTRY = re.compile(r"^[a-zA-Z]{2,3}[_-]([A-Za-z]{2})\b")


def locale_country(category: str, environ: Mapping[str, str] | None = None) -> str:
    """The country of a locale category (LC_TELEPHONE, LC_TIME...):
    "en_GB.UTF-8" -> "GB"; FALLBACK_COUNTRY when no variable names one."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", category, "LANG"):
        match = _LOCALE_COUNTRY.match(env.get(variable, ""))
        if match:
            return match.group(1).upper()
    return FALLBACK_COUNTRY
