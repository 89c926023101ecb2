"""Duplicates: the same person scanned twice, or already in the address book, stays one contact."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cardcap.export import contact_from_dict, vcards_to_contacts
from cardcap.merge import dedupe, dedupe_results, merge_contacts, same_person
from cardcap.model import Address, Contact, ImageResult, Phone

REAL = Path("/work/shared/eval/real")


def labelled_contacts() -> tuple[list[str], list[Contact]]:
    """The hand labels of the real photos, read as the contacts a perfect reader would give."""
    names, contacts = [], []
    for folder in ("br_photos", "contoso"):
        labels = json.loads((REAL / folder / "labels.json").read_text(encoding="utf-8"))
        for image, label in labels.items():
            # "region" is the card's country in the labels, and the notes are the labeller's
            label = {k: v for k, v in label.items() if k not in ("notes", "region")}
            contact = contact_from_dict(label, where=image)
            contact.image = image
            names.append(image)
            contacts.append(contact)
    return names, contacts


@pytest.mark.skipif(not REAL.exists(), reason="real photos not available")
def test_real_set_merges_exactly_the_duplicates_the_labels_name():
    names, contacts = labelled_contacts()
    result = dedupe(contacts)
    groups: dict[int, set[str]] = {}
    for image, target in zip(names, result.placed):
        groups.setdefault(target, set()).add(image.split("_")[0].split(".")[0])
    merged = sorted(sorted(g) for g in groups.values() if len(g) > 1)
    assert merged == [
        ["806010510", "806021986"],  # the same physical card photographed twice
        ["806122387", "806625065"],  # José Carlos: black and white card, same email
        ["806122959", "806123639"],  # the same physical card photographed twice
    ]
    assert len(result.contacts) == len(contacts) - 3
    jose = result.contacts[result.placed[names.index("806122387_319112.jpg")]]
    assert jose.company == "Brunau Buffet"
    assert jose.address is not None and "Murutinga" in jose.address.text, "each card gave what the other lacked"
    assert sorted(jose.urls) == ["www.brunaubuffet.com.br", "www.buffetbrunau.com.br"]
    # the black card prints the old 8-digit mobile, the white one the 9-digit: both numbers are kept
    assert sorted(p.number for p in jose.phones) == ["+551199336564", "+5511999336564"]


def test_shared_email_is_decisive_whatever_else_was_misread():
    a = Contact(name="Chris Smith", company="Contoso", emails=["Chris.Smith@contoso.com"])
    b = Contact(name="Chrls Smlth", emails=["chris.smith@contoso.com"])
    assert same_person(a, b) == 1.0


def test_colleagues_sharing_a_role_address_stay_apart():
    a = Contact(name="Ana Souza", emails=["contato@loja.com.br"])
    b = Contact(name="Pedro Lima", emails=["contato@loja.com.br"])
    assert dedupe([a, b]).contacts == [a, b]


def test_names_compare_without_accents_case_honorifics_or_order():
    a = Contact(name="Dr. José Conceição", company="Padaria São Bento Ltda.")
    b = Contact(name="JOSE CONCEICAO", company="PADARIA SAO BENTO")
    c = Contact(name="Conceição, José", phones=[Phone("+5511998848929")])
    d = Contact(name="José Conceição", phones=[Phone("+55 (11) 99884-8929")])
    assert same_person(a, b) >= 0.8
    assert same_person(c, d) >= 0.8
    assert same_person(a, Contact(name="José Conceição")) < 0.8, "a name alone is not enough"
    # a re-scan that cut the logo short (what RapidOCR read on the real duplicate photos)
    assert same_person(Contact(name="R. Oliveira", company="Auto Socorro"),
                       Contact(name="R. Oliveira", company="Auto Soco")) >= 0.8
    assert same_person(a, Contact(name="Maria Conceição", company="Padaria São Bento")) == 0.0


def test_merge_keeps_the_more_confident_value_and_notes_the_other():
    first = Contact(name="Chris Smith", title="Senior Researcher", company="Contoso",
                    emails=["chris.smith@contoso.com"],
                    phones=[Phone("+19871234567", "other", "987 123 4567")],
                    urls=["https://www.contoso.com/"],
                    confidence={"name": 0.95, "title": 0.55, "company": 0.9}, image="a.jpg")
    second = Contact(name="Chris Smith", title="Senior Research Lead", company="Contoso",
                     emails=["CHRIS.SMITH@contoso.com", "c.smith@contoso.com"],
                     phones=[Phone("(987) 123-4567", "mobile"), Phone("+19873126745", "fax")],
                     urls=["www.contoso.com"], address=Address(text="4001 1st Ave NE, Redmond, WA 98052"),
                     confidence={"name": 0.9, "title": 0.92, "address": 0.8}, image="b.jpg")
    merged = merge_contacts(first, second)
    assert merged.title == "Senior Research Lead" and merged.confidence["title"] == 0.92
    assert merged.emails == ["chris.smith@contoso.com", "c.smith@contoso.com"]
    assert [(p.number, p.type) for p in merged.phones] == [("+19871234567", "mobile"), ("+19873126745", "fax")]
    assert merged.urls == ["https://www.contoso.com/"]
    assert merged.address.text.startswith("4001")
    assert "title: kept 'Senior Research Lead'; the other scan read 'Senior Researcher' (confidence 0.55)" in merged.notes
    assert "Also read from b.jpg" in merged.notes
    assert first.title == "Senior Researcher" and len(first.phones) == 1, "inputs are not changed"


EXISTING_VCF = """BEGIN:VCARD\r
VERSION:3.0\r
PRODID:-//Apple Inc.//iPhone OS 17.0//EN\r
N:Smith;Avery;;Dr.;\r
FN:Dr. Avery Smith\r
ORG:Contoso;\r
item1.EMAIL;type=INTERNET;type=pref:avery@home.example\r
item1.X-ABLabel:_$!<Other>!$_\r
TEL;type=CELL;type=VOICE;type=pref:07911 123456\r
NOTE:Met at the London AI meetup\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
N:Okafor;Ngozi;;;\r
FN:Ngozi Okafor\r
ORG:Fabrikam Ltd\r
EMAIL;type=INTERNET;type=WORK:ngozi.okafor@fabrikam.co.uk\r
END:VCARD\r
"""


def test_scan_updates_an_existing_vcf_entry_instead_of_adding_one():
    existing = vcards_to_contacts(EXISTING_VCF)
    scanned = [
        Contact(name="Avery Smith", title="Senior Researcher", company="Contoso",
                emails=["avery.smith@contoso.com"],
                phones=[Phone("+447911123456", "mobile", "mob: +44 (0) 7911 123456"),
                        Phone("+442098765432", "work")],
                confidence={"name": 0.93, "title": 0.9, "company": 0.8}, image="avery.jpg"),
        Contact(name="Ngozi Okafor", emails=["ngozi.okafor@fabrikam.co.uk"], title="Head of Talent",
                image="ngozi.jpg"),
        Contact(name="Chris Smith", company="Contoso", emails=["chris.smith@contoso.com"], image="chris.jpg"),
    ]
    result = dedupe(scanned, existing)
    assert len(result.contacts) == 3
    assert result.placed == [0, 1, 2]
    assert result.updated == [0, 1]
    assert result.added == [2]
    avery = result.contacts[0]
    assert avery.name == "Dr. Avery Smith", "the address book's own spelling stays"
    assert avery.emails == ["avery@home.example", "avery.smith@contoso.com"]
    assert [p.number for p in avery.phones] == ["+447911123456", "+442098765432"]
    assert avery.title == "Senior Researcher"
    assert "Met at the London AI meetup" in avery.notes
    assert result.contacts[1].title == "Head of Talent"


def test_the_same_card_scanned_three_times_is_one_contact():
    card = dict(company="Auto Socorro", phones=[Phone("+55940004561", "mobile"), Phone("+5511986976934", "mobile")])
    scans = [Contact(**card, image=f"{n}.jpg") for n in range(3)]
    result = dedupe(scans)
    assert len(result.contacts) == 1
    assert result.merges == [(1, 0), (2, 0)]
    assert len(result.contacts[0].phones) == 2


def test_scan_results_keep_each_person_once_in_the_photo_first_seen():
    existing = vcards_to_contacts(EXISTING_VCF)
    results = [
        ImageResult(image="1.jpg", contacts=[Contact(name="Chris Smith", emails=["chris.smith@contoso.com"])]),
        ImageResult(image="2.jpg", error="no text found", error_kind="no_text"),
        ImageResult(image="3.jpg", contacts=[Contact(name="Chris Smith", title="Senior Researcher",
                                                     emails=["chris.smith@contoso.com"]),
                                             Contact(name="Avery Smith", phones=[Phone("+447911123456", "mobile")],
                                                     company="Contoso")]),
    ]
    out, found = dedupe_results(results, existing)
    assert [r.image for r in out] == ["1.jpg", "2.jpg", "3.jpg"]
    assert out[1] is results[1]
    assert [c.name for c in out[0].contacts] == ["Chris Smith"]
    assert out[0].contacts[0].title == "Senior Researcher", "the later photo's details are kept"
    assert [c.name for c in out[2].contacts] == ["Dr. Avery Smith"], "the address-book entry, updated"
    assert found.updated == [0]
