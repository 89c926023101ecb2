"""Scan results as JSON, in the contract evaluation reads (FORMAT.md section 2).

The same dictionaries are read back by `contact_from_dict`, so a scan's JSON
can feed the plan and letters commands and `--merge-into` without OCR again.
"""
from __future__ import annotations

import json
import math
from typing import Any

from cardcap.errors import UsageError
from cardcap.model import PHONE_TYPES, Address, Contact, ImageResult, NameParts, Phone

NAME_PART_KEYS = ("prefix", "given", "middle", "family", "suffix")
ADDRESS_KEYS = ("text", "street", "city", "region", "postcode", "country")


def contact_to_dict(c: Contact) -> dict[str, Any]:
    """Contract keys first, always present; extras after, for people and merges."""
    return {
        "name": c.name,
        "name_parts": {key: getattr(c.name_parts, key) for key in NAME_PART_KEYS},
        "title": c.title,
        "department": c.department,
        "company": c.company,
        "emails": list(c.emails),
        "phones": [{"number": p.number, "type": p.type, "text": p.text, **({"extension": p.extension} if p.extension else {})}
                   for p in c.phones],
        "address": (
            {key: getattr(c.address, key) for key in ADDRESS_KEYS} if c.address is not None else None
        ),
        "urls": list(c.urls),
        # NaN/inf are not JSON; a score that is not a number is no score at all.
        "confidence": {k: float(v) for k, v in c.confidence.items() if math.isfinite(float(v))},
        "sources": dict(c.sources),
        "notes": list(c.notes),
        "image": c.image,
        "region": [[float(x), float(y)] for x, y in c.region] if c.region is not None else None,
        "uid": c.uid,
        "card": c.card,
    }


def card_entries(contacts: list[Contact]) -> list[dict[str, Any]]:
    """One entry per card, as FORMAT.md asks: a card that prints several
    people is the first person's entry with every email, phone and site the
    card prints, their names under "extra_people" (the label files' key) and
    each person's own contact under "people", which reading back restores."""
    cards: list[list[Contact]] = []
    for contact in contacts:
        same = [group for group in cards if contact.card is not None and group[0].card == contact.card]
        if same:
            same[0].append(contact)
        else:
            cards.append([contact])
    return [contact_to_dict(group[0]) if len(group) == 1 else _card_entry(group) for group in cards]


def _card_entry(people: list[Contact]) -> dict[str, Any]:
    entry = contact_to_dict(people[0])
    for key in ("emails", "phones", "urls"):
        seen = {json.dumps(item, sort_keys=True) if key != "phones" else item["number"] for item in entry[key]}
        for person in people[1:]:
            for item in contact_to_dict(person)[key]:
                marker = json.dumps(item, sort_keys=True) if key != "phones" else item["number"]
                if marker not in seen:
                    seen.add(marker)
                    entry[key].append(item)
        scores = [p.confidence[key] for p in people if key in p.confidence and getattr(p, key)]
        if scores:
            entry["confidence"][key] = float(min(scores))
    entry["extra_people"] = [p.name for p in people[1:] if p.name]
    entry["people"] = [contact_to_dict(p) for p in people]
    return entry


def people_of_entry(entry: dict[str, Any]) -> list[dict[str, Any]]:
    """The people a card entry holds: its "people" when it prints several, else the entry itself."""
    people = entry.get("people")
    return people if isinstance(people, list) and people else [entry]


def image_result_to_dict(r: ImageResult, *, include_ocr: bool = False) -> dict[str, Any]:
    """One input image; raw OCR lines only on request because they dwarf the contacts."""
    out: dict[str, Any] = {
        "image": r.image,
        "error": r.error,
        "contacts": card_entries(r.contacts),
        "error_kind": r.error_kind,
        "seconds": round(r.seconds, 3),
    }
    if include_ocr:
        out["ocr"] = [
            {
                "engine": page.engine,
                "width": page.width,
                "height": page.height,
                "lines": [
                    {"text": line.text, "box": [float(v) for v in line.box],
                     "confidence": float(line.confidence)}
                    for line in page.lines
                ],
            }
            for page in r.ocr
        ]
    return out


def results_to_json(results: list[ImageResult], *, include_ocr: bool = False) -> str:
    """UTF-8 text (not \\u escapes) so names stay readable in the file."""
    payload = [image_result_to_dict(r, include_ocr=include_ocr) for r in results]
    return json.dumps(payload, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# --- reading back ----------------------------------------------------------


def _text(d: dict[str, Any], key: str, where: str) -> str | None:
    value = d.get(key)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)  # a postcode typed as a number by hand
    if not isinstance(value, str):
        raise UsageError(f"{where}: '{key}' should be text, not {type(value).__name__}")
    return value or None


def _text_list(d: dict[str, Any], key: str, where: str) -> list[str]:
    value = d.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(f"{where}: '{key}' should be a list of text")
    return [v for v in value if v]


def _phone(value: Any, where: str) -> Phone:
    if isinstance(value, str):
        return Phone(number=value, type="other", text=value)
    if not isinstance(value, dict) or not isinstance(value.get("number"), str):
        raise UsageError(f"{where}: each phone needs a 'number'")
    kind = value.get("type") or "other"
    if kind not in PHONE_TYPES:
        raise UsageError(f"{where}: phone type {kind!r} is not one of {', '.join(PHONE_TYPES)}")
    text, extension = value.get("text"), value.get("extension")
    return Phone(number=value["number"], type=kind, text=text if isinstance(text, str) else "",
                 extension=extension if isinstance(extension, str) and extension.isdigit() else None)


def _address(value: Any, where: str) -> Address | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):  # the label files store the address as one line
        return Address(text=value)
    if not isinstance(value, dict):
        raise UsageError(f"{where}: 'address' should be an object or text")
    parts = {key: _text(value, key, where) for key in ADDRESS_KEYS}
    if parts["text"] is None:
        joined = ", ".join(v for k, v in parts.items() if k != "text" and v)
        if not joined:
            return None
        parts["text"] = joined
    return Address(**parts)  # type: ignore[arg-type]


def _confidence(value: Any, where: str) -> dict[str, float]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise UsageError(f"{where}: 'confidence' should map field names to numbers")
    out: dict[str, float] = {}
    for key, score in value.items():
        if isinstance(score, bool) or not isinstance(score, (int, float)) or math.isnan(score):
            raise UsageError(f"{where}: confidence for {key!r} is not a number")
        out[str(key)] = float(score)
    return out


def _region(value: Any, where: str):
    if value is None or isinstance(value, str):
        return None  # labels.json uses "region" for the card's country, not its place in the photo
    try:
        corners = tuple((float(x), float(y)) for x, y in value)
    except (TypeError, ValueError):
        raise UsageError(f"{where}: 'region' should be four [x, y] corners") from None
    if len(corners) != 4:
        raise UsageError(f"{where}: 'region' should be four [x, y] corners")
    return corners


def contact_from_dict(d: dict[str, Any], *, where: str = "contact") -> Contact:
    """Lenient about absent keys and the label-file shapes, strict about wrong types."""
    if not isinstance(d, dict):
        raise UsageError(f"{where}: expected an object, got {type(d).__name__}")
    parts = d.get("name_parts") or {}
    if not isinstance(parts, dict):
        raise UsageError(f"{where}: 'name_parts' should be an object")
    phones = d.get("phones") or []
    if not isinstance(phones, list):
        raise UsageError(f"{where}: 'phones' should be a list")
    sources = d.get("sources") or {}
    if not isinstance(sources, dict):
        raise UsageError(f"{where}: 'sources' should be an object")
    return Contact(
        name=_text(d, "name", where),
        name_parts=NameParts(**{key: _text(parts, key, where) for key in NAME_PART_KEYS}),
        title=_text(d, "title", where),
        department=_text(d, "department", where),
        company=_text(d, "company", where),
        emails=_text_list(d, "emails", where),
        phones=[_phone(p, where) for p in phones],
        address=_address(d.get("address"), where),
        urls=_text_list(d, "urls", where),
        confidence=_confidence(d.get("confidence"), where),
        sources={str(k): str(v) for k, v in sources.items()},
        notes=_text_list(d, "notes", where),
        image=_text(d, "image", where),
        region=_region(d.get("region"), where),
        uid=_text(d, "uid", where),
        card=_card_number(d.get("card"), where),
    )


def _card_number(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise UsageError(f"{where}: 'card' should be a card's number in its photo (0, 1, ...)")
    return value


_CONTACT_KEYS = frozenset(
    {"name", "name_parts", "title", "department", "company", "emails", "phones", "address", "urls"}
)


def is_image_result(item: Any) -> bool:
    """A scan's image result (not a bare contact) in a JSON list."""
    return isinstance(item, dict) and "contacts" in item and "image" in item


def contacts_from_json(text: str, *, source: str = "JSON") -> list[Contact]:
    """Accepts scan output (image results) or a bare list of contacts.

    Images that failed carry no contacts and are skipped; each contact keeps
    its photo so letters and the vCard NOTE can still name it.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{source} is not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise UsageError(f"{source} should hold a list of scan results or contacts")
    contacts: list[Contact] = []
    for i, item in enumerate(data):
        where = f"{source}, item {i + 1}"
        if not isinstance(item, dict):
            raise UsageError(f"{where}: expected an object, got {type(item).__name__}")
        if is_image_result(item):
            found = item.get("contacts")
            found = [] if found is None else found
            if not isinstance(found, list):
                raise UsageError(f"{where}: 'contacts' should be a list")
            for j, entry in enumerate(found):
                if not isinstance(entry, dict):
                    raise UsageError(f"{where}, contact {j + 1}: expected an object, got {type(entry).__name__}")
                for k, raw in enumerate(people_of_entry(entry)):
                    contact = contact_from_dict(raw, where=f"{where}, contact {j + 1}"
                                                + (f", person {k + 1}" if "people" in entry else ""))
                    if contact.image is None and isinstance(item.get("image"), str):
                        contact.image = item["image"]
                    if "people" in entry and contact.card is None:
                        contact.card = j  # people of one card entry stay one card
                    contacts.append(contact)
        elif _CONTACT_KEYS & item.keys():
            contacts.append(contact_from_dict(item, where=where))
        else:
            raise UsageError(f"{where}: neither a scan result nor a contact (no name, company, emails...)")
    return contacts
