"""What `cardcap scan` writes: the files of a scan, built from the
exporters and written through fsio (atomic, never overwriting unasked)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .export.csvout import contacts_to_google_csv, contacts_to_outlook_csv
from .export.jsonout import results_to_json
from .export.vcard import contact_to_vcard, contacts_to_vcards
from .errors import OutputExistsError
from .fsio import safe_filename, unique_names, write_outputs
from .model import Contact, ImageResult


def display_path(path: str | None) -> str | None:
    """A file name as text any output can hold.

    A name that is not valid UTF-8 (an old camera's Latin-1 "café.jpg")
    reaches Python with lone surrogates, which no UTF-8 file, terminal or
    JSON reader accepts; such bytes are shown as \\xe9 escapes instead."""
    if path is None:
        return None
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def displayable(results: list[ImageResult]) -> list[ImageResult]:
    """The results with every file name made safe to write (see display_path)."""
    safe = []
    for result in results:
        shown = display_path(result.image)
        if shown == result.image and all(display_path(c.image) == c.image for c in result.contacts):
            safe.append(result)
            continue
        contacts = [replace(c, image=display_path(c.image)) for c in result.contacts]
        safe.append(replace(result, image=shown, contacts=contacts))
    return safe


def all_contacts(results: list[ImageResult]) -> list[Contact]:
    return [contact for result in results for contact in result.contacts]


def address_book(results: list[ImageResult], existing: list[Contact] = ()) -> list[Contact]:
    """The people of a scan as an address book wants them: both sides of a
    card joined, the same person scanned twice (or already in `existing`,
    from --merge-into) one entry.  The per-photo JSON keeps every reading."""
    from .merge import dedupe
    from .sides import join_sides

    return dedupe(all_contacts(join_sides(list(results))), existing).contacts


def render_results(results: list[ImageResult], fmt: str, *, vcard_version: str = "3.0") -> str:
    results = displayable(results)
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


def scan_files(results: list[ImageResult], out_dir: Path, *, vcard_version: str = "3.0",
               existing: list[Contact] = ()) -> dict[Path, str]:
    """Every file a scan produces, by path: the address book in one vCard
    file (what phones import), one vCard per person (what mail programs
    attach), the two CSV layouts, and the JSON of FORMAT.md, which keeps
    every photo's own reading."""
    results = displayable(results)
    contacts = address_book(results, existing)
    files: dict[Path, str] = {  # FIXED_OUTPUTS
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
                       force: bool = False, existing: list[Contact] = ()) -> list[Path]:
    return write_outputs(scan_files(results, out_dir, vcard_version=vcard_version, existing=existing), force=force)


FIXED_OUTPUTS = ("contacts.json", "contacts.vcf", "contacts-google.csv", "contacts-outlook.csv")
"""The files every scan writes to its output folder, whatever the cards say."""


def refuse_existing_outputs(out_dir: Path) -> None:
    """Fail before any work if a previous scan's files are there: they stay
    untouched unless the user says --force (write_outputs checks again)."""
    existing = [out_dir / name for name in FIXED_OUTPUTS if (out_dir / name).exists() or (out_dir / name).is_symlink()]
    if existing:
        shown = ", ".join(str(p) for p in existing[:2]) + (f" and {len(existing) - 2} more" if len(existing) > 2 else "")
        raise OutputExistsError(f"{shown} already {'exists' if len(existing) == 1 else 'exist'} "
                                "from an earlier scan; use --force to overwrite, or choose another --output folder")
