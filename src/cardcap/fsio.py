"""Writing results without losing data and without trusting card text in file names.

Every file is first written in full to a hidden temporary file in the target
folder, flushed and fsync'ed, and only then renamed into place, so a full
disk, a crash or Ctrl-C leaves either the old file or the new one, never half
of one.  `write_outputs` stages a whole batch before renaming any of it, so a
full disk leaves nothing changed at all.
"""
from __future__ import annotations

import errno
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

from cardcap.errors import InputNotFoundError, OutputError, OutputExistsError, UsageError

FALLBACK_STEM = "contact"
MAX_NAME_BYTES = 255  # ext4, APFS, NTFS (in UTF-16 units, which is never more than this)

# Device names Windows reserves in any folder and with any extension ("con.vcf" too).
WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]}
)
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')  # Windows forbids these; / and \ separate paths
_SUFFIX = re.compile(r"^\.[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$")
_DIR_FLAGS = getattr(os, "O_DIRECTORY", 0)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


# --- file names ------------------------------------------------------------------


def safe_filename(text: str, *, suffix: str, max_len: int = 80) -> str:
    """A file name from untrusted card text that stays inside the output folder.

    Separators, Windows-forbidden and invisible characters (controls, bidi
    overrides that could fake an extension) become spaces; leading dots and
    dashes go (hidden files, command-line options), as do trailing dots and
    spaces (Windows drops them); Windows device names get a trailing "_".
    max_len counts characters of the whole name, suffix included.
    """
    if not _SUFFIX.match(suffix):
        raise ValueError(f"suffix must look like '.vcf', got {suffix!r}")
    text = unicodedata.normalize("NFC", text or "")
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] in "CZ" or _FORBIDDEN.match(ch):  # controls, format, separators, unassigned
            kept.append(" ")
        else:
            kept.append(ch)
    stem = " ".join("".join(kept).split())
    stem = stem.lstrip(".-_ ").rstrip(". ")

    room = max_len - len(suffix)
    if room < 8:
        raise ValueError(f"max_len {max_len} leaves no room for a name before {suffix!r}")
    first = stem.split(".")[0]
    if first.rstrip(" ").upper() in WINDOWS_RESERVED:
        stem = first.rstrip(" ") + "_" + stem[len(first):]
    while len(stem) > room or len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    stem = stem.rstrip(". ") or FALLBACK_STEM
    return stem + suffix


def _split_name(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    return (stem, dot + ext) if dot and stem else (name, "")


def _fold(name: str) -> str:
    """Case-insensitive file systems (macOS, Windows) see these two names as one."""
    return unicodedata.normalize("NFC", name).casefold()


def unique_names(names: list[str], *, taken: Iterable[str] = (), max_len: int = 80) -> list[str]:
    """Distinct names in the same order: the second "Ana Silva.vcf" becomes "Ana Silva (2).vcf"."""
    used = {_fold(n) for n in taken}
    out: list[str] = []
    for name in names:
        candidate = name
        stem, suffix = _split_name(name)
        counter = 1
        while _fold(candidate) in used:
            counter += 1
            tag = f" ({counter})"
            room = max(1, max_len - len(suffix) - len(tag))
            candidate = stem[:room].rstrip(". ") + tag + suffix
        used.add(_fold(candidate))
        out.append(candidate)
    return out


# --- folders -----------------------------------------------------------------------


def ensure_output_dir(path: Path) -> Path:
    """Create the folder if needed and prove we can write there, before any work is done."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path} exists and is not a folder; choose another output folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder {path}: {_reason(exc)}") from None
    try:
        with tempfile.TemporaryFile(dir=path, prefix=".cardcap-probe-"):
            pass
    except OSError as exc:
        raise OutputError(f"cannot write in output folder {path}: {_reason(exc)}") from None
    return path


# --- atomic writes ---------------------------------------------------------------------


def _target_mode(path: Path) -> int:
    """Keep an overwritten file's permissions; new files get the usual umask default."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _stage(path: Path, data: str | bytes) -> Path:
    """Write data to a temporary sibling of path and fsync it; the caller renames it."""
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist")
    fd, tmp_name = tempfile.mkstemp(dir=parent, prefix=f".{path.name[:40]}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        try:
            view = memoryview(payload)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if hasattr(os, "fchmod"):
                os.fchmod(fd, _target_mode(path))
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _sync_dir(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY | _DIR_FLAGS)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _exists_error(paths: list[Path]) -> OutputExistsError:
    shown = ", ".join(str(p) for p in paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
    verb = "exists" if len(paths) == 1 else "exist"
    return OutputExistsError(f"{shown} already {verb}; use --force to overwrite")


def _commit(tmp: Path, path: Path, force: bool) -> None:
    if force:
        os.replace(tmp, path)
        return
    try:
        os.link(tmp, path)  # atomic "create only if absent", unlike exists() then replace()
    except FileExistsError:
        tmp.unlink(missing_ok=True)
        raise _exists_error([path]) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS):
            raise
        if path.exists():  # a file system without hard links (FAT, some network shares)
            tmp.unlink(missing_ok=True)
            raise _exists_error([path]) from None
        os.replace(tmp, path)
    else:
        tmp.unlink()


def write_outputs(files: Mapping[Path, str | bytes], *, force: bool = False) -> list[Path]:
    """All files or none: check every target, stage every file, then rename each into place."""
    targets = [Path(p) for p in files]
    seen: dict[str, Path] = {}
    for target in targets:
        key = _fold(str(target.absolute()))
        if key in seen:
            raise OutputError(f"two outputs would both be written to {target}")
        seen[key] = target
    if not force:
        existing = [p for p in targets if p.exists() or p.is_symlink()]
        if existing:
            raise _exists_error(existing)
    for target in targets:
        if target.is_dir():
            raise OutputError(f"cannot write {target}: it is a folder")

    staged: list[tuple[Path, Path]] = []
    try:
        for target, data in zip(targets, files.values()):
            staged.append((_stage(target, data), target))
    except OSError as exc:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        failed = targets[len(staged)]
        raise OutputError(f"cannot write {failed}: {_reason(exc)}; nothing was written") from None
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise

    written: list[Path] = []
    try:
        for tmp, target in staged:
            _commit(tmp, target, force)
            written.append(target)
    except OSError as exc:
        for tmp, _ in staged[len(written):]:
            tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {staged[len(written)][1]}: {_reason(exc)}") from None
    except BaseException:
        for tmp, _ in staged[len(written):]:
            tmp.unlink(missing_ok=True)
        raise
    for folder in {t.parent for t in written}:
        _sync_dir(folder)
    return written


def atomic_write(path: Path, data: str | bytes, *, force: bool = False) -> None:
    """Replace path with data in one step; an existing file is kept unless force."""
    write_outputs({Path(path): data}, force=force)


# --- reading ------------------------------------------------------------------------


def read_json_file(path: Path, *, missing: str | None = None) -> object:
    """A JSON file a user points us at, with a one-line reason when it cannot
    be read (`missing` replaces the message for a file that is not there)."""
    if not path.is_file():
        raise InputNotFoundError(missing or f"{path} does not exist")
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path} is not valid JSON ({exc.msg} at line {exc.lineno})") from None
