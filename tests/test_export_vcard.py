"""vCards must import into phones and address books and read back unchanged."""
from __future__ import annotations

import re

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardcap.errors import UsageError
from cardcap.export.vcard import (
    vcard_uid,
    clean_text,
    contact_to_vcard,
    contacts_to_vcards,
    vcards_to_contacts,
)
from cardcap.model import Address, Contact, NameParts, Phone


def tricky_contact() -> Contact:
    return Contact(
        name="Ana Müller, Jr.; O'Brien",
        name_parts=NameParts(prefix="Dra.", given="Ana", middle="Maria\\José", family="Müller, Jr.; O'Brien", suffix="Ph.D."),
        title="Diretora de P&D, América Latina",
        department="Pesquisa; Inovação",
        company="Açaí & Cia, Ltda.",
        emails=["ana.muller@acai.com.br", "contato@acai.com.br"],
        phones=[
            Phone("+5511987654321", "mobile", "(11) 98765-4321"),
            Phone("+551133334444", "work", "(11) 3333-4444"),
            Phone("+551133335555", "fax", "(11) 3333-5555"),
            Phone("+551122221111", "home", "2222-1111"),
            Phone("+551100001111", "other", "0000-1111"),
        ],
        address=Address(
            text="Av. Paulista, 1000; cj. 5, São Paulo - SP, 01310-100",
            street="Av. Paulista, 1000; cj. 5", city="São Paulo", region="SP", postcode="01310-100", country="BR",
        ),
        urls=["https://acai.com.br/contato?a=1,2"],
        notes=["title partly covered by a thumb"],
        image="fotos/cartão 1.jpg",
    )


def vcard_view(c: Contact) -> Contact:
    """The fields a vCard carries, with the printed phone text replaced by the
    number, and the UID the export gave the entry."""
    return Contact(
        name=c.name, name_parts=c.name_parts, title=c.title, department=c.department, company=c.company,
        emails=c.emails, phones=[Phone(p.number, p.type, p.number) for p in c.phones], address=c.address,
        urls=c.urls, notes=c.notes, image=c.image, uid=vcard_uid(c),
    )


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_every_field_survives_a_round_trip(version):
    c = tricky_contact()
    [back] = vcards_to_contacts(contact_to_vcard(c, version))
    assert back == vcard_view(c)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vobject_parses_output_and_lines_are_folded_crlf(version):
    c = tricky_contact()
    c.title = "Gerente Sênior de Relações Institucionais e Governamentais para a América Latina " * 2
    text = contact_to_vcard(c, version)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    card = vobject.readOne(text)
    assert card.version.value == version
    assert card.fn.value == "Ana Müller, Jr.; O'Brien"
    assert card.n.value.family == "Müller, Jr.; O'Brien"
    assert card.org.value == ["Açaí & Cia, Ltda.", "Pesquisa; Inovação"]
    assert card.title.value == c.title.strip()
    assert card.adr.value.street == "Av. Paulista, 1000; cj. 5" and card.adr.value.city == "São Paulo"


def test_version_3_types_and_label():
    text = contact_to_vcard(tricky_contact(), "3.0")
    assert "TEL;TYPE=CELL:+5511987654321\r\n" in text
    assert "TEL;TYPE=WORK,VOICE:+551133334444\r\n" in text
    assert "TEL;TYPE=FAX,WORK:+551133335555\r\n" in text
    assert "TEL;TYPE=HOME,VOICE:+551122221111\r\n" in text
    assert "TEL;TYPE=VOICE:+551100001111\r\n" in text
    assert "EMAIL;TYPE=INTERNET,WORK:ana.muller@acai.com.br\r\n" in text
    assert "LABEL;TYPE=work:Av. Paulista\\, 1000\\; cj. 5\\, São Paulo - SP\\, 01310-100\r\n" in text
    assert "NOTE:Source photo: fotos/cartão 1.jpg\\ntitle partly covered by a thumb\r\n" in text
    assert re.search(r"^UID:urn:uuid:[0-9a-f-]{36}\r$", text, re.M)


def test_version_4_uses_rfc6350_syntax():
    text = contact_to_vcard(tricky_contact(), "4.0")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert "TEL;TYPE=cell;VALUE=uri:tel:+5511987654321\r\n" in text
    assert "TEL;TYPE=fax,work;VALUE=uri:tel:+551133335555\r\n" in text
    assert "EMAIL;TYPE=work:ana.muller@acai.com.br\r\n" in text
    assert "KIND:individual\r\n" in text
    assert "LABEL:" not in text and "INTERNET" not in text  # LABEL became an ADR parameter in 4.0
    unfolded = text.replace("\r\n ", "")
    assert 'ADR;LABEL="Av. Paulista, 1000; cj. 5, São Paulo - SP, 01310-100";TYPE=work:' in unfolded


def test_number_that_is_not_e164_stays_text_in_4_0():
    text = contact_to_vcard(Contact(name="A", phones=[Phone("3333-4444", "work")]), "4.0")
    assert "TEL;TYPE=work,voice:3333-4444\r\n" in text


def test_uid_is_stable_so_reexport_updates_instead_of_duplicating():
    uid = re.compile(r"^UID:(.*)\r$", re.M)
    first = uid.search(contact_to_vcard(tricky_contact())).group(1)
    assert first == uid.search(contact_to_vcard(tricky_contact())).group(1)
    other = tricky_contact()
    other.emails = ["someone@else.com"]
    assert first != uid.search(contact_to_vcard(other)).group(1)


@pytest.mark.parametrize(
    ("contact", "fn"),
    [
        (Contact(company="Contoso"), "Contoso"),
        (Contact(emails=["info@contoso.com"]), "info@contoso.com"),
        (Contact(phones=[Phone("+19871234567")]), "+19871234567"),
        (Contact(), "(no name)"),
    ],
)
def test_fn_is_never_empty_and_nameless_cards_read_back_nameless(contact, fn):
    for version in ("3.0", "4.0"):
        text = contact_to_vcard(contact, version)
        assert f"\r\nFN:{fn}\r\n" in text
        [back] = vcards_to_contacts(text)
        assert back.name is None
        assert back.company == contact.company


def test_company_only_card_is_filed_under_the_company():
    assert "X-ABSHOWAS:COMPANY" in contact_to_vcard(Contact(company="Contoso"), "3.0")
    assert "KIND:org" in contact_to_vcard(Contact(company="Contoso"), "4.0")


def test_many_cards_in_one_file_read_back_in_order():
    people = [Contact(name=n) for n in ("Ana Silva", "Ana Silva", "Chris Smith")]
    text = contacts_to_vcards(people, "3.0")
    assert text.count("BEGIN:VCARD") == 3
    assert [c.name for c in vcards_to_contacts(text)] == ["Ana Silva", "Ana Silva", "Chris Smith"]


def test_unknown_version_is_refused():
    with pytest.raises(UsageError, match="2.1"):
        contact_to_vcard(Contact(name="A"), "2.1")


GOOGLE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nN:Silva;Ana;;;\r\n"
    "EMAIL;TYPE=INTERNET;TYPE=WORK:ana@acai.com.br\r\nTEL;TYPE=CELL:+55 11 98765-4321\r\n"
    "ADR;TYPE=WORK:;;Rua Augusta 1;São Paulo;SP;01000-000;Brazil\r\nORG:Açaí Ltda\r\n"
    "TITLE:Diretora\r\nitem1.URL:https\\://acai.com.br\r\nitem1.X-ABLabel:\r\n"
    "CATEGORIES:myContacts\r\nEND:VCARD\r\n"
)
IPHONE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\nN:Silva;Ana;;;\r\n"
    "FN:Ana Silva\r\nORG:Açaí Ltda;\r\nitem1.EMAIL;type=INTERNET;type=pref:ana@acai.com.br\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+55 11 98765-4321\r\n"
    "item2.ADR;type=WORK;type=pref:;;Rua Augusta 1;São Paulo;SP;01000-000;Brasil\r\n"
    "item2.X-ABADR:br\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ==\r\nEND:VCARD\r\n"
)
OUTLOOK_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;LANGUAGE=en-us:Smith;Chris\r\nFN:Chris Smith\r\n"
    "ORG:Contoso, Inc.;Cloud & AI Department\r\nTITLE:Senior Researcher, Cloud\r\n"
    "TEL;WORK;VOICE:(987) 123-4567\r\nTEL;CELL;VOICE:(987) 555-0101\r\nTEL;WORK;FAX:(987) 555-0102\r\n"
    "ADR;WORK;PREF:;;4001 1st Ave NE;Redmond;WA;98052;United States of America\r\n"
    "LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE:4001 1st Ave NE=0D=0ARedmond, WA 98052\r\n"
    "EMAIL;PREF;INTERNET:chris@contoso.com\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Met at the fair, S=C3=A3o Paulo\r\n"
    "REV:20260101T000000Z\r\nEND:VCARD\r\n"
)
V4 = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Contoso\r\nTEL;VALUE=uri;TYPE=\"work,voice\":tel:+1-987-123-4567\r\n"
    "EMAIL;TYPE=work:info@contoso.com\r\nADR;TYPE=work;LABEL=\"4001 1st Ave NE^nRedmond, WA\":;;4001 1st Ave NE;Redmond;WA;;us\r\n"
    "END:VCARD\r\n"
)


def test_google_export():
    [c] = vcards_to_contacts(GOOGLE)
    assert (c.name, c.company, c.title) == ("Ana Silva", "Açaí Ltda", "Diretora")
    assert c.phones == [Phone("+55 11 98765-4321", "mobile", "+55 11 98765-4321")]
    assert c.urls == ["https://acai.com.br"]
    assert c.address.city == "São Paulo" and c.address.text == "Rua Augusta 1, São Paulo, SP, 01000-000, Brazil"


def test_iphone_export_with_groups_and_photo():
    [c] = vcards_to_contacts(IPHONE)
    assert c.emails == ["ana@acai.com.br"] and c.company == "Açaí Ltda" and c.department is None
    assert c.phones[0].type == "mobile"


def test_outlook_21_keeps_unescaped_commas_and_decodes_quoted_printable():
    [c] = vcards_to_contacts(OUTLOOK_21)
    assert c.company == "Contoso, Inc." and c.department == "Cloud & AI Department"
    assert c.title == "Senior Researcher, Cloud"
    assert [p.type for p in c.phones] == ["work", "mobile", "fax"]
    assert c.address.text == "4001 1st Ave NE, Redmond, WA 98052"
    assert c.notes == ["Met at the fair, São Paulo"]


def test_vcard_4_org_card():
    [c] = vcards_to_contacts(V4)
    assert c.name is None and c.company == "Contoso"
    assert c.phones == [Phone("+1-987-123-4567", "work", "+1-987-123-4567")]
    assert c.address.text == "4001 1st Ave NE, Redmond, WA" and c.address.country == "US"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\n", "truncated"),
        ("hello world\r\n", "holds no vCard"),
    ],
)
def test_broken_vcard_files_are_usage_errors(text, message):
    with pytest.raises(UsageError, match=message):
        vcards_to_contacts(text, source="contacts.vcf")


# --- property: arbitrary text survives --------------------------------------------

text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
maybe = st.none() | text
numbers = st.from_regex(r"\A\+?[0-9][0-9 ()\-.]{2,18}\Z")


@st.composite
def contacts(draw) -> Contact:
    return Contact(
        name=draw(maybe),
        name_parts=NameParts(*(draw(maybe) for _ in range(5))),
        title=draw(maybe), department=draw(maybe), company=draw(maybe),
        emails=draw(st.lists(st.emails(), max_size=2)),
        phones=[Phone(draw(numbers), draw(st.sampled_from(["work", "mobile", "fax", "home", "other"])))
                for _ in range(draw(st.integers(0, 2)))],
        address=draw(st.none() | st.builds(Address, text, maybe, maybe, maybe, maybe, maybe)),
        urls=draw(st.lists(text, max_size=2)),
        notes=draw(st.lists(text, max_size=2)),
        image=draw(maybe),
    )


def _country(value):
    if value and len(value) == 2 and value.isascii() and value.isalpha():
        return value.upper()
    return value


def normalised(c: Contact) -> Contact:
    """What the module docstring promises survives a vCard."""
    parts = NameParts(*(clean_text(getattr(c.name_parts, k)) for k in ("prefix", "given", "middle", "family", "suffix")))
    name = clean_text(c.name)
    if name is None:
        name = " ".join(v for v in vars(parts).values() if v) or None
    address = None
    if c.address is not None:
        a = c.address
        fields = [clean_text(v) for v in (a.street, a.city, a.region, a.postcode, a.country)]
        fields[4] = _country(fields[4])
        label = clean_text(a.text) or ", ".join(v for v in fields if v)
        if label:
            label = ", ".join(p.strip() for p in label.split("\n") if p.strip())
            address = Address(label, *fields)
    image = clean_text(c.image)
    return Contact(
        name=name, name_parts=parts, title=clean_text(c.title), department=clean_text(c.department),
        company=clean_text(c.company),
        emails=[e for e in map(clean_text, c.emails) if e],
        phones=[Phone(p.number.strip(), p.type, p.number.strip()) for p in c.phones],
        address=address,
        urls=[u for u in map(clean_text, c.urls) if u],
        notes=[line.strip() for n in c.notes for line in (clean_text(n) or "").split("\n") if line.strip()],
        image=clean_text(image.replace("\n", " ")) if image else None,
        uid=vcard_uid(c),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contacts(), st.sampled_from(["3.0", "4.0"]))
def test_any_text_in_any_field_survives(c, version):
    out = contact_to_vcard(c, version)
    assert all(len(line.encode("utf-8")) <= 75 for line in out.split("\r\n"))
    vobject.readOne(out)  # a strict third-party parser accepts it
    [back] = vcards_to_contacts(out)
    assert back == normalised(c)


@pytest.mark.parametrize(
    "contact",
    [tricky_contact(), Contact(company="Contoso"), Contact(emails=["info@contoso.com"]), Contact()],
    ids=["person", "company-only", "email-only", "empty"],
)
def test_strict_rfc2426_validator_accepts_version_3(contact, recwarn):
    """An independent validator (PyPI 'vcard'); it rejects CJK text, so Latin cards only."""
    validator = pytest.importorskip("vcard.vcard_validator")
    validator.VCard(contact_to_vcard(contact, "3.0"))


def test_an_address_book_entry_keeps_its_uid_and_a_hostile_one_stays_on_one_line():
    c = Contact(name="Chris Smith", uid="urn:uuid:0f6d3c1e-6c58-4b7e-9d0a-5b1f2c3d4e5f")
    [back] = vcards_to_contacts(contact_to_vcard(c))
    assert back.uid == c.uid
    text = contact_to_vcard(Contact(name="Chris Smith", uid="x\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Mallory"))
    assert len(list(vobject.readComponents(text))) == 1


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_an_extension_is_dialled_after_a_pause_and_read_back(version):
    """"T +1 (415) 555-0101 ext. 204": a phone dials the number, pauses and
    dials 204; reading the vCard back gives the same number and extension."""
    from cardcap.export.vcard import contacts_to_vcards, vcards_to_contacts

    contact = Contact(name="Jane Doe", phones=[Phone(number="+14155550101", type="work", extension="204"),
                                               Phone(number="+14155550199", type="mobile")])
    text = contacts_to_vcards([contact], version=version)
    assert "+14155550101\\,204" in text
    back = vcards_to_contacts(text)[0].phones
    assert [(p.number, p.extension) for p in back] == [("+14155550101", "204"), ("+14155550199", None)]
