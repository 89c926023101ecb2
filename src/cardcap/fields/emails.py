"""Email addresses: a permissive pattern, then email-validator's syntax check.

Syntax only: cardcap never touches the network, so no DNS lookups.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email

from .urls import is_public_suffix

# OCR inserts stray spaces around "@" and dots; allow them, then drop them.
_EMAIL = re.compile(
    r"(?<![\w.+-])([\w.+'-]+)\s?@\s?([\w-]+(?:\s?\.\s?[\w-]+)*\.[A-Za-z]{2,24})(?![\w-])",
    re.UNICODE,
)


@dataclass(frozen=True)
class EmailMatch:
    address: str
    start: int
    end: int


def find_emails(line: str) -> list[EmailMatch]:
    found = []
    for match in _EMAIL.finditer(line):
        local = repair_local_part(match.group(1).strip("."))
        domain = repair_domain(re.sub(r"\s", "", match.group(2)).strip(".").lower())
        candidate = f"{local}@{domain}"
        try:
            valid = validate_email(candidate, check_deliverability=False)
        except EmailNotValidError:
            continue
        found.append(EmailMatch(valid.normalized, match.start(), match.end()))
    return found


# Characters OCR confuses in a domain ending: ".le" is ".ie", ".lo" is ".io".
_SUFFIX_SWAPS = (("l", "i"), ("i", "l"), ("1", "l"), ("0", "o"), ("rn", "m"), ("vv", "w"), ("c0", "co"))


def repair_domain(domain: str) -> str:
    """A domain whose ending is no public suffix, mended by the usual OCR
    confusions when exactly one mending gives a real suffix."""
    head, _, tail = domain.rpartition(".")
    if not head or is_public_suffix(tail):
        return domain
    mended = {tail.replace(a, b) for a, b in _SUFFIX_SWAPS if a in tail}
    mended = [t for t in mended if is_public_suffix(t)]
    return f"{head}.{mended[0]}" if len(mended) == 1 else domain


def repair_local_part(local: str) -> str:
    """"j.mIller" in an otherwise lower-case address is "j.miller": a capital
    I inside an address is rare in print, a misread l is common.  A leading
    "I" is left alone ("Info@")."""
    head, tail = local[:1], local[1:]
    rest = tail.replace("I", "")
    if "I" in tail and rest == rest.lower() and any(ch.isalpha() for ch in rest):
        return head + tail.replace("I", "l")
    return local


_EMAIL_LABELLED = re.compile(r"(?i)(?:^|\s)(?:e-?mail|email|mail|e)\s*[:.]\s*(\S+)")


def recover_emails(line: str, known_domains: list[str]) -> list[EmailMatch]:
    """An address whose "@" OCR read as "o", "a" or "(": kept only on a line
    labelled as email and when the domain is one the card prints elsewhere."""
    if "@" in line:
        return []
    found = []
    for match in _EMAIL_LABELLED.finditer(line):
        token = match.group(1).rstrip(".,;")
        for domain in sorted(known_domains, key=len, reverse=True):
            cut = len(token) - len(domain) - 1
            if cut < 1 or not token.lower().endswith(domain) or token[cut] not in "o0a©@(":
                continue
            try:
                valid = validate_email(f"{token[:cut]}@{domain}", check_deliverability=False)
            except EmailNotValidError:
                continue
            found.append(EmailMatch(valid.normalized, match.start(1), match.start(1) + len(token)))
            break
    return found
