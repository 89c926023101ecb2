"""Email drafts as .eml files that mail clients open ready to edit and send.

Card text ends up in headers, so every header value is flattened to one line
before it reaches the email package: a name printed as "Ana\\nBcc: x@y" can
never add a header.
"""
from __future__ import annotations

import re
from datetime import datetime
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")
_ADDR_SPEC_RE = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+\.[^@\s<>()\[\],;:\"\\]+$")


def header_text(value: str | None) -> str:
    """One line of text, safe for any header: control characters become spaces."""
    return " ".join(_CONTROL_RE.sub(" ", value or "").split())


def mailbox(display_name: str | None, addr_spec: str | None) -> Address | None:
    """An address for To/From, or None when the text is not a plain email address."""
    spec = header_text(addr_spec)
    if not spec or not _ADDR_SPEC_RE.match(spec):
        return None
    username, domain = spec.rsplit("@", 1)
    try:
        return Address(display_name=header_text(display_name), username=username, domain=domain)
    except (HeaderParseError, ValueError, IndexError):
        return None


def build_eml(
    *,
    sender: Address | None,
    recipient: Address | None,
    subject: str,
    body: str,
    date: datetime,
) -> bytes:
    """An unsent RFC 5322 message; `X-Unsent: 1` makes Outlook open it as a draft."""
    message = EmailMessage(policy=policy.SMTP)
    if sender is not None:
        message["From"] = sender
    if recipient is not None:
        message["To"] = recipient
    message["Subject"] = header_text(subject)
    message["Date"] = format_datetime(date)
    domain = sender.domain if sender is not None else "cardcap.invalid"
    message["Message-ID"] = make_msgid(idstring="cardcap", domain=domain)
    message["X-Unsent"] = "1"
    message.set_content(body.replace("\r\n", "\n"), subtype="plain", charset="utf-8")
    return message.as_bytes()
