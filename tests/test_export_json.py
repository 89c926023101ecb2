"""The scan JSON is what evaluation and the plan/letters commands read back."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cardcap.errors import InputNotFoundError, UsageError
from cardcap.export import load_contacts, parse_contacts
from cardcap.export.jsonout import (
    contact_from_dict,
    contact_to_dict,
    contacts_from_json,
    image_result_to_dict,
    results_to_json,
)
from cardcap.model import Address, Contact, ImageResult, NameParts, OcrLine, OcrPage, Phone

CONTRACT_CONTACT_KEYS = [
    "name", "name_parts", "title", "department", "company", "emails", "phones",
    "address", "urls", "confidence",
]


def sample_contact() -> Contact:
    return Contact(
        name="Chris Smith",
        name_parts=NameParts(given="Chris", family="Smith"),
        title="Senior Researcher",
        department="Cloud & AI Department",
        company="Contoso",
        emails=["chris.smith@contoso.com"],
        phones=[Phone("+19871234567", "mobile", "(987) 123-4567")],
        address=Address("4001 1st Ave NE, Redmond, WA 98052", "4001 1st Ave NE", "Redmond", "WA", "98052", "US"),
        urls=["https://www.contoso.com"],
        confidence={"name": 0.97, "title": 0.91},
        sources={"name": "CHRIS SMITH"},
        notes=["title partly hidden"],
        image="cards/contoso.jpg",
        region=((0.0, 0.0), (100.0, 0.0), (100.0, 60.0), (0.0, 60.0)),
    )


def test_contract_keys_come_first_in_format_md_order():
    r = ImageResult(image="cards/contoso.jpg", contacts=[sample_contact()])
    data = json.loads(results_to_json([r]))
    assert list(data[0])[:3] == ["image", "error", "contacts"]
    assert list(data[0]["contacts"][0])[: len(CONTRACT_CONTACT_KEYS)] == CONTRACT_CONTACT_KEYS
    contact = data[0]["contacts"][0]
    assert contact["name_parts"] == {
        "prefix": None, "given": "Chris", "middle": None, "family": "Smith", "suffix": None,
    }
    assert contact["phones"] == [{"number": "+19871234567", "type": "mobile", "text": "(987) 123-4567"}]
    assert list(contact["address"]) == ["text", "street", "city", "region", "postcode", "country"]


def test_absent_fields_are_null_or_empty_not_missing():
    data = image_result_to_dict(ImageResult(image="a.jpg", contacts=[Contact()]))
    contact = data["contacts"][0]
    for key in ("name", "title", "department", "company", "address"):
        assert contact[key] is None
    for key in ("emails", "phones", "urls"):
        assert contact[key] == []
    assert contact["confidence"] == {}


def test_failed_image_keeps_its_reason_and_no_contacts():
    r = ImageResult(image="broken.jpg", error="not an image (truncated JPEG)", error_kind="bad_image")
    data = json.loads(results_to_json([r]))
    assert data == [{
        "image": "broken.jpg", "error": "not an image (truncated JPEG)", "contacts": [],
        "error_kind": "bad_image", "seconds": 0.0,
    }]


def test_accents_are_written_as_utf8_with_two_space_indent():
    c = Contact(name="João Gonçalves", company="Padaria São José")
    text = results_to_json([ImageResult(image="sp.jpg", contacts=[c])])
    assert "João Gonçalves" in text and "\\u" not in text
    assert '\n  {\n    "image": "sp.jpg"' in text


def test_scores_that_are_not_numbers_are_dropped_not_fatal():
    import numpy as np

    c = Contact(name="A", confidence={"name": np.float32(0.5), "title": float("nan")},
                region=((np.float64(1), 2), (3, 4), (5, 6), (7, 8)))
    data = json.loads(results_to_json([ImageResult(image="a.jpg", contacts=[c])]))
    assert data[0]["contacts"][0]["confidence"] == {"name": 0.5}
    assert data[0]["contacts"][0]["region"] == [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]]


def test_ocr_lines_only_when_asked():
    page = OcrPage(lines=[OcrLine("CONTOSO", (1, 2, 3, 4), 0.9)], width=10, height=10, engine="rapidocr")
    r = ImageResult(image="a.jpg", ocr=[page])
    assert "ocr" not in image_result_to_dict(r)
    assert image_result_to_dict(r, include_ocr=True)["ocr"][0]["lines"][0]["text"] == "CONTOSO"


def test_contact_survives_json_round_trip():
    c = sample_contact()
    [back] = contacts_from_json(results_to_json([ImageResult(image="x.jpg", contacts=[c])]))
    assert back == c


def test_reader_gives_contacts_the_photo_they_came_from():
    data = [{"image": "photos/one.jpg", "error": None, "contacts": [{"name": "Ana Silva"}]},
            {"image": "photos/bad.jpg", "error": "no text", "contacts": []}]
    [ana] = contacts_from_json(json.dumps(data))
    assert ana.name == "Ana Silva" and ana.image == "photos/one.jpg"


def test_bare_contact_list_and_label_shapes_are_accepted():
    text = json.dumps([{"name": "Chris Smith", "address": "4001 1st Ave NE, Redmond",
                        "phones": [{"number": "+19871234567", "type": "fax"}]}])
    [c] = contacts_from_json(text)
    assert c.address == Address(text="4001 1st Ave NE, Redmond")
    assert c.phones == [Phone("+19871234567", "fax", "")]


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("{not json", "not valid JSON"),
        ('"just text"', "list of scan results"),
        ('[{"name": 3.5j}]', "not valid JSON"),
        ('[{"name": ["a"]}]', "'name' should be text"),
        ('[{"phones": [{"number": "1", "type": "pager"}]}]', "phone type 'pager'"),
        ('[{"name": "Ana", "confidence": {"name": "high"}}]', "not a number"),
        ('[{"foo": 1}]', "neither a scan result nor a contact"),
        ('[{"image": "a.jpg", "contacts": {}}]', "'contacts' should be a list"),
    ],
)
def test_invalid_json_input_is_a_usage_error_that_says_why(payload, message):
    with pytest.raises(UsageError, match=message):
        contacts_from_json(payload, source="scan.json")


def test_load_contacts_reads_scan_json_and_vcf_by_content(tmp_path: Path):
    scan = tmp_path / "scan.json"
    scan.write_text(results_to_json([ImageResult(image="a.jpg", contacts=[sample_contact()])]), encoding="utf-8")
    assert load_contacts(scan)[0].name == "Chris Smith"

    renamed = tmp_path / "contacts.txt"
    renamed.write_bytes(b"\xef\xbb\xbfBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nN:Silva;Ana;;;\r\nEND:VCARD\r\n")
    assert [c.name for c in load_contacts(renamed)] == ["Ana Silva"]


def test_load_contacts_reports_missing_empty_and_foreign_files(tmp_path: Path):
    with pytest.raises(InputNotFoundError, match="does not exist"):
        load_contacts(tmp_path / "nope.json")
    with pytest.raises(UsageError, match="is a folder"):
        load_contacts(tmp_path)
    empty = tmp_path / "empty.json"
    empty.write_text("  \n")
    with pytest.raises(UsageError, match="is empty"):
        load_contacts(empty)
    csv_file = tmp_path / "contacts.csv"
    csv_file.write_text("First Name,Last Name\nAna,Silva\n")
    with pytest.raises(UsageError, match="neither a cardcap scan JSON nor a vCard"):
        load_contacts(csv_file)


def test_windows_1252_vcard_from_old_outlook_is_read(tmp_path: Path):
    path = tmp_path / "old.vcf"
    path.write_bytes("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:José Müller\r\nEND:VCARD\r\n".encode("cp1252"))
    assert [c.name for c in load_contacts(path)] == ["José Müller"]


text = st.text(st.characters(codec="utf-8"), max_size=30)
maybe = st.none() | text.filter(bool)


@st.composite
def contacts(draw) -> Contact:
    return Contact(
        name=draw(maybe),
        name_parts=NameParts(*(draw(maybe) for _ in range(5))),
        title=draw(maybe), department=draw(maybe), company=draw(maybe),
        emails=draw(st.lists(text.filter(bool), max_size=3)),
        phones=[Phone(draw(text), draw(st.sampled_from(["work", "mobile", "fax", "home", "other"])), draw(text))
                for _ in range(draw(st.integers(0, 2)))],
        address=draw(st.none() | st.builds(Address, text.filter(bool), maybe, maybe, maybe, maybe, maybe)),
        urls=draw(st.lists(text.filter(bool), max_size=2)),
        confidence=draw(st.dictionaries(text, st.floats(0, 1), max_size=3)),
        notes=draw(st.lists(text.filter(bool), max_size=2)),
        image=draw(maybe),
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(contacts(), max_size=3))
def test_any_contacts_survive_json(cs):
    text = results_to_json([ImageResult(image="x.jpg", contacts=cs)])
    back = parse_contacts(text)
    for c in cs:
        c.image = c.image or "x.jpg"
    assert back == cs
    assert [contact_from_dict(contact_to_dict(c)) for c in cs] == cs


def test_a_label_file_entry_reads_as_a_contact():
    from cardcap.export.jsonout import contact_from_dict

    label = {"region": "BR", "name": "Renan Beato", "emails": ["rbeato@alertasecurity.com.br"],
             "phones": [{"number": "+551131058655", "type": "work"}], "address": "Rua Boa Vista, 254"}
    contact = contact_from_dict(label)
    assert contact.name == "Renan Beato" and contact.region is None
    assert contact.address is not None and contact.address.text == "Rua Boa Vista, 254"


def test_an_extension_survives_json_and_back():
    from cardcap.export.jsonout import contact_from_dict, contact_to_dict
    from cardcap.model import Contact, Phone

    contact = Contact(name="Jane Doe", phones=[Phone(number="+14155550101", type="work", extension="204")])
    data = contact_to_dict(contact)
    assert data["phones"][0]["extension"] == "204"
    assert contact_from_dict(data).phones[0].extension == "204"


def _two_people_on_one_card() -> list[Contact]:
    shared = dict(company="Pinnacle Design", urls=["www.pinnacledesign.com"], card=0, image="two.jpg")
    return [Contact(name="Tom Wise", name_parts=NameParts(given="Tom", family="Wise"), title="Partner",
                    emails=["twise@pinnacledesign.com"], phones=[Phone("+15035550100", "work", "503 555 0100")],
                    confidence={"emails": 0.98, "phones": 0.9}, **shared),
            Contact(name="Dawn Owens", name_parts=NameParts(given="Dawn", family="Owens"), title="Associate",
                    emails=["dawnowens@pinnacledesign.com"],
                    phones=[Phone("+15035550100", "work", "503 555 0100"), Phone("+15035550177", "mobile", "503 555 0177")],
                    confidence={"emails": 0.8, "phones": 0.9}, **shared)]


def test_a_card_that_prints_two_people_is_one_entry_with_everything_it_prints():
    people = _two_people_on_one_card()
    [entry] = json.loads(results_to_json([ImageResult(image="two.jpg", contacts=people)]))[0]["contacts"]
    assert entry["name"] == "Tom Wise" and entry["extra_people"] == ["Dawn Owens"]
    assert entry["emails"] == ["twise@pinnacledesign.com", "dawnowens@pinnacledesign.com"]
    assert [p["number"] for p in entry["phones"]] == ["+15035550100", "+15035550177"], "the shared line once"
    assert entry["confidence"]["emails"] == 0.8, "the card's emails are as sure as the least sure"
    # each person keeps their own contact for the address book, the plan and the letters
    back = contacts_from_json(results_to_json([ImageResult(image="two.jpg", contacts=people)]))
    assert back == people


def test_cards_of_one_photo_stay_apart_and_a_hand_written_people_list_is_one_card():
    one, other = sample_contact(), sample_contact()
    one.card, other.card = 0, 1
    data = json.loads(results_to_json([ImageResult(image="a.jpg", contacts=[one, other])]))
    assert len(data[0]["contacts"]) == 2
    hand = [{"image": "b.jpg", "contacts": [{"name": "A B", "people": [{"name": "A B"}, {"name": "C D"}]}]}]
    people = contacts_from_json(json.dumps(hand))
    assert [(c.name, c.card) for c in people] == [("A B", 0), ("C D", 0)]
