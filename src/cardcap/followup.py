"""`cardcap followup`: scan, plan and letters in one go, for the evening
after the interview.  Each step writes what its own command would, into
one folder, so any step can be redone on its own later."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError
from .fsio import ensure_output_dir
from .letters import Draft, generate_letters, write_drafts
from .letters.cli import resolve_profile
from .model import ImageResult
from .outputs import all_contacts, write_scan_outputs
from .pipeline import ScanOptions, iter_scan
from .plan import build_plan
from .plan.files import write_plan
from .plan.interview import default_timezone, make_interview
from .plan.model import Plan


@dataclass
class FollowupResult:
    results: list[ImageResult]
    plan: Plan
    drafts: list[Draft]
    written: list[Path] = field(default_factory=list)


def run_followup(paths: list[Path], out_dir: Path, *, when: str, company: str | None, position: str | None,
                 timezone: str | None = None, country: str | None = None, duration_minutes: int = 60,
                 profile: Path | None = None, options: ScanOptions | None = None, force: bool = False,
                 on_result=None) -> FollowupResult:
    """Photos -> contacts (out_dir) -> plan (out_dir) -> drafts (out_dir/letters)."""
    ensure_output_dir(out_dir)  # fail before the slow part, not after it
    interview = make_interview(when, timezone=timezone or default_timezone(), company=company, position=position,
                               country=country, duration_minutes=duration_minutes)
    results = list(iter_scan(paths, options, on_result=on_result))
    contacts = all_contacts(results)
    if not contacts:
        raise UsageError("no contacts could be read from the photos, so there is nobody to plan for")
    written = write_scan_outputs(results, out_dir, force=force)
    plan = build_plan(contacts, interview)
    written += write_plan(plan, out_dir, force=force)
    drafts = generate_letters(plan, resolve_profile(profile, None))
    written += write_drafts(drafts, out_dir / "letters", force=force)
    return FollowupResult(results, plan, drafts, written)
