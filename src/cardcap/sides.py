"""Both sides of one card: a logo on the back, the person on the front.

People photograph both sides.  Read alone, the back becomes a "contact"
that is only a company name or a web address, and the front often lacks
the company, which was printed only as the logo on the back.  `find_pairs`
finds such a back among a folder's photos and `pair_sides` joins the two.

Only a side with no way to reach anyone (no email, no phone) is taken for a
back here.  Two sides that both carry contact details share an email or a
number, and `cardcap.merge.dedupe` folds those together anyway.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cardcap.merge import FREE_MAIL, company_key, merge_contacts, name_key, similar, url_key
from cardcap.model import Contact, ImageResult, NameParts
from cardcap.resources import word_list

PAIR_THRESHOLD = 0.7

# Sites that host many brands: the brand is the sub-domain or the first path segment.
HOSTING = word_list("hosting_domains")
_PATH_SKIP = frozenset({"company", "in", "pages", "pg", "view", "site", "user", "channel", "c", "people", "profile"})


@dataclass(frozen=True)
class SideMatch:
    front: int
    back: int
    score: float
    reason: str


def _domain(url_or_host: str) -> str:
    from cardcap.fields.urls import registered_domain

    try:
        return registered_domain(url_or_host)
    except Exception:  # an unparsable host is no evidence either way
        return ""


def _brands_of_url(url: str) -> set[str]:
    key = url_key(url)
    host, _, path = key.partition("/")
    domain = _domain(host) or host
    label = domain.split(".")[0]
    if label not in HOSTING:
        return {label} if label else set()
    found = set()
    sub = host[: -len(domain)].rstrip(".") if host.endswith(domain) else ""
    sub = re.sub(r"^www\d?\.?", "", sub)
    if sub:
        found.add(sub.split(".")[-1])
    segment = next((s for s in path.split("/") if s and s not in _PATH_SKIP), "")
    if segment:
        found.add(segment.lstrip("@"))
    return found


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text)


def brands(c: Contact) -> set[str]:
    """The names a side could print as its logo: company, web names, email names."""
    found: set[str] = set()
    key = company_key(c.company)
    if key:
        found.add(_squash(key))
    for url in c.urls:
        found |= {_squash(b) for b in _brands_of_url(url)}
    for email in c.emails:
        local, _, domain = email.casefold().partition("@")
        if domain and domain not in FREE_MAIL:
            found.add(_squash(domain.split(".")[0]))
        elif local:
            found.add(_squash(re.sub(r"\d+", "", local)))  # brunau@r7.com: the shop's name is the local part
    return {b for b in found if len(b) >= 3}


def _web_domains(c: Contact) -> set[str]:
    found = {_domain(u) for u in c.urls}
    found = {d for d in found if d and d.split(".")[0] not in HOSTING}
    for email in c.emails:
        domain = email.casefold().rpartition("@")[2]
        if domain and domain not in FREE_MAIL:
            found.add(_domain(domain) or domain)
    return found


def _brand_score(back: Contact, front: Contact) -> tuple[float, str]:
    best, why = 0.0, ""
    # A logo read as a person's name ("Nog Design") is still the logo.
    logo = back.company or (back.name if not front.name or name_key(back.name) != name_key(front.name) else None)
    words = [_squash(w) for w in company_key(logo).split()]
    words = [w for w in words if len(w) >= 3]
    mine_all = brands(back) | ({_squash(company_key(logo))} if logo and len(_squash(company_key(logo))) >= 3 else set())
    for mine in mine_all:
        for theirs in brands(front):
            if mine == theirs:
                score = 0.9
            elif words and all(w in theirs for w in words) and len("".join(words)) >= 5:
                score = 0.85  # "Brunau buffet" on the logo, buffetbrunau.com.br on the front
            else:
                ratio = similar(mine, theirs)
                score = 0.75 if ratio >= 0.8 and min(len(mine), len(theirs)) >= 5 else 0.0
            if score > best:
                best, why = score, f"logo/brand {mine!r} ~ {theirs!r}"
    return best, why


def is_back_side(c: Contact) -> bool:
    """Nothing to reach anyone by: a logo, a company, a web address, a tagline."""
    return not c.emails and not c.phones and bool(c.company or c.urls or c.name)


def side_score(front: Contact, back: Contact) -> tuple[float, str]:
    """How well a contact-less side belongs with a card that has contact details."""
    if not is_back_side(back) or is_back_side(front):
        return 0.0, ""
    if back.name and front.name and back.company and name_key(back.name) != name_key(front.name):
        return 0.0, ""  # the back names another person beside its logo
    shared = _web_domains(back) & _web_domains(front)
    if shared:
        return 0.9, f"same web domain {sorted(shared)[0]}"
    score, why = _brand_score(back, front)
    if score and not front.company:
        score += 0.05  # the front lacks exactly what the back shows
    return min(score, 1.0), why


def find_pairs(results: list[ImageResult], *, threshold: float = PAIR_THRESHOLD) -> list[tuple[int, int]]:
    """(front, back) indices into results: photos that are two sides of one card.

    Only photos that gave exactly one contact take part; each photo is in
    one pair at most, the best-supported pairs first, photos taken one after
    the other preferred when the evidence is equal.
    """
    return [(m.front, m.back) for m in match_sides(results, threshold=threshold)]


def match_sides(results: list[ImageResult], *, threshold: float = PAIR_THRESHOLD) -> list[SideMatch]:
    """find_pairs with the score and the evidence, for the report to the user."""
    single = [n for n, r in enumerate(results) if r.ok and len(r.contacts) == 1]
    candidates: list[SideMatch] = []
    for f in single:
        for b in single:
            if f == b:
                continue
            score, why = side_score(results[f].contacts[0], results[b].contacts[0])
            if score >= threshold:
                candidates.append(SideMatch(front=f, back=b, score=score, reason=why))
    candidates.sort(key=lambda m: (-m.score, abs(m.front - m.back), m.front))
    used: set[int] = set()
    chosen = []
    for match in candidates:
        if match.front in used or match.back in used:
            continue
        used.update((match.front, match.back))
        chosen.append(match)
    return sorted(chosen, key=lambda m: m.front)


def pair_sides(front: Contact, back: Contact) -> Contact:
    """One contact from both sides: the front's details with what only the back printed."""
    if back.name and front.name and name_key(back.name) != name_key(front.name) and is_back_side(back):
        # The front names the person, so a "name" on a contact-less back is its logo.
        logo = back.company or back.name
        confidence = {k: v for k, v in back.confidence.items() if k != "name"}
        sources = {k: v for k, v in back.sources.items() if k != "name"}
        if not back.company:
            if "name" in back.confidence:
                confidence["company"] = back.confidence["name"]
            if "name" in back.sources:
                sources["company"] = back.sources["name"]
        back = replace(back, name=None, name_parts=NameParts(), company=logo, confidence=confidence, sources=sources)
    return merge_contacts(front, back, label="the other side of the card", seen_in="Other side of the card:")


def join_sides(results: list[ImageResult], *, threshold: float = PAIR_THRESHOLD) -> list[ImageResult]:
    """The batch hook: each back merged into its front's result.  The back's
    result keeps its photo and OCR but no contact of its own, so exports list
    the card once; the joined contact's notes name the back's photo."""
    out = list(results)
    for front, back in find_pairs(results, threshold=threshold):
        f, b = results[front], results[back]
        out[front] = replace(f, contacts=[pair_sides(f.contacts[0], b.contacts[0])])
        out[back] = replace(b, contacts=[])
    return out


__all__ = ["PAIR_THRESHOLD", "SideMatch", "brands", "find_pairs", "is_back_side", "join_sides", "match_sides",
           "pair_sides", "side_score"]
