"""OCR's one-letter slips in job titles, mended towards the title lexicons.

On photos RapidOCR often gets one letter of a title word wrong ("Senior
Produet Manager", "Associate Directon", "Benior UX Designer").  A title
is built from a small vocabulary, so a word that is not in it but is one
commonly confused letter away from exactly one of its words is that
word.  Only words of five letters or more are touched (shorter ones have
too many neighbours), and never a word the vocabularies know, an acronym
or a word with digits.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..resources import word_list

_WORD = re.compile(r"[^\W_]+")
MIN_LENGTH = 5


def mend_title_words(title: str) -> str:
    return _WORD.sub(lambda m: _mend_word(m.group(0)), title)


def _mend_word(word: str) -> str:
    lower = word.lower()
    if any(ch.isdigit() for ch in word):
        # "Pe0ple": a zero for an o between letters, and nothing else a digit
        mended = re.sub(r"(?<=[^\W\d_])0(?=[^\W\d_])", "o", lower)
        if any(ch.isdigit() for ch in mended) or mended == lower:
            return word
        known = mended in _known_words() or any(mended in v for v in _vocabularies())
        return _same_case(mended, word) if known else word
    if len(word) < MIN_LENGTH or not lower.isascii() or lower in _known_words() or (word.isupper() and len(word) <= 5):
        return word
    for vocabulary in _vocabularies():
        near = {candidate for candidate in _confusions(lower) if candidate in vocabulary}
        if len(near) == 1:
            return _same_case(near.pop(), word)
        if near:
            return word
    return word


_CONFUSED: dict[str, str] = {}
for _pair in ("ce", "cg", "eo", "co", "ao", "il", "it", "lt", "ft", "rn", "nu", "bh", "sb"):
    _CONFUSED[_pair[0]] = _CONFUSED.get(_pair[0], "") + _pair[1]
    _CONFUSED[_pair[1]] = _CONFUSED.get(_pair[1], "") + _pair[0]
"""Letters OCR mistakes for each other on small or blurred print."""


def _vocabularies() -> tuple[frozenset[str], ...]:
    # the curated heads first
    return word_list("title_words"), word_list("job_words"), department_name_words(), word_list("department_words")


def _confusions(word: str) -> set[str]:
    """Every spelling one confusable letter away: only substitutions, since
    a letter added or dropped turned right words into other languages' words
    ("Project" -> "Projet", "Generalist" -> "Generalista"); and an "m" that
    OCR split into "rn" ("Managernent")."""
    swapped = {word[:n] + other + word[n + 1:] for n, letter in enumerate(word) for other in _CONFUSED.get(letter, "")}
    return swapped | {word[:n] + "m" + word[n + 2:] for n in range(len(word) - 1) if word.startswith("rn", n)}


def _same_case(mended: str, printed: str) -> str:
    if printed.isupper():
        return mended.upper()
    if printed[:1].isupper():
        return mended[:1].upper() + mended[1:]
    return mended


@lru_cache(maxsize=1)
def department_name_words() -> frozenset[str]:
    """"acquisition", "resources": the words of the department names."""
    return frozenset(word for phrase in word_list("department_names") for word in phrase.split())


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Words a title may hold that are spelled right as they are."""
    return frozenset(word_list("title_words") | word_list("job_words") | word_list("department_words")
                     | department_name_words() | word_list("company_words"))
