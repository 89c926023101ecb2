"""The `cardcap` command: a thin layer over the Python API.

Each command parses options, calls the library, prints, and maps
CardcapError to its exit code (see errors.ExitCode and the README).
"""
from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from .errors import CardcapError, ExitCode, OutputError, UsageError
from .model import ImageResult
from .outputs import display_path, displayable
from .pipeline import ScanOptions, iter_scan

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Business-card photos to contacts, vCards and an interview follow-up plan.",
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)  # one line per message, however long, when piped


class Engine(str, Enum):
    auto = "auto"
    rapidocr = "rapidocr"
    tesseract = "tesseract"


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    vcard = "vcard"
    csv_google = "csv-google"
    csv_outlook = "csv-outlook"


EngineOpt = Annotated[Engine, typer.Option("--engine", help="OCR engine: RapidOCR reads phone photos far better; Tesseract is lighter.")]
RegionOpt = Annotated[Optional[str], typer.Option("--region", help="Country for numbers printed without a country code, e.g. GB (default: from the card, else your locale).")]
JobsOpt = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Photos read in parallel (default: one per core).")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", min=0, help="Seconds one photo may take to read before it is skipped (0: no limit).")]
LangOpt = Annotated[Optional[str], typer.Option("--lang", help="Languages on the cards for Tesseract, e.g. en,pt or ja (RapidOCR reads Latin scripts, Chinese and Japanese as it is).")]

# ISO 639-1 codes people know, to the names of Tesseract's language packs
_TESSERACT_LANGUAGES = {"en": "eng", "pt": "por", "es": "spa", "fr": "fra", "de": "deu", "it": "ita", "nl": "nld",
                        "ja": "jpn", "zh": "chi_sim", "ko": "kor", "pl": "pol", "sv": "swe", "da": "dan", "no": "nor"}


def _languages(value: str | None) -> str | None:
    """"en,ja" or "eng+jpn" -> "eng+jpn"."""
    if not value:
        return None
    codes = [c.strip().lower() for c in value.replace("+", ",").split(",") if c.strip()]
    return "+".join(_TESSERACT_LANGUAGES.get(code, code) for code in codes) or None


def _fail(exc: CardcapError) -> typer.Exit:
    err.print(Text.assemble(("cardcap:", "red"), " ", display_path(exc.message) or ""), highlight=False)
    return typer.Exit(int(exc.exit_code))


def _scan_with_progress(paths: list[Path], options: ScanOptions, quiet: bool) -> list[ImageResult]:
    """A progress bar on a terminal; piped, one `path: reason` line per failed
    input, which is what a script or a log wants."""
    show = not quiet and err.is_terminal
    if not show:
        def note(result: ImageResult, done: int, total: int) -> None:
            if result.error and not quiet:
                err.print(f"{display_path(result.image)}: {result.error}", highlight=False, markup=False)
        return list(iter_scan(paths, options, on_result=note))
    with Progress(TextColumn("[bold]scanning"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("{task.description}", markup=False), console=err, transient=True) as progress:
        task = progress.add_task("", total=None)

        def on_result(result: ImageResult, done: int, total: int) -> None:
            name = display_path(Path(result.image).name) or ""
            progress.update(task, completed=done, total=total, description=name[:40])
            if result.error:
                progress.console.print(f"skipped {display_path(result.image)}: {result.error}",
                                       highlight=False, markup=False)

        return list(iter_scan(paths, options, on_result=on_result))


def _summary(results: list[ImageResult]) -> str:
    """images, cards, contacts, failures: what a person checks after a batch."""
    failed = sum(1 for r in results if r.error)
    contacts = sum(len(r.contacts) for r in results)
    cards = sum(len({c.region for c in r.contacts}) for r in results)
    seconds = sum(r.seconds for r in results)
    read = len(results) - failed
    return (f"{len(results)} {'image' if len(results) == 1 else 'images'}, {cards} {'card' if cards == 1 else 'cards'}, "
            f"{contacts} {'contact' if contacts == 1 else 'contacts'}, {failed} failed"
            + (f", {seconds / read:.1f} s per image read" if read else ""))


def _contacts_table(results: list[ImageResult]) -> Table:
    table = Table(show_lines=False, header_style="bold")
    for column in ("name", "title", "company", "email", "phone", "image"):
        table.add_column(column, overflow="fold")
    for result in results:
        for c in result.contacts:
            phone = c.phones[0] if c.phones else None
            table.add_row(c.name or "", c.title or "", c.company or "", ", ".join(c.emails),
                          f"{phone.number} ({phone.type})" if phone else "", Path(result.image).name)
    return table


def _exit_code(results: list[ImageResult]) -> int:
    return int(ExitCode.SOME_INPUTS_FAILED if any(r.error for r in results) else ExitCode.OK)


@app.command()
def scan(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Photos and folders (searched recursively).", show_default=False)] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Folder for contacts.vcf, one .vcf per person, contacts.json and CSVs.")] = None,
    fmt: Annotated[Optional[OutputFormat], typer.Option("--format", "-f", help="What to print on stdout (default: a table on a terminal, JSON when piped).")] = None,
    vcard_version: Annotated[str, typer.Option("--vcard-version", help="3 (widest support) or 4.")] = "3",
    engine: EngineOpt = Engine.auto,
    region: RegionOpt = None,
    jobs: JobsOpt = None,
    lang: LangOpt = None,
    timeout: TimeoutOpt = 120.0,
    force: Annotated[bool, typer.Option("--force", help="Replace files that already exist in the output folder.")] = False,
    pair: Annotated[bool, typer.Option("--pair", help="The photos are the two sides of cards, front then back: `scan --pair front.jpg back.jpg`.")] = False,
    merge_into: Annotated[Optional[Path], typer.Option("--merge-into", help="An address book (.vcf or contacts.json) whose people are updated rather than added again; the merged book is written to --output, your file is not changed.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")] = False,
) -> None:
    """Read business cards from photos into contacts."""
    from .export import load_contacts
    from .outputs import refuse_existing_outputs, render_results, write_scan_outputs

    version = {"3": "3.0", "3.0": "3.0", "4": "4.0", "4.0": "4.0"}.get(vcard_version)
    if version is None:
        raise _fail(UsageError(f"--vcard-version must be 3 or 4, not {vcard_version!r}"))
    options = ScanOptions(engine=engine.value, region=region.upper() if region else None, jobs=jobs,
                          languages=_languages(lang), timeout=timeout or None)
    try:
        if output is not None:
            from .fsio import ensure_output_dir

            ensure_output_dir(output)
            if not force:
                refuse_existing_outputs(output)  # before the scan, not after minutes of OCR
        if merge_into is not None and output is None:
            raise UsageError("--merge-into needs --output: the merged address book is written there")
        existing = load_contacts(merge_into) if merge_into else []
        if not paths:
            raise UsageError("give the photos or folders to scan")
        if pair and (len(paths) % 2 or any(p.is_dir() for p in paths)):
            raise UsageError("--pair takes photo files two by two, each card's front then its back")
        results = _scan_with_progress(paths, options, quiet)
        if pair:
            results = _join_given_pairs(results)
        written = write_scan_outputs(results, output, vcard_version=version, force=force,
                                     existing=existing) if output else []
        chosen = fmt or (OutputFormat.table if sys.stdout.isatty() else (None if output else OutputFormat.json))
        if chosen == OutputFormat.table:
            Console().print(_contacts_table(displayable(results)))
        elif chosen is not None:
            _write_stdout(render_results(results, chosen.value, vcard_version=version))
    except CardcapError as exc:
        raise _fail(exc) from exc
    except KeyboardInterrupt:
        err.print("cardcap: interrupted; files already written are complete, nothing half-written was left",
                  highlight=False)
        raise typer.Exit(int(ExitCode.INTERRUPTED))
    if not quiet:
        for path in written:
            err.print(f"wrote {path}", highlight=False, markup=False)
        err.print(_summary(results), highlight=False)
    raise typer.Exit(_exit_code(results))


def _join_given_pairs(results: list[ImageResult]) -> list[ImageResult]:
    """--pair FRONT BACK: the back's details join the front's contact; the
    back keeps its place in the JSON, with no contact of its own."""
    from dataclasses import replace

    from .sides import pair_sides

    out = list(results)
    for front in range(0, len(results) - 1, 2):
        f, b = results[front], results[front + 1]
        if f.contacts and b.contacts:
            out[front] = replace(f, contacts=[pair_sides(f.contacts[0], b.contacts[0])] + f.contacts[1:])
            out[front + 1] = replace(b, contacts=[])
        elif b.contacts and not f.error:  # nothing read on the front: the back is the card
            out[front] = replace(f, contacts=b.contacts)
            out[front + 1] = replace(b, contacts=[])
    return out


def _write_stdout(text: str) -> None:
    """stdout redirected to a full disk or a closed pipe is an output error, not a traceback."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so Python's exit-time flush does not fail again
        raise OutputError("standard output was closed before all results were written") from None
    except OSError as exc:
        raise OutputError(f"cannot write to standard output: {exc.strerror or exc}") from None


@app.command("eval")
def evaluate(
    folder: Annotated[Path, typer.Argument(help="A folder holding photos and their labels.json.")],
    engine: EngineOpt = Engine.auto,
    region: RegionOpt = None,
    jobs: JobsOpt = None,
    lang: LangOpt = None,
    timeout: TimeoutOpt = 120.0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    show_errors: Annotated[bool, typer.Option("--errors", help="List every wrong field.")] = False,
    include_illegible: Annotated[bool, typer.Option(
        "--include-illegible", help='Also score cards labelled "legible": false (a person cannot read them either).')] = False,
) -> None:
    """Accuracy (per-field precision/recall/F1, perfect cards) and speed on labelled photos."""
    from .bench import evaluate_folder

    try:
        report = evaluate_folder(folder, ScanOptions(engine=engine.value, region=region, jobs=jobs,
                                                     languages=_languages(lang), timeout=timeout or None),
                                        include_illegible=include_illegible)
    except CardcapError as exc:
        raise _fail(exc) from exc
    if as_json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    print(report.table())
    if show_errors:
        for card in report.cards:
            if card.unread:
                print(f"{card.image}: not read: {card.unread}")
            for name, (expected, got) in card.errors.items():
                print(f"{card.image}: {name}: expected {expected!r}, got {got!r}")


@app.command()
def followup(
    paths: Annotated[list[Path], typer.Argument(help="Photos and folders of the interviewers' cards.", show_default=False)],
    interview: Annotated[str, typer.Option("--interview", help='When the interview started, "YYYY-MM-DD HH:MM".')],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for contacts, plan and letters/.")],
    company: Annotated[Optional[str], typer.Option("--company", help="The employer.")] = None,
    position: Annotated[Optional[str], typer.Option("--position", help="The job you interviewed for.")] = None,
    timezone: Annotated[Optional[str], typer.Option("--timezone", "--tz", help="IANA zone (default: this machine's).")] = None,
    country: Annotated[Optional[str], typer.Option("--country", help="Country for public holidays (default: your locale).")] = None,
    profile: Annotated[Optional[Path], typer.Option("--profile", help="Your details for the letters (see `letters --init`).")] = None,
    engine: EngineOpt = Engine.auto,
    region: RegionOpt = None,
    jobs: JobsOpt = None,
    lang: LangOpt = None,
    timeout: TimeoutOpt = 120.0,
    force: Annotated[bool, typer.Option("--force", help="Replace files that already exist.")] = False,
) -> None:
    """Scan, plan and letters in one go: the evening after the interview."""
    from .followup import run_followup
    from .letters.cli import report
    from .plan.render import plan_table

    options = ScanOptions(engine=engine.value, region=region.upper() if region else None, jobs=jobs,
                          languages=_languages(lang), timeout=timeout or None)
    try:
        done = run_followup(paths, output, when=interview, company=company, position=position, timezone=timezone,
                            country=country, profile=profile, options=options, force=force)
    except CardcapError as exc:
        raise _fail(exc) from exc
    for result in done.results:
        if result.error:
            err.print(f"skipped {result.image}: {result.error}", highlight=False, markup=False)
    Console().print(plan_table(done.plan))
    report(done.drafts, output / "letters", err)
    err.print(_summary(done.results) + f"; {len(done.written)} files written to {output}", highlight=False)
    raise typer.Exit(_exit_code(done.results))


def _mount_subcommands() -> None:
    from .letters.cli import letters_command
    from .plan.cli import plan as plan_command
    from .review import review as review_command

    app.command("plan")(plan_command)
    app.command("letters")(letters_command)
    app.command("review")(review_command)


_mount_subcommands()


def main() -> None:
    try:
        app()
    except CardcapError as exc:  # anything a command did not map itself
        err.print(f"cardcap: {exc.message}", highlight=False)
        sys.exit(int(exc.exit_code))


if __name__ == "__main__":
    main()
