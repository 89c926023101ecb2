"""`cardcap review`: confirm or fix the fields the reader was unsure of.

OCR gets most of a card right and a few fields wrong; checking every field
of every card is what people stop doing after the third card.  So review
walks through only the fields below a confidence threshold, shows the line
each came from, and takes one keystroke for the common case:

    Enter   accept the suggestion        text   replace it
    -       clear the field              s      skip the rest of this contact
    q       save what was done and quit  (Ctrl-D too; Ctrl-C quits without saving)

Checked values get confidence 1.0, so the next review does not ask again,
and a note on the contact records what the user confirmed or changed.
The interaction is `review_contacts(contacts, ask)`, a pure function over an
`ask(prompt) -> answer` callback, so it is tested without a terminal.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated, Any

import typer

from cardcap.errors import CardcapError, OutputError, UsageError
from cardcap.fsio import read_json_file
from cardcap.model import Address, Contact, ImageResult, Phone

DEFAULT_THRESHOLD = 0.9
CONFIRMED = 1.0
REVIEW_FIELDS = ("name", "title", "department", "company", "address", "emails", "phones", "urls")
LIST_FIELDS = ("emails", "phones", "urls")
LABELS = {"name": "name", "title": "job title", "department": "department", "company": "company",
          "address": "address", "emails": "email", "phones": "phone", "urls": "web"}
KEYS_HELP = "Enter accepts · type a replacement · - clears · s skips this contact · q saves and quits"

ACCEPT, CLEAR, SKIP, QUIT = "", "-", "s", "q"


@dataclass(frozen=True)
class Prompt:
    """One question: a field's suggested value, where it came from and how sure the reader was."""

    number: int  # 1-based position among all questions
    total: int
    contact_index: int
    contact: str  # who this is, for the heading
    field: str
    suggestion: str
    source: str | None
    confidence: float

    def render(self) -> str:
        lines = [f"[{self.number}/{self.total}] {self.contact}",
                 f"  {LABELS.get(self.field, self.field)}: {self.suggestion}"]
        detail = f"confidence {self.confidence:.2f}"
        if self.source and self.source != self.suggestion:
            detail = f"read from {self.source!r}, " + detail
        lines.append(f"  ({detail})")
        return "\n".join(lines)


@dataclass
class ReviewOutcome:
    contacts: list[Contact]
    accepted: int = 0
    replaced: int = 0
    cleared: int = 0
    skipped: int = 0  # questions not asked because the user skipped or quit
    quit_early: bool = False
    changed_contacts: list[int] = field(default_factory=list)

    @property
    def answered(self) -> int:
        return self.accepted + self.replaced + self.cleared


# --- what to ask ------------------------------------------------------------------------


def _display(contact: Contact, key: str) -> str:
    value = getattr(contact, key)
    if key == "address":
        return value.text
    if key == "phones":
        return ", ".join(p.number + (f" ({p.type})" if p.type else "") for p in value)
    if key in LIST_FIELDS:
        return ", ".join(value)
    return str(value)


def questions(contacts: list[Contact], threshold: float = DEFAULT_THRESHOLD) -> list[tuple[int, str]]:
    """(contact index, field) for every filled field scored below the threshold.

    A field without a score was not read by OCR (typed, or from a .vcf), so
    there is nothing to doubt about it.
    """
    found = []
    for n, contact in enumerate(contacts):
        for key in REVIEW_FIELDS:
            score = contact.confidence.get(key)
            if score is not None and score < threshold and getattr(contact, key):
                found.append((n, key))
    return found


def contact_heading(contact: Contact) -> str:
    who = contact.name or contact.company or (contact.emails[0] if contact.emails else None) or "(no name)"
    if contact.name and contact.company:
        who = f"{contact.name}, {contact.company}"
    return f"{who} — {Path(contact.image).name}" if contact.image else who


# --- applying an answer -------------------------------------------------------------------


def _region_of(contact: Contact) -> str:
    import phonenumbers

    for phone in contact.phones:
        if phone.number.startswith("+"):
            try:
                region = phonenumbers.region_code_for_number(phonenumbers.parse(phone.number, None))
            except phonenumbers.NumberParseException:
                continue
            if region and region != "ZZ":
                return region
    if contact.address and contact.address.country:
        return contact.address.country
    from cardcap.pipeline import default_region

    return default_region()


def _split_list(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;,]\s*|\s{2,}", text) if part.strip()]


def _typed_phones(text: str, old: list[Phone], region: str) -> list[Phone]:
    from cardcap.fields.phones import find_phones

    phones: list[Phone] = []
    for n, piece in enumerate(_split_list(text)):
        matches = find_phones(piece, region)
        inherited = old[n].type if n < len(old) else "work"
        if matches:
            for match in matches:
                phone = replace(match.phone)
                if not match.explicit_type:
                    phone.type = inherited
                phones.append(phone)
        else:  # the user knows the number better than our parser: keep it as typed
            phones.append(Phone(number=piece, type=inherited, text=piece))
    return phones


def _typed_address(text: str, region: str) -> Address:
    from cardcap.fields.address import parse_address

    try:
        parsed = parse_address([part for part in text.split(",")], region)
    except Exception:  # the structure is a bonus; the typed text is what counts
        return Address(text=text)
    return replace(parsed, text=text)


def _typed_name(contact: Contact, text: str) -> None:
    from cardcap.fields.names import split_name

    contact.name = text
    try:
        contact.name_parts = split_name(text)
    except Exception:
        words = text.split()
        contact.name_parts = replace(contact.name_parts, given=words[0] if words else None,
                                     family=words[-1] if len(words) > 1 else None, middle=None)


def _apply(contact: Contact, key: str, answer: str) -> str:
    """Change the contact as the user said; returns the note's phrase."""
    before = _display(contact, key)
    label = LABELS.get(key, key)
    if answer == CLEAR:
        setattr(contact, key, [] if key in LIST_FIELDS else None)
        if key == "name":
            contact.name_parts = replace(contact.name_parts, prefix=None, given=None, middle=None,
                                         family=None, suffix=None)
        contact.confidence.pop(key, None)
        contact.sources.pop(key, None)
        return f"{label} removed (was {before!r})"
    contact.confidence[key] = CONFIRMED
    if answer == ACCEPT:
        return f"{label} confirmed"
    text = answer[1:] if answer.startswith("=") else answer  # "=s" enters a lone "s"
    text = " ".join(text.split())
    if key == "name":
        _typed_name(contact, text)
    elif key == "address":
        contact.address = _typed_address(text, _region_of(contact))
    elif key == "phones":
        contact.phones = _typed_phones(text, contact.phones, _region_of(contact))
    elif key in LIST_FIELDS:
        setattr(contact, key, _split_list(text))
    else:
        setattr(contact, key, text)
    contact.sources[key] = "typed by the user"
    return f"{label} corrected (was {before!r})"


def review_contacts(contacts: list[Contact], ask: Callable[[Prompt], str], *,
                    threshold: float = DEFAULT_THRESHOLD) -> ReviewOutcome:
    """Ask about each doubtful field; the contacts given are not changed."""
    out = [replace(c, name_parts=replace(c.name_parts), emails=list(c.emails), phones=[replace(p) for p in c.phones],
                   address=replace(c.address) if c.address else None, urls=list(c.urls),
                   confidence=dict(c.confidence), sources=dict(c.sources), notes=list(c.notes)) for c in contacts]
    todo = questions(out, threshold)
    outcome = ReviewOutcome(contacts=out)
    phrases: dict[int, list[str]] = {}
    skipping: int | None = None
    for number, (index, key) in enumerate(todo, start=1):
        contact = out[index]
        if outcome.quit_early or skipping == index:
            outcome.skipped += 1
            continue
        prompt = Prompt(number=number, total=len(todo), contact_index=index, contact=contact_heading(contact),
                        field=key, suggestion=_display(contact, key), source=contact.sources.get(key),
                        confidence=contact.confidence.get(key, 0.0))
        answer = ask(prompt)
        answer = answer.strip() if answer is not None else QUIT
        if answer.lower() == QUIT:
            outcome.quit_early = True
            outcome.skipped += 1
            continue
        if answer.lower() == SKIP:
            skipping = index
            outcome.skipped += 1
            continue
        phrases.setdefault(index, []).append(_apply(contact, key, answer))
        if answer == ACCEPT:
            outcome.accepted += 1
        elif answer == CLEAR:
            outcome.cleared += 1
        else:
            outcome.replaced += 1
    for index, said in phrases.items():
        out[index].notes.append("Checked by the user: " + "; ".join(said))
        if any(not p.endswith("confirmed") for p in said):
            outcome.changed_contacts.append(index)
    return outcome


# --- files ------------------------------------------------------------------------------------


def _read_scan_json(path: Path) -> Any:
    if path.suffix.lower() != ".json":
        raise UsageError(f"{path}: review reads the contacts.json a scan wrote (a .vcf has no confidences)")
    return read_json_file(path)


def _people_count(item: dict[str, Any]) -> int:
    """How many contacts an image result holds: a card entry may nest several people."""
    from cardcap.export.jsonout import people_of_entry

    return sum(len(people_of_entry(entry)) if isinstance(entry, dict) else 1 for entry in item.get("contacts") or [])


def _put_back(data: Any, contacts: list[Contact]) -> Any:
    """The scan's JSON with the reviewed contacts in their places (each
    image's cards rebuilt from its people); other keys are kept."""
    from cardcap.export.jsonout import card_entries, contact_to_dict, is_image_result

    items = data if isinstance(data, list) else [data]
    taken = iter(contacts)
    for n, item in enumerate(items):
        if is_image_result(item):
            item["contacts"] = card_entries([next(taken) for _ in range(_people_count(item))])
        elif isinstance(item, dict):
            items[n] = contact_to_dict(next(taken))
    return items if isinstance(data, list) else items[0]


def _results_from(data: Any, contacts: list[Contact]) -> list[ImageResult]:
    """The scan's image results again, for the exporters that write the other files."""
    from cardcap.export.jsonout import is_image_result

    items = data if isinstance(data, list) else [data]
    results: list[ImageResult] = []
    taken = iter(contacts)
    for item in items:
        if is_image_result(item):
            found = [next(taken) for _ in range(_people_count(item))]
            results.append(ImageResult(image=str(item.get("image")), contacts=found, error=item.get("error"),
                                       error_kind=item.get("error_kind"), seconds=float(item.get("seconds") or 0)))
        else:
            contact = next(taken)
            results.append(ImageResult(image=contact.image or "", contacts=[contact]))
    return results


def _vcard_version(folder: Path) -> str:
    try:
        head = (folder / "contacts.vcf").read_text(encoding="utf-8", errors="replace")[:400]
    except OSError:
        return "3.0"
    return "4.0" if "VERSION:4.0" in head else "3.0"


def review_files(path: Path, outcome: ReviewOutcome, data: Any, originals: list[Contact], *,
                 force: bool = False) -> list[Path]:
    """Write contacts.json and the vCards/CSVs next to it again, all or nothing.

    The vCards and CSVs are written only in a scan's output folder (one with
    contacts.vcf); a JSON saved on its own is rewritten alone.

    Files the scan wrote are replaced; a file that was edited since the scan
    (it no longer matches what the scan would write) is only replaced with
    force.  A per-person .vcf whose name changed with the person's name is
    removed when it is still exactly what the scan wrote.
    """
    from cardcap.fsio import write_outputs
    from cardcap.outputs import scan_files

    folder = path.parent
    version = _vcard_version(folder)
    new_data = _put_back(json.loads(json.dumps(data)), outcome.contacts)
    old_files = scan_files(_results_from(data, originals), folder, vcard_version=version)
    new_files = scan_files(_results_from(new_data, outcome.contacts), folder, vcard_version=version)
    new_files[path] = json.dumps(new_data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    old_files[path] = path.read_text(encoding="utf-8-sig")
    if not (folder / "contacts.vcf").exists():
        new_files = {path: new_files[path]}  # a JSON saved on its own: leave the folder as it is

    def ours(target: Path) -> bool:
        expected = old_files.get(target)
        if expected is None:
            return False
        try:
            return target.read_bytes() == expected.encode("utf-8")
        except OSError:
            return False

    if not force:
        blocked = [p for p in new_files if (p.exists() or p.is_symlink()) and not ours(p)]
        if blocked:
            shown = ", ".join(str(p) for p in blocked[:3]) + (f" and {len(blocked) - 3} more" if len(blocked) > 3 else "")
            raise OutputError(f"{shown} changed since the scan; use --force to replace with the reviewed contacts")
    written = write_outputs(new_files, force=True)
    for stale in old_files:
        if stale not in new_files and ours(stale):
            try:
                stale.unlink()
            except OSError:
                pass  # a leftover copy is harmless; the reviewed files are written
    return written


# --- the command -------------------------------------------------------------------------------


def terminal_ask(console=None) -> Callable[[Prompt], str]:
    """Ask on the terminal; end of input (Ctrl-D, or a piped file that ran out) means q."""
    from rich.console import Console

    console = console or Console(highlight=False)

    def ask(prompt: Prompt) -> str:
        console.print()
        console.print(prompt.render(), markup=False)
        try:
            return console.input("> ")
        except EOFError:
            return QUIT

    return ask


def review(
    path: Annotated[Path, typer.Argument(help="The contacts.json a scan wrote (the vCards and CSVs next to it are rewritten too).")],
    threshold: Annotated[float, typer.Option("--threshold", min=0.0, max=1.0, help="Ask about fields scored below this.")] = DEFAULT_THRESHOLD,
    force: Annotated[bool, typer.Option("--force", help="Replace output files even if they were edited since the scan.")] = False,
) -> None:
    """Confirm or correct the fields the reader was unsure of, then rewrite the files."""
    from rich.console import Console

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        data = _read_scan_json(path)
        from cardcap.export import contacts_from_json

        originals = contacts_from_json(json.dumps(data), source=str(path))
        todo = questions(originals, threshold)
        if not todo:
            err.print(f"Nothing to review: every field in {path} is scored {threshold:.2f} or higher.")
            return
        err.print(f"{len(todo)} fields to check in {len(originals)} contacts.  {KEYS_HELP}.")
        try:
            outcome = review_contacts(originals, terminal_ask(), threshold=threshold)
        except KeyboardInterrupt:
            err.print("\nStopped; nothing was written.")
            raise typer.Exit(130)
        if not outcome.answered:
            err.print("No answers given; nothing was written.")
            return
        written = review_files(path, outcome, data, originals, force=force)
    except CardcapError as exc:
        err.print(f"cardcap: {exc.message}")
        raise typer.Exit(int(exc.exit_code)) from None
    err.print(f"{outcome.accepted} confirmed, {outcome.replaced} corrected, {outcome.cleared} cleared"
              + (f", {outcome.skipped} left for later" if outcome.skipped else "")
              + f"; rewrote {len(written)} files in {path.parent}")


__all__ = ["DEFAULT_THRESHOLD", "Prompt", "ReviewOutcome", "questions", "review", "review_contacts",
           "review_files", "terminal_ask"]
