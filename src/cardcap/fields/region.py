"""Which country a card is from, from the evidence printed on it.

Phones without a country code and addresses are read according to it.
The strongest evidence wins: a "+44" printed on the card, then a
country-code domain (".com.br", ".co.uk"), then a postcode shape; with
none, the caller's default (the --region option or the user's locale).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..resources import word_list
from .japanese import is_japanese
from .phones import country_codes_in
from .urls import _extractor

# country domains sold as words (".io", ".ai", "northlight.so"): they say nothing of where the card is from
_CCTLD_OVERRIDES = {"uk": "GB", "eu": None, "io": None, "co": None, "tv": None, "me": None,
                    "ai": None, "ly": None, "fm": None, "gg": None, "ws": None, "cc": None,
                    "so": None, "sh": None, "to": None, "vc": None, "am": None, "la": None, "ac": None}

AU_STATES = frozenset("NSW VIC QLD WA SA TAS ACT NT".split())
"""Australia's state and territory codes, printed before the four-digit postcode."""

POSTCODE_PATTERNS: dict[str, re.Pattern[str]] = {
    "BR": re.compile(r"\b(?:CEP\s*[:.]?\s*)?\d{5}-\d{3}\b|\bCEP\s*[:.]?\s*\d{8}\b", re.I),  # "CEP11576074" too
    "GB": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"),
    "CA": re.compile(r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"),
    "US": re.compile(
        r"\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|"
        r"S[CD]|T[NX]|UT|V[AT]|W[AIVY])\.?\s+\d{5}(?:-\d{4})?\b"
    ),
    "AU": re.compile(rf"\b(?:{'|'.join(sorted(AU_STATES))}|Qld|Vic|Tas)\s*\d{{4}}\b"),  # "Brisbane Qld 4000", "NSW2795"
    # not "T035344/694" or "T039397 517": a phone number after its T label, read
    # without a space; an Eircode printed unspaced has a letter in its last four
    "IE": re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)(?: [0-9AC-FHKNPRTV-Y]{4}|(?=\d{0,3}[AC-FHKNPRTV-Y])"
                     r"[0-9AC-FHKNPRTV-Y]{4})\b(?! ?[/.-]? ?\d)"),
}


# "Vancouver, BC V6E 3TZ": a Canadian code with a slip ("Z" for "2") has a British shape
_CA_PROVINCE_BEFORE = re.compile(r"(?:\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)|\((?:Qu[ée]bec|QC)\))\s+$")
# ("Montreal (Quebec) H3B 4WS": a Canadian code with an S read for its 5 has a British shape)


@lru_cache(maxsize=1)
def _region_words() -> list[tuple[str, str]]:
    pairs = []
    for entry in word_list("region_words"):
        region, _, word = entry.partition(":")
        pairs.append((region.strip().upper(), word.strip()))
    return pairs


def infer_region(texts: list[str], default: str) -> str:
    return infer_regions(texts, default)[0]


def infer_regions(texts: list[str], default: str) -> list[str]:
    """Every region the card gives evidence of, strongest first (a firm with
    offices in two countries prints numbers of both, each without its
    country code); the default alone when there is none."""
    votes = _region_votes(texts)
    return [region for region, score in votes.most_common() if score >= 2] or [default]


def _region_votes(texts: list[str]) -> Counter[str]:
    votes: Counter[str] = Counter()
    joined = "\n".join(texts)
    for region in country_codes_in(joined):
        votes[region] += 5
    for found in re.finditer(r"[\w.-]+@[\w.-]+|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+", joined):
        token = found.group(0)
        if "@" not in token and joined[found.start() - 1: found.start()] == "@":
            continue  # "IG @greenline.az": a social handle, not a host in Azerbaijan
        host = token.split("@")[-1]
        suffix = _extractor()(host).suffix
        tld = suffix.rsplit(".", 1)[-1].lower() if suffix else ""
        if len(tld) == 2:
            region = _CCTLD_OVERRIDES.get(tld, tld.upper())
            if region:
                votes[region] += 3
    for region, pattern in POSTCODE_PATTERNS.items():
        if any(not (region == "GB" and _CA_PROVINCE_BEFORE.search(joined, 0, m.start()))
               for m in pattern.finditer(joined)):
            votes[region] += 2
    for region, word in _region_words():
        if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", joined, re.IGNORECASE):
            votes[region] += 1
    if is_japanese(texts):
        votes["JP"] += 3
    return votes
