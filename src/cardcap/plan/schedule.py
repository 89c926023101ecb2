"""When each follow-up step is due, in the user's own time zone and calendar.

Business days skip weekends and the public holidays of the user's country
(holidays library), because a letter posted or a call made on a bank holiday
lands on nobody's desk.  Timings come from models/roles/followup.yaml.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import holidays
import yaml

from cardcap.errors import UsageError
from cardcap.resources import model_file
from cardcap.plan.model import Interview, Priority, Role


def _followup_path() -> Path:
    return model_file("roles", "followup.yaml")


@lru_cache(maxsize=2)
def load_timing(path: Path | None = None) -> dict[str, Any]:
    return yaml.safe_load((path or _followup_path()).read_text(encoding="utf-8"))


def priority_for(role: Role) -> Priority:
    return load_timing()["priority_by_role"][role]


def steps_for(priority: Priority) -> list[str]:
    return list(load_timing()["steps_by_priority"][priority])


@lru_cache(maxsize=16)
def _holiday_calendar(country: str) -> holidays.HolidayBase:
    """'GB' or, where holidays differ by region, 'GB-ENG', 'US-CA', 'DE-BY'."""
    code, _, subdivision = country.strip().upper().partition("-")
    try:
        return holidays.country_holidays(code, subdiv=subdivision or None)
    except NotImplementedError as exc:
        raise UsageError(
            f"No public-holiday calendar for country {country!r}; use a two-letter code such as US, GB, DE, BR "
            "(optionally with a region: GB-SCT, US-CA)."
        ) from exc


def check_country(country: str) -> str:
    _holiday_calendar(country.strip().upper())
    return country.strip().upper()


def holiday_name(day: date, country: str) -> str | None:
    return _holiday_calendar(country.upper()).get(day)


def is_business_day(day: date, country: str) -> bool:
    return day.weekday() < 5 and day not in _holiday_calendar(country.upper())


def next_business_day(day: date, country: str) -> date:
    """The day itself if it is a working day, else the first one after it."""
    while not is_business_day(day, country):
        day += timedelta(days=1)
    return day


def add_business_days(day: date, count: int, country: str) -> date:
    for _ in range(count):
        day += timedelta(days=1)
        while not is_business_day(day, country):
            day += timedelta(days=1)
    return day


def _clock(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def local(day: date, clock: str, zone: ZoneInfo) -> datetime:
    """A wall-clock time on a day; zoneinfo picks the offset in force that day (DST)."""
    return datetime.combine(day, _clock(clock), tzinfo=zone)


@dataclass(frozen=True)
class Schedule:
    """Every due date for one interview, computed once and shared by all people."""

    thank_you: datetime
    thank_you_same_day: bool
    first_letter: datetime
    first_call: datetime
    letter: datetime
    call: datetime
    check_in_call: datetime


def schedule_for(interview: Interview) -> Schedule:
    timing = load_timing()
    zone = interview.zone
    country = interview.country
    ends = interview.ends.astimezone(zone)
    day = ends.date()

    cutoff = _clock(timing["thank_you"]["same_day_if_ended_before"])
    same_day = ends.time().replace(tzinfo=None) < cutoff
    if same_day:
        earliest = ends + timedelta(hours=timing["thank_you"]["hours_after_end_at_least"])
        thank_you = max(local(day, timing["thank_you"]["same_day_at"], zone), earliest)
    else:
        thank_you = local(day + timedelta(days=1), timing["thank_you"]["next_morning_at"], zone)

    letter_day = next_business_day(day + timedelta(days=timing["letter"]["calendar_days_after"]), country)
    check_in_day = next_business_day(day + timedelta(days=timing["check_in_call"]["calendar_days_after"]), country)
    return Schedule(
        thank_you=thank_you,
        thank_you_same_day=same_day,
        first_letter=local(add_business_days(day, timing["first_letter"]["business_days_after"], country),
                           timing["first_letter"]["at"], zone),
        first_call=local(add_business_days(day, timing["first_call"]["business_days_after"], country),
                         timing["first_call"]["at"], zone),
        letter=local(letter_day, timing["letter"]["at"], zone),
        call=local(add_business_days(day, timing["call"]["business_days_after"], country),
                   timing["call"]["at"], zone),
        check_in_call=local(check_in_day, timing["check_in_call"]["at"], zone),
    )
