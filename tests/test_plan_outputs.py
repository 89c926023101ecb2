"""What the user gets to read, print, import into a calendar, and hand to the letters."""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from typer.testing import CliRunner

from cardcap.errors import ExitCode
from cardcap.model import Address, Contact, Phone
from cardcap.plan.cli import app
from cardcap.plan.interview import make_interview
from cardcap.plan.model import PersonNotes, Plan
from cardcap.plan.planner import build_plan
from cardcap.plan.render import plan_table, render_ics, render_json, render_markdown

LONDON = "Europe/London"
FIXED_NOW = datetime(2026, 10, 23, 18, 0, tzinfo=ZoneInfo(LONDON))


def panel() -> list[Contact]:
    return [
        Contact(name="Rita Reyes", title="Talent Acquisition Partner", company="Acme Ltd",
                emails=["rita@acme.co.uk"], phones=[Phone("+442079460000", "work", "020 7946 0000")]),
        Contact(name="Dana Park", title="Analytics Manager", company="Acme Ltd", emails=["dana@acme.co.uk"],
                phones=[Phone("+442079460001", "work", "020 7946 0001")],
                address=Address("1 King's Road, London SW3 4AA", city="London", country="GB")),
        Contact(name="Eli Stone", title="Data Analyst", company="Acme Ltd", emails=["eli@acme.co.uk"]),
    ]


def london_plan(contacts: list[Contact] | None = None, **options) -> Plan:
    interview = make_interview("2026-10-23 10:00", timezone=LONDON, company="Acme Ltd", position="Data Analyst",
                               country="GB", people=[PersonNotes("dana@acme.co.uk", primary=True,
                                                                 topics=["monthly churn report"])], **options)
    return build_plan(contacts if contacts is not None else panel(), interview, now=FIXED_NOW)


def events(ics: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(ics).walk("VEVENT"))


def test_plan_json_round_trips_for_the_letter_generator():
    plan = london_plan()
    data = json.loads(render_json(plan))
    assert data["schema"] == "cardcap-plan" and data["version"] == 1
    assert data["entries"][0]["contact"]["emails"] == ["dana@acme.co.uk"]
    assert data["entries"][0]["person"]["topics"] == ["monthly churn report"]
    assert Plan.from_dict(data) == plan


def test_calendar_has_one_event_per_step_at_the_due_time_across_summer_time():
    plan = london_plan()
    parsed = events(render_ics(plan))
    assert len(parsed) == len(plan.steps())
    by_uid = {str(e["UID"]): e for e in parsed}
    letter = by_uid[next(s.id for _, s in plan.steps() if s.kind == "letter") + "@cardcap"]
    start = letter.decoded("DTSTART")
    assert start == datetime(2026, 10, 30, 10, 0, tzinfo=ZoneInfo(LONDON))
    assert start.utcoffset() == timedelta(0)  # after the clocks went back
    assert letter.decoded("DTEND") - start == timedelta(minutes=20)
    assert "Dana Park" in str(letter["SUMMARY"])
    alarms = list(letter.walk("VALARM"))
    assert alarms and alarms[0].decoded("TRIGGER") == timedelta(minutes=-30)
    calendar = icalendar.Calendar.from_ical(render_ics(plan))
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == [LONDON]


def test_calendar_uids_are_stable_so_a_reimport_updates_instead_of_duplicating():
    first = {str(e["UID"]) for e in events(render_ics(london_plan()))}
    later = build_plan(panel(), london_plan().interview, now=FIXED_NOW + timedelta(days=2))
    assert first == {str(e["UID"]) for e in events(render_ics(later))}


def test_card_text_with_ical_specials_survives_the_calendar():
    tricky = Contact(name="Ann; O'Neil, Jr. \\ Esq.\nSecond line", title="VP, Sales; EMEA",
                     emails=["ann@acme.co.uk"])
    ics = render_ics(london_plan([tricky]))
    assert b"\nSecond line" not in ics  # a raw newline would start a new property
    (event,) = events(ics)
    assert str(event["SUMMARY"]) == "Thank-you email: Ann; O'Neil, Jr. \\ Esq. Second line"


def test_markdown_lists_every_person_with_dated_steps_and_escapes_card_text():
    contacts = panel() + [Contact(name="Mal | *Bold* [link](http://x)", title="CEO", emails=["mal@acme.co.uk"])]
    text = render_markdown(london_plan(contacts))
    for name in ("Rita Reyes", "Dana Park", "Eli Stone"):
        assert f"### {name}" in text
    assert "Fri 23 Oct 2026, 17:00" in text  # same-day thank-you
    assert "monthly churn report" in text
    row = next(line for line in text.splitlines() if line.startswith("|") and "Mal" in line)
    assert row.count("|") - row.count("\\|") == 5  # the pipe in the name does not add a column
    assert "[link](http://x)" not in text


def test_terminal_table_shows_card_text_literally():
    contacts = [Contact(name="[bold red]Eve[/bold red]", title="CTO", emails=["eve@acme.co.uk"])]
    console = Console(record=True, width=160)
    console.print(plan_table(london_plan(contacts)))
    output = console.export_text()
    assert "[bold red]Eve[/bold red]" in output
    assert "thank-you email" in output


# --- command line -----------------------------------------------------------------


def write_contacts(folder: Path) -> Path:
    path = folder / "contacts.json"
    scan = [{"image": "cards.jpg", "error": None, "contacts": [
        {"name": "Dana Park", "title": "Analytics Manager", "company": "Acme Corp", "emails": ["dana@acme.com"],
         "phones": [{"number": "+12125550101", "type": "work", "text": "(212) 555-0101"}], "address": None},
        {"name": "Rita Reyes", "title": "Recruiter", "company": "Acme Corp", "emails": ["rita@acme.com"],
         "phones": [], "address": None},
    ]}]
    path.write_text(json.dumps(scan), encoding="utf-8")
    return path


def test_plan_command_writes_the_three_files_and_refuses_to_overwrite(tmp_path: Path):
    contacts = write_contacts(tmp_path)
    runner = CliRunner()
    args = [str(contacts), "--interview", "2026-11-27 14:00", "--company", "Acme Corp",
            "--position", "Data Analyst", "--timezone", "America/New_York", "--country", "US",
            "-o", str(tmp_path / "out")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Dana Park" in result.output
    assert "Dana Park: No postal address on the card, so no letter" in " ".join(result.output.split())
    for name in ("plan.md", "plan.json", "plan.ics"):
        assert (tmp_path / "out" / name).is_file()
    data = json.loads((tmp_path / "out" / "plan.json").read_text(encoding="utf-8"))
    assert data["interview"]["when"] == "2026-11-27T14:00:00-05:00"
    again = runner.invoke(app, args)
    assert again.exit_code == ExitCode.OUTPUT_ERROR
    assert runner.invoke(app, args + ["--force"]).exit_code == 0


def test_plan_command_needs_the_interview_time(tmp_path: Path):
    result = CliRunner().invoke(app, [str(write_contacts(tmp_path))])
    assert result.exit_code == ExitCode.USAGE
    assert "--interview" in result.output


def test_init_template_then_plan_from_it(tmp_path: Path):
    contacts = write_contacts(tmp_path)
    runner = CliRunner()
    template = tmp_path / "acme" / "interview.toml"
    result = runner.invoke(app, ["--init", str(contacts), "-o", str(template), "--company", "Acme Corp",
                                 "--timezone", LONDON, "--country", "GB"])
    assert result.exit_code == 0, result.output
    text = template.read_text(encoding="utf-8")
    assert 'match = "dana@acme.com"' in text and 'match = "rita@acme.com"' in text
    filled = text.replace('when = ""', 'when = "2026-10-23 10:00"').replace("primary = false", "primary = true", 1)
    template.write_text(filled, encoding="utf-8")
    result = runner.invoke(app, [str(template), "-o", str(tmp_path / "acme")])
    assert result.exit_code == 0, result.output
    plan = Plan.from_dict(json.loads((tmp_path / "acme" / "plan.json").read_text(encoding="utf-8")))
    primary = next(e for e in plan.entries if e.primary)
    assert primary.contact.name == "Dana Park"
    check_in = next(s for s in primary.steps if s.kind == "check_in_call")
    assert check_in.due == datetime(2026, 10, 30, 11, 0, tzinfo=ZoneInfo(LONDON))


# --- anything a card might say ------------------------------------------------------

# Absent fields are None, never "": the shared contact reader treats both alike.
card_text = st.one_of(st.none(), st.text(min_size=1, max_size=60))


@st.composite
def contacts(draw) -> Contact:
    address = draw(card_text)
    return Contact(
        name=draw(card_text), title=draw(card_text), company=draw(card_text), department=draw(card_text),
        emails=draw(st.lists(st.one_of(st.emails(), st.text(min_size=1, max_size=30)), max_size=2)),
        phones=[Phone(number) for number in draw(st.lists(st.text(min_size=1, max_size=20), max_size=2))],
        address=Address(address) if address else None,
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=st.lists(contacts(), min_size=1, max_size=4))
def test_arbitrary_cards_never_break_the_outputs_and_the_calendar_parses(people):
    plan = london_plan(people)
    markdown = render_markdown(plan)
    assert "# Follow-up plan" in markdown
    assert Plan.from_dict(json.loads(render_json(plan))) == plan
    parsed = events(render_ics(plan))
    assert len(parsed) == len(plan.steps())
    assert {e.decoded("DTSTART") for e in parsed} == {s.due for _, s in plan.steps()}
    Console(file=open("/dev/null", "w"), width=120).print(plan_table(plan))
