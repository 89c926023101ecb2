"""Exports (JSON, vCard, CSV) and the reader that brings contacts back in.

`load_contacts` is what the plan and letters commands and `--merge-into`
use, so they accept either a scan's JSON or a .vcf from any address book.
"""
from __future__ import annotations

from pathlib import Path

from cardcap.errors import InputNotFoundError, UsageError
from cardcap.export.csvout import contacts_to_google_csv, contacts_to_outlook_csv
from cardcap.export.jsonout import (
    card_entries,
    contact_from_dict,
    contact_to_dict,
    contacts_from_json,
    image_result_to_dict,
    results_to_json,
)
from cardcap.export.vcard import (
    contact_to_vcard,
    contacts_to_vcards,
    formatted_name,
    vcards_to_contacts,
)
from cardcap.model import Contact

__all__ = [
    "card_entries",
    "contact_from_dict",
    "contact_to_dict",
    "contact_to_vcard",
    "contacts_from_json",
    "contacts_to_google_csv",
    "contacts_to_outlook_csv",
    "contacts_to_vcards",
    "formatted_name",
    "image_result_to_dict",
    "load_contacts",
    "parse_contacts",
    "results_to_json",
    "vcards_to_contacts",
]

MAX_CONTACT_FILE_BYTES = 50 * 1024 * 1024  # a phone's whole address book with photos fits


def _decode(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM) first; old Outlook/Windows exports are often cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise UsageError(f"{source} is neither UTF-8 nor Windows-1252 text") from None


def parse_contacts(text: str, *, source: str = "input") -> list[Contact]:
    """Decide by content, not by file extension: people rename exports."""
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith(("[", "{")):
        return contacts_from_json(text, source=source)
    if head[:11].upper() == "BEGIN:VCARD":
        return vcards_to_contacts(text, source=source)
    raise UsageError(
        f"{source} is neither a cardcap scan JSON nor a vCard (.vcf) file"
    )


def load_contacts(path: Path) -> list[Contact]:
    """Contacts from a scan JSON (image results or bare contacts) or a .vcf file."""
    path = Path(path)
    source = str(path)
    if not path.exists():
        raise InputNotFoundError(f"{source} does not exist")
    if path.is_dir():
        raise UsageError(f"{source} is a folder; give the contacts file (.json or .vcf) inside it")
    try:
        size = path.stat().st_size
        if size > MAX_CONTACT_FILE_BYTES:
            raise UsageError(f"{source} is {size // (1024 * 1024)} MB; that is too large for a contacts file")
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {source}: {exc.strerror or exc}") from None
    if not data.strip():
        raise UsageError(f"{source} is empty")
    return parse_contacts(_decode(data, source), source=source)
