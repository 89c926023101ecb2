"""Reading contacts and writing plan files, the plan's only I/O.

Uses the project's shared reader (cardcap.export.load_contacts) and atomic
writer (cardcap.fsio.atomic_write) when they are installed, so the plan
behaves like the other commands; the fallbacks keep `cardcap plan` usable
on its own.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from cardcap.errors import InputNotFoundError, OutputError, OutputExistsError, UsageError
from cardcap.model import Contact
from cardcap.plan.model import Plan, contact_from_dict
from cardcap.plan.render import render_ics, render_json, render_markdown



def load_contacts(path: Path) -> list[Contact]:
    try:
        from cardcap.export import load_contacts as shared_loader
    except ImportError:
        return _load_scan_json(path)
    return shared_loader(path)


def _load_scan_json(path: Path) -> list[Contact]:
    """Scan JSON only (FORMAT.md section 2): image results, or a bare list of contacts."""
    if not path.is_file():
        raise InputNotFoundError(f"{path} does not exist")
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path} is not a cardcap scan JSON file: {exc}") from exc
    items = data if isinstance(data, list) else [data]
    contacts: list[Contact] = []
    for item in items:
        if isinstance(item, dict) and "contacts" in item:
            contacts += [contact_from_dict(c) for c in item.get("contacts") or []]
        elif isinstance(item, dict):
            contacts.append(contact_from_dict(item))
    return contacts


def write_file(path: Path, data: str | bytes, *, force: bool = False) -> Path:
    """One file, its folder created if needed (`--init -o acme/interview.toml`)."""
    try:
        from cardcap.fsio import atomic_write, ensure_output_dir
    except ImportError:
        return _atomic_write(path, data, force=force)
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
    try:
        from cardcap.fsio import ensure_output_dir, write_outputs
    except ImportError:
        existing = [path for path in files if path.exists()]
        if existing and not force:
            raise OutputExistsError(f"{', '.join(map(str, existing))} already exist; use --force to replace them")
        return [_atomic_write(path, data, force=force) for path, data in files.items()]
    ensure_output_dir(folder)
    return write_outputs(files, force=force)


def _atomic_write(path: Path, data: str | bytes, *, force: bool) -> Path:
    """Fallback writer: beside the target then rename, so a crash never leaves half a file."""
    if path.exists() and not force:
        raise OutputExistsError(f"{path} already exists; use --force to replace it")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(f"Cannot write {path}: {exc.strerror or exc}") from exc
    return path
