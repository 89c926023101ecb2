"""One person, one contact: duplicates from re-scans and from an existing address book.

People photograph a card twice, or scan a card of someone already in their
phone.  Importing two "Chris Smith" entries is what users of card apps
complain about most, so `dedupe` folds every scan of a person into one
contact and updates an existing entry instead of adding a second one.

Matching is deliberately conservative, because merging two different
people loses data while a leftover duplicate costs one tap to fix:

- a shared email address is decisive (unless both cards name clearly
  different people, as colleagues sharing info@ do);
- otherwise the same name (ignoring accents, case, honorifics and order)
  together with the same company or a shared phone number;
- nameless cards (a shop, a logo) match on the same company and a shared
  phone number.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from cardcap.model import Address, Contact, ImageResult, NameParts

SAME_PERSON = 0.8  # dedupe merges at or above this score
DEFAULT_CONFIDENCE = 0.9
"""A value without a score (typed into an address book, or read from a .vcf)
counts as 0.9: above most OCR guesses, below a QR code or a user's confirmation."""

SCALAR_FIELDS = ("name", "title", "department", "company")

HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame madam mme mlle m herr frau fr hr dott dott.ssa ing "
    "sr sra srta dra dona don doña senhor senhora sig sig.ra rev fr eng arq adv".split()
)
NAME_SUFFIXES = frozenset("jr sr ii iii iv phd md mba esq cpa msc bsc".split())
LEGAL_SUFFIXES = frozenset(
    "inc incorporated ltd ltda limited llc llp lp plc corp corporation co company gmbh ag kg ohg ug sa s/a "
    "s/c sc sas sarl srl spa bv nv oy ab as aps kk pty pte me epp eireli mei cia".split()
)
FREE_MAIL = frozenset(
    "gmail.com googlemail.com yahoo.com yahoo.com.br yahoo.co.uk hotmail.com hotmail.co.uk outlook.com live.com "
    "msn.com icloud.com me.com mac.com aol.com gmx.de gmx.net gmx.com web.de t-online.de uol.com.br bol.com.br "
    "terra.com.br ig.com.br r7.com globo.com orange.fr free.fr laposte.net wanadoo.fr sfr.fr protonmail.com "
    "proton.me zoho.com mail.com yandex.ru qq.com 163.com 126.com naver.com yahoo.co.jp".split()
)


# --- normalising ---------------------------------------------------------------------


def fold(text: str | None) -> str:
    """Case, accents and punctuation do not make two values different."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("ß", "ss").replace("’", "'")
    text = re.sub(r"[^\w@+/.'&-]+", " ", text)
    return " ".join(text.split())


def name_key(name: str | None) -> str:
    """"Dr. José  Silva" and "JOSE SILVA" and "Silva, José" give the same key."""
    words = [w.strip(".,'-") for w in fold((name or "").replace(",", " ")).split()]
    words = [w for w in words if w and w not in HONORIFICS and w not in NAME_SUFFIXES]
    return " ".join(sorted(words))


def company_key(company: str | None) -> str:
    words = [w.strip(".,&-") for w in fold(company).split()]
    kept = [w for w in words if w and w not in LEGAL_SUFFIXES]
    return " ".join(kept or words)


def digits(number: str) -> str:
    return re.sub(r"\D", "", number or "")


def same_phone(a: str, b: str) -> bool:
    """+44 20 9876 5432 and (020) 9876 5432 are one number: compare the national tail."""
    da, db = digits(a), digits(b)
    if not da or not db:
        return False
    if da == db:
        return True
    short, long_ = sorted((da.lstrip("0"), db.lstrip("0")), key=len)
    return len(short) >= 7 and long_.endswith(short)


def url_key(url: str) -> str:
    key = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().lower())
    key = re.sub(r"^www\d?\.", "", key)
    return key.rstrip("/")


def similar(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b).ratio()


# --- are these one person? -------------------------------------------------------------


def _emails(c: Contact) -> set[str]:
    return {e.strip().casefold() for e in c.emails if e.strip()}


def _shares_phone(a: Contact, b: Contact) -> bool:
    return any(same_phone(p.number, q.number) for p in a.phones for q in b.phones)


def _same_company(a: Contact, b: Contact) -> bool:
    ka, kb = company_key(a.company), company_key(b.company)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    squashed_a, squashed_b = ka.replace(" ", ""), kb.replace(" ", "")
    shorter, longer = sorted((squashed_a, squashed_b), key=len)
    if len(shorter) >= 6 and longer.startswith(shorter):
        return True  # "Auto Socorro" read once as "Auto Soco": a logo cut short
    return similar(squashed_a, squashed_b) >= 0.85


def _same_domain(a: Contact, b: Contact) -> bool:
    def domains(c: Contact) -> set[str]:
        found = {e.rsplit("@", 1)[1] for e in _emails(c) if "@" in e}
        found = {d for d in found if d not in FREE_MAIL}
        found |= {url_key(u).split("/")[0] for u in c.urls}
        return {re.sub(r"^www\d?\.", "", d) for d in found if d}

    return bool(domains(a) & domains(b))


def _names(a: Contact, b: Contact) -> tuple[str, str]:
    return name_key(a.name), name_key(b.name)


def _names_match(ka: str, kb: str) -> bool:
    if ka == kb:
        return True
    # "Chris Smith" and "Chris J. Smith": one name's words all in the other, two words at least.
    wa, wb = set(ka.split()), set(kb.split())
    shorter, longer = sorted((wa, wb), key=len)
    if len(shorter) >= 2 and shorter <= longer:
        return True
    return similar(ka, kb) >= 0.9 and min(len(ka), len(kb)) >= 8  # one OCR slip in a long name


def same_person(a: Contact, b: Contact) -> float:
    """How sure we are that two contacts are one person (or one business), 0..1."""
    ka, kb = _names(a, b)
    both_named = bool(ka and kb)
    names_match = both_named and _names_match(ka, kb)
    if _emails(a) & _emails(b):
        if names_match or not both_named or similar(ka, kb) >= 0.7:  # "Chrls Smlth" is a misread, not a colleague
            return 1.0
        return 0.3  # info@ shared by two colleagues
    if both_named and not names_match:
        return 0.0
    phone = _shares_phone(a, b)
    company = _same_company(a, b)
    if names_match:
        if company or phone:
            return 0.95 if company and phone else 0.9
        if _same_domain(a, b):
            return 0.85
        return 0.5  # two people can share a name; not enough on its own
    if ka or kb:  # one has a name, the other none: a logo side, or a colleague's card
        return 0.6 if company and phone else (0.4 if phone else 0.0)
    # Neither names a person: shop cards.  The same company and a number, or two numbers.
    if company and phone:
        return 0.9
    shared_numbers = sum(1 for p in a.phones if any(same_phone(p.number, q.number) for q in b.phones))
    if shared_numbers >= 2:
        return 0.85
    if company and a.address and b.address and fold(a.address.text) == fold(b.address.text):
        return 0.85
    return 0.3 if company or phone else 0.0


# --- merging two contacts ------------------------------------------------------------------


def _conf(c: Contact, key: str) -> float:
    value = c.confidence.get(key)
    return DEFAULT_CONFIDENCE if value is None else float(value)


def _shown(value) -> str:
    if isinstance(value, Address):
        return value.text
    return str(value)


def _differs(key: str, x, y) -> bool:
    if isinstance(x, Address) and isinstance(y, Address):
        return fold(x.text) != fold(y.text)
    if key == "name":
        return name_key(x) != name_key(y)
    if key == "company":
        return company_key(x) != company_key(y)
    return fold(x) != fold(y)


def merge_contacts(a: Contact, b: Contact, *, label: str = "the other scan",
                   seen_in: str = "Also read from") -> Contact:
    """One contact from two readings of the same person.

    For each field the more confident value wins (a on a tie); emails,
    phones (by digits) and web addresses are united without repeats; where
    the two disagree a note says what the other reading was, so nothing is
    silently lost.  Neither input is changed.
    """
    merged = replace(
        a,
        name_parts=replace(a.name_parts),
        emails=[],
        phones=[],
        address=replace(a.address) if a.address else None,
        urls=[],
        confidence=dict(a.confidence),
        sources=dict(a.sources),
        notes=list(a.notes),
        uid=a.uid or b.uid,  # an address-book entry keeps its identity
    )
    notes: list[str] = []

    def take_b(key: str) -> None:
        if key in b.confidence:
            merged.confidence[key] = b.confidence[key]
        else:
            merged.confidence.pop(key, None)
        if key in b.sources:
            merged.sources[key] = b.sources[key]
        else:
            merged.sources.pop(key, None)

    for key in (*SCALAR_FIELDS, "address"):
        mine, theirs = getattr(a, key), getattr(b, key)
        if not theirs:
            continue
        if not mine:
            setattr(merged, key, replace(theirs) if isinstance(theirs, Address) else theirs)
            take_b(key)
            if key == "name":
                merged.name_parts = replace(b.name_parts)
            continue
        if not _differs(key, mine, theirs):
            if isinstance(mine, Address) and isinstance(theirs, Address):
                merged.address = _richer_address(mine, theirs)
            elif key == "name" and not _has_parts(a.name_parts):
                merged.name_parts = replace(b.name_parts)
            continue
        if _conf(b, key) > _conf(a, key):
            setattr(merged, key, replace(theirs) if isinstance(theirs, Address) else theirs)
            take_b(key)
            if key == "name":
                merged.name_parts = replace(b.name_parts)
            loser, loser_conf = mine, _conf(a, key)
        else:
            loser, loser_conf = theirs, _conf(b, key)
        kept = getattr(merged, key)
        notes.append(f"{key}: kept {_shown(kept)!r}; {label} read {_shown(loser)!r} "
                     f"(confidence {loser_conf:.2f})")

    seen_emails: set[str] = set()
    for email in [*a.emails, *b.emails]:
        if email.casefold() not in seen_emails:
            seen_emails.add(email.casefold())
            merged.emails.append(email)

    for phone in [*a.phones, *b.phones]:
        twin = next((p for p in merged.phones if same_phone(p.number, phone.number)), None)
        if twin is None:
            merged.phones.append(replace(phone))
            continue
        if twin.type == "other" and phone.type != "other":
            twin.type = phone.type
        if len(digits(phone.number)) > len(digits(twin.number)) and phone.number.startswith("+"):
            twin.number = phone.number  # keep the number that carries its country code

    seen_urls: set[str] = set()
    for url in [*a.urls, *b.urls]:
        if url_key(url) not in seen_urls:
            seen_urls.add(url_key(url))
            merged.urls.append(url)

    for key in ("emails", "phones", "urls"):
        scores = [c.confidence[key] for c in (a, b) if key in c.confidence and getattr(c, key)]
        if scores:
            merged.confidence[key] = max(scores)
        if key not in merged.sources and key in b.sources:
            merged.sources[key] = b.sources[key]

    if b.image and b.image != a.image:
        notes.append(f"{seen_in} {b.image}")
    for note in [*b.notes, *notes]:
        if note not in merged.notes:
            merged.notes.append(note)
    if merged.image is None:
        merged.image, merged.region = b.image, b.region
    return merged


def _has_parts(parts: NameParts) -> bool:
    return any(getattr(parts, k) for k in ("prefix", "given", "middle", "family", "suffix"))


def _richer_address(a: Address, b: Address) -> Address:
    """The same address read twice: keep a's text, fill its missing parts from b."""
    out = replace(a)
    for key in ("street", "city", "region", "postcode", "country"):
        if getattr(out, key) is None and getattr(b, key) is not None:
            setattr(out, key, getattr(b, key))
    return out


# --- a whole batch ------------------------------------------------------------------------


@dataclass
class DedupeResult:
    """Existing contacts first (in their order, updated in place), then new people.

    `placed[i]` is where input contact i ended up in `contacts`;
    `updated` lists the existing contacts a scan added to or corrected.
    """

    contacts: list[Contact]
    placed: list[int]
    existing_count: int = 0
    updated: list[int] = field(default_factory=list)

    @property
    def merges(self) -> list[tuple[int, int]]:
        """(input index, index of the contact it was folded into) for each input that was not new."""
        firsts: set[int] = set()
        out = []
        for i, target in enumerate(self.placed):
            if target < self.existing_count or target in firsts:
                out.append((i, target))
            else:
                firsts.add(target)
        return out

    @property
    def added(self) -> list[int]:
        return list(range(self.existing_count, len(self.contacts)))


def dedupe(contacts: Sequence[Contact], existing: Iterable[Contact] = (), *,
           threshold: float = SAME_PERSON) -> DedupeResult:
    """Fold duplicates together, and into `existing` (an address book given
    with --merge-into) rather than beside it.  Inputs are not changed."""
    out = [replace(c) for c in existing]
    existing_count = len(out)
    placed: list[int] = []
    updated: set[int] = set()
    for contact in contacts:
        best, best_score = None, 0.0
        for n, candidate in enumerate(out):
            score = same_person(candidate, contact)
            if score > best_score:
                best, best_score = n, score
        if best is not None and best_score >= threshold:
            label = "a scan" if best < existing_count else "another scan"
            before = out[best]
            out[best] = merge_contacts(before, contact, label=label)
            if best < existing_count and _changed(before, out[best]):
                updated.add(best)
            placed.append(best)
        else:
            out.append(replace(contact))
            placed.append(len(out) - 1)
    return DedupeResult(contacts=out, placed=placed, existing_count=existing_count, updated=sorted(updated))


def dedupe_results(results: Sequence[ImageResult], existing: Iterable[Contact] = (), *,
                   threshold: float = SAME_PERSON) -> tuple[list[ImageResult], DedupeResult]:
    """dedupe over a scan's results, keeping one entry per person in the photo where
    that person was first seen: the later photos of them list no contact of
    their own, and a person already in `existing` appears once, as the
    updated address-book entry."""
    where = [(n, j) for n, r in enumerate(results) for j in range(len(r.contacts))]
    flat = [results[n].contacts[j] for n, j in where]
    found = dedupe(flat, existing, threshold=threshold)
    kept: list[list[Contact]] = [[] for _ in results]
    shown: set[int] = set()
    for (n, _), target in zip(where, found.placed):
        if target not in shown:
            shown.add(target)
            kept[n].append(found.contacts[target])
    out = [replace(r, contacts=kept[n]) if r.contacts else r for n, r in enumerate(results)]
    return out, found


def _changed(before: Contact, after: Contact) -> bool:
    keys = (*SCALAR_FIELDS, "address", "emails", "phones", "urls")
    return any(getattr(before, k) != getattr(after, k) for k in keys)


__all__ = [
    "DedupeResult",
    "dedupe",
    "dedupe_results",
    "fold",
    "merge_contacts",
    "name_key",
    "same_person",
    "same_phone",
]
