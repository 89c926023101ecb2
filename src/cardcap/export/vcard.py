"""Contacts to and from vCard 3.0 (RFC 2426) and 4.0 (RFC 6350), through vobject.

vobject does the escaping (, ; \\ newline), the 75-octet folding on UTF-8
boundaries and the CRLF line ends; this module decides which properties a
phone's address book needs and reads the dialects phones, Google and Outlook
write (including 2.1 with quoted-printable, which vobject decodes).

Round trip contact -> vCard -> contact keeps every field a vCard can hold,
after this normalisation: control characters other than tab and newline are
dropped, CR/CRLF and Unicode line separators become newline, surrounding
whitespace is trimmed, empty text becomes None, a phone's printed text
becomes its number (a vCard holds one value per TEL), and notes are split
into lines.  Confidence, sources and the card's region in the photo are not
vCard data; the JSON export keeps them.
"""
from __future__ import annotations

import io
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import vobject
from vobject.vcard import Address as VAddress
from vobject.vcard import Name as VName

from cardcap.errors import UsageError
from cardcap.model import Address, Contact, NameParts, Phone, PhoneType

VCARD_VERSIONS = ("3.0", "4.0")
SOURCE_NOTE_PREFIX = "Source photo: "
NO_NAME = "(no name)"
NAMELESS_PROPERTY = "X-CARDCAP-NAMELESS"
PRODID = "-//cardcap//business card scan//EN"
_UID_NAMESPACE = uuid.UUID("5b0a2a4e-93f3-4d7c-9c1e-8f3f0d6b1a52")

# Type lists for each phone kind; 4.0 wants them lower-case (RFC 6350 6.4.1).
_TEL_TYPES: dict[str, tuple[str, ...]] = {
    "work": ("WORK", "VOICE"),
    "mobile": ("CELL",),
    "fax": ("FAX", "WORK"),
    "home": ("HOME", "VOICE"),
    "other": ("VOICE",),
}
_E164 = re.compile(r"^\+[1-9]\d{3,14}$")
_LINE_BREAKS = re.compile(r"\r\n|[\r\x85\u2028\u2029]")


def clean_text(value: str | None) -> str | None:
    """What a vCard value can carry: no control characters besides tab and newline."""
    if value is None:
        return None
    value = _LINE_BREAKS.sub("\n", value)
    value = "".join(
        ch for ch in value if ch in "\t\n" or unicodedata.category(ch) not in ("Cc", "Cs")
    )
    value = value.strip()
    return value or None


def vcard_uid(c: Contact) -> str:
    """The entry's own UID when it came from an address book (so a phone
    updates it rather than adding a second one); otherwise stable across
    runs, so re-exporting the same scan updates rather than duplicates."""
    if c.uid and c.uid.split():
        return " ".join(c.uid.split())  # one line, whatever file it came from
    key = "\x1f".join(
        [c.image or "", repr(c.region), c.name or "", c.company or "", *c.emails,
         *(p.number for p in c.phones)]
    )
    return f"urn:uuid:{uuid.uuid5(_UID_NAMESPACE, key)}"


def formatted_name(c: Contact) -> str:
    """FN is mandatory, so a nameless card is filed under its company or first contact point.

    Also a good stem for the card's own file name (pass it through fsio.safe_filename).
    """
    parts = c.name_parts
    name = clean_text(c.name)
    if name:
        return name
    joined = " ".join(
        v for v in (clean_text(getattr(parts, k)) for k in ("prefix", "given", "middle", "family", "suffix")) if v
    )
    candidates = [joined, clean_text(c.company), *map(clean_text, c.emails),
                  *(clean_text(p.number) for p in c.phones), *map(clean_text, c.urls)]
    return next((v for v in candidates if v), NO_NAME)


def _rfc6868(value: str) -> str:
    """Parameter values cannot hold newlines or quotes; RFC 6868 spells them ^n and ^'."""
    return value.replace("^", "^^").replace("\n", "^n").replace('"', "^'")


def _un_rfc6868(value: str) -> str:
    return re.sub(r"\^(\^|n|')", lambda m: {"^": "^", "n": "\n", "'": '"'}[m.group(1)], value)


def _build(c: Contact, version: str) -> vobject.base.Component:
    v4 = version == "4.0"
    card = vobject.vCard()
    card.add("version").value = version
    card.add("prodid").value = PRODID
    card.add("uid").value = vcard_uid(c)

    parts = c.name_parts
    fn = formatted_name(c)
    card.add("fn").value = fn
    card.add("n").value = VName(
        family=clean_text(parts.family) or "",
        given=clean_text(parts.given) or "",
        additional=clean_text(parts.middle) or "",
        prefix=clean_text(parts.prefix) or "",
        suffix=clean_text(parts.suffix) or "",
    )
    company, department = clean_text(c.company), clean_text(c.department)
    has_person = clean_text(c.name) is not None or any(
        clean_text(getattr(parts, k)) for k in ("prefix", "given", "middle", "family", "suffix")
    )
    is_org = not has_person and company is not None
    if v4:
        card.add("kind").value = "org" if is_org else "individual"
    elif is_org:
        card.add("x-abshowas").value = "COMPANY"  # Apple's way to file a card under its company
    if not has_person and not is_org:
        card.add(NAMELESS_PROPERTY.lower()).value = "TRUE"  # FN is only a filler; don't read it as a name
    if company or department:
        card.add("org").value = [company or ""] + ([department] if department else [])
    title = clean_text(c.title)
    if title:
        card.add("title").value = title

    for email in filter(None, map(clean_text, c.emails)):
        prop = card.add("email")
        prop.value = email
        prop.type_param = ["work"] if v4 else ["INTERNET", "WORK"]

    for phone in c.phones:
        number = clean_text(phone.number)
        if not number:
            continue
        types = _TEL_TYPES.get(phone.type, _TEL_TYPES["other"])
        prop = card.add("tel")
        if v4:
            prop.type_param = [t.lower() for t in types]
            if _E164.match(number) and not phone.extension:
                prop.value_param = "uri"
                prop.value = f"tel:{number}"
            else:
                # not a global number, so no valid tel: URI; or an extension, whose ";ext=" the
                # text escaping would break: the dial string as text, like version 3.0
                prop.value = clean_text(phone.dial_string())
        else:
            prop.type_param = list(types)
            prop.value = clean_text(phone.dial_string())

    if c.address is not None:
        a = c.address
        text = clean_text(a.text)
        prop = card.add("adr")
        prop.value = VAddress(
            street=clean_text(a.street) or "",
            city=clean_text(a.city) or "",
            region=clean_text(a.region) or "",
            code=clean_text(a.postcode) or "",
            country=clean_text(a.country) or "",
        )
        # RFC 2426 spells ADR/LABEL types lower-case; strict validators check them case-sensitively.
        prop.type_param = ["work"]
        if text:
            if v4:
                prop.params["LABEL"] = [_rfc6868(text)]
            else:
                label = card.add("label")
                label.value = text
                label.type_param = ["work"]

    for url in filter(None, map(clean_text, c.urls)):
        card.add("url").value = url

    note_lines = []
    image = clean_text(c.image)
    if image:
        note_lines.append(SOURCE_NOTE_PREFIX + image.replace("\n", " "))
    note_lines.extend(filter(None, map(clean_text, c.notes)))
    if note_lines:
        card.add("note").value = "\n".join(note_lines)
    return card


MAX_LINE_OCTETS = 75


def fold_line(line: str, limit: int = MAX_LINE_OCTETS) -> str:
    """Fold at `limit` UTF-8 octets without splitting a character.

    vobject 0.9.9 skips folding when a line has fewer than 75 *characters*,
    so accented or CJK lines came out longer than 75 octets; we fold ourselves.
    """
    out: list[str] = []
    current: list[str] = []
    size = 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append("".join(current))
            current, size = [" "], 1  # a continuation line starts with one space
        current.append(ch)
        size += width
    out.append("".join(current))
    return "\r\n".join(out)


def contact_to_vcard(c: Contact, version: str = "3.0") -> str:
    """One vCard: UTF-8 text with CRLF line ends, folded at 75 octets."""
    if version not in VCARD_VERSIONS:
        raise UsageError(f"vCard version {version!r} is not supported; use 3.0 or 4.0")
    # Values never hold a raw line break (vobject escapes newlines as \\n), so
    # splitting the unfolded output on CRLF yields exactly the content lines.
    unfolded = _build(c, version).serialize(lineLength=1_000_000_000)
    lines = unfolded.split("\r\n")
    return "\r\n".join(fold_line(line) for line in lines)


def contacts_to_vcards(contacts: Iterable[Contact], version: str = "3.0") -> str:
    """Many cards in one .vcf, which every address book imports in one go."""
    return "".join(contact_to_vcard(c, version) for c in contacts)


# --- reading -----------------------------------------------------------------
#
# vobject's own decoding keeps only the text before the first unescaped comma
# ("NOTE:a, b" reads as "a"), and vCard 2.1 from Outlook never escapes commas.
# So vobject only splits lines, unfolds and decodes quoted-printable here; the
# unescaping below keeps commas as the text printed them.


@dataclass
class _Line:
    name: str
    value: str
    params: dict[str, list[str]]
    singletons: list[str]
    group: str | None


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value, flags=re.S)


def _split_structured(value: str) -> list[str]:
    """Split on unescaped ';' and unescape each component."""
    parts, current, i = [], [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            current.append(value[i:i + 2])
            i += 2
            continue
        if ch == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return [_unescape(p) for p in parts]


def _raw_cards(text: str, source: str) -> list[list[_Line]]:
    cards: list[list[_Line]] = []
    current: list[_Line] | None = None
    depth = 0  # nested components (vCard 2.1 AGENT) are skipped
    for raw, line_number in vobject.base.getLogicalLines(io.StringIO(text), allowQP=True):
        try:
            line = vobject.base.textLineToContentLine(raw, line_number)
        except Exception:
            continue  # one malformed property should not lose the whole address book
        name = line.name.upper()
        value = line.value if isinstance(line.value, str) else ""
        if name == "BEGIN":
            if current is None and value.strip().upper() == "VCARD":
                current, depth = [], 0
            elif current is not None:
                depth += 1
            continue
        if name == "END":
            if current is not None:
                if depth:
                    depth -= 1
                elif value.strip().upper() == "VCARD":
                    cards.append(current)
                    current = None
            continue
        if current is not None and not depth:
            current.append(_Line(name, value, dict(line.params), list(line.singletonparams), line.group))
    if current is not None:
        raise UsageError(f"{source} ends inside a vCard (BEGIN:VCARD without END:VCARD); is it truncated?")
    return cards


def _props(lines: list[_Line], name: str) -> list[_Line]:
    return [line for line in lines if line.name == name]


def _first_text(lines: list[_Line], name: str) -> str | None:
    for line in _props(lines, name):
        text = clean_text(_unescape(line.value))
        if text:
            return text
    return None


def _types(line: _Line) -> set[str]:
    found: set[str] = set()
    for raw in line.params.get("TYPE", []):
        found.update(t.strip().strip('"').upper() for t in raw.split(",") if t.strip())
    found.update(p.upper() for p in line.singletons)  # vCard 2.1: TEL;CELL;VOICE:
    return found


def _phone_type(types: set[str]) -> PhoneType:
    if "FAX" in types:
        return "fax"
    if types & {"CELL", "MOBILE", "IPHONE"}:
        return "mobile"
    if "HOME" in types:
        return "home"
    if "WORK" in types:
        return "work"
    return "other"


def _component(parts: list[str], index: int) -> str | None:
    return clean_text(parts[index]) if index < len(parts) else None


def _one_line(text: str) -> str:
    """Address labels span lines; the contact model keeps one line, joined with ', '."""
    return ", ".join(part.strip() for part in text.split("\n") if part.strip())


def _address(lines: list[_Line], v4: bool) -> Address | None:
    adrs = _props(lines, "ADR")
    if not adrs:
        return None
    chosen = next((line for line in adrs if "WORK" in _types(line)), adrs[0])
    parts = _split_structured(chosen.value)
    box, extended, street = (_component(parts, i) for i in range(3))
    street = ", ".join(s for s in (street, extended, box) if s) or None
    city, region, postcode, country = (_component(parts, i) for i in range(3, 7))
    if country and len(country) == 2 and country.isascii() and country.isalpha():
        country = country.upper()

    text = None
    if chosen.params.get("LABEL"):
        raw = ",".join(chosen.params["LABEL"])
        text = clean_text(_un_rfc6868(raw) if v4 else raw)
    if text is None:
        labels = _props(lines, "LABEL")
        label = next((line for line in labels if _types(line) & _types(chosen)), labels[0] if labels else None)
        if label is not None:
            text = clean_text(_unescape(label.value))
    if text is None:
        text = ", ".join(v for v in (street, city, region, postcode, country) if v) or None
    if text is None:
        return None
    return Address(text=_one_line(text), street=street, city=city, region=region,
                   postcode=postcode, country=country)


def _contact_from_lines(lines: list[_Line]) -> Contact:
    v4 = (_first_text(lines, "VERSION") or "3.0").startswith("4")

    parts = NameParts()
    n_props = _props(lines, "N")
    if n_props:
        n = _split_structured(n_props[0].value)
        parts = NameParts(
            family=_component(n, 0), given=_component(n, 1), middle=_component(n, 2),
            prefix=_component(n, 3), suffix=_component(n, 4),
        )

    company = department = None
    org_props = _props(lines, "ORG")
    if org_props:
        units = [clean_text(u) for u in _split_structured(org_props[0].value)]
        company = units[0]
        department = ", ".join(u for u in units[1:] if u) or None

    emails = [e for e in (clean_text(_unescape(p.value)) for p in _props(lines, "EMAIL")) if e]
    phones: list[Phone] = []
    for prop in _props(lines, "TEL"):
        number = clean_text(_unescape(prop.value))
        if number and number.lower().startswith("tel:"):
            number = clean_text(number[4:])
        if number:
            dialled, _, extension = number.partition(",")  # "+14155550101,204": the extension after a pause
            phones.append(Phone(number=dialled.strip(), type=_phone_type(_types(prop)), text=number,
                                extension=extension.strip() if extension.strip().isdigit() else None))
    urls = [u for u in (clean_text(_unescape(p.value)) for p in _props(lines, "URL")) if u]

    notes: list[str] = []
    image = None
    for prop in _props(lines, "NOTE"):
        for line in (clean_text(_unescape(prop.value)) or "").split("\n"):
            line = line.strip()
            if image is None and line.startswith(SOURCE_NOTE_PREFIX):
                image = clean_text(line[len(SOURCE_NOTE_PREFIX):])
            elif line:
                notes.append(line)

    fn = _first_text(lines, "FN")
    kind = (_first_text(lines, "KIND") or "").lower()
    shows_as_company = (_first_text(lines, "X-ABSHOWAS") or "").upper() == "COMPANY"
    name = fn
    if kind == "org" or shows_as_company:
        name = None
        company = company or fn
    elif _first_text(lines, NAMELESS_PROPERTY):
        name = None

    return Contact(
        name=name,
        name_parts=parts,
        title=_first_text(lines, "TITLE"),
        department=department,
        company=company,
        emails=emails,
        phones=phones,
        address=_address(lines, v4),
        urls=urls,
        notes=notes,
        image=image,
        uid=_one_line(_first_text(lines, "UID") or "") or None,
    )


def vcards_to_contacts(text: str, *, source: str = "vCard text") -> list[Contact]:
    """Every VCARD in the text, in order (2.1, 3.0 or 4.0)."""
    try:
        cards = _raw_cards(text, source)
    except UsageError:
        raise
    except Exception as exc:  # vobject's line splitter raises ParseError and friends
        reason = str(exc).strip() or type(exc).__name__
        raise UsageError(f"{source} is not a readable vCard file: {reason}") from None
    if not cards:
        raise UsageError(f"{source} holds no vCard (no BEGIN:VCARD ... END:VCARD)")
    return [_contact_from_lines(lines) for lines in cards]
