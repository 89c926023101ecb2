"""The scan pipeline, top to bottom, for one photo and for a batch.

    photo --load--> LoadedImage --read_cards--> [(CardRegion, OcrPage)]
          --parse_card--> [Contact] --> ImageResult

A bad input never stops the batch: its ImageResult carries a one-line
error.  Batches run in worker processes (`jobs`), each engine limited to
its share of the cores so they are not oversubscribed.
"""
from __future__ import annotations

import locale
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import CardcapError, InputNotFoundError, MissingDependencyError, NoCardError
from .fields import parse_card
from .load import load_image
from .model import ImageResult
from .ocr import get_engine
from .reading import read_cards

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe", ".png", ".webp", ".tif", ".tiff", ".bmp", ".heic", ".heif", ".gif"})


@dataclass(frozen=True)
class ScanOptions:
    engine: str = "auto"  # auto | rapidocr | tesseract
    region: str | None = None  # phone/address country when the card shows none; None: from the locale
    jobs: int | None = None  # worker processes; None: one per core
    keep_ocr: bool = False  # keep the OCR pages in the results (for review and debugging)
    max_pixels: int = 120_000_000


@dataclass
class InputList:
    """What a user's paths expand to: the images to read, and the paths
    that could not even be listed (each becomes an error result)."""

    images: list[str] = field(default_factory=list)
    problems: list[ImageResult] = field(default_factory=list)


def default_region() -> str:
    """The user's country from the locale (en_GB.UTF-8 -> GB); US when unknown."""
    for value in (os.environ.get("LC_ALL"), os.environ.get("LC_CTYPE"), os.environ.get("LANG"), locale.getlocale()[0]):
        if value and "_" in value:
            country = value.split("_", 1)[1][:2].upper()
            if country.isalpha() and len(country) == 2:
                return country
    return "US"


def collect_inputs(paths: Iterable[str | Path]) -> InputList:
    """Files as given (any suffix: a wrong one gets a clear error later),
    folders walked recursively for image suffixes, in a stable order.
    Symlinked folders are not followed, so a link loop cannot trap us."""
    found = InputList()
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            found.images.append(path)

    for raw in paths:
        path = os.fspath(raw)
        if os.path.isdir(path):
            errors: list[OSError] = []
            entries = []
            for folder, dirs, files in os.walk(path, onerror=errors.append, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                entries += [os.path.join(folder, f) for f in sorted(files)
                            if not f.startswith(".") and os.path.splitext(f)[1].lower() in IMAGE_SUFFIXES]
            for err in errors:
                found.problems.append(ImageResult(image=err.filename or path,
                                                  error=f"cannot read folder: {err.strerror}", error_kind="unreadable"))
            for entry in entries:
                add(entry)
        elif os.path.lexists(path):
            add(path)
        else:
            found.problems.append(ImageResult(image=path, error="no such file or folder", error_kind="not_found"))
    return found


def scan_image(path: str, options: ScanOptions, *, engine=None) -> ImageResult:
    """One photo to its contacts; errors are returned, not raised, except a
    missing OCR engine, which no other photo could get past either."""
    started = time.perf_counter()
    result = ImageResult(image=path)
    region = options.region or default_region()
    try:
        engine = engine or get_engine(options.engine)
        image = load_image(path, max_pixels=options.max_pixels)
        cards = read_cards(image, engine)
        if not cards:
            raise NoCardError("no text found: is this a photo of a business card?")
        for card, page in cards:
            for contact in parse_card(page, default_region=region):
                contact.image = path
                contact.region = card.quad
                result.contacts.append(contact)
            if options.keep_ocr:
                result.ocr.append(page)
        if not result.contacts:
            raise NoCardError("text found, but nothing that reads as a contact")
    except MissingDependencyError:
        raise
    except CardcapError as exc:
        result.error, result.error_kind = exc.message, exc.kind
        result.contacts = []
    except MemoryError:
        result.error, result.error_kind = "not enough memory to read this image", "too_large"
    except Exception as exc:  # a bug must cost one photo, not the batch
        result.error = f"internal error while reading: {type(exc).__name__}: {exc}"
        result.error_kind = "internal"
        result.contacts = []
    result.seconds = round(time.perf_counter() - started, 3)
    return result


# --- batches ---------------------------------------------------------------

_worker_engine = None
_worker_options: ScanOptions | None = None


def _init_worker(options: ScanOptions, threads: int) -> None:
    global _worker_engine, _worker_options
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    os.environ["OMP_THREAD_LIMIT"] = "1"
    _worker_options = options
    _worker_engine = get_engine(options.engine, threads=threads)


def _scan_in_worker(path: str) -> ImageResult:
    assert _worker_options is not None
    return scan_image(path, _worker_options, engine=_worker_engine)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def iter_scan(
    paths: Iterable[str | Path],
    options: ScanOptions | None = None,
    *,
    on_result: Callable[[ImageResult, int, int], None] | None = None,
) -> Iterator[ImageResult]:
    """Results in input order; `on_result(result, done, total)` is called as
    each photo finishes (in completion order), for progress bars."""
    options = options or ScanOptions()
    options = replace(options, region=options.region or default_region())
    inputs = collect_inputs(paths)
    if not inputs.images and not inputs.problems:
        raise InputNotFoundError("nothing to scan: no image files in the given paths")
    total = len(inputs.images) + len(inputs.problems)
    done = 0
    for problem in inputs.problems:
        done += 1
        if on_result:
            on_result(problem, done, total)
        yield problem
    jobs = min(options.jobs or default_jobs(), max(1, len(inputs.images)))
    if jobs <= 1:
        engine = get_engine(options.engine, threads=None if options.jobs is None else 1)
        for path in inputs.images:
            result = scan_image(path, options, engine=engine)
            done += 1
            if on_result:
                on_result(result, done, total)
            yield result
        return
    threads = max(1, default_jobs() // jobs)
    get_engine(options.engine, threads=1)  # fail fast, in the parent, if the engine is missing
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(options, threads)) as pool:
        futures = {pool.submit(_scan_in_worker, path): n for n, path in enumerate(inputs.images)}
        ready: dict[int, ImageResult] = {}
        next_index = 0
        pending = set(futures)
        try:
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    n = futures[future]
                    try:
                        result = future.result()
                    except MissingDependencyError:
                        raise
                    except Exception as exc:  # a worker died (out of memory, a crash in native code)
                        result = ImageResult(image=inputs.images[n], error=f"reader crashed: {type(exc).__name__}",
                                             error_kind="internal")
                    ready[n] = result
                    done += 1
                    if on_result:
                        on_result(result, done, total)
                while next_index in ready:
                    yield ready.pop(next_index)
                    next_index += 1
        except BaseException:
            for future in pending:
                future.cancel()
            raise


def scan(paths: Iterable[str | Path] | str | Path, options: ScanOptions | None = None, **kwargs) -> list[ImageResult]:
    """Scan photos (files or folders) into contacts.

    >>> from cardcap import scan
    >>> results = scan(["cards/"])           # doctest: +SKIP
    >>> results[0].contacts[0].emails        # doctest: +SKIP
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if kwargs:
        options = replace(options or ScanOptions(), **kwargs)
    return list(iter_scan(paths, options))
