"""Writes drafts to a folder: every file or none, never half a batch."""
from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from cardcap.errors import OutputError, OutputExistsError

from .generate import Draft


def _safe_filename(text: str, suffix: str = "") -> str:
    """A portable file name: no separators, control or reserved characters."""
    normal = unicodedata.normalize("NFKC", text)
    cleaned = re.sub(r'[\x00-\x1f\x7f<>:"/\\|?*]+', "-", normal).strip(" .-") or "draft"
    return cleaned[:120] + suffix


def _atomic_write(path: Path, data: bytes | str, *, force: bool = False) -> None:
    if path.exists() and not force:
        raise OutputExistsError(f"{path} exists; use --force to replace it")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


try:  # the shared helpers, once cardcap.fsio exists
    from cardcap.fsio import atomic_write, safe_filename  # type: ignore[import-not-found]
except ImportError:
    atomic_write, safe_filename = _atomic_write, _safe_filename


def draft_paths(drafts: list[Draft], out_dir: Path) -> list[tuple[Path, bytes | str]]:
    return [
        (out_dir / safe_filename(draft.stem, suffix=suffix), content)
        for draft in drafts
        for suffix, content in draft.files.items()
    ]


def write_drafts(drafts: list[Draft], out_dir: Path, *, force: bool = False) -> list[Path]:
    """Checks every target first, so an existing file stops the batch before any write."""
    targets = draft_paths(drafts, out_dir)
    if not force:
        clashes = [path for path, _ in targets if path.exists()]
        if clashes:
            shown = ", ".join(p.name for p in clashes[:3]) + (" ..." if len(clashes) > 3 else "")
            raise OutputExistsError(f"{len(clashes)} draft file(s) already in {out_dir} ({shown}); use --force")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {out_dir}: {exc.strerror}") from exc
    written = []
    for path, content in targets:
        try:
            atomic_write(path, content, force=force)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror}") from exc
        written.append(path)
    return written
