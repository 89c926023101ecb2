"""`cardcap review`: a scripted session through its prompts, and the files it rewrites."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cardcap.errors import OutputError
from cardcap.export import load_contacts, vcards_to_contacts
from cardcap.model import Address, Contact, ImageResult, NameParts, Phone
from cardcap.outputs import write_scan_outputs
from cardcap.review import Prompt, questions, review, review_contacts, review_files


def scanned() -> list[ImageResult]:
    chris = Contact(
        name="Chris Smlth", name_parts=NameParts(given="Chris", family="Smlth"),
        title="Senior Researcher", department="Cloud & Al Department", company="Contoso",
        emails=["chris.smith@contoso.com"], phones=[Phone("+19871234567", "mobile", "mob: 987 123 4567")],
        address=Address(text="4001 1st Ave NE, Redmond, WA 98052", city="Redmond", region="WA", country="US"),
        confidence={"name": 0.6, "title": 0.96, "department": 0.61, "company": 0.97, "phones": 0.7, "emails": 1.0},
        sources={"name": "Chris Smlth", "department": "Cloud & Al Department", "phones": "mob: 987 123 4567"},
        image="cards/chris.jpg",
    )
    ricardo = Contact(
        name="Ricardo Nogueira", title="Crea 192744/TD", emails=["ricknog39@gmail.com"],
        urls=["cargocollective.com/nogdesign"],
        confidence={"name": 0.85, "title": 0.5, "urls": 0.8, "emails": 0.97},
        sources={"title": "Crea 192744/TD"}, image="cards/ricardo.jpg",
    )
    return [ImageResult(image="cards/chris.jpg", contacts=[chris]),
            ImageResult(image="cards/broken.jpg", error="no text found", error_kind="no_text"),
            ImageResult(image="cards/ricardo.jpg", contacts=[ricardo])]


def scripted(answers: list[str]):
    asked: list[Prompt] = []
    script = iter(answers)

    def ask(prompt: Prompt) -> str:
        asked.append(prompt)
        return next(script)

    return ask, asked


SESSION = ["Chris Smith", "", "s", "", "-", "q"]  # replace, accept, skip the rest, accept, clear, quit


def test_scripted_session_accepts_replaces_clears_and_quits():
    contacts = [c for r in scanned() for c in r.contacts]
    ask, asked = scripted(SESSION)
    outcome = review_contacts(contacts, ask)
    assert [(p.contact_index, p.field) for p in asked] == [
        (0, "name"), (0, "department"), (0, "phones"), (1, "name"), (1, "title"), (1, "urls")]
    first = asked[0]
    assert (first.suggestion, first.source, first.confidence, first.total) == ("Chris Smlth", "Chris Smlth", 0.6, 6)
    assert "read from 'mob: 987 123 4567'" in asked[2].render()
    assert (outcome.accepted, outcome.replaced, outcome.cleared, outcome.skipped) == (2, 1, 1, 2)
    assert outcome.quit_early

    chris, ricardo = outcome.contacts
    assert chris.name == "Chris Smith" and chris.name_parts.family == "Smith"
    assert chris.confidence["name"] == chris.confidence["department"] == 1.0
    assert chris.confidence["phones"] == 0.7, "skipped: still doubtful, asked again next time"
    assert "Checked by the user: name corrected (was 'Chris Smlth'); department confirmed" in chris.notes
    assert ricardo.title is None and "title" not in ricardo.confidence
    assert ricardo.confidence["urls"] == 0.8
    assert contacts[0].name == "Chris Smlth", "the input contacts are not changed"
    assert [(c, f) for c, f in questions(outcome.contacts)] == [(0, "phones"), (1, "urls")]


def test_typed_phones_and_lists_are_parsed():
    contact = Contact(phones=[Phone("+19871234567", "mobile")], emails=["chris.smlth@contoso.com"],
                      confidence={"phones": 0.5, "emails": 0.5})
    ask, _ = scripted(["chris.smith@contoso.com; cs@contoso.com", "+1 (987) 123-4568, fax: +1 987 312 6745"])
    out = review_contacts([contact], ask).contacts[0]
    assert [(p.number, p.type) for p in out.phones] == [("+19871234568", "mobile"), ("+19873126745", "fax")]
    assert out.emails == ["chris.smith@contoso.com", "cs@contoso.com"]


def test_review_rewrites_the_scan_files(tmp_path: Path):
    results = scanned()
    write_scan_outputs(results, tmp_path)
    assert (tmp_path / "Chris Smlth.vcf").exists()
    path = tmp_path / "contacts.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    originals = load_contacts(path)
    ask, _ = scripted(SESSION)
    outcome = review_contacts(originals, ask)
    review_files(path, outcome, data, originals)

    saved = json.loads(path.read_text(encoding="utf-8"))
    assert [item["image"] for item in saved] == ["cards/chris.jpg", "cards/broken.jpg", "cards/ricardo.jpg"]
    assert saved[1]["error"] == "no text found", "failed photos stay listed"
    assert saved[0]["contacts"][0]["name"] == "Chris Smith"
    assert saved[0]["contacts"][0]["confidence"]["name"] == 1.0
    assert saved[2]["contacts"][0]["title"] is None

    assert not (tmp_path / "Chris Smlth.vcf").exists(), "the misspelt file the scan wrote is gone"
    single = (tmp_path / "Chris Smith.vcf").read_text(encoding="utf-8")
    assert "FN:Chris Smith" in single and "N:Smith;Chris;;;" in single
    assert "Checked by the user: name corrected" in single
    everyone = vcards_to_contacts((tmp_path / "contacts.vcf").read_text(encoding="utf-8"))
    assert [(c.name, c.title) for c in everyone] == [("Chris Smith", "Senior Researcher"), ("Ricardo Nogueira", None)]
    assert "Chris,,Smith" in (tmp_path / "contacts-google.csv").read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".*.tmp")), "no temporary files left behind"


def test_files_edited_since_the_scan_are_not_overwritten_without_force(tmp_path: Path):
    write_scan_outputs(scanned(), tmp_path)
    edited = tmp_path / "contacts.vcf"
    edited.write_bytes(edited.read_bytes() + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Added by hand\r\nEND:VCARD\r\n")
    path = tmp_path / "contacts.json"
    data, originals = json.loads(path.read_text(encoding="utf-8")), load_contacts(path)
    outcome = review_contacts(originals, scripted(SESSION)[0])
    with pytest.raises(OutputError, match="changed since the scan"):
        review_files(path, outcome, data, originals)
    assert json.loads(path.read_text(encoding="utf-8"))[0]["contacts"][0]["name"] == "Chris Smlth", "nothing written"
    review_files(path, outcome, data, originals, force=True)
    assert "Added by hand" not in edited.read_text(encoding="utf-8")


def test_review_command_on_a_terminal_session(tmp_path: Path):
    write_scan_outputs(scanned(), tmp_path)
    app = typer.Typer()
    app.command()(review)
    result = CliRunner().invoke(app, [str(tmp_path / "contacts.json"), "--threshold", "0.65"],
                                input="Chris Smith\n\n")
    assert result.exit_code == 0, result.output
    assert "[1/3] Chris Smlth, Contoso — chris.jpg" in result.output
    assert "1 confirmed, 1 corrected, 0 cleared, 1 left for later" in result.output
    saved = load_contacts(tmp_path / "contacts.json")
    assert saved[0].name == "Chris Smith" and saved[0].department == "Cloud & Al Department"
    assert saved[0].confidence["department"] == 1.0
    assert saved[1].title == "Crea 192744/TD", "input ran out before it: left as read (Ctrl-D saves and quits)"


def test_review_refuses_a_vcf():
    app = typer.Typer()
    app.command()(review)
    result = CliRunner().invoke(app, ["contacts.vcf"])
    assert result.exit_code == 2
    assert "a .vcf has no confidences" in result.output


def test_a_json_saved_on_its_own_is_rewritten_alone(tmp_path: Path):
    from cardcap.export import results_to_json

    path = tmp_path / "scan.json"
    path.write_text(results_to_json(scanned()), encoding="utf-8")
    data, originals = json.loads(path.read_text(encoding="utf-8")), load_contacts(path)
    review_files(path, review_contacts(originals, scripted(SESSION)[0]), data, originals)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scan.json"]
    assert load_contacts(path)[0].name == "Chris Smith"


def test_review_of_a_card_with_two_people_keeps_it_one_entry(tmp_path: Path):
    shared = dict(company="Pinnacle Design", card=0, image="cards/two.jpg")
    people = [Contact(name="Tom Wlse", title="Partner", emails=["twise@pinnacledesign.com"],
                      confidence={"name": 0.5, "title": 0.95, "emails": 0.98}, **shared),
              Contact(name="Dawn Owens", title="Associate", emails=["dawnowens@pinnacledesign.com"],
                      confidence={"name": 0.95, "title": 0.95, "emails": 0.98}, **shared)]
    write_scan_outputs([ImageResult(image="cards/two.jpg", contacts=people)], tmp_path)
    path = tmp_path / "contacts.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    originals = load_contacts(path)
    assert [c.name for c in originals] == ["Tom Wlse", "Dawn Owens"]
    ask, _ = scripted(["Tom Wise", "q"])
    review_files(path, review_contacts(originals, ask), data, originals)
    [entry] = json.loads(path.read_text(encoding="utf-8"))[0]["contacts"]
    assert entry["name"] == "Tom Wise" and entry["extra_people"] == ["Dawn Owens"]
    assert [p["name"] for p in entry["people"]] == ["Tom Wise", "Dawn Owens"]
    assert {c.name for c in vcards_to_contacts((tmp_path / "contacts.vcf").read_text(encoding="utf-8"))} == {
        "Tom Wise", "Dawn Owens"}
