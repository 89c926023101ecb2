"""Email addresses: a permissive pattern, then email-validator's syntax check.

Syntax only: cardcap never touches the network, so no DNS lookups.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email

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
        local = match.group(1).strip(".")
        domain = re.sub(r"\s", "", match.group(2)).strip(".")
        candidate = f"{local}@{domain.lower()}"
        try:
            valid = validate_email(candidate, check_deliverability=False)
        except EmailNotValidError:
            continue
        found.append(EmailMatch(valid.normalized, match.start(), match.end()))
    return found
