"""Plan + candidate profile -> one tailored draft per person and step.

Each draft is rendered from templates, then checked by tone.check_draft;
the findings and the [add: ...] markers travel with the draft so the CLI can
show them instead of letting a gap or a pleading sentence go out unnoticed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from cardcap.plan.model import Interview, Plan, PlanEntry, Step

from .compose import (
    address_lines,
    long_date,
    marker,
    pair_strengths,
    relative_day,
    slug,
    weekday_date,
)
from .eml import build_eml, header_text, mailbox
from .pdf import LetterLayout, render_pdf
from .profile import CandidateProfile
from .render import TemplateSet, packaged_templates
from .salutation import address
from ._tables import table
from .tone import MARKER_RE, Finding, check_draft, word_count

PAIRS_PER_CHANNEL = {"email": 2, "post": 3, "phone": 3}  # topic/strength pairs that fit the length
ROLE_LABELS = {
    "decision_maker": "decision-maker",
    "supervisor": "future supervisor",
    "recruiter_hr": "recruiter / HR",
    "peer": "peer",
    "other": "other interviewer",
}


@dataclass
class Draft:
    """One message to one person for one plan step, ready to write to disk."""

    person: str  # the name as printed on the card
    role: str
    step_kind: str
    channel: str
    due: datetime
    stem: str  # file name without suffix
    files: dict[str, bytes | str]  # suffix (".eml", ".md", ".html", ".pdf") -> content
    text: str  # the message as checked: salutation to signature, or the call script
    findings: list[Finding] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # the [add: ...] markers left in the draft

    @property
    def ok(self) -> bool:
        return not self.findings and not self.missing


def _markers(*texts: str) -> list[str]:
    seen: dict[str, None] = {}
    for text in texts:
        unescaped = text.replace("\\[", "[").replace("\\]", "]")  # Markdown call notes escape brackets
        for found in MARKER_RE.findall(unescaped):
            seen.setdefault(found, None)
    return list(seen)


def _email_address(entry: PlanEntry, step: Step) -> str | None:
    for candidate in [step.contact_detail, *entry.contact.emails]:
        if candidate and mailbox(None, candidate) is not None:
            return header_text(candidate)
    return None


def _phone(entry: PlanEntry, step: Step) -> str | None:
    if step.contact_detail and any(ch.isdigit() for ch in step.contact_detail):
        return step.contact_detail
    for phone in entry.contact.phones:
        if phone.type != "fax":
            return phone.text or phone.number
    return None


def _context(plan: Plan, entry: PlanEntry, step: Step, profile: CandidateProfile) -> dict[str, Any]:
    interview: Interview = plan.interview
    contact = entry.contact
    named = address(contact)
    who = named.short_name or contact.name or "them"
    notes = entry.person
    topics = [t.strip() for t in (notes.topics if notes else []) if t.strip()]
    requirements = [r.strip() for r in (notes.requirements if notes else []) if r.strip()]
    idea = (notes.idea or "").strip().rstrip(".!").strip() if notes else ""
    home = profile.address.country if profile.address else interview.country
    zone = interview.zone
    interview_day = interview.when.astimezone(zone).date()
    due_local = step.due.astimezone(zone)

    subjects = topics + requirements
    if not subjects:
        subjects = [marker(f"a topic you discussed with {who}")]
    pairs = pair_strengths(subjects, profile.strengths, missing_strength=marker("a strength of yours that fits"))
    pairs = pairs[: PAIRS_PER_CHANNEL[step.channel]]
    leftover_requirements = [r for r in requirements if r not in {p.about for p in pairs}]

    candidate = {
        "name": profile.name or marker("your name"),
        "email": profile.email or marker("your email address"),
        "phone": profile.phone,
        "sign_off": profile.sign_off,
        "strengths": list(profile.strengths),
    }
    return {
        "role": entry.role.role,
        "role_label": ROLE_LABELS.get(entry.role.role, entry.role.role),
        "kind": step.kind,
        "channel": step.channel,
        "purpose": step.purpose,
        "salutation": named.salutation,
        "spoken_name": named.salutation.removeprefix("Dear "),
        "person": {
            "name": contact.name or marker("the person's name"),
            "short_name": who,
            "title": contact.title or "",
            "company": contact.company or "",
            "department": contact.department or "",
        },
        "team": contact.department or "team",
        "candidate": candidate,
        "company": interview.company or contact.company or marker("the company name"),
        "position": interview.position or marker("the position you interviewed for"),
        "when": relative_day(interview_day, due_local.date()),
        "interview_date": weekday_date(interview_day, home),
        "interview_weekday": f"{interview_day:%A} {interview_day.day} {interview_day:%B}",
        "due_text": f"{weekday_date(due_local, home)}, {due_local:%H:%M} ({interview.timezone})",
        "pairs": pairs,
        "requirements": leftover_requirements[:3],
        "idea": idea,
        "free_notes": (notes.notes or "").strip() if notes else "",
        "follows_email": any(s.kind == "thank_you_email" for s in entry.steps),
        "home_country": home,
        "top_markers": [],
    }


def _render_to_fit(templates: TemplateSet, name: str, ctx: dict, channel: str) -> str:
    """Long notes shorten the message (fewer requirements, then fewer pairs) to fit the channel."""
    high = table("tone")["word_count"][channel][1]
    attempts = [ctx, {**ctx, "requirements": []}, {**ctx, "requirements": [], "pairs": ctx["pairs"][:1]}]
    for attempt in attempts:
        text = templates.render(name, attempt)
        if word_count(text) <= high:
            return text
    return text


def _email_draft(ctx: dict, entry: PlanEntry, step: Step, profile: CandidateProfile, templates: TemplateSet):
    to_address = _email_address(entry, step)
    recipient = mailbox(entry.contact.name, to_address) if to_address else None
    sender = mailbox(profile.name, profile.email)
    gaps = []
    if recipient is None:
        gaps.append(marker(f"{ctx['person']['name']}'s email address; the card shows none, put it in To"))
    if sender is None:
        gaps.append(marker("your email address in From; add it to your profile"))
    ctx["top_markers"] = gaps
    body = _render_to_fit(templates, "email.txt.j2", ctx, "email")
    subject = templates.render("email_subject.txt.j2", ctx).strip()
    eml = build_eml(sender=sender, recipient=recipient, subject=subject, body=body, date=step.due)
    message = "\n".join(line for line in body.splitlines() if line.strip() not in ctx["top_markers"])
    return {".eml": eml}, message, body + "\n" + subject


def _letter_draft(ctx: dict, entry: PlanEntry, step: Step, profile: CandidateProfile, templates: TemplateSet):
    contact = entry.contact
    home = ctx["home_country"]
    body = _render_to_fit(templates, "letter.txt.j2", ctx, "post")
    # The sender's country is printed only on mail that crosses a border.
    recipient_country = (contact.address.country if contact.address else None) or home
    sender_address = address_lines(profile.address, home_country=recipient_country)
    sender_lines = [ctx["candidate"]["name"], *sender_address]
    if profile.address is None:
        sender_lines.append(marker("your postal address"))
    if profile.phone:
        sender_lines.append(profile.phone)
    if profile.email:
        sender_lines.append(profile.email)
    recipient_address = address_lines(contact.address, home_country=home)
    if not recipient_address:
        recipient_address = [marker(f"{ctx['person']['name']}'s postal address; the card shows none")]
    recipient = [ctx["person"]["name"]]
    if contact.title:
        recipient.append(contact.title)
    if contact.company or ctx["company"]:
        recipient.append(contact.company or ctx["company"])
    recipient += recipient_address
    envelope_sender = [ctx["candidate"]["name"], *sender_address]
    if profile.address is None:
        envelope_sender.append(marker("your postal address"))
    date_line = long_date(step.due, home)
    paragraphs = [p.split("\n") for p in body.strip().split("\n\n")]
    page = {
        "return_address": sender_lines,
        "date_line": date_line,
        "recipient": recipient,
        "paragraphs": paragraphs,
        "envelope_sender": envelope_sender,
        "envelope_recipient": recipient,
        "title": f"Letter to {ctx['person']['name']}",
        "paper": "letter" if (home or "").upper() == "US" else "A4",
    }
    markdown = templates.render("letter.md.j2", page)
    html = templates.render("letter.html.j2", page)
    pdf = render_pdf(
        LetterLayout(
            return_address=sender_lines,
            date_line=date_line,
            recipient=recipient,
            body=body,
            envelope_sender=envelope_sender,
            envelope_recipient=recipient,
            paper_country=home,
            title=page["title"],
        )
    )
    whole = "\n".join([*sender_lines, *recipient, body])
    return {".md": markdown, ".html": html, ".pdf": pdf}, body, whole


def _call_draft(ctx: dict, entry: PlanEntry, step: Step, templates: TemplateSet):
    phone = _phone(entry, step)
    ctx["phone"] = phone or marker(f"a phone number for {ctx['person']['short_name']}; the card shows none")
    if not ctx["candidate"]["phone"]:
        ctx["candidate"] = {**ctx["candidate"], "phone": marker("your phone number")}
    notes = templates.render("call.md.j2", ctx)
    return {".md": notes}, notes, notes


def generate_letters(plan: Plan, profile: CandidateProfile, *, templates: Path | None = None) -> list[Draft]:
    """One draft per planned step, in due order, each checked for tone and gaps."""
    template_set = TemplateSet(templates) if templates else packaged_templates()
    drafts: list[Draft] = []
    for index, (entry, step) in enumerate(plan.steps(), start=1):
        ctx = _context(plan, entry, step, profile)
        if step.channel == "email":
            files, text, whole = _email_draft(ctx, entry, step, profile, template_set)
        elif step.channel == "post":
            files, text, whole = _letter_draft(ctx, entry, step, profile, template_set)
        else:
            files, text, whole = _call_draft(ctx, entry, step, template_set)
        findings = check_draft(
            text,
            channel=step.channel,
            contact=entry.contact,
            position=plan.interview.position,
            full_text=whole,
            is_message=step.channel != "phone",
        )
        person = entry.contact.name or entry.contact.company or "unnamed"
        stem = f"{step.due:%Y-%m-%d}-{index:02d}-{step.kind.replace('_', '-')}-{slug(person)}"
        drafts.append(
            Draft(
                person=person,
                role=entry.role.role,
                step_kind=step.kind,
                channel=step.channel,
                due=step.due,
                stem=stem,
                files=files,
                text=text,
                findings=findings,
                missing=_markers(whole),
            )
        )
    return drafts
