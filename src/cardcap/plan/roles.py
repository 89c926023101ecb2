"""Guess each interviewer's part in the hiring decision from their card.

The card says title, department, company and email; the follow-up plan needs
to know who decides, who would be the boss, who runs the process.  The words
that say so live in models/roles/lexicon.yaml so they can be extended without
touching code.  Every guess carries a one-line reason the user can check and
overrule in the interview file.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from cardcap.model import Contact
from cardcap.plan.model import Role, RoleAssessment
from cardcap.resources import model_file, word_list

ROLE_LABELS: dict[str, str] = {
    "decision_maker": "decision-maker",
    "supervisor": "supervisor",
    "recruiter_hr": "recruiter/HR",
    "peer": "peer",
    "other": "other",
}

_ROLE_EXPLANATIONS: dict[str, str] = {
    "decision_maker": "senior leader -> decision-maker",
    "supervisor": "manages a team -> likely supervisor",
    "recruiter_hr": "recruiting/HR -> runs the process",
    "peer": "individual contributor -> likely coworker",
    "other": "support or outside role -> other",
}

@lru_cache(maxsize=1)
def _legal_suffixes() -> frozenset[str]:
    """Legal forms ("Inc", "GmbH", "Ltda"), from the lexicon the field parser uses."""
    return frozenset(w.replace(".", "").replace("/", "") for w in word_list("company_suffixes"))


def _lexicon_path() -> Path:
    return model_file("roles", "lexicon.yaml")


@dataclass(frozen=True)
class Lexicon:
    phrases: dict[tuple[str, ...], tuple[str, float]]
    longest: int
    abbreviations: dict[str, tuple[str, ...]]
    seniority: dict[str, float]
    serving: dict[tuple[str, ...], float]
    agency_words: tuple[tuple[str, ...], ...]
    agency_names: tuple[tuple[str, ...], ...]
    free_mail: frozenset[str]
    generic: frozenset[str]


@lru_cache(maxsize=4)
def load_lexicon(path: Path | None = None) -> Lexicon:
    raw: dict[str, Any] = yaml.safe_load((path or _lexicon_path()).read_text(encoding="utf-8"))
    abbreviations = {key: tuple(plain_text(value).split()) for key, value in raw["abbreviations"].items()}
    phrases: dict[tuple[str, ...], tuple[str, float]] = {}
    for role in ("recruiter_hr", "decision_maker", "supervisor", "peer", "other"):
        for phrase, weight in raw[role].items():
            key = tuple(plain_text(phrase).split())
            if key not in phrases or phrases[key][1] < float(weight):
                phrases[key] = (role, float(weight))
    return Lexicon(
        phrases=phrases,
        longest=max(len(key) for key in phrases),
        abbreviations=abbreviations,
        seniority={plain_text(k): float(v) for k, v in raw["seniority"].items()},
        serving={tuple(plain_text(k).split()): float(v) for k, v in raw["serving_prepositions"].items()},
        agency_words=tuple(tuple(plain_text(w).split()) for w in raw["agency_words"]),
        agency_names=tuple(tuple(plain_text(w).split()) for w in raw["agency_names"]),
        free_mail=frozenset(d.lower() for d in raw["free_mail_domains"]),
        generic=frozenset(plain_text(w) for w in raw["generic_words"]),
    )


def plain_text(text: str) -> str:
    """Lower case without accents, so 'Geschäftsführer' meets 'geschaftsfuhrer'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _tokens(text: str | None, lexicon: Lexicon) -> list[str]:
    if not text:
        return []
    plain = plain_text(text)
    plain = re.sub(r"\b((?:[a-z]\.){2,})", lambda m: m.group(1).replace(".", ""), plain)
    plain = plain.replace("&", " and ").replace("+", " and ")
    words = re.findall(r"[^\W_]+", plain)
    expanded: list[str] = []
    for word in words:
        expanded.extend(lexicon.abbreviations.get(word, (word,)))
    return expanded


@dataclass(frozen=True)
class _Match:
    role: str
    weight: float
    phrase: str
    start: int


def _scan(tokens: list[str], lexicon: Lexicon) -> tuple[list[_Match], float]:
    """Longest phrases first; role words after 'to'/'for' count for less."""
    matches: list[_Match] = []
    seniority = 0.0
    factor = 1.0
    i = 0
    while i < len(tokens):
        for size in range(min(lexicon.longest, len(tokens) - i), 0, -1):
            key = tuple(tokens[i:i + size])
            if key in lexicon.serving and size <= 2 and i > 0:
                factor = min(factor, lexicon.serving[key])
                i += size
                break
            hit = lexicon.phrases.get(key)
            if hit:
                role, weight = hit
                # HR words name the function someone works in, wherever they stand.
                applied = weight if role == "recruiter_hr" else weight * factor
                matches.append(_Match(role, applied, " ".join(key), i))
                i += size
                break
        else:
            seniority += lexicon.seniority.get(tokens[i], 0.0)
            i += 1
    return matches, seniority


@dataclass(frozen=True)
class Employer:
    """Who is hiring, so outsiders (agency recruiters) stand out."""

    company: str | None
    domains: frozenset[str]


def company_key(name: str | None) -> frozenset[str]:
    if not name:
        return frozenset()
    words = re.findall(r"[^\W_]+", plain_text(name))
    return frozenset(word for word in words if word not in _legal_suffixes())


def same_company(a: str | None, b: str | None) -> bool:
    key_a, key_b = company_key(a), company_key(b)
    return bool(key_a and key_b and (key_a <= key_b or key_b <= key_a))


def email_domain(address: str) -> str | None:
    _, at, domain = address.strip().rpartition("@")
    return domain.lower().strip(".") if at and domain else None


def employer_from(contacts: Iterable[Contact], company: str | None) -> Employer:
    """The hiring company's email domains, learned from the cards themselves."""
    lexicon = load_lexicon()
    contacts = list(contacts)
    domains: Counter[str] = Counter()
    for contact in contacts:
        if company and contact.company and not same_company(contact.company, company):
            continue
        for address in contact.emails:
            domain = email_domain(address)
            if domain and domain not in lexicon.free_mail:
                domains[domain] += 1
    if company:
        slug_words = [w for w in company_key(company) if len(w) >= 3]
        named = {d for d in domains if any(w in d.replace("-", "") for w in slug_words)}
        if named:
            return Employer(company, frozenset(named))
    if not domains:
        return Employer(company, frozenset())
    top_count = domains.most_common(1)[0][1]
    if company is None and top_count < 2 and len(domains) > 1:
        return Employer(company, frozenset())  # no majority: nobody looks like an outsider
    return Employer(company, frozenset(d for d, n in domains.items() if n == top_count))


def _is_agency(contact: Contact, lexicon: Lexicon) -> str | None:
    """The agency wording found in the company name or email domain, if any."""
    company_tokens = _tokens(contact.company, lexicon)
    for phrase in lexicon.agency_names + lexicon.agency_words:
        size = len(phrase)
        if any(tuple(company_tokens[i:i + size]) == phrase for i in range(len(company_tokens))):
            return " ".join(phrase)
    for address in contact.emails:
        domain = email_domain(address) or ""
        if domain in lexicon.free_mail:
            continue
        label = domain.split(".")[0].replace("-", "")
        # Names must start the label ("roberthalf", "randstadusa"), not hide in it ("freedom").
        for phrase in lexicon.agency_names:
            if label.startswith("".join(phrase)):
                return " ".join(phrase)
        for phrase in lexicon.agency_words:
            joined = "".join(phrase)
            if len(joined) >= 6 and joined in label:
                return " ".join(phrase)
    return None


def _works_for_employer(contact: Contact, employer: Employer | None) -> bool:
    """An employer whose own name sounds like an agency ('Hudson', 'Reed') is still the employer."""
    if employer is None:
        return False
    if employer.company and same_company(contact.company, employer.company):
        return True
    domains = {email_domain(a) for a in contact.emails}
    return any(d and (d in employer.domains or any(d.endswith("." + e) for e in employer.domains))
               for d in domains)


def _shares_field(tokens: list[str], position: str | None, lexicon: Lexicon) -> bool:
    """'Analytics Manager' and a 'Data Analyst' opening: same team, likely."""
    wanted = [t for t in _tokens(position, lexicon) if t not in lexicon.generic and len(t) >= 3]
    have = [t for t in tokens if t not in lexicon.generic and len(t) >= 3]
    return any(w[:5] == h[:5] for w in wanted for h in have)


def _quote(text: str, limit: int = 60) -> str:
    """Card text is untrusted: one line, bounded, before it goes into a reason."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def classify_role(contact: Contact, *, employer: Employer | None = None,
                  position: str | None = None) -> RoleAssessment:
    """One contact's role with a confidence and a reason, from the card alone."""
    lexicon = load_lexicon()
    title_tokens = _tokens(contact.title, lexicon)
    department_tokens = _tokens(contact.department, lexicon)
    matches, seniority = _scan(title_tokens, lexicon)
    department_matches, _ = _scan(department_tokens, lexicon)
    # A department only tells us the function (HR), not the person's rank.
    matches += [m for m in department_matches if m.role == "recruiter_hr"]
    label = _quote(contact.title or contact.department or "")

    agency = None if _works_for_employer(contact, employer) else _is_agency(contact, lexicon)
    outsider_domain = _outsider_domain(contact, employer, lexicon)
    outsider_company = bool(employer and employer.company and contact.company
                            and not same_company(contact.company, employer.company))

    if agency:
        where = _quote(contact.company or outsider_domain or "their email")
        return RoleAssessment("recruiter_hr", 0.88,
                              f"works at '{where}' (staffing/recruiting: '{agency}') -> agency recruiter")

    best = max(matches, key=lambda m: (m.weight, -m.start), default=None)
    if best is None:
        if (outsider_domain or outsider_company) and employer is not None:
            elsewhere = outsider_domain or _quote(contact.company or "")
            return RoleAssessment("recruiter_hr", 0.45,
                                  f"no recognisable title, and {elsewhere} is not the employer's "
                                  "-> possibly an agency recruiter")
        if not label:
            return RoleAssessment("other", 0.2, "no title on the card -> role unknown")
        return RoleAssessment("other", 0.3, f"'{label}': title not recognised -> other")

    role: Role = best.role  # type: ignore[assignment]
    confidence = best.weight
    runner_up = max((m.weight for m in matches if m.role != role), default=0.0)
    confidence -= max(0.0, runner_up - (best.weight - 0.15))  # close calls are less sure
    confidence += seniority if role in ("peer", "supervisor", "decision_maker") else 0.0
    reason = f"'{label}': {_ROLE_EXPLANATIONS[role]}"

    if role == "supervisor" and position:
        if _shares_field(title_tokens + department_tokens, position, lexicon):
            confidence += 0.07
            reason = f"'{label}': manages the {_quote(position, 40)} area -> likely supervisor"
    if role == "peer" and position and _shares_field(title_tokens, position, lexicon):
        confidence += 0.07
        reason = f"'{label}': works in the same field as the '{_quote(position, 40)}' opening -> likely coworker"

    if outsider_domain or outsider_company:
        elsewhere = outsider_domain or _quote(contact.company or "")
        if role == "recruiter_hr":
            return RoleAssessment("recruiter_hr", round(min(0.9, confidence), 2),
                                  f"'{label}' at {elsewhere}, not the employer -> agency recruiter")
        confidence *= 0.85
        reason += f" (but {elsewhere} is not the employer's)"
    return RoleAssessment(role, round(max(0.05, min(0.99, confidence)), 2), reason)


def _outsider_domain(contact: Contact, employer: Employer | None, lexicon: Lexicon) -> str | None:
    if employer is None or not employer.domains:
        return None
    domains = [email_domain(a) for a in contact.emails]
    business = [d for d in domains if d and d not in lexicon.free_mail]
    if not business:
        return None
    if any(d in employer.domains or any(d.endswith("." + e) for e in employer.domains) for d in business):
        return None
    return business[0]


def classify_panel(contacts: list[Contact], *, company: str | None = None,
                   position: str | None = None) -> list[RoleAssessment]:
    """Roles for everyone met, judged against the same employer."""
    employer = employer_from(contacts, company)
    return [classify_role(contact, employer=employer, position=position) for contact in contacts]
