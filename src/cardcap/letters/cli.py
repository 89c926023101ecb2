"""`cardcap letters`: a thin typer layer over generate_letters and write_drafts."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from cardcap.errors import CardcapError, InputNotFoundError, OutputError, OutputExistsError, UsageError
from cardcap.fsio import atomic_write
from cardcap.plan.model import Plan

from .generate import Draft, generate_letters
from .profile import DEFAULT_PROFILE_PATH, PROFILE_TEMPLATE, CandidateProfile, load_profile
from .writer import write_drafts

# A callback, not a command, so `cardcap letters PLAN` works when mounted with add_typer;
# interspersed args let options follow PLAN as they would for a plain command.
app = typer.Typer(
    help="Draft the follow-up emails, letters and call notes of a plan.",
    add_completion=False,
    context_settings={"allow_interspersed_args": True},
)


def read_plan(path: Path) -> tuple[Plan, dict[str, Any] | None]:
    """The plan, plus a `candidate` table if the plan (or its interview) carries one."""
    if not path.is_file():
        raise InputNotFoundError(f"no plan at {path}; make one with: cardcap plan")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        plan = Plan.from_dict(data)
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise UsageError(f"{path}: not a cardcap plan.json ({exc})") from exc
    candidate = data.get("candidate") or (data.get("interview") or {}).get("candidate")
    return plan, candidate if isinstance(candidate, dict) else None


def resolve_profile(profile_path: Path | None, plan_candidate: dict[str, Any] | None) -> CandidateProfile:
    """Profile file first; a plan's candidate table fills or overrides it."""
    path = (profile_path or DEFAULT_PROFILE_PATH).expanduser()
    if profile_path is None and not path.is_file() and plan_candidate:
        return CandidateProfile().merged(plan_candidate)
    profile = load_profile(path)
    return profile.merged(plan_candidate) if plan_candidate else profile


def init_profile(target: Path, *, force: bool = False) -> Path:
    target = target.expanduser()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {target.parent}: {exc.strerror}") from exc
    if target.exists() and not force:
        raise OutputExistsError(f"{target} exists; edit it, or use --force to start again")
    atomic_write(target, PROFILE_TEMPLATE, force=force)
    return target


def report(drafts: list[Draft], out_dir: Path, console: Console) -> None:
    table = Table(title=f"{len(drafts)} drafts in {escape(str(out_dir))}")
    for column in ("due", "person", "role", "step", "file", "check"):
        table.add_column(column)
    for draft in drafts:
        problems = len(draft.findings) + len(draft.missing)
        table.add_row(
            f"{draft.due:%a %d %b %H:%M}", escape(draft.person), draft.role.replace("_", " "),
            draft.step_kind.replace("_", " "), escape(draft.stem) + " " + " ".join(draft.files),
            "[green]ok[/green]" if not problems else f"[yellow]{problems} to fix[/yellow]",
        )
    console.print(table)
    for draft in drafts:
        if draft.ok:
            continue
        console.print(f"[bold]{escape(draft.stem)}[/bold]")
        for finding in draft.findings:
            console.print(f"  tone: {escape(str(finding))}")
        for gap in draft.missing:
            console.print(f"  fill in: {escape(gap)}")


@app.callback(invoke_without_command=True)
def letters(
    plan_file: Annotated[Optional[Path], typer.Argument(metavar="PLAN", help="plan.json written by `cardcap plan`")] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Folder for the drafts (with --init: the profile file)")] = None,
    init: Annotated[bool, typer.Option("--init", help="Write a commented candidate profile to fill in, then stop")] = False,
    profile: Annotated[Optional[Path], typer.Option("--profile", help=f"Your details (default: {DEFAULT_PROFILE_PATH})")] = None,
    templates: Annotated[Optional[Path], typer.Option("--templates", help="Folder of templates; a file named like a packaged one replaces it")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace files that already exist")] = False,
) -> None:
    """Draft one message per person and step of the plan; report gaps and tone problems."""
    console = Console(stderr=True)
    try:
        if init:
            target = init_profile(output or DEFAULT_PROFILE_PATH, force=force)
            console.print(f"Wrote {target}: fill in your details, then run `cardcap letters PLAN -o DIR`.")
            return
        if plan_file is None:
            raise UsageError("give the plan.json to draft from (or --init to create your profile)")
        plan, candidate = read_plan(plan_file)
        out_dir = output or plan_file.parent / "letters"
        drafts = generate_letters(plan, resolve_profile(profile, candidate), templates=templates)
        write_drafts(drafts, out_dir, force=force)
        report(drafts, out_dir, console)
    except CardcapError as exc:
        console.print(f"[red]cardcap letters:[/red] {exc.message}")
        raise typer.Exit(int(exc.exit_code)) from exc
    except Exception as exc:  # a template error names the file and line: show it, not a traceback
        from jinja2 import TemplateError

        if isinstance(exc, TemplateError):
            console.print(f"[red]cardcap letters: template problem:[/red] {exc}")
            raise typer.Exit(2) from exc
        raise


letters_command = letters  # for `main_app.command("letters")(letters_command)`
