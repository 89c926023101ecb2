"""QR codes on cards: the one part of a card that is read exactly.

Many cards carry a QR code holding a vCard, a MECARD (the DoCoMo format
phones' QR apps write) or just the company's web address.  Its values are
exact where OCR guesses, so `merge_qr` lets them win over the printed text
and notes every disagreement for the user.

    pixels --decode_qr--> [QrPayload] --contact_from_qr--> Contact
    (ocr Contact, qr Contact) --merge_qr--> Contact

Finding codes must cost little on the many cards that have none, so the
ArUco-based detector (about 3x cheaper than the classic one here, and it
found every code the classic one did on synthetic card photos) runs on a
1024-pixel copy first, then a 2048-pixel one, and on the full image only
when a code was seen but not decoded smaller.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Literal
from urllib.parse import unquote

import numpy as np

from cardcap.errors import UsageError
from cardcap.merge import digits as _digits
from cardcap.merge import same_phone as same_number
from cardcap.merge import url_key as _url_key
from cardcap.model import Address, Contact, NameParts, Phone, Quad

QR_CONFIDENCE = 0.99
QR_SOURCE = "QR code"
PASS_SIDES = (1024, 2048)  # longest side of the copies searched, smallest first

PayloadKind = Literal["vcard", "mecard", "bizcard", "url", "email", "phone", "text"]


@dataclass(frozen=True)
class QrPayload:
    """One decoded code: its text, what kind of text it is, and where it lies."""

    text: str
    kind: PayloadKind
    quad: Quad | None = None  # corners in pixels of the image given to decode_qr


# --- finding and decoding ----------------------------------------------------------


def payload_kind(text: str) -> PayloadKind:
    head = text.lstrip("\ufeff \t\r\n")[:12].upper()
    if head.startswith("BEGIN:VCARD"):
        return "vcard"
    if head.startswith("MECARD:"):
        return "mecard"
    if head.startswith("BIZCARD:"):
        return "bizcard"
    if head.startswith("MAILTO:"):
        return "email"
    if head.startswith("TEL:"):
        return "phone"
    if _URL.match(text.strip()):
        return "url"
    return "text"


def _repair_mojibake(text: str) -> str:
    """Some generators store UTF-8 bytes that a decoder then reads as Latin-1 ("SÃ£o")."""
    if not re.search("[\u00c2\u00c3][\u0080-\u00bf]", text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _detectors():
    import cv2

    return [cv2.QRCodeDetectorAruco(), cv2.QRCodeDetector()]


def _decode_pass(detector, gray: np.ndarray, scale: float) -> tuple[list[QrPayload], bool]:
    """The codes decoded in one image, and whether any code was seen at all."""
    try:
        ok, texts, points, _ = detector.detectAndDecodeMulti(gray)
    except Exception:  # OpenCV raises cv2.error on degenerate geometry; no code is the honest answer
        return [], False
    if not ok or texts is None:
        return [], False
    found = []
    for n, text in enumerate(texts):
        if not text:
            continue
        quad = None
        if points is not None and len(points) > n:
            quad = tuple((float(x) / scale, float(y) / scale) for x, y in np.asarray(points[n]).reshape(-1, 2)[:4])
        text = _repair_mojibake(text)
        found.append(QrPayload(text=text, kind=payload_kind(text), quad=quad))  # type: ignore[arg-type]
    return found, True


def decode_qr(pixels: np.ndarray, *, thorough: bool = False) -> list[QrPayload]:
    """Every QR code OpenCV can read in the image, each text once.

    A 1024-pixel copy first (cheap, and enough for most phone photos), then
    a 2048-pixel one; the full size only when a code was seen but could not
    be decoded smaller, so a photo without a code costs two cheap passes.
    `thorough` always tries the full size and adds OpenCV's classic
    detector, at about three times the cost.
    """
    import cv2

    if pixels is None or pixels.size == 0:
        return []
    gray = cv2.cvtColor(pixels, cv2.COLOR_BGR2GRAY) if pixels.ndim == 3 else pixels
    if gray.dtype != np.uint8:
        gray = cv2.normalize(gray, None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    side = max(gray.shape[:2])
    sides = list(dict.fromkeys([s for s in PASS_SIDES if s < side] + [side]))
    detectors = _detectors() if thorough else _detectors()[:1]
    for detector in detectors:
        seen = False
        for target in sides:
            if target == side and side > PASS_SIDES[-1] and not (seen or thorough):
                break  # nothing that looks like a code at 2048 pixels: not worth the full size
            scale = target / side
            image = gray if target == side else cv2.resize(gray, None, fx=scale, fy=scale,
                                                           interpolation=cv2.INTER_AREA)
            found, detected = _decode_pass(detector, image, scale)
            seen = seen or detected
            if found:
                unique: dict[str, QrPayload] = {}
                for payload in found:
                    unique.setdefault(payload.text, payload)
                return list(unique.values())
    return []


# --- payload text to a contact -----------------------------------------------------

_URL = re.compile(r"^(?:https?://|www\.)[^\s]+$", re.IGNORECASE)


def _mecard_fields(body: str) -> list[tuple[str, str]]:
    """KEY:value pairs separated by unescaped ';' ("\\;", "\\:", "\\,", "\\\\" are literal)."""
    fields: list[tuple[str, str]] = []
    current: list[str] = []
    i = 0

    def close() -> None:
        raw = "".join(current)
        current.clear()
        if not raw:
            return
        key, colon, value = raw.partition(":")
        if colon:
            fields.append((key.strip().upper(), value))

    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            current.append("\x00" + body[i + 1])  # keep escaped characters out of the key split
            i += 2
            continue
        if ch == ";":
            close()
        else:
            current.append(ch)
        i += 1
    close()
    return [(key, _unescape_mecard(value)) for key, value in fields]


def _unescape_mecard(value: str) -> str:
    return value.replace("\x00", "").strip()


def _phone(value: str, region: str | None) -> Phone | None:
    import phonenumbers

    text = value.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    text = unquote(text).strip()
    if not re.search(r"\d", text):
        return None
    number = text
    try:
        parsed = phonenumbers.parse(text, None if text.startswith("+") else (region or None))
        if phonenumbers.is_possible_number(parsed):
            number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        number = re.sub(r"[^\d+]", "", text)
    return Phone(number=number, type="other", text=text)


def _mark_exact(contact: Contact) -> Contact:
    for key, present in (
        ("name", contact.name), ("title", contact.title), ("department", contact.department),
        ("company", contact.company), ("emails", contact.emails), ("phones", contact.phones),
        ("address", contact.address), ("urls", contact.urls),
    ):
        if present:
            contact.confidence[key] = QR_CONFIDENCE
            contact.sources[key] = QR_SOURCE
    return contact


def _from_mecard(text: str, region: str | None) -> Contact | None:
    body = text.strip()
    body = body[body.index(":") + 1:]
    raw_name = None
    contact = Contact()
    for key, value in _mecard_fields(body):
        if not value:
            continue
        if key == "N":
            raw_name = value
        elif key == "TEL" or key == "TEL-AV":
            phone = _phone(value, region)
            if phone is not None:
                contact.phones.append(phone)
        elif key == "EMAIL":
            if value not in contact.emails:
                contact.emails.append(value)
        elif key == "URL":
            contact.urls.append(value)
        elif key == "ADR":
            contact.address = Address(text=", ".join(p.strip() for p in value.split(",") if p.strip()) or value)
        elif key == "ORG":
            contact.company = value
        elif key == "TITLE":
            contact.title = value
        elif key in ("NOTE", "MEMO"):
            contact.notes.append(f"QR code note: {value}")
    if raw_name is not None:
        _set_mecard_name(contact, body, raw_name)
    return _mark_exact(contact) if _has_content(contact) else None


def _set_mecard_name(contact: Contact, body: str, unescaped: str) -> None:
    """N:Family,Given -- unless the comma was escaped, in which case it is part of the name."""
    match = re.search(r"(?:^|;)\s*N:((?:\\.|[^;\\])*)", body, re.IGNORECASE)
    raw = match.group(1) if match else unescaped
    parts = re.split(r"(?<!\\),", raw)
    parts = [re.sub(r"\\(.)", r"\1", p).strip() for p in parts]
    if len(parts) >= 2 and parts[0] and parts[1]:
        family, given = parts[0], parts[1]
        contact.name_parts = NameParts(given=given, family=family)
        contact.name = f"{given} {family}"
    else:
        name = " ".join(p for p in parts if p)
        contact.name = name or None
        words = name.split()
        if len(words) >= 2:
            contact.name_parts = NameParts(given=words[0], family=words[-1],
                                           middle=" ".join(words[1:-1]) or None)


def _from_bizcard(text: str, region: str | None) -> Contact | None:
    """BIZCARD:N:Given;X:Family;T:Title;C:Company;A:Address;B:phone;M:mobile;F:fax;E:email;;"""
    body = text.strip()
    body = body[body.index(":") + 1:]
    values = dict()
    contact = Contact()
    for key, value in _mecard_fields(body):
        if not value:
            continue
        if key in ("B", "M", "F"):
            phone = _phone(value, region)
            if phone is not None:
                phone.type = {"B": "work", "M": "mobile", "F": "fax"}[key]  # type: ignore[assignment]
                contact.phones.append(phone)
        elif key == "E":
            contact.emails.append(value)
        else:
            values[key] = value
    given, family = values.get("N"), values.get("X")
    if given or family:
        contact.name = " ".join(v for v in (given, family) if v)
        contact.name_parts = NameParts(given=given, family=family)
    contact.title = values.get("T")
    contact.company = values.get("C")
    if values.get("A"):
        contact.address = Address(text=values["A"])
    return _mark_exact(contact) if _has_content(contact) else None


def _has_content(c: Contact) -> bool:
    return bool(c.name or c.company or c.emails or c.phones or c.urls or c.address)


def contact_from_qr(payload: QrPayload | str, *, region: str | None = None) -> Contact | None:
    """The contact a code's text describes; None for text that is no contact (a Wi-Fi login, a poem).

    `region` is the country for phone numbers written without a country code.
    """
    text = payload.text if isinstance(payload, QrPayload) else payload
    text = text.strip("\ufeff \t\r\n")
    kind = payload_kind(text)
    if kind == "vcard":
        from cardcap.export.vcard import vcards_to_contacts

        if "END:VCARD" not in text.upper():
            text += "\r\nEND:VCARD\r\n"  # codes cut short by the generator still hold good fields
        try:
            contacts = vcards_to_contacts(text, source="QR code")
        except UsageError:
            return None
        if not contacts:
            return None
        contact = contacts[0]
        for phone in contact.phones:
            normalised = _phone(phone.number, region)
            if normalised is not None:
                phone.number = normalised.number
        return _mark_exact(contact) if _has_content(contact) else None
    if kind == "mecard":
        return _from_mecard(text, region)
    if kind == "bizcard":
        return _from_bizcard(text, region)
    if kind == "url":
        url = text if "://" in text else "https://" + text
        return _mark_exact(Contact(urls=[url]))
    if kind == "email":
        address = unquote(text[7:].split("?", 1)[0]).strip()
        return _mark_exact(Contact(emails=[address])) if "@" in address else None
    if kind == "phone":
        phone = _phone(text, region)
        return _mark_exact(Contact(phones=[phone])) if phone else None
    return None


# --- merging with what OCR read ----------------------------------------------------------


def _norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def _close(a: str, b: str, threshold: float = 0.8) -> bool:
    return difflib.SequenceMatcher(None, a, b).ratio() >= threshold


def _digit_misread(a: str, b: str) -> bool:
    da, db = _digits(a)[-10:], _digits(b)[-10:]
    return len(da) == len(db) and len(da) >= 7 and sum(x != y for x, y in zip(da, db)) <= 2


def _disagree(contact: Contact, what: str, qr_value: str, printed: str) -> None:
    note = f"{what}: QR code says {qr_value!r}, the printed card reads {printed!r}"
    if note not in contact.notes:
        contact.notes.append(note)


def merge_qr(ocr_contact: Contact, qr_contact: Contact) -> Contact:
    """One contact from a card's print and its QR code: the code's values win
    (they are exact), the print fills what the code lacks, and every
    disagreement is noted so a misprint or an outdated code can be caught."""
    merged = replace(
        ocr_contact,
        name_parts=replace(ocr_contact.name_parts),
        emails=list(ocr_contact.emails),
        phones=[replace(p) for p in ocr_contact.phones],
        address=replace(ocr_contact.address) if ocr_contact.address else None,
        urls=list(ocr_contact.urls),
        confidence=dict(ocr_contact.confidence),
        sources=dict(ocr_contact.sources),
        notes=list(ocr_contact.notes),
    )

    def exact(key: str) -> None:
        merged.confidence[key] = QR_CONFIDENCE
        merged.sources[key] = QR_SOURCE

    for key in ("name", "title", "department", "company"):
        qr_value = getattr(qr_contact, key)
        if not qr_value:
            continue
        printed = getattr(merged, key)
        if printed and _norm(printed) != _norm(qr_value):
            _disagree(merged, key, qr_value, printed)
        setattr(merged, key, qr_value)
        exact(key)
        if key == "name":
            qp = qr_contact.name_parts
            if any(getattr(qp, k) for k in ("prefix", "given", "middle", "family", "suffix")):
                merged.name_parts = replace(qp)
            elif printed and _norm(printed) != _norm(qr_value):
                merged.name_parts = NameParts()  # the printed parts belong to another spelling

    if qr_contact.address is not None:
        printed = merged.address
        if printed is not None and _norm(printed.text) != _norm(qr_contact.address.text):
            _disagree(merged, "address", qr_contact.address.text, printed.text)
        merged.address = replace(qr_contact.address)
        exact("address")

    if qr_contact.emails:
        kept = list(qr_contact.emails)
        for email in merged.emails:
            if any(email.casefold() == q.casefold() for q in kept):
                continue
            misread = next((q for q in qr_contact.emails if _close(email.casefold(), q.casefold())), None)
            if misread is not None:
                _disagree(merged, "email", misread, email)
            else:
                kept.append(email)  # a second address printed but not in the code
        merged.emails = kept
        exact("emails")

    if qr_contact.phones:
        phones = [replace(p) for p in qr_contact.phones]
        for printed in merged.phones:
            twin = next((q for q in phones if same_number(q.number, printed.number)), None)
            if twin is not None:
                if twin.type == "other" and printed.type != "other":
                    twin.type = printed.type  # the card's "mob:" label says what the code does not
                continue
            misread = next((q for q in qr_contact.phones if _digit_misread(q.number, printed.number)), None)
            if misread is not None:
                _disagree(merged, "phone", misread.number, printed.text or printed.number)
            else:
                phones.append(printed)
        merged.phones = phones
        exact("phones")

    if qr_contact.urls:
        urls = list(qr_contact.urls)
        keys = {_url_key(u) for u in urls}
        for url in merged.urls:
            if _url_key(url) in keys:
                continue
            misread = next((q for q in qr_contact.urls if _close(_url_key(url), _url_key(q))), None)
            if misread is not None:
                _disagree(merged, "url", misread, url)
            else:
                urls.append(url)
                keys.add(_url_key(url))
        merged.urls = urls
        exact("urls")

    for note in qr_contact.notes:
        if note not in merged.notes:
            merged.notes.append(note)
    return merged


def apply_qr_codes(contacts: list[Contact], payloads: list[QrPayload], *,
                   region: str | None = None, image: str | None = None) -> list[Contact]:
    """The pipeline hook: each code merged into the card it lies on (by
    position), or into the only card; a code on no card becomes its own
    contact, filed under `image`."""
    decoded = [(p, contact_from_qr(p, region=region)) for p in payloads]
    decoded = [(p, c) for p, c in decoded if c is not None]
    if not decoded:
        return contacts
    out = list(contacts)
    for payload, qr_contact in decoded:
        target = _card_holding(out, payload)
        if target is None:
            qr_contact.image = image
            out.append(qr_contact)
        else:
            out[target] = merge_qr(out[target], qr_contact)
    return out


def _card_holding(contacts: list[Contact], payload: QrPayload) -> int | None:
    if len(contacts) == 1:
        return 0
    if not contacts or payload.quad is None:
        return None
    cx = sum(x for x, _ in payload.quad) / 4
    cy = sum(y for _, y in payload.quad) / 4
    for n, contact in enumerate(contacts):
        if contact.region is None:
            continue
        import cv2

        polygon = np.array(contact.region, dtype=np.float32).reshape(-1, 1, 2)
        if cv2.pointPolygonTest(polygon, (float(cx), float(cy)), False) >= 0:
            return n
    return None


__all__ = [
    "QR_CONFIDENCE",
    "QrPayload",
    "apply_qr_codes",
    "contact_from_qr",
    "decode_qr",
    "merge_qr",
    "payload_kind",
    "same_number",
]
