"""Tone and content checks run on every draft, generated or user-templated.

Each check returns findings a person can act on; the generator's own
templates must produce drafts with no findings (the tests hold it to that).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from cardcap.model import Contact

from ._tables import table
from .salutation import address

MARKER_RE = re.compile(r"\[add: [^\]]*\]")
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Finding:
    code: str  # machine-readable, e.g. "pleading", "length"
    message: str  # one line the user can act on

    def __str__(self) -> str:
        return self.message


def _fold_apostrophes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def _fold(text: str) -> str:
    """Case- and accent-insensitive form, to spot near-miss spellings."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_count(text: str) -> int:
    return len(_WORD_RE.findall(MARKER_RE.sub("", text)))


@cache
def _pleading_pattern() -> re.Pattern[str]:
    phrases = sorted(table("tone")["pleading_phrases"], key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"(?<![\w'])(?:{body})(?![\w'])", re.IGNORECASE)


def check_pleading(text: str) -> list[Finding]:
    hits = sorted({m.group(0).lower() for m in _pleading_pattern().finditer(_fold_apostrophes(text))})
    return [Finding("pleading", f"sounds pleading: \"{hit}\"; state your interest plainly instead") for hit in hits]


def check_exclamations(text: str) -> list[Finding]:
    limit = int(table("tone")["max_exclamation_marks"])
    count = text.count("!")
    if count > limit:
        return [Finding("exclamations", f"{count} exclamation marks; keep at most {limit}")]
    return []


def check_length(text: str, channel: str) -> list[Finding]:
    low, high = table("tone")["word_count"][channel]
    words = word_count(text)
    if words < low:
        return [Finding("length", f"{words} words is short for {_channel_noun(channel)} (aim for {low}-{high})")]
    if words > high:
        return [Finding("length", f"{words} words is long for {_channel_noun(channel)} (aim for {low}-{high})")]
    return []


def _channel_noun(channel: str) -> str:
    return {"email": "an email", "post": "a letter", "phone": "call notes"}.get(channel, channel)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _near_misses(text: str, exact: str) -> list[str]:
    """Spellings of `exact` in `text` with lost accents ("Muller") or odd capitals ("Mcdonald").

    An all-lower-case match is ordinary prose ("I will" for a Mr. Will), not a misspelt name.
    """
    if not exact:
        return []
    target = _fold(exact)
    found = set()
    tokens = text.split()
    width = len(exact.split())
    for start in range(len(tokens) - width + 1):
        candidate = " ".join(tokens[start:start + width]).strip(".,;:!?()\"'")
        if candidate == exact or _fold(candidate) != target:
            continue
        accents_lost = _strip_accents(candidate) == _strip_accents(exact)
        if accents_lost or candidate != candidate.lower():
            found.add(candidate)
    return sorted(found)


def check_names(text: str, contact: Contact, *, require_full: bool) -> list[Finding]:
    """Name and title must appear exactly as the card prints them."""
    findings: list[Finding] = []
    parts = contact.name_parts
    spelled = [contact.name, parts.given, parts.family, contact.title, contact.company]
    for exact in [s for s in spelled if s]:
        for wrong in _near_misses(text, exact):
            findings.append(Finding("spelling", f"\"{wrong}\" should be spelled \"{exact}\" as on the card"))
    if require_full:
        for label, exact in (("name", contact.name), ("title", contact.title)):
            if exact and exact not in text:
                findings.append(Finding("spelling", f"the {label} \"{exact}\" from the card is not in the draft"))
    return findings


def check_salutation(body: str, contact: Contact) -> list[Finding]:
    expected = address(contact).salutation
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    if not first.startswith(expected):
        return [Finding("salutation", f"opens with \"{first[:60]}\"; expected \"{expected},\"")]
    rest = first[len(expected):]
    if rest and rest[0].isalnum():
        return [Finding("salutation", f"opens with \"{first[:60]}\"; expected \"{expected},\"")]
    return []


_CONTENT_RULES = (
    ("thanks", re.compile(r"\bthank", re.I), "does not thank them for their time"),
    ("timeline", re.compile(r"\b(timeline|timeframe|time frame|next steps?|decision)\b", re.I),
     "does not ask about the timeline for a decision"),
    ("anything_else", re.compile(r"\banything else\b|\bother (documents|information)\b", re.I),
     "does not ask whether they need anything else"),
)


def check_content(body: str, *, position: str | None) -> list[Finding]:
    """The points every follow-up makes (FOLLOWUP.md): thanks, interest, timeline, needs."""
    findings = [Finding(code, message) for code, pattern, message in _CONTENT_RULES if not pattern.search(body)]
    interest = re.compile(r"\b(interest|interested|keen|excited|enthusiastic|want)\b", re.I)
    if not interest.search(body):
        findings.append(Finding("interest", "does not say that you want the position"))
    elif position and position not in body and "[add:" not in body:
        findings.append(Finding("interest", f"does not name the position \"{position}\""))
    return findings


def check_leftovers(text: str) -> list[Finding]:
    if re.search(r"\{\{|\}\}|\{%|%\}", text):
        return [Finding("template", "template syntax left in the text")]
    return []


def check_draft(
    body: str,
    *,
    channel: str,
    contact: Contact,
    position: str | None,
    full_text: str | None = None,
    is_message: bool = True,
) -> list[Finding]:
    """All checks for one draft; `body` runs salutation to signature."""
    whole = full_text if full_text is not None else body
    findings = check_pleading(whole) + check_exclamations(body) + check_length(body, channel)
    findings += check_names(whole, contact, require_full=channel == "post")
    findings += check_leftovers(whole)
    if is_message:
        findings += check_salutation(body, contact) + check_content(body, position=position)
    return findings
