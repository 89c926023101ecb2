"""Person names: is this line a name, and what are its parts.

nameparser does the splitting (prefixes, particles like "van der",
suffixes like "Jr." and "PhD"); the lexicons say how name-like a line is.
"""
from __future__ import annotations

import re

from nameparser import HumanName

from . import japanese
from ..model import NameParts
from ..resources import word_list
from .text import smart_title

_TOKEN = re.compile(r"[^\s]+")


def honorifics(kind: str) -> frozenset[str]:
    return frozenset(
        entry.split(":", 1)[1].strip().replace(".", "")
        for entry in word_list("honorifics")
        if entry.startswith(kind + ":")
    )


def _bare(token: str) -> str:
    return token.strip(".,;:()").replace(".", "").lower()


def name_tokens(text: str) -> tuple[list[str], bool, bool]:
    """The tokens of a name line without honorifics, and whether it had a
    prefix / suffix."""
    tokens = _TOKEN.findall(text.replace(",", " , "))
    tokens = [t for t in tokens if t != ","]
    prefixes, suffixes = honorifics("prefix"), honorifics("suffix")
    had_prefix = had_suffix = False
    while tokens and _bare(tokens[0]) in prefixes and len(tokens) > 1:
        tokens.pop(0)
        had_prefix = True
    while tokens and _bare(tokens[-1]) in suffixes and len(tokens) > 1:
        tokens.pop()
        had_suffix = True
    return tokens, had_prefix, had_suffix


def name_shape_ok(text: str) -> bool:
    """Two to five words of letters, each capitalised: the shape of a name."""
    tokens, _, _ = name_tokens(text)
    if not 2 <= len(tokens) <= 5:
        return False
    for token in tokens:
        core = token.strip(".,'")
        if not core or any(ch.isdigit() for ch in core):
            return False
        if not re.fullmatch(r"[^\W\d_]+(?:[-'’.][^\W\d_]*)*\.?", core):
            return False
        if len(core) > 1 and not core[0].isupper() and core.lower() not in _PARTICLES:
            return False
    return tokens[-1].lower() not in _PARTICLES and tokens[0].lower() not in _PARTICLES


_PEOPLE_SEPARATOR = re.compile(r"\s+(?:/|&|and|e|y|und|et)\s+")


def first_person(text: str) -> str:
    """"Eliete / Ana Paula", "Guilherme e Esteves": two people on one line;
    the first is this contact.  A line without such a split is returned as is."""
    parts = _PEOPLE_SEPARATOR.split(text)
    if len(parts) == 2 and all(p[:1].isupper() for p in parts):
        first = parts[0].split()[0] if parts[0].split() else ""
        if is_known_name(first, "given_names"):
            return parts[0].strip()
    return text


def is_known_name(token: str, kind: str) -> bool:
    """In the "given_names" or "family_names" list, or hyphenated with a
    part that is ("Mary-Jane", "Smith-Jones", "Jean-Baptiste")."""
    names = word_list(kind)
    word = token.lower().strip(".,")
    return word in names or ("-" in word and any(len(part) >= 2 and part in names for part in word.split("-")))


def first_name_token(tokens: list[str]) -> str:
    """The given name of "J. Robert Oppenheimer" is Robert: leading initials
    are skipped when a name follows them."""
    for token in tokens[:-1]:
        if not re.fullmatch(r"[^\W\d_]\.?", token):
            return token
    return tokens[0] if tokens else ""


def last_name_token(tokens: list[str]) -> str:
    for token in reversed(tokens):
        if token.lower() not in _PARTICLES:
            return token
    return tokens[-1] if tokens else ""


_PARTICLES = {"van", "von", "der", "den", "de", "da", "do", "dos", "das", "di", "del", "della", "la", "le", "du", "bin", "al", "y", "e"}


def split_name(text: str) -> NameParts:
    if japanese.cjk_share(text) > 0.5:
        return japanese.name_parts(text)
    name = HumanName(smart_title(text))
    return NameParts(
        prefix=name.title or None,
        given=name.first or None,
        middle=name.middle or None,
        family=name.last or None,
        suffix=name.suffix or None,
    )
