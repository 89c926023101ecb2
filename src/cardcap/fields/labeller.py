"""Which free-text field each OCR line holds: name, title, department,
company, address or none of them.

Each line gets a feature vector (text: lexicon hits, shape, capitalisation;
layout: relative height, position, neighbours; card: email and web
domains) and a score per field from the weights in
models/labeller/weights.json.  The weights file is the single place the
behaviour is tuned; `training/` rebuilds it.
"""
from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from ..resources import models_dir, word_list
from .address import address_evidence, has_locality, has_street, is_landmark
from .emails import ROLE_MAILBOXES
from . import japanese
from .names import (first_name_token, first_person, is_known_name, last_name_token, name_shape_ok, name_tokens,
                    nickname_of, without_nickname)
from .text import fold, is_all_caps, squash, strip_accents

FIELDS = ("name", "title", "department", "company", "address")


@dataclass
class LineInfo:
    """One OCR line with the contact details (emails, phones, urls) taken out."""

    index: int
    text: str  # what is left for the free-text fields
    original: str  # the full line as read
    height: float
    top: float
    left: float
    right: float
    confidence: float
    consumed: bool = False  # nothing left once the contact details were taken out
    details: int = 0  # emails, web addresses and phones read on this line


@dataclass
class CardContext:
    emails: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    org_domains: list[str] = field(default_factory=list)  # domain labels, free-mail excluded
    email_locals: list[str] = field(default_factory=list)
    region: str = "US"
    median_height: float = 1.0
    card_width: float = 1.0
    card_height: float = 1.0


@lru_cache(maxsize=1)
def weights() -> dict[str, dict[str, float]]:
    return json.loads((models_dir() / "labeller" / "weights.json").read_text(encoding="utf-8"))["weights"]


def _tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[\s,/|&()•·:;]+", text) if t]


def _lex_hits(tokens: list[str], lexicon: frozenset[str]) -> int:
    """Tokens found in a lexicon; entries starting with '-' match word endings."""
    endings = _endings(lexicon)
    hits = 0
    for token in tokens:
        low = token.lower()
        bare = low.strip(".-'")
        if bare in lexicon or low in lexicon or (endings and len(bare) > 5 and bare.endswith(endings)):
            hits += 1
    return hits


_ENDINGS: dict[int, tuple[str, ...]] = {}


def _endings(lexicon: frozenset[str]) -> tuple[str, ...]:
    key = id(lexicon)
    if key not in _ENDINGS:
        _ENDINGS[key] = tuple(entry[1:] for entry in lexicon if entry.startswith("-"))
    return _ENDINGS[key]


_NOT_IN_INITIALS = frozenset({"of", "and", "the", "for", "de", "da", "do", "du", "des", "la", "le", "et", "und", "y", "e"})


def domain_similarity(text: str, domains: list[str]) -> float:
    """How well a line spells an organisation's domain ("Alerta Security
    Solutions" ~ alertasecurity): 0..1."""
    key = strip_accents(squash(text))
    if len(key) < 3:
        return 0.0
    words = [w for w in fold(strip_accents(text)).split() if w not in _NOT_IN_INITIALS]
    initials = "".join(w[0] for w in words) if len(words) >= 2 else ""
    best = 0.0
    for domain in domains:
        dom = strip_accents(domain.replace("-", ""))
        if len(dom) < 3:
            continue
        if key == dom:
            return 1.0
        if initials == dom:  # "Graphic Design Institute" ~ gdi.edu
            best = max(best, 0.95)
            continue
        if key.startswith(dom) or dom.startswith(key):
            shorter = min(len(key), len(dom))
            best = max(best, 0.75 + 0.25 * shorter / max(len(key), len(dom)) if shorter >= 4 else 0.0)
            continue
        best = max(best, SequenceMatcher(None, key, dom).ratio())
    return best


def email_name_match(text: str, locals_: list[str]) -> float:
    """1.0 when an email's local part is built from this line's words
    (chris.smith, csmith, rbeato, or yoni.levi from the nickname of
    Yonatan "Yoni" Levi), else partial credit for one word."""
    nickname = nickname_of(text)
    if nickname:
        tokens, _, _ = name_tokens(text)
        if len(tokens) >= 2:
            as_called = email_name_match(f"{nickname} {tokens[-1]}", locals_)
            return max(as_called, email_name_match(without_nickname(text), locals_))
    tokens, _, _ = name_tokens(text)
    words = [strip_accents(t.lower().strip(".,'")).replace("-", "") for t in tokens]
    initials = "".join(w[0] for w in words if w)
    words = [w for w in words if len(w) >= 2]
    if not words:
        return 0.0
    best = 0.0
    for local in locals_:
        if any(part in word_list("title_words") or part in ROLE_MAILBOXES
               for part in re.split(r"[._-]+", local.lower())):
            continue  # "manager.willowbrook@", "director@": a desk's mailbox names no person
        bare = re.sub(r"[^a-z]", "", strip_accents(local.lower()))
        if len(bare) < 3:
            continue
        first, last = words[0], words[-1]
        if len(words) >= 2 and (first + last in bare or bare.startswith(first[0] + last) or bare.startswith(first + last[0])
                                or bare.startswith(last + first[0]) or last + first in bare):  # "jimeneza", "smithjohn"
            return 1.0
        hits = sum(1 for w in words if len(w) >= 3 and w in bare)
        if hits >= 2:
            return 1.0
        if len(initials) >= 3 and bare == initials:
            return 1.0  # "akb@" for Prof. A. K. Bhattacharya: the initials of every name
        if hits == 1 or (len(bare) >= 4 and any(bare in w for w in words)):
            best = max(best, 0.6)
    return best


def features(line: LineInfo, lines: list[LineInfo], ctx: CardContext) -> dict[str, float]:
    text = line.text
    tokens = _tokens(text)
    n = len(tokens)
    person = first_person(text)
    name_toks, had_prefix, had_suffix = name_tokens(person)
    given_first = bool(name_toks) and is_known_name(first_name_token(name_toks), "given_names")
    family_last = len(name_toks) > 1 and is_known_name(last_name_token(name_toks), "family_names")
    shape = name_shape_ok(person)
    single_given = len(name_toks) == 1 and given_first and person[:1].isupper()
    email_name = email_name_match(person, ctx.email_locals) if (shape or single_given) else 0.0
    # a lone first name is a name only beside a second person or matching an email
    single_given = single_given and (person != text or email_name >= 1.0)
    letters = sum(ch.isalpha() for ch in text)
    digits = sum(ch.isdigit() for ch in text)
    rel_height = line.height / ctx.median_height if ctx.median_height else 1.0
    tallest = max((l.height for l in lines if not l.consumed), default=line.height)
    folded = fold(text)
    f: dict[str, float] = {
        "bias": 1.0,
        "n_tokens_1": float(n == 1),
        "n_tokens_2_4": float(2 <= n <= 4),
        "n_tokens_5_plus": float(n >= 5),
        "n_tokens_9_plus": float(n >= 9),
        "has_digit": float(digits > 0),
        "digit_heavy": float(digits > letters),
        "all_caps": float(is_all_caps(text)),
        "rel_height": min(rel_height, 3.0),
        "tallest": float(line.height >= tallest * 0.98),
        "top_third": float(line.top < ctx.card_height / 3),
        "name_shape": float(shape),
        "honorific": float(had_prefix or had_suffix),
        "given_first": float(given_first),
        "family_last": float(family_last),
        "single_given": float(single_given),
        "split_person": float(person != text),
        "no_name_evidence": float(not (given_first or family_last or had_prefix or had_suffix or email_name > 0)),
        "email_name": email_name,
        "title_word": float(min(_lex_hits(tokens, word_list("title_words")), 2)),
        "job_word": float(min(_lex_hits(tokens, word_list("job_words")), 3)) / 3,
        "dept_word": float(_lex_hits(tokens, word_list("department_words")) > 0),
        "dept_name": float(_is_department_name(folded)),
        "company_suffix": float(has_company_suffix(text)),
        "company_word": float(_lex_hits(tokens, word_list("company_words")) > 0),
        "domain_match": _at_least(domain_similarity(text, ctx.org_domains), 0.6),
        "street": float(has_street(text)),
        "locality": float(has_locality(text)),
        "address_score": min(address_evidence(text), 3.0) / 3,
        "landmark": float(is_landmark(text)),
        "after_name_like": 0.0,
        "short_word": float(letters < 3),
        "lowercase_start": float(text[:1].islower()),
        "ocr_conf": line.confidence,
    }
    if japanese.cjk_share(text) > 0.5:
        # Japanese print has no spaces: word features above see one token; these see the cues
        f.update({
            "cjk": 1.0,
            "cjk_name": float(japanese.looks_like_name(text)),
            "cjk_company": float(japanese.is_company(text)),
            "cjk_title": float(japanese.is_title(text)),
            "cjk_department": float(japanese.is_department(text)),
            "cjk_address": float(japanese.is_address(text)),
        })
    return f


def _at_least(value: float, floor: float) -> float:
    return value if value >= floor else 0.0


def has_company_suffix(text: str) -> bool:
    """A legal form after the name: "Acme Inc.", "Beltis Ltda", "Müller GmbH".
    Two-letter forms (AG, SA, AS, BV) count only in capitals at the end, so
    the words "as", "me", "se" in a sentence do not make it a company."""
    suffixes = word_list("company_suffixes")
    tokens = [t.strip(",()") for t in text.split()]
    if len(tokens) < 2:
        return False
    for position, token in enumerate(tokens[1:], start=1):
        bare = token.lower().rstrip(".")
        if token.lower() not in suffixes and bare not in suffixes:
            continue
        short = len(bare.replace(".", "").replace("/", "")) <= 2
        if short and not ((token.isupper() or bare in ("oy", "o.o")) and position == len(tokens) - 1):  # "Oy", "z o.o."
            continue
        return True
    return False


_CONNECTORS = frozenset({"and", "e", "und", "et", "y"})


@lru_cache(maxsize=1)
def _department_phrases() -> frozenset[str]:
    """The lexicon's names as folded word sequences without connectors."""
    return frozenset(" ".join(w for w in fold(name).split() if w not in _CONNECTORS)
                     for name in word_list("department_names"))


def names_a_department(text: str) -> bool:
    """"Human Resources", "Finance & Accounting", "Legal Department"."""
    folded = fold(text)
    return _is_department_name(folded) or bool(set(folded.split()) & word_list("department_words"))


def _is_department_name(folded: str) -> bool:
    """The line is one department name, or several joined ("Finance &
    Accounting", "Research and Development", "Supply Chain Management")."""
    if folded in word_list("department_names"):
        return True
    words = [w for w in folded.split() if w not in _CONNECTORS]
    phrases = _department_phrases()
    covered = [True] + [False] * len(words)  # covered[n]: words[:n] are department names end to end
    for start in range(len(words)):
        if covered[start]:
            for end in range(start + 1, min(len(words), start + 4) + 1):
                if " ".join(words[start:end]) in phrases:
                    covered[end] = True
    return len(words) > 1 and covered[-1]


def score(feats: dict[str, float], field_name: str) -> float:
    w = weights()[field_name]
    return sum(w.get(k, 0.0) * v for k, v in feats.items())


# Features a line passes to its neighbours in the sequence model: enough
# to learn "a title follows a name", "the locality follows the street".
_CONTEXT_KEYS = ("name_shape", "given_first", "title_word", "street", "locality", "company_suffix",
                 "domain_match", "email_name", "all_caps", "rel_height", "consumed", "details")


def sequence_features(infos: list[LineInfo], ctx: CardContext,
                      feats: dict[int, dict[str, float]]) -> list[dict[str, float]]:
    """One feature dict per OCR line (contact-detail lines included, as
    context) for the sequence labeller."""
    live_heights = sorted((i.height for i in infos if not i.consumed), reverse=True)
    rows = []
    for position, info in enumerate(infos):
        row = dict(feats.get(info.index) or {"bias": 1.0})
        row["consumed"] = float(info.consumed)
        row["details"] = float(min(info.details, 2))
        row["first"] = float(position == 0)
        row["last"] = float(position == len(infos) - 1)
        row["position"] = position / max(1, len(infos) - 1)
        if not info.consumed and live_heights:
            row["height_rank"] = live_heights.index(info.height) / max(1, len(live_heights) - 1)
        rows.append(row)
    out = []
    for position, row in enumerate(rows):
        full = dict(row)
        for offset, tag in ((-1, "prev"), (1, "next")):
            neighbour = rows[position + offset] if 0 <= position + offset < len(rows) else None
            if neighbour is None:
                full[f"{tag}:none"] = 1.0
                continue
            for key in _CONTEXT_KEYS:
                if neighbour.get(key):
                    full[f"{tag}:{key}"] = float(neighbour[key])
        out.append(full)
    return out


SEQUENCE_LABELS = FIELDS + ("contact", "other")


@lru_cache(maxsize=1)
def _tagger():
    """The trained sequence labeller, or None where no model is installed
    (then the hand-set weights decide)."""
    path = models_dir() / "labeller" / "crf.model"
    if not path.is_file():
        return None
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def line_scores(infos: list[LineInfo], ctx: CardContext,
                feats: dict[int, dict[str, float]]) -> dict[int, dict[str, float]]:
    """Per line still holding free text, a score per field (log-odds: > 0
    means more likely than not): the trained model's and the hand-set
    weights' log-odds blended (models/labeller/blend.json), since each is
    wrong in different places (the model on text unlike its synthetic
    training cards, the weights on layouts nobody wrote a rule for)."""
    hand = {index: {f: score(f_, f) for f in FIELDS} for index, f_ in feats.items()}
    tagger = _tagger()
    share = _blend()
    if tagger is None or share <= 0:
        return hand
    tagger.set(sequence_features(infos, ctx, feats))
    labels = set(tagger.labels())
    out = {}
    for position, info in enumerate(infos):
        if info.index not in feats:
            continue
        if feats[info.index].get("cjk"):
            out[info.index] = hand[info.index]  # no Japanese in the model's training cards: it cannot judge
            continue
        out[info.index] = {
            f: share * _logit(tagger.marginal(f, position) if f in labels else 0.0) + (1 - share) * hand[info.index][f]
            for f in FIELDS
        }
    return out


@lru_cache(maxsize=1)
def _blend() -> float:
    """The trained model's share of the score (0: weights only, 1: model only)."""
    mode = os.environ.get("CARDCAP_LABELLER")
    if mode == "weights":
        return 0.0
    if mode == "crf":
        return 1.0
    path = models_dir() / "labeller" / "blend.json"
    return float(json.loads(path.read_text(encoding="utf-8"))["model_share"]) if path.is_file() else 1.0


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))
