"""Where batch workers come from: a fork server that has imported cardcap
and loaded the OCR models once.  Standard library only, so the `cardcap`
command can start the server before it imports anything heavy itself
(`start_early`), and both load at the same time on two cores."""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe", ".png", ".webp", ".tif", ".tiff", ".bmp", ".heic", ".heif", ".gif"})

WORKER_PRELOAD = ["cardcap.worker_server"]
"""Imported once in the fork server: the reading code, the libraries and the models."""

def is_image_name(name: str) -> bool:
    """A file a batch reads: an image suffix, and not hidden ("._IMG_1.jpg")."""
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in IMAGE_SUFFIXES


PARALLEL_MIN_IMAGES = 4
"""Fewer photos are read in this process, with all cores' threads: starting
workers (about a second each to load the models) would cost more than it saves."""

SERVER_ENGINE = "CARDCAP_FORK_SERVER_ENGINE"
"""Set only while the fork server starts: the engine it loads for its workers."""


def worker_context(engine: str, threads: int):
    """Workers fork from a clean server process, never from this one: a fork
    of a process whose OpenCV or onnxruntime thread pools have run (any earlier
    scan in it) can deadlock in the child.  The server loads the models once
    (it never reads a photo, so no thread pool has run in it), and each
    worker starts with them in memory it shares with the others."""
    try:
        context = multiprocessing.get_context("forkserver")
    except ValueError:  # Windows: spawn is all there is
        return multiprocessing.get_context("spawn")
    context.set_forkserver_preload(WORKER_PRELOAD)
    if threads == 1:
        from multiprocessing import forkserver

        os.environ[SERVER_ENGINE] = engine
        try:
            forkserver.ensure_running()  # a no-op when it runs already
        finally:
            os.environ.pop(SERVER_ENGINE, None)
    return context


# Options of `scan` and `eval` that take a value, to tell values from paths.
_VALUE_OPTIONS = frozenset({"-o", "--output", "-f", "--format", "--vcard-version", "--engine", "--region",
                            "-j", "--jobs", "--lang", "--merge-into", "--timeout"})


def start_early(argv: Sequence[str]) -> bool:
    """Start the workers' fork server now when this command line will read
    a batch in parallel: it then imports and loads the models while this
    process imports the rest of cardcap.  A wrong guess costs a server that
    is never used; the batch itself is unchanged."""
    engine = parallel_batch_engine(argv)
    if engine is None:
        return False
    try:
        worker_context(engine, threads=1)
    except Exception:  # noqa: BLE001 - the scan starts its workers itself, as without this
        return False
    return True


def parallel_batch_engine(argv: Sequence[str]) -> str | None:
    """The engine a command line will run in one-thread workers: `scan` or
    `eval` of a folder or of 4+ photos, one job per core; else None."""
    if not argv or argv[0] not in ("scan", "eval") or "--help" in argv:
        return None
    paths, engine, jobs = [], "auto", None
    args = iter(argv[1:])
    for arg in args:
        name, has_value, value = arg.partition("=")
        if name in _VALUE_OPTIONS:
            value = value if has_value else next(args, "")
            if name == "--engine":
                engine = value
            elif name in ("-j", "--jobs"):
                jobs = value
        elif not arg.startswith("-"):
            paths.append(arg)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if cores < 2 or (jobs is not None and jobs != str(cores)) or not _enough_images(paths):
        return None
    return engine


def _enough_images(paths: Sequence[str]) -> bool:
    """At least PARALLEL_MIN_IMAGES image files in the paths (stops counting there)."""
    found = 0
    for path in paths:
        if os.path.isdir(path):
            for _folder, _dirs, files in os.walk(path):
                found += sum(is_image_name(f) for f in files)
                if found >= PARALLEL_MIN_IMAGES:
                    return True
        elif is_image_name(os.path.basename(path)):
            found += 1
        if found >= PARALLEL_MIN_IMAGES:
            return True
    return False
