"""Writes drafts to a folder through cardcap.fsio: every file or none, never half a batch."""
from __future__ import annotations

from pathlib import Path

from cardcap.fsio import ensure_output_dir, safe_filename, unique_names, write_outputs

from .generate import Draft


def draft_paths(drafts: list[Draft], out_dir: Path) -> list[tuple[Path, bytes | str]]:
    names = unique_names(
        [safe_filename(draft.stem, suffix=suffix, max_len=100) for draft in drafts for suffix in draft.files],
        max_len=100,
    )
    contents = [content for draft in drafts for content in draft.files.values()]
    return [(out_dir / name, content) for name, content in zip(names, contents)]


def write_drafts(drafts: list[Draft], out_dir: Path, *, force: bool = False) -> list[Path]:
    """An existing file stops the batch before anything is written, unless force."""
    ensure_output_dir(out_dir)
    return write_outputs(dict(draft_paths(drafts, out_dir)), force=force)
