"""What `cardcap scan` writes: the files of a scan, built from the
exporters and written through fsio (atomic, never overwriting unasked)."""
from __future__ import annotations

from pathlib import Path

from .export.csvout import contacts_to_google_csv, contacts_to_outlook_csv
from .export.jsonout import results_to_json
from .export.vcard import contact_to_vcard, contacts_to_vcards
from .fsio import safe_filename, unique_names, write_outputs
from .model import Contact, ImageResult


def all_contacts(results: list[ImageResult]) -> list[Contact]:
    return [contact for result in results for contact in result.contacts]


def render_results(results: list[ImageResult], fmt: str, *, vcard_version: str = "3.0") -> str:
    contacts = all_contacts(results)
    if fmt == "json":
        return results_to_json(results) + "\n"
    if fmt == "vcard":
        return contacts_to_vcards(contacts, vcard_version)
    if fmt == "csv-google":
        return contacts_to_google_csv(contacts)
    if fmt == "csv-outlook":
        return contacts_to_outlook_csv(contacts)
    raise ValueError(f"unknown format {fmt!r}")


def contact_file_stem(contact: Contact) -> str:
    return contact.name or contact.company or (contact.emails[0] if contact.emails else "") or "contact"


def scan_files(results: list[ImageResult], out_dir: Path, *, vcard_version: str = "3.0") -> dict[Path, str]:
    """Every file a scan produces, by path: all contacts in one vCard file
    (what phones import), one vCard per person (what mail programs attach),
    the JSON of FORMAT.md, and the two CSV layouts."""
    contacts = all_contacts(results)
    files: dict[Path, str] = {
        out_dir / "contacts.json": results_to_json(results) + "\n",
        out_dir / "contacts.vcf": contacts_to_vcards(contacts, vcard_version),
        out_dir / "contacts-google.csv": contacts_to_google_csv(contacts),
        out_dir / "contacts-outlook.csv": contacts_to_outlook_csv(contacts),
    }
    names = unique_names([safe_filename(contact_file_stem(c), suffix=".vcf") for c in contacts],
                         taken=[p.name for p in files])
    for contact, name in zip(contacts, names):
        files[out_dir / name] = contact_to_vcard(contact, vcard_version)
    return files


def write_scan_outputs(results: list[ImageResult], out_dir: Path, *, vcard_version: str = "3.0",
                       force: bool = False) -> list[Path]:
    return write_outputs(scan_files(results, out_dir, vcard_version=vcard_version), force=force)
