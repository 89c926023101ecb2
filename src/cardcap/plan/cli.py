"""`cardcap plan`: a thin command over cardcap.plan; the lead mounts `app` or `plan`."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from cardcap.errors import CardcapError, UsageError
from cardcap.plan.files import load_contacts, write_file, write_plan
from cardcap.plan.interview import (
    default_country,
    default_timezone,
    interview_template,
    load_interview_file,
    make_interview,
    parse_when,
)
from cardcap.plan.planner import build_plan, contact_label
from cardcap.plan.render import clean_text, plan_table

app = typer.Typer(add_completion=False, help="Plan who to thank after an interview, when and how.")

_INTERVIEW_SUFFIXES = (".toml", ".yaml", ".yml")


def _relative(target: Path, start: Path) -> str:
    try:
        return os.path.relpath(target.resolve(), start.resolve())
    except ValueError:  # another drive on Windows
        return str(target.resolve())


@app.command("plan")
def plan(
    source: Path = typer.Argument(..., help="Scanned contacts (.json or .vcf), or an interview file (.toml/.yaml)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Folder for plan.md/.json/.ics (with --init: the file to write)."),
    interview: Optional[str] = typer.Option(None, "--interview", help='Interview start, "YYYY-MM-DD HH:MM".'),
    timezone: Optional[str] = typer.Option(None, "--timezone", "--tz",
                                           help="IANA time zone, e.g. Europe/London (default: this machine's)."),
    company: Optional[str] = typer.Option(None, "--company", help="The employer."),
    position: Optional[str] = typer.Option(None, "--position", help="The job you interviewed for."),
    country: Optional[str] = typer.Option(None, "--country",
                                          help="Country for public holidays, e.g. GB (default: from your locale)."),
    duration: Optional[int] = typer.Option(None, "--duration", help="Interview length in minutes (default 60)."),
    init: bool = typer.Option(False, "--init", help="Write a commented interview file listing the scanned people."),
    force: bool = typer.Option(False, "--force", help="Replace existing output files."),
) -> None:
    """Who to thank, when and how: a table here, plus plan.md, plan.json and plan.ics."""
    console = Console()
    try:
        if init:
            _write_template(source, output, interview, timezone, company, position, country, force, console)
            return
        if source.suffix.lower() in _INTERVIEW_SUFFIXES:
            overrides = {"when": interview, "timezone": timezone, "company": company, "position": position,
                         "country": country, "duration_minutes": duration}
            details, contacts_path = load_interview_file(source, overrides=overrides)
            if contacts_path is None:
                raise UsageError(f"{source} does not say which contacts to use; add a line such as "
                                 'contacts = "contacts.json"')
            contacts = load_contacts(contacts_path)
        else:
            if not interview:
                raise UsageError('Say when the interview was with --interview "YYYY-MM-DD HH:MM", '
                                 "or start an interview file with --init.")
            contacts = load_contacts(source)
            details = make_interview(interview, timezone=timezone or default_timezone(), company=company,
                                     position=position, country=country, duration_minutes=duration or 60)
        if not contacts:
            raise UsageError(f"No contacts to plan for in {source}.")
        result = build_plan(contacts, details)
        written = write_plan(result, output or source.parent, force=force)
    except CardcapError as error:
        Console(stderr=True).print(f"[red]Error:[/red] {error.message}", markup=True, highlight=False)
        raise typer.Exit(int(error.exit_code)) from None
    console.print(plan_table(result))
    for entry in result.entries:
        for note in entry.notes:
            console.print(f"{clean_text(contact_label(entry.contact))}: {note}", markup=False, highlight=False)
    for note in result.notes:
        console.print(note, markup=False, highlight=False)
    for path in written:
        console.print(f"Wrote {path}", markup=False, highlight=False)


def _write_template(source: Path, output: Optional[Path], interview: Optional[str], timezone: Optional[str],
                    company: Optional[str], position: Optional[str], country: Optional[str], force: bool,
                    console: Console) -> None:
    contacts = load_contacts(source)
    target = output or source.parent / "interview.toml"
    if target.is_dir():
        target = target / "interview.toml"
    zone = timezone or default_timezone()
    text = interview_template(
        contacts,
        contacts_path=_relative(source, target.parent),
        when=parse_when(interview, zone) if interview else None,
        timezone=zone,
        company=company,
        position=position,
        country=country or default_country(),
    )
    write_file(target, text, force=force)
    console.print(f"Wrote {target}: fill it in, then run: cardcap plan {target}", markup=False, highlight=False)


def main() -> None:  # pragma: no cover - for `python -m cardcap.plan.cli` during development
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
