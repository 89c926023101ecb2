"""Pure helpers that turn card, plan and profile data into letter pieces.

Nothing here renders text from templates: it decides which strength answers
which topic, how an address block is laid out for its country, and which
markers stand in for missing information.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from cardcap.model import Address

from ._tables import table

_STOPWORDS = frozenset(
    "a an and the of to in on for with by at from as is are be our your their my we you i it its "
    "that this these those how what who will would can could about into over under more most "
    "years year experience experienced skills skill work working team teams new".split()
)


def marker(text: str) -> str:
    """A visible placeholder; every one is also listed as missing on the terminal."""
    return f"[add: {text}]"


@dataclass(frozen=True)
class Pairing:
    about: str  # a topic or requirement the person raised
    strength: str  # the candidate's strength that answers it


def _stems(text: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    words = re.findall(r"[a-z0-9]+", "".join(c for c in folded if not unicodedata.combining(c)))
    return {w[:5] for w in words if w not in _STOPWORDS and len(w) > 2}


def pair_strengths(subjects: list[str], strengths: list[str], *, missing_strength: str) -> list[Pairing]:
    """Each subject gets the strength sharing most words with it, preferring unused ones."""
    pairs: list[Pairing] = []
    used: set[int] = set()
    for subject in subjects:
        if not strengths:
            pairs.append(Pairing(subject, missing_strength))
            continue
        subject_stems = _stems(subject)

        def score(index: int) -> tuple[int, int, int]:
            overlap = len(subject_stems & _stems(strengths[index]))
            return (overlap, index not in used, -index)

        best = max(range(len(strengths)), key=score)
        used.add(best)
        pairs.append(Pairing(subject, strengths[best]))
    return pairs


def country_name(code: str | None) -> str:
    if not code:
        return ""
    from phonenumbers import geocoder  # here, not at the top: its data costs every command 0.3 s to import

    lookup = getattr(geocoder, "_region_display_name", None)  # phonenumbers' bundled English names
    name = lookup(code.upper(), "en") if lookup else ""
    return name or code.upper()


def address_lines(address: Address | None, *, home_country: str | None = None) -> list[str]:
    """The street, locality and (for mail abroad) country lines of a postal address."""
    if address is None:
        return []
    has_structure = any((address.street, address.city, address.postcode))
    if not has_structure:
        return [line.strip() for line in re.split(r"[\n,]", address.text or "") if line.strip()]
    lines = [line.strip() for line in (address.street or "").splitlines() if line.strip()]
    formats = table("address_formats")
    country = (address.country or "").upper()
    values = {"city": address.city or "", "region": address.region or "", "postcode": address.postcode or ""}
    for pattern in formats.get(country, formats["default"]):
        line = " ".join(pattern.format(**values).split()).strip(" ,-")
        if line:
            lines.append(line)
    if country and country != (home_country or "").upper():
        lines.append(country_name(country).upper())
    return lines


def long_date(day: date | datetime, country: str | None) -> str:
    """'24 November 2026', or 'November 24, 2026' for US readers."""
    if (country or "").upper() == "US":
        return f"{day:%B} {day.day}, {day:%Y}"
    return f"{day.day} {day:%B %Y}"


def weekday_date(day: date | datetime, country: str | None) -> str:
    return f"{day:%A}, {long_date(day, country)}"


def relative_day(interview_day: date, writing_day: date) -> str:
    """How an email sent on `writing_day` refers to the interview day."""
    delta = (writing_day - interview_day).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "yesterday"
    return f"on {interview_day:%A}"


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "person"
