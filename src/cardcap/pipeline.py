"""The scan pipeline, top to bottom, for one photo and for a batch.

    photo --load--> LoadedImage --read_cards--> [(CardRegion, OcrPage)]
          --parse_card--> [Contact] --> ImageResult

A bad input never stops the batch: its ImageResult carries a one-line
error.  Batches run in worker processes (`jobs`), each engine limited to
its share of the cores so they are not oversubscribed.
"""
from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import CardcapError, InputNotFoundError, MissingDependencyError, NoCardError, ReadTimeoutError
from .fields import parse_card
from .load import load_image
from .model import ImageResult
from .ocr import get_engine
from .qr import apply_qr_codes, decode_qr
from .reading import read_cards
from .userenv import locale_country
from .workers import PARALLEL_MIN_IMAGES, is_image_name, worker_context



@dataclass(frozen=True)
class ScanOptions:
    engine: str = "auto"  # auto | rapidocr | tesseract
    region: str | None = None  # phone/address country when the card shows none; None: from the locale
    jobs: int | None = None  # worker processes; None: one per core
    keep_ocr: bool = False  # keep the OCR pages in the results (for review and debugging)
    languages: str | None = None  # Tesseract language packs, "eng+jpn"; None: the installed Latin ones
    max_pixels: int = 120_000_000
    timeout: float | None = 120.0  # seconds one photo may take; None or 0: no limit


@dataclass
class InputList:
    """What a user's paths expand to: the images to read, and the paths
    that could not even be listed (each becomes an error result).
    `order` holds both, as image paths and problem results, in the order
    the user gave them, which is the order results come back in."""

    images: list[str] = field(default_factory=list)
    problems: list[ImageResult] = field(default_factory=list)
    order: list[str | ImageResult] = field(default_factory=list)

    def add_image(self, path: str) -> None:
        self.images.append(path)
        self.order.append(path)

    def add_problem(self, problem: ImageResult) -> None:
        self.problems.append(problem)
        self.order.append(problem)


def default_region() -> str:
    """The user's country from the locale (en_GB.UTF-8 -> GB): the country
    of numbers printed without a country code when the card shows none."""
    return locale_country("LC_TELEPHONE")


def _walk_images(top: str, found: InputList, add: Callable[[str], None]) -> None:
    """Image files under top, each folder's files before its subfolders, by name.

    An explicit stack, not recursion, so no folder depth can overflow it;
    symlinked folders are not followed, so a link loop cannot trap us; a
    folder we may not list becomes a problem in its place in the order."""
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            found.add_problem(ImageResult(image=folder, error=f"cannot read folder: {exc.strerror or exc}",
                                          error_kind="unreadable"))
            continue
        subfolders = []
        for entry in entries:
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder:
                if not entry.name.startswith("."):
                    subfolders.append(entry.path)
            elif is_image_name(entry.name):
                add(entry.path)
        stack.extend(reversed(subfolders))


def collect_inputs(paths: Iterable[str | Path]) -> InputList:
    """Files as given (any suffix: a wrong one gets a clear error later),
    folders walked recursively for image suffixes, in a stable order.
    A photo reached twice (a file and its folder, a symlink) is read once."""
    found = InputList()
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            found.add_image(path)

    for raw in paths:
        path = os.fspath(raw)
        if os.path.isdir(path):
            _walk_images(path, found, add)
        elif os.path.lexists(path):
            add(path)
        else:
            found.add_problem(ImageResult(image=path, error="no such file or folder", error_kind="not_found"))
    return found


def scan_image(path: str, options: ScanOptions, *, engine=None) -> ImageResult:
    """One photo to its contacts; errors are returned, not raised, except a
    missing OCR engine, which no other photo could get past either."""
    started = time.perf_counter()
    result = ImageResult(image=path)
    region = options.region or default_region()
    try:
        engine = engine or get_engine(options.engine, languages=options.languages)
        with warnings.catch_warnings():
            # A library's note about this file ("Corrupt EXIF data") would print
            # as a multi-line warning mid-batch; the result carries what matters.
            warnings.simplefilter("ignore")
            with _time_limit(options.timeout):
                image = load_image(path, max_pixels=options.max_pixels)
                cards = read_cards(image, engine)
                codes = decode_qr(image.pixels)  # ~20 ms when there is none
        if not cards and not codes:
            raise NoCardError("no text found: is this a photo of a business card?")
        for number, (card, page) in enumerate(cards):
            for contact in parse_card(page, default_region=region):
                contact.image = path
                contact.region = card.quad
                contact.card = number
                result.contacts.append(contact)
            if options.keep_ocr:
                result.ocr.append(page)
        # a QR code's vCard/MECARD is exact: its values win, disagreements are noted
        result.contacts = apply_qr_codes(result.contacts, codes, region=region, image=path)
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


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Stop reading one photo after `seconds`: RapidOCR has no timeout of its
    own, and one pathological photo must cost that photo, not the batch.
    The alarm is checked between the engine's steps (detection, each line's
    recognition), which each take well under a second on a card; Tesseract
    also has its own limit per call.  Only in a main thread on Unix (the
    command and every batch worker), where signals are delivered."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    message = f"reading took longer than {seconds:g} s and was stopped (--timeout sets the limit)"
    fired = []

    def stop(_signum, _frame):
        fired.append(True)
        raise ReadTimeoutError(message)

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if fired:
        # the alarm went off inside a step that catches its own errors and carries on (an optional QR or
        # orientation pass): the photo still ran over its limit, so it is reported as such
        raise ReadTimeoutError(message)


# --- batches ---------------------------------------------------------------

_worker_engine = None
_worker_options: ScanOptions | None = None

CRASH_MESSAGE = "the reader process died on this photo (out of memory, or a crash in the OCR engine)"


def _limit_threads(threads: int) -> None:
    """Each worker gets its share of the cores: OpenCV's pool and Tesseract's
    OpenMP would otherwise each start one thread per core in every worker."""
    os.environ["OMP_THREAD_LIMIT"] = str(threads)
    try:
        import cv2

        cv2.setNumThreads(threads)
    except ImportError:  # pragma: no cover - a declared dependency
        pass


_worker_missing: MissingDependencyError | None = None


def _init_worker(options: ScanOptions, threads: int) -> None:
    global _worker_engine, _worker_options, _worker_missing
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _limit_threads(threads)
    _worker_options = options
    try:
        _worker_engine = get_engine(options.engine, threads=threads, languages=options.languages)
    except MissingDependencyError as exc:  # raised from the first task: an initializer's error breaks the pool
        _worker_missing = exc


def _scan_in_worker(path: str) -> ImageResult:
    assert _worker_options is not None
    if _worker_missing is not None:
        raise _worker_missing
    return scan_image(path, _worker_options, engine=_worker_engine)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """Ctrl-C: drop queued photos and end the workers now, not after their photo."""
    pool.shutdown(wait=False, cancel_futures=True)
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()


def _run_pool(images: list[str], indices: list[int], options: ScanOptions, workers: int,
              threads: int) -> Iterator[tuple[int, ImageResult | None]]:
    """(index, result) as photos finish; (index, None) for each photo left
    unfinished when a worker process died, which breaks the whole pool."""
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=worker_context(options.engine, threads),
                               initializer=_init_worker, initargs=(options, threads))
    try:
        futures = {pool.submit(_scan_in_worker, images[n]): n for n in indices}
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                try:
                    yield futures[future], future.result()
                except MissingDependencyError:
                    raise
                except BrokenProcessPool:
                    yield futures[future], None
    except BaseException:
        _stop_pool(pool)
        raise
    pool.shutdown(wait=True)


def _parallel_results(images: list[str], options: ScanOptions, jobs: int,
                      threads: int) -> Iterator[tuple[int, ImageResult]]:
    """All photos through `jobs` workers, in completion order.

    A worker that dies (killed for memory, a segfault in native code) takes
    every photo then in flight with it.  Those get a second try in a fresh
    pool; if that breaks too, each remaining photo is read alone in its own
    process, so only the photo that kills its reader is reported as crashed."""
    indices = list(range(len(images)))
    for _attempt in ("shared pool", "fresh pool"):
        unfinished = []
        for n, result in _run_pool(images, indices, options, jobs, threads):
            if result is None:
                unfinished.append(n)
            else:
                yield n, result
        if not unfinished:
            return
        indices = sorted(unfinished)
    for n in indices:
        results = [result for _, result in _run_pool(images, [n], options, 1, threads)]
        yield n, results[0] or ImageResult(image=images[n], error=CRASH_MESSAGE, error_kind="crashed")


def _check_engine(name: str, languages: str | None = None) -> None:
    """Fail before starting workers when the engine cannot be imported; a
    worker that still cannot start it raises MissingDependencyError on its
    first photo.  Loading the models here would cost this process their memory."""
    import importlib.util

    canonical = name.strip().lower()
    wanted = {"auto": ("rapidocr", "pytesseract"), "rapidocr": ("rapidocr",), "rapid": ("rapidocr",),
              "tesseract": ("pytesseract",), "tess": ("pytesseract",)}.get(canonical)
    if wanted is None or canonical in ("tesseract", "tess"):
        get_engine(name, threads=1, languages=languages)  # an unknown name's UsageError; Tesseract is cheap
    elif not any(importlib.util.find_spec(module) for module in wanted):
        get_engine(name, threads=1, languages=languages)  # raises the engine's own install hint


def _nothing_to_read(inputs: InputList) -> InputNotFoundError:
    if not inputs.problems:
        return InputNotFoundError("nothing to scan: no image files in the given paths")
    shown = "; ".join(f"{p.image}: {p.error}" for p in inputs.problems[:3])
    more = f" and {len(inputs.problems) - 3} more" if len(inputs.problems) > 3 else ""
    return InputNotFoundError(f"nothing to scan: {shown}{more}")


def iter_scan(
    paths: Iterable[str | Path],
    options: ScanOptions | None = None,
    *,
    on_result: Callable[[ImageResult, int, int], None] | None = None,
) -> Iterator[ImageResult]:
    """Results in input order; `on_result(result, done, total)` is called as
    each photo finishes (in completion order), for progress bars.

    Raises InputNotFoundError when the paths hold no image file at all.
    `jobs=1` reads in this process with one thread everywhere; more jobs
    start that many worker processes, each with cores/jobs threads; the
    default (one job per core) reads batches under PARALLEL_MIN_IMAGES photos
    in this process, with all cores' threads."""
    options = options or ScanOptions()
    options = replace(options, region=options.region or default_region())
    inputs = collect_inputs(paths)
    if not inputs.images:
        raise _nothing_to_read(inputs)
    total = len(inputs.order)
    done = 0
    image_slot = [slot for slot, item in enumerate(inputs.order) if not isinstance(item, ImageResult)]
    ready: dict[int, ImageResult] = {}
    next_slot = 0
    # Problems (unlistable folders, missing paths) are reported up front; their
    # results still come back in their place in the input order.
    problems_left = {slot for slot, item in enumerate(inputs.order) if isinstance(item, ImageResult)}
    for slot in sorted(problems_left):
        done += 1
        if on_result:
            on_result(inputs.order[slot], done, total)  # type: ignore[arg-type]

    def release() -> Iterator[ImageResult]:
        nonlocal next_slot
        while next_slot < total:
            if next_slot in problems_left:
                problems_left.discard(next_slot)
                yield inputs.order[next_slot]  # type: ignore[misc]
            elif next_slot in ready:
                yield ready.pop(next_slot)
            else:
                return
            next_slot += 1

    jobs = min(options.jobs or default_jobs(), len(inputs.images))
    if options.jobs is None and len(inputs.images) < PARALLEL_MIN_IMAGES:
        jobs = 1
    if jobs <= 1:
        one_thread = options.jobs is not None
        with _single_thread() if one_thread else contextlib.nullcontext():
            engine = get_engine(options.engine, threads=1 if one_thread else None, languages=options.languages)
            for n, path in enumerate(inputs.images):
                result = scan_image(path, options, engine=engine)
                done += 1
                if on_result:
                    on_result(result, done, total)
                ready[image_slot[n]] = result
                yield from release()
        return

    threads = max(1, default_jobs() // jobs)
    _check_engine(options.engine, options.languages)
    for n, result in _parallel_results(inputs.images, options, jobs, threads):
        done += 1
        if on_result:
            on_result(result, done, total)
        ready[image_slot[n]] = result
        yield from release()
    yield from release()


@contextlib.contextmanager
def _single_thread() -> Iterator[None]:
    """`--jobs 1` means one thread in all: OpenCV, OpenMP (Tesseract) and the
    engine; the caller's settings come back afterwards."""
    previous_omp = os.environ.get("OMP_THREAD_LIMIT")
    try:
        import cv2

        previous_cv = cv2.getNumThreads()
    except ImportError:  # pragma: no cover - a declared dependency
        cv2, previous_cv = None, 0
    _limit_threads(1)
    try:
        yield
    finally:
        if previous_omp is None:
            os.environ.pop("OMP_THREAD_LIMIT", None)
        else:
            os.environ["OMP_THREAD_LIMIT"] = previous_omp
        if cv2 is not None:
            cv2.setNumThreads(previous_cv)


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

