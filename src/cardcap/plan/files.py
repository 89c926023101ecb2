"""Reading contacts and writing plan files, the plan's only I/O, through
the project's shared reader and atomic writer so `plan` behaves like the
other commands (no overwrite without --force, all files or none)."""
from __future__ import annotations

from pathlib import Path

from cardcap.export import load_contacts
from cardcap.fsio import atomic_write, ensure_output_dir, write_outputs
from cardcap.plan.model import Plan
from cardcap.plan.render import render_ics, render_json, render_markdown

__all__ = ["load_contacts", "write_file", "write_plan"]


def write_file(path: Path, data: str | bytes, *, force: bool = False) -> Path:
    """One file, its folder created if needed (`--init -o acme/interview.toml`)."""
    ensure_output_dir(path.parent)
    atomic_write(path, data, force=force)
    return path


def write_plan(plan: Plan, folder: Path, *, force: bool = False) -> list[Path]:
    """plan.md, plan.json and plan.ics in `folder`: all three or none."""
    files: dict[Path, str | bytes] = {
        folder / "plan.md": render_markdown(plan),
        folder / "plan.json": render_json(plan),
        folder / "plan.ics": render_ics(plan),
    }
    ensure_output_dir(folder)
    return write_outputs(files, force=force)
