"""Typed values of the follow-up plan, shared with the letter generator.

contacts + Interview -> Plan (PlanEntry per person, Step per action).
The plan is written to plan.json with Plan.to_dict() and read back with
Plan.from_dict(); the schema is described in docs/plan-json.md.  Names here
are a contract with the letters code: extend, don't rename.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from cardcap.export import jsonout
from cardcap.model import Contact

Role = Literal["decision_maker", "supervisor", "recruiter_hr", "peer", "other"]
ROLES: tuple[str, ...] = ("decision_maker", "supervisor", "recruiter_hr", "peer", "other")

Priority = Literal["must", "should", "optional"]
PRIORITIES: tuple[str, ...] = ("must", "should", "optional")  # most important first

StepKind = Literal["thank_you_email", "letter", "call", "check_in_call"]
STEP_KINDS: tuple[str, ...] = ("thank_you_email", "letter", "call", "check_in_call")

Channel = Literal["email", "post", "phone"]
CHANNELS: tuple[str, ...] = ("email", "post", "phone")

SCHEMA_VERSION = 1


@dataclass
class PersonNotes:
    """What the user knows about one interviewer that no card can say."""

    match: str  # email or name the user wrote, used to find the contact
    role: Role | None = None  # stated role; always beats the classifier
    primary: bool = False  # the primary interviewer (gets the check-in call)
    topics: list[str] = field(default_factory=list)  # what was discussed
    requirements: list[str] = field(default_factory=list)  # duties/skills they stressed
    idea: str | None = None  # a first idea on a process they described
    notes: str | None = None  # anything else, free text


@dataclass
class Interview:
    """The interview the plan follows up; `when` is aware, in `timezone`."""

    when: datetime  # start, timezone-aware
    timezone: str  # IANA name, e.g. "Europe/London"
    company: str | None = None
    position: str | None = None
    country: str = "US"  # ISO 3166-1 alpha-2, for public holidays
    duration_minutes: int = 60
    people: list[PersonNotes] = field(default_factory=list)

    @property
    def ends(self) -> datetime:
        return self.when + timedelta(minutes=self.duration_minutes)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass
class RoleAssessment:
    """A person's part in the hiring decision, and why we think so."""

    role: Role
    confidence: float  # 0..1; 1.0 when stated by the user
    reason: str  # one line a user can check, e.g. "'VP Engineering': senior leader"
    stated_by_user: bool = False


@dataclass
class Step:
    """One dated action towards one person through one channel."""

    kind: StepKind
    channel: Channel
    due: datetime  # timezone-aware, in the interview's time zone
    contact_detail: str  # the email address, postal address or phone number used
    purpose: str  # why this step helps, in a sentence
    note: str | None = None  # a missing channel and the alternative chosen
    stands_in_for: StepKind | None = None  # e.g. a letter sent first because no email
    id: str = ""  # stable across re-runs; used as the calendar UID


@dataclass
class PlanEntry:
    """Everything planned for one person, most urgent step first."""

    contact: Contact
    role: RoleAssessment
    priority: Priority
    steps: list[Step] = field(default_factory=list)
    person: PersonNotes | None = None  # the user's notes matched to this contact
    missing_channels: list[Channel] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # plain sentences for the user
    id: str = ""  # stable per person, prefix of the step ids

    @property
    def primary(self) -> bool:
        return bool(self.person and self.person.primary)


@dataclass
class Plan:
    interview: Interview
    entries: list[PlanEntry]
    generated_at: datetime  # timezone-aware
    notes: list[str] = field(default_factory=list)  # e.g. unmatched people in the interview file

    def steps(self) -> list[tuple[PlanEntry, Step]]:
        """All steps across people in due order, for calendars and tables."""
        pairs = [(entry, step) for entry in self.entries for step in entry.steps]
        return sorted(pairs, key=lambda pair: (pair[1].due, PRIORITIES.index(pair[0].priority)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": "cardcap-plan",
            "version": SCHEMA_VERSION,
            "generated_at": self.generated_at.isoformat(),
            "interview": _interview_to_dict(self.interview),
            "entries": [_entry_to_dict(entry) for entry in self.entries],
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Plan:
        interview = _interview_from_dict(data["interview"])
        return cls(
            interview=interview,
            entries=[_entry_from_dict(entry) for entry in data.get("entries", [])],
            generated_at=datetime.fromisoformat(data["generated_at"]),
            notes=list(data.get("notes", [])),
        )


# --- (de)serialisation ---------------------------------------------------------


def contact_to_dict(contact: Contact) -> dict[str, Any]:
    """Same keys as the scan JSON (FORMAT.md section 2), so either can be read."""
    return jsonout.contact_to_dict(contact)


def contact_from_dict(data: dict[str, Any]) -> Contact:
    return jsonout.contact_from_dict(data, where="plan contact")


def _interview_to_dict(interview: Interview) -> dict[str, Any]:
    data = asdict(interview)
    data["when"] = interview.when.isoformat()
    data["ends"] = interview.ends.isoformat()
    return data


def _interview_from_dict(data: dict[str, Any]) -> Interview:
    zone = ZoneInfo(data["timezone"])
    return Interview(
        when=datetime.fromisoformat(data["when"]).astimezone(zone),
        timezone=data["timezone"],
        company=data.get("company"),
        position=data.get("position"),
        country=data.get("country") or "US",
        duration_minutes=int(data.get("duration_minutes", 60)),
        people=[PersonNotes(**person) for person in data.get("people", [])],
    )


def _step_to_dict(step: Step) -> dict[str, Any]:
    data = asdict(step)
    data["due"] = step.due.isoformat()
    return data


def _step_from_dict(data: dict[str, Any]) -> Step:
    fields = dict(data)
    fields["due"] = datetime.fromisoformat(fields["due"])
    return Step(**fields)


def _entry_to_dict(entry: PlanEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "contact": contact_to_dict(entry.contact),
        "role": asdict(entry.role),
        "priority": entry.priority,
        "primary": entry.primary,
        "steps": [_step_to_dict(step) for step in entry.steps],
        "person": asdict(entry.person) if entry.person else None,
        "missing_channels": list(entry.missing_channels),
        "notes": list(entry.notes),
    }


def _entry_from_dict(data: dict[str, Any]) -> PlanEntry:
    person = data.get("person")
    return PlanEntry(
        contact=contact_from_dict(data["contact"]),
        role=RoleAssessment(**data["role"]),
        priority=data["priority"],
        steps=[_step_from_dict(step) for step in data.get("steps", [])],
        person=PersonNotes(**person) if person else None,
        missing_channels=list(data.get("missing_channels", [])),
        notes=list(data.get("notes", [])),
        id=data.get("id", ""),
    )
