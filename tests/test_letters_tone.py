"""Tone checks flag what a hiring manager would wince at; our own drafts pass them."""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cardcap.letters import CandidateProfile, generate_letters
from cardcap.letters.tone import check_draft, check_exclamations, check_length, check_pleading, word_count
from cardcap.model import Address, Contact, NameParts, Phone
from cardcap.plan.model import ROLES, Interview, PersonNotes, Plan, PlanEntry, RoleAssessment, Step

ZONE = ZoneInfo("America/New_York")
INTERVIEW = datetime(2026, 11, 24, 10, 0, tzinfo=ZONE)
CHANNEL = {"thank_you_email": "email", "letter": "post", "call": "phone", "check_in_call": "phone"}
DUE = {"thank_you_email": timedelta(hours=5), "letter": timedelta(days=7),
       "check_in_call": timedelta(days=8), "call": timedelta(days=14)}

CARD = Contact(
    name="Dr. Renée Müller-Lüdenscheidt",
    name_parts=NameParts(prefix="Dr.", given="Renée", family="Müller-Lüdenscheidt"),
    title="VP, Product & Growth",
    company="Brightline Inc.",
    emails=["renee@brightline.example"],
    phones=[Phone("+12125550143", "work", "+1 212 555 0143")],
    address=Address(text="200 Park Ave, New York, NY 10166", street="200 Park Ave", city="New York",
                    region="NY", postcode="10166", country="US"),
)
PROFILE = CandidateProfile(
    name="Jordan Reyes", email="jordan@example.org", phone="+1 415 555 0134",
    address=Address(text="1 Main St, Oakland, CA 94607", street="1 Main St", city="Oakland", region="CA",
                    postcode="94607", country="US"),
    strengths=["seven years of growth analytics for subscription products",
               "experience running pricing experiments end to end",
               "a record of building dashboards that executives actually use"],
)
RICH_NOTES = PersonNotes(
    match="renee",
    topics=["reducing churn in the first ninety days of a subscription",
            "the pricing experiments planned for the spring launch",
            "how the analytics team reports to the executive committee"],
    requirements=["fluent SQL and Python", "clear written communication with senior leaders",
                  "comfort with ambiguity in a fast-growing company"],
    idea="a weekly churn cohort review that flags at-risk accounts before renewal",
)


def plan_for(role: str, notes: PersonNotes | None, kinds=("thank_you_email", "letter", "call", "check_in_call")) -> Plan:
    steps = [Step(kind=k, channel=CHANNEL[k], due=INTERVIEW + DUE[k], contact_detail="",
                  purpose="Keep the conversation going.") for k in kinds]
    entry = PlanEntry(contact=CARD, role=RoleAssessment(role, 1.0, "stated", True), priority="must",
                      steps=steps, person=notes)
    interview = Interview(when=INTERVIEW, timezone="America/New_York", company="Brightline Inc.",
                          position="Senior Growth Analyst")
    return Plan(interview=interview, entries=[entry], generated_at=INTERVIEW)


PLEADING = """Dear Dr. Müller-Lüdenscheidt,

Thank you for meeting me. I really need this job and I’ll do anything to get it! Please give me a chance!
I am interested in the Senior Growth Analyst role. What is the timeline, and is there anything else you need?

Best, Jordan
"""


def test_pleading_phrases_are_flagged() -> None:
    codes = [f.code for f in check_draft(PLEADING, channel="email", contact=CARD, position="Senior Growth Analyst")]
    assert codes.count("pleading") >= 3  # "need this job", "I'll do anything" (curly apostrophe), "give me a chance"
    assert "exclamations" in codes


def test_pleading_words_match_whole_words_only() -> None:
    assert check_pleading("I would begin with the beginning of the funnel.") == []
    assert check_pleading("I am begging you.") != []


def test_one_exclamation_mark_is_fine_two_are_not() -> None:
    assert check_exclamations("Great to meet you!") == []
    assert check_exclamations("Great to meet you! Thanks!") != []


def test_length_fits_the_channel() -> None:
    short = "Dear Ana, thanks. Jordan"
    assert check_length(short, "email")[0].code == "length"
    assert check_length("word " * 160, "email") == []
    assert check_length("word " * 160, "post") == []
    assert check_length("word " * 420, "post")[0].code == "length"


def test_name_spelled_differently_from_the_card_is_flagged() -> None:
    text = PLEADING.replace("Müller-Lüdenscheidt", "Muller-Ludenscheidt")
    findings = check_draft(text, channel="email", contact=CARD, position=None)
    assert any(f.code == "spelling" and "Muller-Ludenscheidt" in f.message for f in findings)
    assert any(f.code == "salutation" for f in findings)


def test_wrong_salutation_and_missing_asks_are_flagged() -> None:
    text = "Dear Sir or Madam,\n\nI enjoyed our talk about growth.\n\nBest,\nJordan\n"
    codes = {f.code for f in check_draft(text, channel="email", contact=CARD, position="Senior Growth Analyst")}
    assert {"salutation", "thanks", "timeline", "anything_else", "interest"} <= codes


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("notes", [None, RICH_NOTES], ids=["no-notes", "rich-notes"])
def test_generated_drafts_pass_their_own_checks(role: str, notes: PersonNotes | None) -> None:
    drafts = generate_letters(plan_for(role, notes), PROFILE)
    assert [d.step_kind for d in drafts] == ["thank_you_email", "letter", "check_in_call", "call"]
    for draft in drafts:
        assert draft.findings == [], (draft.stem, draft.findings, draft.text)
        assert draft.text.count("!") <= 1
        if notes is not None:
            assert draft.missing == []


def test_generated_email_with_rich_notes_stays_inside_the_email_range() -> None:
    draft = generate_letters(plan_for("decision_maker", RICH_NOTES, kinds=("thank_you_email",)), PROFILE)[0]
    assert 80 <= word_count(draft.text) <= 250


def test_ordinary_words_that_are_also_names_are_not_misspellings() -> None:
    will = Contact(name="Will Grant", name_parts=NameParts(given="Will", family="Grant"), title="Director")
    text = "Dear Will Grant,\n\nI will be glad to hear whether you grant a second interview.\n"
    assert [f for f in check_draft(text, channel="email", contact=will, position=None) if f.code == "spelling"] == []
    mixed = "Dear Will Grant,\n\nThank you, Will grant.\n"
    assert [f.code for f in check_draft(mixed, channel="email", contact=will, position=None)].count("spelling") == 1
