"""Contacts as the CSV files Google Contacts and Outlook import.

Layouts
  Google: the header Google Contacts exports today ("E-mail 1 - Label", not
  the older "- Type"); the importer matches columns by these names.  E-mail,
  phone and website columns repeat as often as the busiest contact needs.
  Outlook: the 61-column header Outlook.com/new Outlook export; classic
  Outlook's import wizard maps the same names.  Outlook has one column per
  phone kind, so a second number of a kind goes to a spare column or Notes.

Encoding
  Outlook (and Excel, which people use to check the file) read a CSV in the
  Windows ANSI code page unless it starts with a UTF-8 byte order mark, which
  turns "São Paulo" into "SÃ£o Paulo"; so the Outlook text starts with U+FEFF.
  Google reads UTF-8 and its own export has no BOM, so that text has none.
  Rows end with CRLF (RFC 4180).

Formula injection (OWASP "CSV Injection", ASVS 1.2.10, CWE-1236)
  Card text is untrusted: a cell that begins with = + - @ tab, CR or NUL (or
  their full-width forms) would run as a formula when the file is opened in
  a spreadsheet, so it gets a leading apostrophe.  Phone numbers are the one
  exception, because "'+55 11 98765-4321" would import into Google/Outlook
  with the apostrophe in the number.  A phone cell is written unescaped only
  when it is phone-shaped (a "+" then digits, spaces and - ( ) . only), in
  the international format "+1 987-123-4567": with no letters, quotes, "!",
  "|" or "(" next to a name, a spreadsheet can at worst do arithmetic on it,
  never call a function, fetch a URL or start a program.  Anything else in a
  phone cell is escaped like any other cell.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

import phonenumbers

from cardcap.export.vcard import SOURCE_NOTE_PREFIX, clean_text
from cardcap.model import Contact, Phone

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_PHONE_SHAPED = re.compile(r"^\+\d[\d ()\-.]*$")
UTF8_BOM = "\ufeff"


def neutralise_cell(value: str | None) -> str:
    """Text a spreadsheet shows as text, never evaluates."""
    if not value:
        return ""
    return "'" + value if value.startswith(FORMULA_START) else value


def phone_cell(number: str) -> str:
    """An importable number: international format when parseable, escaped if not phone-shaped."""
    number = (number or "").strip()
    if not number:
        return ""
    try:
        parsed = phonenumbers.parse(number, None)
        if phonenumbers.is_possible_number(parsed):
            number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        pass
    return number if _PHONE_SHAPED.match(number) else neutralise_cell(number)


def _single_line(value: str | None) -> str:
    """Name and address cells hold one line; address books show a stray newline literally."""
    text = clean_text(value) or ""
    return " ".join(text.split())


def _notes(c: Contact, extra: Sequence[str] = ()) -> str:
    lines = []
    image = clean_text(c.image)
    if image:
        lines.append(SOURCE_NOTE_PREFIX + " ".join(image.split()))
    lines.extend(filter(None, map(clean_text, c.notes)))
    lines.extend(extra)
    return "\n".join(lines)


def _name_parts(c: Contact) -> dict[str, str]:
    """When the card gave only a full name, Google/Outlook still need it somewhere visible."""
    p = c.name_parts
    parts = {k: _single_line(getattr(p, k)) for k in ("prefix", "given", "middle", "family", "suffix")}
    if not any(parts.values()):
        parts["given"] = _single_line(c.name)
    return parts


def _write(header: Sequence[str], rows: Iterable[dict[str, str]], bom: bool) -> str:
    buffer = io.StringIO()
    if bom:
        buffer.write(UTF8_BOM)
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    return buffer.getvalue()


def _safe_row(row: dict[str, str], phone_columns: set[str]) -> dict[str, str]:
    return {k: (v if k in phone_columns else neutralise_cell(v)) for k, v in row.items()}


# --- Google Contacts -----------------------------------------------------------

GOOGLE_FIXED = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
    "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As",
    "Organization Name", "Organization Title", "Organization Department", "Birthday", "Notes",
    "Photo", "Labels",
]
GOOGLE_ADDRESS = [
    "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
    "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country",
    "Address 1 - Extended Address",
]
GOOGLE_PHONE_LABELS = {"work": "Work", "mobile": "Mobile", "fax": "Work Fax", "home": "Home", "other": "Other"}


def google_header(emails: int = 1, phones: int = 1, websites: int = 1) -> list[str]:
    header = list(GOOGLE_FIXED)
    for i in range(1, max(1, emails) + 1):
        header += [f"E-mail {i} - Label", f"E-mail {i} - Value"]
    for i in range(1, max(1, phones) + 1):
        header += [f"Phone {i} - Label", f"Phone {i} - Value"]
    header += GOOGLE_ADDRESS
    for i in range(1, max(1, websites) + 1):
        header += [f"Website {i} - Label", f"Website {i} - Value"]
    return header


def _usable(values: Iterable[str | None]) -> list[str]:
    return [v for v in (_single_line(x) for x in values) if v]


def _phone_with_extension(phone: Phone) -> str:
    cell = phone_cell(_single_line(phone.number))
    return f"{cell},{phone.extension}" if phone.extension and cell and not cell.startswith("'") else cell


def _usable_phones(phones: Iterable[Phone]) -> list[Phone]:
    return [p for p in phones if _single_line(p.number)]


def _google_row(c: Contact) -> tuple[dict[str, str], set[str]]:
    parts = _name_parts(c)
    row = {
        "First Name": parts["given"], "Middle Name": parts["middle"], "Last Name": parts["family"],
        "Name Prefix": parts["prefix"], "Name Suffix": parts["suffix"],
        "Organization Name": _single_line(c.company), "Organization Title": _single_line(c.title),
        "Organization Department": _single_line(c.department), "Notes": _notes(c),
    }
    if not any(parts.values()) and not row["Organization Name"]:
        row["File As"] = next(iter(_usable(c.emails)), "")
    for i, email in enumerate(_usable(c.emails), 1):
        row[f"E-mail {i} - Label"], row[f"E-mail {i} - Value"] = "Work", email
    phone_columns = set()
    for i, phone in enumerate(_usable_phones(c.phones), 1):
        row[f"Phone {i} - Label"] = GOOGLE_PHONE_LABELS.get(phone.type, "Other")
        row[f"Phone {i} - Value"] = _phone_with_extension(phone)
        phone_columns.add(f"Phone {i} - Value")
    if c.address is not None:
        a = c.address
        row.update({
            "Address 1 - Label": "Work", "Address 1 - Formatted": _single_line(a.text),
            "Address 1 - Street": _single_line(a.street), "Address 1 - City": _single_line(a.city),
            "Address 1 - Region": _single_line(a.region), "Address 1 - Postal Code": _single_line(a.postcode),
            "Address 1 - Country": _single_line(a.country),
        })
    for i, url in enumerate(_usable(c.urls), 1):
        row[f"Website {i} - Label"], row[f"Website {i} - Value"] = "Work", url
    return row, phone_columns


def contacts_to_google_csv(contacts: Sequence[Contact]) -> str:
    """A file for contacts.google.com > Import."""
    header = google_header(
        emails=max((len(_usable(c.emails)) for c in contacts), default=1),
        phones=max((len(_usable_phones(c.phones)) for c in contacts), default=1),
        websites=max((len(_usable(c.urls)) for c in contacts), default=1),
    )
    rows = (_safe_row(*_google_row(c)) for c in contacts)
    return _write(header, rows, bom=False)


# --- Outlook ---------------------------------------------------------------------

OUTLOOK_HEADER = [
    "First Name", "Middle Name", "Last Name", "Title", "Suffix", "Nickname", "Given Yomi",
    "Surname Yomi", "E-mail Address", "E-mail 2 Address", "E-mail 3 Address", "Home Phone",
    "Home Phone 2", "Business Phone", "Business Phone 2", "Mobile Phone", "Car Phone",
    "Other Phone", "Primary Phone", "Pager", "Business Fax", "Home Fax", "Other Fax",
    "Company Main Phone", "Callback", "Radio Phone", "Telex", "TTY/TDD Phone", "IMAddress",
    "Job Title", "Department", "Company", "Office Location", "Manager's Name",
    "Assistant's Name", "Assistant's Phone", "Company Yomi", "Business Street", "Business City",
    "Business State", "Business Postal Code", "Business Country/Region", "Home Street",
    "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Other Street",
    "Other City", "Other State", "Other Postal Code", "Other Country/Region",
    "Personal Web Page", "Spouse", "Schools", "Hobby", "Location", "Web Page", "Birthday",
    "Anniversary", "Notes",
]
# Columns each phone kind may use, in order; what does not fit is listed in Notes.
OUTLOOK_PHONE_COLUMNS = {
    "work": ("Business Phone", "Business Phone 2", "Company Main Phone", "Other Phone"),
    "mobile": ("Mobile Phone", "Car Phone", "Other Phone"),
    "fax": ("Business Fax", "Other Fax"),
    "home": ("Home Phone", "Home Phone 2", "Other Phone"),
    "other": ("Other Phone", "Primary Phone"),
}
OUTLOOK_EMAIL_COLUMNS = ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address")


def _outlook_row(c: Contact) -> tuple[dict[str, str], set[str]]:
    parts = _name_parts(c)
    row = {
        "First Name": parts["given"], "Middle Name": parts["middle"], "Last Name": parts["family"],
        "Title": parts["prefix"], "Suffix": parts["suffix"], "Job Title": _single_line(c.title),
        "Department": _single_line(c.department), "Company": _single_line(c.company),
    }
    overflow: list[str] = []
    emails = _usable(c.emails)
    row.update(zip(OUTLOOK_EMAIL_COLUMNS, emails))
    overflow += [f"E-mail: {e}" for e in emails[len(OUTLOOK_EMAIL_COLUMNS):]]

    phone_columns: set[str] = set()
    for phone in _usable_phones(c.phones):
        cell = _phone_with_extension(phone)
        free = next((col for col in OUTLOOK_PHONE_COLUMNS.get(phone.type, ()) if col not in phone_columns), None)
        if free is None:
            overflow.append(f"{phone.type.capitalize()} phone: {cell}")
        else:
            row[free] = cell
            phone_columns.add(free)

    if c.address is not None:
        a = c.address
        street = _single_line(a.street)
        has_parts = any((street, a.city, a.region, a.postcode, a.country))
        row.update({
            "Business Street": street if has_parts else _single_line(a.text),
            "Business City": _single_line(a.city), "Business State": _single_line(a.region),
            "Business Postal Code": _single_line(a.postcode),
            "Business Country/Region": _single_line(a.country),
        })
    urls = _usable(c.urls)
    if urls:
        row["Web Page"] = urls[0]
        overflow += [f"Web page: {u}" for u in urls[1:]]
    row["Notes"] = _notes(c, overflow)
    return row, phone_columns


def contacts_to_outlook_csv(contacts: Sequence[Contact]) -> str:
    """A file for Outlook's Import contacts (Outlook.com, new and classic Outlook)."""
    rows = (_safe_row(*_outlook_row(c)) for c in contacts)
    return _write(OUTLOOK_HEADER, rows, bom=True)
