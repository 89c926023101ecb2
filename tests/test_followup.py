"""`followup`: one photo in, contacts, a plan and drafts out, in one folder."""
from __future__ import annotations

import email
import json
from email import policy
from pathlib import Path

import pytest

from cardcap.followup import run_followup
from cardcap.pipeline import ScanOptions

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def test_a_photo_becomes_contacts_a_plan_and_a_thank_you_draft(tmp_path, monkeypatch):
    profile = tmp_path / "profile.toml"
    profile.write_text('name = "Sam Rivera"\nemail = "sam.rivera@example.org"\nstrengths = ["SQL", "dashboards"]\n',
                       encoding="utf-8")
    out = tmp_path / "acme"
    result = run_followup([ROOT / "samples" / "synthetic" / "test_42_000000.jpg"], out,
                          when="2026-11-25 10:00", company="Ironbridge Foods Co.", position="Data Analyst",
                          timezone="America/New_York", country="US", profile=profile,
                          options=ScanOptions(jobs=1))
    assert [c.name for r in result.results for c in r.contacts] == ["Jacob McDonald"]
    assert (out / "contacts.vcf").is_file() and (out / "plan.ics").is_file()
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    first_step = plan["entries"][0]["steps"][0]
    assert first_step["kind"] == "thank_you_email"
    assert first_step["due"].startswith("2026-11-25")  # a morning interview is thanked the same day
    drafts = sorted((out / "letters").glob("*.eml"))
    assert drafts, "no email draft written"
    message = email.message_from_bytes(drafts[0].read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "jmcdonald@ironbridge.org"
    assert "Sam Rivera" in message.get_content()


def test_followup_and_review_commands(tmp_path):
    from typer.testing import CliRunner

    from cardcap.cli import app

    out = tmp_path / "acme"
    profile = tmp_path / "profile.toml"
    profile.write_text('name = "Sam Rivera"\nemail = "sam.rivera@example.org"\n', encoding="utf-8")
    runner = CliRunner()
    run = runner.invoke(app, ["followup", str(ROOT / "samples" / "synthetic" / "test_42_000000.jpg"),
                              "--interview", "2026-11-25 10:00", "--company", "Ironbridge Foods Co.",
                              "--position", "Data Analyst", "--timezone", "America/New_York",
                              "--profile", str(profile), "--jobs", "1", "-o", str(out)])
    assert run.exit_code == 0, run.output
    assert (out / "plan.md").is_file() and list((out / "letters").glob("*.eml"))
    again = runner.invoke(app, ["followup", str(ROOT / "samples" / "synthetic" / "test_42_000000.jpg"),
                                "--interview", "2026-11-25 10:00", "--jobs", "1", "-o", str(out)])
    assert again.exit_code == 5  # nothing overwritten without --force
    # review: lower the bar so every field is asked about, then quit at once: files stay valid
    review = runner.invoke(app, ["review", str(out / "contacts.json"), "--threshold", "1.0"], input="q\n")
    assert review.exit_code == 0, review.output
    assert json.loads((out / "contacts.json").read_text(encoding="utf-8"))[0]["contacts"][0]["name"] == "Jacob McDonald"
