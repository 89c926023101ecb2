"""The candidate's own details, read from a TOML profile the user keeps.

Kept apart from the plan because it is the same for every interview; a plan
may still carry a `candidate` table that overrides it for one application.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cardcap.errors import InputNotFoundError, UsageError
from cardcap.model import Address

DEFAULT_PROFILE_PATH = Path("~/.config/cardcap/profile.toml")

PROFILE_TEMPLATE = """\
# cardcap candidate profile: your own details, used in every letter.
# Edit the values, keep the keys.  Leave a value as "" if you do not want it
# used; the letters then show a visible [add: ...] marker where it belongs.

name = ""            # as you sign your letters, e.g. "Jordan Reyes"
email = ""           # the From: address of your email drafts
phone = ""           # printed under your signature, e.g. "+1 415 555 0134"
sign_off = "Kind regards"

# A few strengths, each a phrase that reads well after "I bring".
# The letters pick the one that best matches what each interviewer discussed,
# so name the subject: "five years of building data pipelines in Python".
strengths = [
    # "five years of building data pipelines in Python",
    # "experience leading small teams through product launches",
]

# Your postal address: the return address of printed letters.
[address]
street = ""          # may hold several lines: "Flat 2\\n10 Market Street"
city = ""
region = ""          # state, province or county, if your country uses one
postcode = ""
country = ""         # two-letter code, e.g. "US", "GB", "PT", "DE"
"""


@dataclass
class CandidateProfile:
    name: str = ""
    email: str = ""
    phone: str = ""
    address: Address | None = None
    strengths: list[str] = field(default_factory=list)
    sign_off: str = "Kind regards"

    def merged(self, overrides: dict[str, Any]) -> CandidateProfile:
        """This profile with the non-empty values of another (e.g. a plan's candidate table)."""
        other = profile_from_mapping(overrides)
        changes: dict[str, Any] = {}
        for name in ("name", "email", "phone", "sign_off"):
            if getattr(other, name):
                changes[name] = getattr(other, name)
        if other.strengths:
            changes["strengths"] = other.strengths
        if other.address is not None:
            changes["address"] = other.address
        return replace(self, **changes)


def _text(value: Any, key: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise UsageError(f"profile: '{key}' should be text, not {type(value).__name__}")
    return value.strip()


def profile_from_mapping(data: dict[str, Any]) -> CandidateProfile:
    """Accepts the profile's top level or a `[candidate]` table holding the same keys."""
    if isinstance(data.get("candidate"), dict):
        data = data["candidate"]
    strengths = data.get("strengths") or []
    if isinstance(strengths, str):
        strengths = [strengths]
    if not isinstance(strengths, list):
        raise UsageError("profile: 'strengths' should be a list of phrases")
    raw_address = data.get("address")
    address = None
    if isinstance(raw_address, dict):
        parts = {k: _text(raw_address.get(k), f"address.{k}") or None
                 for k in ("street", "city", "region", "postcode", "country")}
        if any(parts.values()):
            country = parts["country"].upper() if parts["country"] else None
            parts["country"] = country
            text = ", ".join(v for v in parts.values() if v)
            address = Address(text=text, **parts)
    elif isinstance(raw_address, str) and raw_address.strip():
        address = Address(text=raw_address.strip(), street=raw_address.strip())
    return CandidateProfile(
        name=_text(data.get("name"), "name"),
        email=_text(data.get("email"), "email"),
        phone=_text(data.get("phone"), "phone"),
        address=address,
        strengths=[_text(s, "strengths") for s in strengths if _text(s, "strengths")],
        sign_off=_text(data.get("sign_off"), "sign_off") or "Kind regards",
    )


def load_profile(path: Path | str | None = None) -> CandidateProfile:
    target = Path(path or DEFAULT_PROFILE_PATH).expanduser()
    if not target.is_file():
        raise InputNotFoundError(
            f"no candidate profile at {target}; create one with: cardcap letters --init -o {target}"
        )
    try:
        data = tomllib.loads(target.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{target}: not valid TOML ({exc})") from exc
    return profile_from_mapping(data)
