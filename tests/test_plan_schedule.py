"""Due dates on the user's calendar, and what each person gets."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cardcap.errors import UsageError
from cardcap.model import Address, Contact, Phone
from cardcap.plan.interview import (
    default_country,
    interview_template,
    load_interview_file,
    make_interview,
    parse_when,
)
from cardcap.plan.model import PersonNotes
from cardcap.plan.planner import build_plan
from cardcap.plan.schedule import add_business_days, is_business_day, schedule_for

NEW_YORK = "America/New_York"
LONDON = "Europe/London"


def person(name: str, title: str, *, email: bool = True, phone: bool = True, address: bool = True,
           company: str = "Acme Corp", domain: str = "acme.com") -> Contact:
    first = name.split()[0].lower()
    return Contact(
        name=name, title=title, company=company,
        emails=[f"{first}@{domain}"] if email else [],
        phones=[Phone(f"+1212555{len(name):04d}", "work", "(212) 555-0100")] if phone else [],
        address=Address("350 Fifth Avenue, New York, NY 10118", country="US") if address else None,
    )


def steps_of(plan, name):
    entry = next(e for e in plan.entries if e.contact.name == name)
    return entry, {step.kind: step for step in entry.steps}


# --- business days ----------------------------------------------------------


def test_business_days_skip_the_weekend():
    friday = date(2026, 10, 9)
    assert add_business_days(friday, 1, "DE") == date(2026, 10, 12)
    assert add_business_days(friday, 10, "DE") == date(2026, 10, 23)


def test_thanksgiving_pushes_the_ten_day_call_back_a_day():
    wednesday_before = make_interview("2026-11-25 10:00", timezone=NEW_YORK, country="US")
    in_britain = make_interview("2026-11-25 10:00", timezone=NEW_YORK, country="GB")
    assert not is_business_day(date(2026, 11, 26), "US")
    assert schedule_for(wednesday_before).call.date() == date(2026, 12, 10)
    assert schedule_for(in_britain).call.date() == date(2026, 12, 9)


def test_uk_bank_holiday_moves_the_week_later_letter():
    # +7 days is Monday 28 December 2026, the Boxing Day bank holiday (observed).
    when = schedule_for(make_interview("2026-12-21 11:00", timezone=LONDON, country="GB"))
    assert when.letter.date() == date(2026, 12, 29)
    assert when.check_in_call.date() == date(2026, 12, 29)


def test_regional_holidays_can_be_chosen():
    # The summer bank holiday is the last Monday of August in England only.
    assert not is_business_day(date(2026, 8, 31), "GB-ENG")
    assert is_business_day(date(2026, 8, 31), "GB-SCT")


def test_unknown_country_is_a_usage_error():
    with pytest.raises(UsageError, match="holiday"):
        make_interview("2026-11-25 10:00", timezone=NEW_YORK, country="XX")


# --- thank-you timing ---------------------------------------------------------


def test_thank_you_is_due_the_same_day_after_a_morning_interview():
    when = schedule_for(make_interview("2026-11-24 10:00", timezone=NEW_YORK, country="US"))
    assert when.thank_you_same_day
    assert when.thank_you == datetime(2026, 11, 24, 17, 0, tzinfo=ZoneInfo(NEW_YORK))


def test_thank_you_is_due_next_morning_after_a_late_interview():
    when = schedule_for(make_interview("2026-11-24 14:30", timezone=NEW_YORK, country="US"))
    assert not when.thank_you_same_day
    assert when.thank_you == datetime(2026, 11, 25, 9, 0, tzinfo=ZoneInfo(NEW_YORK))
    assert when.thank_you - make_interview("2026-11-24 14:30", timezone=NEW_YORK).ends < timedelta(hours=24)


def test_dates_keep_local_wall_clock_across_the_end_of_summer_time():
    interview = make_interview("2026-10-23 10:00", timezone=LONDON, country="GB")
    when = schedule_for(interview)
    assert interview.when.utcoffset() == timedelta(hours=1)  # BST
    assert when.letter == datetime(2026, 10, 30, 10, 0, tzinfo=ZoneInfo(LONDON))
    assert when.letter.utcoffset() == timedelta(0)  # GMT after 25 October
    assert when.letter.astimezone(ZoneInfo("UTC")).hour == 10


def test_interview_time_with_an_offset_is_shown_in_the_users_zone():
    moment = parse_when("2026-11-25T19:00:00+00:00", NEW_YORK)
    assert (moment.hour, moment.tzinfo) == (14, ZoneInfo(NEW_YORK))


def test_country_defaults_from_the_locale():
    assert default_country({"LANG": "en_GB.UTF-8"}) == "GB"
    assert default_country({"LC_ALL": "pt_BR.UTF-8", "LANG": "en_US.UTF-8"}) == "BR"
    assert default_country({"LANG": "C.UTF-8"}) == "US"
    assert default_country({}) == "US"


# --- who gets what ------------------------------------------------------------


def panel_plan(**interview_options):
    contacts = [
        person("Rita Reyes", "Technical Recruiter"),
        person("Dana Park", "Engineering Manager"),
        person("Eli Stone", "Software Engineer"),
        person("Fay Lin", "Senior Software Engineer"),
        person("Vic Hale", "VP Engineering"),
    ]
    interview = make_interview("2026-11-24 10:00", timezone=NEW_YORK, company="Acme Corp",
                               position="Software Engineer", country="US", **interview_options)
    return build_plan(contacts, interview)


def test_priorities_follow_the_role_and_must_people_come_first():
    plan = panel_plan()
    priorities = {e.contact.name: e.priority for e in plan.entries}
    assert priorities == {"Rita Reyes": "should", "Dana Park": "must", "Eli Stone": "optional",
                          "Fay Lin": "optional", "Vic Hale": "must"}
    assert [e.priority for e in plan.entries][:2] == ["must", "must"]


def test_must_people_get_the_full_sequence_and_peers_a_short_thanks():
    plan = panel_plan()
    _, vp = steps_of(plan, "Vic Hale")
    assert set(vp) == {"thank_you_email", "letter", "call"}
    assert vp["thank_you_email"].due < vp["letter"].due < vp["call"].due
    assert vp["letter"].contact_detail.startswith("350 Fifth Avenue")
    _, peer = steps_of(plan, "Eli Stone")
    assert set(peer) == {"thank_you_email"}
    _, recruiter = steps_of(plan, "Rita Reyes")
    assert set(recruiter) == {"thank_you_email", "call"}
    assert "timeline" in recruiter["thank_you_email"].purpose


def test_the_users_stated_role_beats_the_classifier():
    plan = panel_plan(people=[PersonNotes("Eli Stone", role="supervisor", primary=True)])
    entry, steps = steps_of(plan, "Eli Stone")
    assert entry.role.role == "supervisor" and entry.role.stated_by_user
    assert entry.priority == "must"
    assert "check_in_call" in steps
    assert steps["check_in_call"].due.date() == date(2026, 12, 1)  # a week after, a Tuesday


def test_card_without_email_gets_a_thank_you_letter_first():
    contacts = [person("Vic Hale", "VP Engineering", email=False)]
    plan = build_plan(contacts, make_interview("2026-11-24 10:00", timezone=NEW_YORK, country="US"))
    entry = plan.entries[0]
    first = entry.steps[0]
    assert (first.kind, first.channel, first.stands_in_for) == ("letter", "post", "thank_you_email")
    assert first.due.date() == date(2026, 11, 25)
    assert "No email" in first.note
    assert "email" in entry.missing_channels


def test_card_without_address_or_phone_says_what_is_missing_and_offers_email():
    contacts = [person("Dana Park", "Engineering Manager", address=False, phone=False)]
    interview = make_interview("2026-11-24 10:00", timezone=NEW_YORK, country="US",
                               people=[PersonNotes("dana@acme.com", primary=True)])
    entry = build_plan(contacts, interview).entries[0]
    kinds = [(s.kind, s.channel) for s in entry.steps]
    assert ("letter", "post") not in kinds and ("call", "phone") not in kinds
    assert ("check_in_call", "email") in kinds
    assert entry.missing_channels == ["post", "phone"]
    text = " ".join(entry.notes)
    assert "no letter" in text and "no call" in text and "email" in text


def test_card_with_no_channel_at_all_plans_nothing_but_says_why():
    contacts = [person("Ghost Writer", "CEO", email=False, phone=False, address=False)]
    entry = build_plan(contacts, make_interview("2026-11-24 10:00", timezone=NEW_YORK)).entries[0]
    assert entry.steps == []
    assert "no email, postal address or phone" in entry.notes[0]


def test_unmatched_people_in_the_interview_file_are_reported():
    plan = panel_plan(people=[PersonNotes("Nobody Known", primary=True)])
    assert any("Nobody Known" in note and "matches no card" in note for note in plan.notes)


def test_holiday_that_moved_a_date_is_explained():
    contacts = [person("Vic Hale", "VP Engineering")]
    plan = build_plan(contacts, make_interview("2026-11-25 10:00", timezone=NEW_YORK, country="US"))
    assert any("Thanksgiving" in note for note in plan.notes)


def test_step_ids_are_stable_between_runs():
    first = [s.id for _, s in panel_plan().steps()]
    second = [s.id for _, s in panel_plan().steps()]
    assert first == second and len(set(first)) == len(first)


# --- interview file -------------------------------------------------------------


def test_interview_file_in_toml_names_the_contacts_and_the_people(tmp_path: Path):
    path = tmp_path / "interview.toml"
    path.write_text(
        'contacts = "contacts.json"\nwhen = 2026-10-23T10:00:00\ntimezone = "Europe/London"\n'
        'country = "GB"\ncompany = "Acme"\n\n[[people]]\nmatch = "dana@acme.com"\nrole = "supervisor"\n'
        'primary = true\ntopics = ["churn"]\nidea = ""\n', encoding="utf-8")
    interview, contacts_path = load_interview_file(path)
    assert contacts_path == tmp_path / "contacts.json"
    assert interview.when == datetime(2026, 10, 23, 10, tzinfo=ZoneInfo(LONDON))
    assert interview.people[0].role == "supervisor" and interview.people[0].primary
    assert interview.people[0].topics == ["churn"] and interview.people[0].idea is None


def test_interview_file_in_yaml_works_too(tmp_path: Path):
    path = tmp_path / "interview.yaml"
    path.write_text('when: "2026-11-25 14:00"\ntimezone: America/New_York\ncountry: US\n'
                    'people:\n  - match: Dana Park\n    primary: true\n', encoding="utf-8")
    interview, contacts_path = load_interview_file(path)
    assert contacts_path is None and interview.people[0].match == "Dana Park"


def test_an_invalid_role_in_the_interview_file_is_explained(tmp_path: Path):
    path = tmp_path / "interview.toml"
    path.write_text('when = "2026-11-25 14:00"\ntimezone = "UTC"\n[[people]]\nmatch = "x"\nrole = "boss"\n',
                    encoding="utf-8")
    with pytest.raises(UsageError, match="boss"):
        load_interview_file(path)


def test_template_lists_everyone_and_loads_once_the_time_is_filled_in(tmp_path: Path):
    contacts = [person("Dana Park", "Engineering Manager"),
                Contact(name='Quote "Q" Person\nwith newline', title="CEO"),
                Contact(title="Engineer")]
    text = interview_template(contacts, contacts_path="contacts.json", timezone=LONDON, country="GB",
                              company="Acme")
    assert "dana@acme.com" in text and "# role = \"supervisor\"" in text
    path = tmp_path / "interview.toml"
    path.write_text(text.replace('when = ""', 'when = "2026-10-23 10:00"'), encoding="utf-8")
    interview, _ = load_interview_file(path)
    assert [p.match for p in interview.people] == ["dana@acme.com", 'Quote "Q" Person\nwith newline']
    plan = build_plan(contacts, interview)
    assert not any("matches no card" in note for note in plan.notes)


def test_steps_already_past_are_flagged_when_planning_late():
    contacts = [person("Vic Hale", "VP Engineering")]
    interview = make_interview("2026-11-24 10:00", timezone=NEW_YORK, country="US")
    on_time = build_plan(contacts, interview, now=datetime(2026, 11, 24, 12, tzinfo=ZoneInfo(NEW_YORK)))
    late = build_plan(contacts, interview, now=datetime(2026, 12, 3, 12, tzinfo=ZoneInfo(NEW_YORK)))
    assert not any("were due before today" in note for note in on_time.notes)
    assert any(note.startswith("2 step(s) were due before today") for note in late.notes)
