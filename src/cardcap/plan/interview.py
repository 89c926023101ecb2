"""The interview as the user describes it: command-line options or a small file.

The user knows what no card says (when it was, who was the primary
interviewer, who would be the boss, what was discussed), so they can write it
in a TOML or YAML file; `interview_template` starts that file for them from
the scanned cards.
"""
from __future__ import annotations

import json
import os
import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from cardcap.errors import InputNotFoundError, UsageError
from cardcap.model import Contact
from cardcap.plan.model import ROLES, Interview, PersonNotes
from cardcap.plan.roles import ROLE_LABELS, classify_panel
from cardcap.plan.schedule import check_country
from cardcap.userenv import locale_country

def default_country(environ: Mapping[str, str] | None = None) -> str:
    """From the locale (LANG=en_GB.UTF-8 -> GB), because holidays follow where the user lives."""
    return locale_country("LC_TIME", environ)


def default_timezone(environ: Mapping[str, str] | None = None) -> str:
    """The machine's IANA zone name (TZ, /etc/timezone, /etc/localtime), else UTC."""
    env = os.environ if environ is None else environ
    candidates = [env.get("TZ", "").lstrip(":")]
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    try:
        target = os.readlink("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name and _valid_zone(name):
            return name
    return "UTC"


def _valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def check_timezone(name: str) -> str:
    if not _valid_zone(name):
        raise UsageError(f"Unknown time zone {name!r}; use an IANA name such as Europe/London or America/New_York.")
    return name


def parse_when(value: str | datetime | date, timezone: str) -> datetime:
    """'2026-11-27 14:00' is wall-clock time in `timezone`; an explicit offset is converted to it."""
    zone = ZoneInfo(check_timezone(timezone))
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        raise UsageError(f"The interview time {value.isoformat()} has no time of day; write e.g. "
                         f"\"{value.isoformat()} 14:00\".")
    else:
        text = str(value).strip()
        if not text:
            raise UsageError('The interview time is missing; write it as "YYYY-MM-DD HH:MM".')
        try:
            moment = datetime.fromisoformat(text.replace("T", " ", 1))
        except ValueError as exc:
            raise UsageError(f'Cannot read the interview time {text!r}; write it as "YYYY-MM-DD HH:MM".') from exc
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def make_interview(when: str | datetime, *, timezone: str, company: str | None = None,
                   position: str | None = None, country: str | None = None,
                   duration_minutes: int = 60, people: list[PersonNotes] | None = None) -> Interview:
    if duration_minutes <= 0 or duration_minutes > 24 * 60:
        raise UsageError("The interview length must be between 1 minute and 24 hours.")
    return Interview(
        when=parse_when(when, timezone),
        timezone=timezone,
        company=company or None,
        position=position or None,
        country=check_country(country or default_country()),
        duration_minutes=duration_minutes,
        people=people or [],
    )


def _text_list(value: Any, where: str) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v for v in value if v.strip()]
    raise UsageError(f"{where} should be a list of texts.")


def _person(raw: Any, number: int) -> PersonNotes:
    where = f"Person {number} in the interview file"
    if not isinstance(raw, dict):
        raise UsageError(f"{where} should be a table of keys (match, role, primary, topics...).")
    match = str(raw.get("match") or "").strip()
    if not match:
        raise UsageError(f"{where} needs 'match': their email address or name as on the card.")
    role = raw.get("role") or None
    if role is not None and role not in ROLES:
        raise UsageError(f"{where} ({match}): role {role!r} is not one of {', '.join(ROLES)}.")
    def optional_text(key: str) -> str | None:
        value = raw.get(key)
        return str(value).strip() or None if value is not None else None
    return PersonNotes(
        match=match,
        role=role,
        primary=bool(raw.get("primary", False)),
        topics=_text_list(raw.get("topics"), f"{where}: topics"),
        requirements=_text_list(raw.get("requirements"), f"{where}: requirements"),
        idea=optional_text("idea"),
        notes=optional_text("notes"),
    )


def read_interview_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise InputNotFoundError(f"Interview file not found: {path}")
    text = path.read_text(encoding="utf-8")
    try:
        if path.suffix.lower() in (".yaml", ".yml"):
            data = yaml.safe_load(text) or {}
        else:
            data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        raise UsageError(f"Cannot read {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise UsageError(f"{path} should hold keys such as when, timezone, company and people.")
    return data


def load_interview_file(path: Path, *, overrides: Mapping[str, Any] | None = None) -> tuple[Interview, Path | None]:
    """The interview and the contacts file it names (relative to the interview file)."""
    data = read_interview_file(path)
    data.update({k: v for k, v in (overrides or {}).items() if v not in (None, "")})
    people_raw = data.get("people") or []
    if not isinstance(people_raw, list):
        raise UsageError(f"'people' in {path} should be a list ([[people]] tables in TOML).")
    timezone = str(data.get("timezone") or default_timezone())
    interview = make_interview(
        data.get("when", ""),
        timezone=timezone,
        company=data.get("company"),
        position=data.get("position"),
        country=data.get("country"),
        duration_minutes=int(data.get("duration_minutes", 60)),
        people=[_person(raw, n) for n, raw in enumerate(people_raw, start=1)],
    )
    contacts = data.get("contacts")
    contacts_path = (path.parent / str(contacts)) if contacts else None
    return interview, contacts_path


def _toml_string(text: str) -> str:
    """TOML basic string; JSON escaping is valid TOML except for DEL, escaped here."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _comment(text: str) -> str:
    """Card text is untrusted: one printable line, so it cannot end a comment early."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return flat[:80]


def interview_template(contacts: list[Contact], *, contacts_path: str | None = None,
                       when: datetime | None = None, timezone: str | None = None,
                       company: str | None = None, position: str | None = None,
                       country: str | None = None) -> str:
    """A commented TOML file naming every scanned person, for the user to complete."""
    roles = classify_panel(contacts, company=company, position=position)
    lines = [
        "# Interview details for `cardcap plan`. Fill in what you know, then run:",
        "#   cardcap plan THIS_FILE -o OUTPUT_FOLDER",
        "# Lines starting with # are ignored.",
        "",
    ]
    if contacts_path:
        lines.append(f"contacts = {_toml_string(contacts_path)}")
    when_text = when.strftime("%Y-%m-%d %H:%M") if when else ""
    lines += [
        f"when = {_toml_string(when_text)}        # start, local time: \"YYYY-MM-DD HH:MM\"",
        "duration_minutes = 60",
        f"timezone = {_toml_string(timezone or default_timezone())}",
        f"country = {_toml_string(country or default_country())}   # public holidays; a region if they differ: GB-SCT, US-CA",
        f"company = {_toml_string(company or '')}",
        f"position = {_toml_string(position or '')}",
        "",
        f"# One [[people]] block per card. role: {', '.join(ROLES)}.",
        "# Uncomment role to correct the guess; your word always wins.",
        "# Set primary = true for the person who led the interview (they get a check-in call).",
    ]
    for contact, guess in zip(contacts, roles):
        match = next((e for e in contact.emails if "@" in e), None) or contact.name or ""
        described = ", ".join(_comment(part) for part in (contact.name, contact.title, contact.company) if part)
        block = [
            "[[people]]",
            f"match = {_toml_string(match)}",
            f"# role = {_toml_string(guess.role)}   # guessed {ROLE_LABELS[guess.role]}: {_comment(guess.reason)}",
            "primary = false",
            "topics = []          # what you talked about, e.g. [\"the Q3 churn report\"]",
            "requirements = []    # skills or duties they stressed",
            "idea = \"\"            # a first idea on a process they described",
            "notes = \"\"",
        ]
        lines += ["", f"# {described or 'card without a name'}"]
        if not match:
            # Nothing on the card to match by: leave the block for the user to complete.
            lines.append("# This card has no name or email; write one in match and uncomment the block.")
            block = ["# " + line for line in block]
        lines += block
    return "\n".join(lines) + "\n"
