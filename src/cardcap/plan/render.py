"""The plan as a terminal table, Markdown, JSON and an iCalendar file.

All pure: each returns text or bytes, writing is the caller's job.  Card text
is untrusted (OCR of whatever was photographed), so every renderer escapes
it for its own format.

Calendar entries are VEVENTs, not VTODOs: a follow-up is a task, but Google
Calendar imports only events from an .ics file and drops to-dos, and Outlook
and Apple Calendar show events on the day where the user will see them.
Each step becomes a short event at its due time with a reminder before it.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

import icalendar
from rich.table import Table
from rich.text import Text

from cardcap.plan.model import Plan, PlanEntry, Step
from cardcap.plan.planner import contact_label, step_label
from cardcap.plan.roles import ROLE_LABELS
from cardcap.plan.schedule import load_timing

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def clean_text(text: str, *, keep_newlines: bool = False) -> str:
    """Drop control characters and lone surrogates that break files and terminals."""
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    if keep_newlines:
        return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
    return " ".join(text.split())


def _when(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M}"


def _who(entry: PlanEntry) -> str:
    return clean_text(contact_label(entry.contact))


def _role_text(entry: PlanEntry) -> str:
    label = ROLE_LABELS[entry.role.role]
    return f"{label} (you said)" if entry.role.stated_by_user else f"{label} ({entry.role.confidence:.0%} sure)"


def _heading(plan: Plan) -> str:
    interview = plan.interview
    what = " at ".join(clean_text(part) for part in (interview.position, interview.company) if part)
    return f"Follow-up plan: {what}" if what else "Follow-up plan"


# --- JSON -----------------------------------------------------------------


def render_json(plan: Plan) -> str:
    return json.dumps(plan.to_dict(), indent=2, ensure_ascii=False) + "\n"


# --- terminal ----------------------------------------------------------------


def plan_table(plan: Plan) -> Table:
    """Every step in date order; Text cells so card text is never read as markup."""
    table = Table(title=_heading(plan), show_lines=False)
    table.add_column("When", no_wrap=True)
    table.add_column("Who", overflow="fold")
    table.add_column("Role", overflow="fold")
    table.add_column("Step", overflow="fold")
    table.add_column("Via", overflow="fold")
    for entry, step in plan.steps():
        table.add_row(
            Text(f"{step.due:%a} {step.due.day} {step.due:%b %H:%M}"),
            Text(_who(entry) + (" (primary)" if entry.primary else "")),
            Text(f"{ROLE_LABELS[entry.role.role]}, {entry.priority}"),
            Text(step_label(step)),
            Text(clean_text(step.contact_detail)),
        )
    return table


# --- Markdown ---------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<|~])")


def md_escape(text: str) -> str:
    """Card text as literal Markdown: no accidental links, emphasis or table breaks."""
    escaped = _MD_SPECIAL.sub(r"\\\1", clean_text(text))
    return re.sub(r"^([-=]|\d+\.)", r"\\\1", escaped)


def render_markdown(plan: Plan) -> str:
    interview = plan.interview
    lines = [f"# {md_escape(_heading(plan))}", ""]
    lines.append(f"Interview: {_when(interview.when)}–{interview.ends:%H:%M} ({interview.timezone}). "
                 f"Working days follow the public holidays of {interview.country}.")
    lines.append("")
    lines += ["## Timeline", "", "| When | Who | Step | Via |", "|---|---|---|---|"]
    for entry, step in plan.steps():
        lines.append(f"| {_when(step.due)} | {md_escape(_who(entry))} ({entry.priority}) | "
                     f"{step_label(step)} | {md_escape(step.contact_detail)} |")
    if not plan.steps():
        lines.append("| | nothing can be planned from these cards | | |")
    lines.append("")
    lines += ["## People", ""]
    for entry in plan.entries:
        lines += _markdown_entry(entry)
    if plan.notes:
        lines += ["## Notes", ""]
        lines += [f"- {md_escape(note)}" for note in plan.notes]
        lines.append("")
    lines.append(f"_Generated {_when(plan.generated_at)}._")
    return "\n".join(lines) + "\n"


def _markdown_entry(entry: PlanEntry) -> list[str]:
    contact = entry.contact
    heading = f"### {md_escape(_who(entry))} — {entry.priority}"
    if entry.primary:
        heading += " (primary interviewer)"
    lines = [heading, ""]
    card = ", ".join(md_escape(part) for part in (contact.title, contact.department, contact.company) if part)
    if card:
        lines += [f"_{card}_", ""]
    lines.append(f"Role: {_role_text(entry)}: {md_escape(entry.role.reason)}")
    lines.append("")
    for step in entry.steps:
        lines.append(f"- [ ] **{_when(step.due)} — {step_label(step)}** via {md_escape(step.contact_detail)}. "
                     f"{md_escape(step.purpose)}")
        if step.note:
            lines.append(f"  {md_escape(step.note)}")
    for note in entry.notes:
        lines.append(f"- {md_escape(note)}")
    person = entry.person
    if person:
        if person.topics:
            lines.append(f"- Topics you discussed: {'; '.join(md_escape(t) for t in person.topics)}")
        if person.requirements:
            lines.append(f"- What they stressed: {'; '.join(md_escape(r) for r in person.requirements)}")
        if person.idea:
            lines.append(f"- Your idea to mention: {md_escape(person.idea)}")
        if person.notes:
            lines.append(f"- Notes: {md_escape(person.notes)}")
    lines.append("")
    return lines


# --- iCalendar ------------------------------------------------------------


def _event(entry: PlanEntry, step: Step, stamp: datetime, minutes: int, reminder: int) -> icalendar.Event:
    who = clean_text(contact_label(entry.contact))
    event = icalendar.Event()
    event.add("uid", f"{step.id or entry.id + '-' + step.kind}@cardcap")
    event.add("dtstamp", stamp)
    event.add("dtstart", step.due)
    event.add("dtend", step.due + timedelta(minutes=minutes))
    event.add("summary", f"{step_label(step).capitalize()}: {who}")
    details = [
        f"{ROLE_LABELS[entry.role.role]}, {entry.priority}" + (", primary interviewer" if entry.primary else ""),
        f"Via {step.channel}: {clean_text(step.contact_detail)}",
        clean_text(step.purpose),
    ]
    if step.note:
        details.append(clean_text(step.note))
    event.add("description", "\n".join(details))
    event.add("categories", ["Job follow-up"])
    event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: don't block the day
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(minutes=-reminder))
    alarm.add("description", f"{step_label(step).capitalize()}: {who}")
    event.add_component(alarm)
    return event


def render_ics(plan: Plan) -> bytes:
    """One VEVENT per step, in the interview's zone with its VTIMEZONE; UIDs stable across runs."""
    timing = load_timing()
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//cardcap//follow-up plan//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", clean_text(_heading(plan)))
    stamp = plan.generated_at.astimezone(timezone.utc)
    for entry, step in plan.steps():
        calendar.add_component(_event(entry, step, stamp, timing["event_minutes"],
                                      timing["reminder_minutes_before"]))
    calendar.add_missing_timezones()
    return calendar.to_ical()
