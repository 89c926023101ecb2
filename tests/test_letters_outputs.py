"""What lands on disk: .eml drafts mail clients open, printable letters, call notes."""
from __future__ import annotations

import json
import tomllib
from datetime import datetime, timedelta
from email.parser import BytesParser
from email.policy import default
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from jinja2 import UndefinedError
from typer.testing import CliRunner

from cardcap.errors import OutputExistsError
from cardcap.letters import CandidateProfile, generate_letters, load_profile, write_drafts
from cardcap.letters.cli import app
from cardcap.model import Address, Contact, NameParts, Phone
from cardcap.plan.model import Interview, PersonNotes, Plan, PlanEntry, RoleAssessment, Step

ZONE = ZoneInfo("Europe/Lisbon")
INTERVIEW = datetime(2026, 11, 24, 10, 0, tzinfo=ZONE)
CHANNEL = {"thank_you_email": "email", "letter": "post", "call": "phone", "check_in_call": "phone"}
DUE = {"thank_you_email": timedelta(hours=5), "letter": timedelta(days=7),
       "check_in_call": timedelta(days=8), "call": timedelta(days=14)}

PROFILE = CandidateProfile(
    name="Jordão Reyes", email="jordao@example.org", phone="+351 912 345 678",
    address=Address(text="Rua das Flores 10, 1200-195 Lisboa", street="Rua das Flores 10", city="Lisboa",
                    postcode="1200-195", country="PT"),
    strengths=["six years of building data pipelines in Python and SQL",
               "experience leading small teams through cloud migrations",
               "a habit of writing documentation that onboarding engineers rely on"],
)


def card(name: str, parts: NameParts, title: str, *, email: str | None = None, phone: str | None = None,
         address: Address | None = None) -> Contact:
    return Contact(name=name, name_parts=parts, title=title, company="Acme Dados Lda",
                   emails=[email] if email else [], phones=[Phone(phone, "work", phone)] if phone else [],
                   address=address)


def entry(contact: Contact, role: str, notes: PersonNotes | None = None,
          kinds: tuple[str, ...] = ("thank_you_email",)) -> PlanEntry:
    steps = [Step(kind=k, channel=CHANNEL[k], due=INTERVIEW + DUE[k],
                  contact_detail=(contact.emails[0] if CHANNEL[k] == "email" and contact.emails else ""),
                  purpose="Keep the conversation going.") for k in kinds]
    return PlanEntry(contact=contact, role=RoleAssessment(role, 1.0, "stated", True), priority="must",
                     steps=steps, person=notes)


def plan(*entries: PlanEntry) -> Plan:
    interview = Interview(when=INTERVIEW, timezone="Europe/Lisbon", company="Acme Dados Lda",
                          position="Engenheira de Dados Sénior", country="PT")
    return Plan(interview=interview, entries=list(entries), generated_at=INTERVIEW)


ANA = card("Dra. Ana Conceição Müller", NameParts("Dra.", "Ana", "Conceição", "Müller"), "Diretora de Dados",
           email="ana.muller@acme.example", phone="+351 21 000 0000",
           address=Address(text="Avenida da Liberdade 110, 1250-146 Lisboa", street="Avenida da Liberdade 110",
                           city="Lisboa", postcode="1250-146", country="PT"))
ANA_NOTES = PersonNotes(match="ana", topics=["moving the billing warehouse to the cloud"],
                        requirements=["strong SQL"], idea="run the nightly reconciliation as an incremental job")


def parse(eml: bytes):
    return BytesParser(policy=default).parsebytes(eml)


def test_email_draft_is_a_valid_unsent_message_with_accents_intact() -> None:
    draft = generate_letters(plan(entry(ANA, "decision_maker", ANA_NOTES)), PROFILE)[0]
    message = parse(draft.files[".eml"])
    assert message["To"].addresses[0].display_name == "Dra. Ana Conceição Müller"
    assert message["To"].addresses[0].addr_spec == "ana.muller@acme.example"
    assert message["From"].addresses[0].display_name == "Jordão Reyes"
    assert message["From"].addresses[0].addr_spec == "jordao@example.org"
    assert "Engenheira de Dados Sénior" in message["Subject"]
    assert message["Date"].datetime == INTERVIEW + DUE["thank_you_email"]
    assert message["Message-ID"].startswith("<") and message["X-Unsent"] == "1"
    body = message.get_content()
    assert message.get_content_charset() == "utf-8"
    assert body.startswith("Dear Dra. Müller,")
    assert "Jordão Reyes" in body and "moving the billing warehouse to the cloud" in body
    assert "run the nightly reconciliation as an incremental job" in body


def test_card_text_cannot_inject_headers() -> None:
    hostile = card("Ana\r\nBcc: spy@evil.example", NameParts(given="Ana\nBcc: spy@evil.example"),
                   "Lead\r\nX-Evil: 1", email="ana@acme.example")
    evil_plan = plan(entry(hostile, "peer"))
    evil_plan.interview.position = "Engineer\r\nBcc: spy@evil.example"
    message = parse(generate_letters(evil_plan, PROFILE)[0].files[".eml"])
    assert message["Bcc"] is None and message["X-Evil"] is None
    assert len(message.get_all("To")) == 1
    assert [a.addr_spec for a in message["To"].addresses] == ["ana@acme.example"]
    assert "\n" not in message["Subject"] and "\r" not in message["Subject"]


def test_an_email_field_carrying_extra_headers_is_not_used_as_recipient() -> None:
    hostile = card("Ana Lima", NameParts(given="Ana", family="Lima"), "Recruiter",
                   email="ana@acme.example\nBcc: spy@evil.example")
    draft = generate_letters(plan(entry(hostile, "recruiter_hr")), PROFILE)[0]
    message = parse(draft.files[".eml"])
    assert message["To"] is None and message["Bcc"] is None
    assert any("email address" in gap for gap in draft.missing)
    assert "[add: Ana Lima's email address" in message.get_content()


def test_each_role_reads_differently_without_notes() -> None:
    people = [card(f"Avery Smith{i}", NameParts(given="Avery", family=f"Smith{i}"), "Manager",
                   email=f"a{i}@acme.example") for i in range(5)]
    roles = ["decision_maker", "supervisor", "recruiter_hr", "peer", "other"]
    drafts = generate_letters(plan(*[entry(p, r) for p, r in zip(people, roles)]), PROFILE)
    bodies = {d.role: d.text.split("\n", 1)[1] for d in drafts}  # without the salutation line
    assert len(set(bodies.values())) == 5
    assert "business" in bodies["decision_maker"]
    assert "priorities" in bodies["supervisor"]
    assert "references" in bodies["recruiter_hr"]
    assert len(bodies["peer"].split()) < len(bodies["decision_maker"].split())


def test_same_role_different_notes_gives_different_letters_tied_to_each_topic() -> None:
    first = card("Rui Alves", NameParts(given="Rui", family="Alves"), "Team Lead", email="rui@acme.example")
    second = card("Rita Alves", NameParts(given="Rita", family="Alves"), "Team Lead", email="rita@acme.example")
    drafts = generate_letters(plan(
        entry(first, "supervisor", PersonNotes(match="rui", topics=["the cloud migration backlog"])),
        entry(second, "supervisor", PersonNotes(match="rita", topics=["onboarding documentation for new engineers"])),
    ), PROFILE)
    rui, rita = (d.text.split("\n", 1)[1].replace(d.person, "") for d in drafts)
    assert rui != rita
    assert "cloud migrations" in drafts[0].text  # the strength that answers the migration topic
    assert "documentation that onboarding engineers rely on" in drafts[1].text


def test_missing_information_is_marked_in_the_draft_and_listed() -> None:
    bare = card("Ana Lima", NameParts(given="Ana", family="Lima"), "Engineer", email="ana@acme.example")
    no_address = CandidateProfile(name="Jordão Reyes", email="jordao@example.org", strengths=[])
    drafts = generate_letters(plan(entry(bare, "peer", None, kinds=("thank_you_email", "letter", "call"))), no_address)
    email, letter, call = drafts
    assert "[add: a topic you discussed with Ana]" in email.text
    assert "[add: a topic you discussed with Ana]" in email.missing
    assert "[add: a strength of yours that fits]" in email.missing
    assert "[add: your postal address]" in letter.missing
    assert any("postal address; the card shows none" in gap for gap in letter.missing)
    assert "\\[add: your postal address\\]" in letter.files[".md"]
    assert any("phone number for Ana" in gap for gap in call.missing)


def test_printed_letter_pdf_and_html_carry_the_recipient() -> None:
    pypdf = pytest.importorskip("pypdf")
    letter = generate_letters(plan(entry(ANA, "supervisor", ANA_NOTES, kinds=("letter",))), PROFILE)[0]
    assert set(letter.files) == {".md", ".html", ".pdf"}
    pdf = letter.files[".pdf"]
    assert pdf.startswith(b"%PDF")
    import io

    pages = [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) == 2  # the letter fits one sheet; the envelope label is the second
    assert "Avenida da Liberdade 110" in pages[1] and "Envelope" in pages[1]
    text = "\n".join(pages)
    assert "Dra. Ana Conceição Müller" in text
    assert "Avenida da Liberdade 110" in text and "1250-146 Lisboa" in text
    assert "Dear Dra. Müller," in text
    assert "PORTUGAL" not in text  # domestic mail: no country line
    assert "Dra. Ana Conceição Müller" in letter.files[".html"]
    assert "Envelope" in letter.files[".md"]


def test_card_text_is_escaped_in_markdown_and_html() -> None:
    tricky = card("Ana Lima", NameParts(given="Ana", family="Lima"), "Head of *Growth* [beta](http://x.example)",
                  address=Address(text="1 Rua <b>A</b>", street="1 Rua <b>A</b>", city="Porto",
                                  postcode="4000-001", country="PT"))
    letter = generate_letters(plan(entry(tricky, "other", kinds=("letter",))), PROFILE)[0]
    assert "Head of \\*Growth\\* \\[beta\\](http://x.example)" in letter.files[".md"]
    assert "<b>A</b>" not in letter.files[".html"] and "&lt;b&gt;A&lt;/b&gt;" in letter.files[".html"]


def test_call_notes_give_number_time_and_questions() -> None:
    notes = generate_letters(plan(entry(ANA, "recruiter_hr", ANA_NOTES, kinds=("check_in_call",))), PROFILE)[0]
    text = notes.files[".md"]
    assert "+351 21 000 0000" in text
    assert "Wednesday, 2 December 2026, 10:00" in text
    assert "timeline" in text and "anything else" in text and "references" in text
    assert notes.findings == []


def test_a_users_template_wins_and_typos_fail_loudly(tmp_path: Path) -> None:
    (tmp_path / "email_subject.txt.j2").write_text("Obrigada, {{ person.short_name }}\n", encoding="utf-8")
    draft = generate_letters(plan(entry(ANA, "peer", ANA_NOTES)), PROFILE, templates=tmp_path)[0]
    assert parse(draft.files[".eml"])["Subject"] == "Obrigada, Ana"
    (tmp_path / "email_subject.txt.j2").write_text("Thanks {{ person.nickname }}\n", encoding="utf-8")
    with pytest.raises(UndefinedError):
        generate_letters(plan(entry(ANA, "peer", ANA_NOTES)), PROFILE, templates=tmp_path)


def test_a_user_template_that_pleads_gets_findings(tmp_path: Path) -> None:
    (tmp_path / "email.txt.j2").write_text("{{ salutation }},\n\nPlease please hire me!!\n", encoding="utf-8")
    draft = generate_letters(plan(entry(ANA, "peer", ANA_NOTES)), PROFILE, templates=tmp_path)[0]
    codes = {f.code for f in draft.findings}
    assert {"pleading", "exclamations", "length", "timeline"} <= codes


def test_writing_twice_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    drafts = generate_letters(plan(entry(ANA, "decision_maker", ANA_NOTES, kinds=("thank_you_email", "letter"))),
                              PROFILE)
    written = write_drafts(drafts, tmp_path / "letters")
    assert sorted(p.suffix for p in written) == [".eml", ".html", ".md", ".pdf"]
    before = {p: p.read_bytes() for p in written}
    with pytest.raises(OutputExistsError):
        write_drafts(drafts, tmp_path / "letters")
    assert {p: p.read_bytes() for p in written} == before
    assert write_drafts(drafts, tmp_path / "letters", force=True) == written


def test_cli_scaffolds_a_profile_then_writes_drafts(tmp_path: Path) -> None:
    runner = CliRunner()
    profile_path = tmp_path / "profile.toml"
    result = runner.invoke(app, ["--init", "-o", str(profile_path)])
    assert result.exit_code == 0 and profile_path.is_file()
    assert tomllib.loads(profile_path.read_text(encoding="utf-8"))["sign_off"] == "Kind regards"
    profile_path.write_text(profile_path.read_text(encoding="utf-8").replace('name = ""', 'name = "Jordão Reyes"', 1)
                            .replace('email = ""', 'email = "jordao@example.org"', 1), encoding="utf-8")
    assert load_profile(profile_path).name == "Jordão Reyes"

    plan_path = tmp_path / "plan.json"
    plan_path.write_text(json.dumps(plan(entry(ANA, "decision_maker", None)).to_dict()), encoding="utf-8")
    out = tmp_path / "letters"
    result = runner.invoke(app, [str(plan_path), "-o", str(out), "--profile", str(profile_path)])
    assert result.exit_code == 0, result.output
    emls = list(out.glob("*.eml"))
    assert len(emls) == 1 and "muller" in emls[0].name
    assert "a topic you discussed with Ana" in result.output  # the gap is shown, not just written

    again = runner.invoke(app, [str(plan_path), "-o", str(out), "--profile", str(profile_path)])
    assert again.exit_code == 5  # OutputExistsError


def test_a_candidate_table_in_the_plan_stands_in_for_a_missing_profile(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.config/cardcap/profile.toml
    data = plan(entry(ANA, "peer", ANA_NOTES)).to_dict()
    data["candidate"] = {"name": "Jordão Reyes", "email": "jordao@example.org", "strengths": ["SQL tuning"]}
    plan_path = tmp_path / "plan.json"
    plan_path.write_text(json.dumps(data), encoding="utf-8")
    runner = CliRunner()
    missing = runner.invoke(app, [str(plan_path), "-o", str(tmp_path / "out"), "--profile", str(tmp_path / "no.toml")])
    assert missing.exit_code == 3 and "--init" in missing.output
    result = runner.invoke(app, [str(plan_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    message = parse(next((tmp_path / "out").glob("*.eml")).read_bytes())
    assert message["From"].addresses[0].display_name == "Jordão Reyes"
    assert "SQL tuning" in message.get_content()


def test_a_profile_without_email_leaves_from_empty_and_says_so() -> None:
    nameless = CandidateProfile(name="Jordão Reyes", strengths=["SQL tuning"])
    draft = generate_letters(plan(entry(ANA, "supervisor", ANA_NOTES)), nameless)[0]
    message = parse(draft.files[".eml"])
    assert message["From"] is None
    assert any("your email address" in gap for gap in draft.missing)
    assert message.get_content().startswith("[add: your email address")
