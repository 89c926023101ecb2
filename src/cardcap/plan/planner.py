"""Contacts + interview -> a follow-up plan: who to thank, when, and how.

Pure: no files, no clock unless `now` is left out.  What can be planned
depends on what each card printed; a missing channel is said plainly with the
next best one offered, never silently dropped.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta

from cardcap.model import Contact
from cardcap.plan.model import (
    PRIORITIES,
    Channel,
    Interview,
    PersonNotes,
    Plan,
    PlanEntry,
    Role,
    RoleAssessment,
    Step,
)
from cardcap.plan.roles import ROLE_LABELS, plain_text, classify_panel, email_domain
from cardcap.plan.schedule import Schedule, holiday_name, priority_for, schedule_for, steps_for

_THANKS_PURPOSE: dict[str, str] = {
    "decision_maker": "Thank them while the interview is fresh, say you want the job, and tie your "
                      "skills to the impact on the business they care about.",
    "supervisor": "Thank them while the interview is fresh, say you want the job, and show how you "
                  "meet the duties and requirements they described.",
    "recruiter_hr": "Thank them for running the process and ask about the timeline for a decision "
                    "and whether they need references or documents.",
    "peer": "A short thanks is enough: it is good manners, and future colleagues are often asked "
            "for their view.",
    "other": "A short thanks is enough: good manners, and people remember who wrote.",
}
_LETTER_PURPOSE = ("A letter on paper a week later stands out among emails, keeps you in mind "
                   "while they decide and shows follow-through.")
_CALL_PURPOSE: dict[str, str] = {
    "recruiter_hr": "Ask where the decision stands and whether anything else (references, documents) "
                    "is needed from you.",
}
_CALL_PURPOSE_DEFAULT = ("About ten working days on, a short call shows steady interest and asks "
                         "where the decision stands.")
_CHECK_IN_PURPOSE = ("A week without news: ask the primary interviewer politely when they expect to "
                     "decide, so you can plan.")


def contact_label(contact: Contact) -> str:
    """How a person is named in tables and notes when the card lacks a name."""
    return (contact.name or (contact.emails[0] if contact.emails else None)
            or contact.company or "Unnamed card").strip() or "Unnamed card"


def _email_of(contact: Contact) -> str | None:
    return next((e.strip() for e in contact.emails if email_domain(e)), None)


def _address_of(contact: Contact) -> str | None:
    if contact.address and contact.address.text and contact.address.text.strip():
        return contact.address.text.strip()
    return None


def _phone_of(contact: Contact) -> str | None:
    """A number someone answers: voice lines before mobiles, never a fax."""
    voice = [p for p in contact.phones if p.type != "fax" and (p.number or p.text).strip()]
    voice.sort(key=lambda p: {"work": 0, "mobile": 1}.get(p.type, 2))
    if not voice:
        return None
    return voice[0].dial_string().strip() if voice[0].number.strip() else voice[0].text.strip()  # "+14155550101,204"


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", plain_text(text))


def match_people(contacts: list[Contact], people: list[PersonNotes]) -> tuple[dict[int, PersonNotes], list[str]]:
    """Pair the user's notes with cards: email first, then an unambiguous name."""
    matched: dict[int, PersonNotes] = {}
    unmatched: list[str] = []
    for person in people:
        key = person.match.strip()
        found: int | None = None
        if "@" in key:
            found = next((i for i, c in enumerate(contacts)
                          if any(e.strip().casefold() == key.casefold() for e in c.emails)), None)
        if found is None:
            wanted = set(_words(key))
            candidates = [i for i, c in enumerate(contacts)
                          if wanted and c.name and wanted <= set(_words(c.name))]
            if len(candidates) == 1:
                found = candidates[0]
            elif len(candidates) > 1:
                unmatched.append(f"{key!r} in the interview file fits more than one card; "
                                 "use their email address to say which.")
                continue
        if found is None or found in matched:
            unmatched.append(f"{key!r} in the interview file matches no card (or a card already matched).")
            continue
        matched[found] = person
    return matched, unmatched


def _entry_id(contact: Contact, index: int) -> str:
    email = _email_of(contact)
    if email:
        key = email.casefold()
    elif contact.name:
        key = " ".join(_words(contact.name)) + "|" + " ".join(_words(contact.company or ""))
    else:
        key = f"card-{index}"
    return "p-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]


def _day(moment: datetime) -> str:
    return f"{moment:%A} {moment.day} {moment:%B}"


def _steps_for_entry(contact: Contact, role: Role, priority: str, primary: bool,
                     when: Schedule) -> tuple[list[Step], list[str], list[Channel]]:
    email, address, phone = _email_of(contact), _address_of(contact), _phone_of(contact)
    missing: list[Channel] = [ch for ch, have in (("email", email), ("post", address), ("phone", phone))
                              if not have]  # type: ignore[misc]
    wanted = steps_for(priority)  # type: ignore[arg-type]
    steps: list[Step] = []
    notes: list[str] = []

    thanks = _THANKS_PURPOSE[role]
    first_by_post = False
    if email:
        steps.append(Step("thank_you_email", "email", when.thank_you, email, thanks))
    elif address:
        first_by_post = True
        steps.append(Step("letter", "post", when.first_letter, address, thanks,
                          note="No email on the card: post a thank-you letter the next working day instead.",
                          stands_in_for="thank_you_email"))
    elif phone:
        steps.append(Step("call", "phone", when.first_call, phone, thanks,
                          note="No email or postal address on the card: thank them by phone instead.",
                          stands_in_for="thank_you_email"))
    else:
        notes.append("The card gives no email, postal address or phone number: look them up on the "
                      "company website or LinkedIn, or ask the recruiter to pass on your thanks.")

    if "letter" in wanted and not first_by_post:
        if address:
            steps.append(Step("letter", "post", when.letter, address, _LETTER_PURPOSE))
        elif email:
            notes.append(f"No postal address on the card, so no letter; a short follow-up email around "
                         f"{_day(when.letter)} does the same job.")
        elif phone:
            notes.append("No postal address on the card, so no letter; the call below will have to do.")

    if "call" in wanted:
        purpose = _CALL_PURPOSE.get(role, _CALL_PURPOSE_DEFAULT)
        if phone:
            steps.append(Step("call", "phone", when.call, phone, purpose))
        elif email:
            notes.append(f"No phone number on the card, so no call; if nothing has been heard by "
                         f"{_day(when.call)}, send a short email instead.")
        elif address:
            notes.append("No phone number or email on the card, so no call; the letter is your follow-up.")

    if primary:
        if phone:
            steps.append(Step("check_in_call", "phone", when.check_in_call, phone, _CHECK_IN_PURPOSE))
        elif email:
            steps.append(Step("check_in_call", "email", when.check_in_call, email, _CHECK_IN_PURPOSE,
                              note="No phone number on the card: ask by email instead of calling."))
        else:
            notes.append("They were your primary interviewer, but the card gives no phone or email for a "
                         "check-in after a week; ask the recruiter instead.")
    steps.sort(key=lambda s: s.due)
    return steps, notes, missing


def _holiday_notes(interview: Interview, entries: list[PlanEntry]) -> list[str]:
    """Say which holidays moved a date, so a shifted call doesn't look like a bug."""
    last = max((s.due for e in entries for s in e.steps), default=interview.ends)
    day: date = interview.ends.astimezone(interview.zone).date()
    notes = []
    while day <= last.date():
        name = holiday_name(day, interview.country)
        if name and day.weekday() < 5:
            notes.append(f"{day:%A} {day.day} {day:%B} is a public holiday in {interview.country} "
                         f"({name}); working-day counts skip it.")
        day += timedelta(days=1)
    return notes


def build_plan(contacts: list[Contact], interview: Interview, *, now: datetime | None = None,
               roles: list[RoleAssessment] | None = None) -> Plan:
    """The whole plan; `roles` lets a caller pass its own classification."""
    when = schedule_for(interview)
    assessed = roles or classify_panel(contacts, company=interview.company, position=interview.position)
    matched, unmatched = match_people(contacts, interview.people)
    entries: list[PlanEntry] = []
    for index, (contact, guess) in enumerate(zip(contacts, assessed)):
        person = matched.get(index)
        role = guess
        if person and person.role:
            role = RoleAssessment(person.role, 1.0,
                                  f"you said {ROLE_LABELS[person.role]} "
                                  f"(from the card alone: {ROLE_LABELS[guess.role]})",
                                  stated_by_user=True)
        priority = priority_for(role.role)
        primary = bool(person and person.primary)
        steps, notes, missing = _steps_for_entry(contact, role.role, priority, primary, when)
        entry_id = _entry_id(contact, index)
        for step in steps:
            step.id = f"{entry_id}-{step.kind}"
        entries.append(PlanEntry(contact=contact, role=role, priority=priority, steps=steps,
                                 person=person, missing_channels=missing, notes=notes, id=entry_id))
    _deduplicate_ids(entries)
    entries.sort(key=lambda e: (PRIORITIES.index(e.priority), not e.primary,
                                contact_label(e.contact).casefold()))
    generated = now or datetime.now(interview.zone)
    plan_notes = _holiday_notes(interview, entries) + unmatched
    overdue = [step for entry in entries for step in entry.steps if step.due < generated]
    if overdue:
        plan_notes.append(f"{len(overdue)} step(s) were due before today; do them as soon as you can, "
                          "thank-you messages first: late thanks still beat none.")
    if not any(e.primary for e in entries):
        plan_notes.append("No primary interviewer named, so no check-in call is planned; mark one with "
                          "primary = true in the interview file.")
    return Plan(interview=interview, entries=entries, generated_at=generated, notes=plan_notes)


def _deduplicate_ids(entries: list[PlanEntry]) -> None:
    """Two cards of the same person (front and back, or scanned twice) must not share calendar UIDs."""
    seen: dict[str, int] = {}
    for entry in entries:
        count = seen.get(entry.id, 0)
        seen[entry.id] = count + 1
        if count:
            entry.id = f"{entry.id}-{count + 1}"
            for step in entry.steps:
                step.id = f"{entry.id}-{step.kind}"


def step_label(step: Step) -> str:
    """Names for people: 'thank-you email', or 'thank-you letter' when post stands in."""
    if step.stands_in_for == "thank_you_email":
        return {"post": "thank-you letter", "phone": "thank-you call"}.get(step.channel, "thank-you")
    return {
        ("thank_you_email", "email"): "thank-you email",
        ("letter", "post"): "letter by post",
        ("call", "phone"): "phone call",
        ("check_in_call", "phone"): "check-in call",
        ("check_in_call", "email"): "check-in email",
    }.get((step.kind, step.channel), f"{step.kind.replace('_', ' ')} ({step.channel})")
