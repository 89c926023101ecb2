"""OCR engines behind one interface; every engine-specific call lives in this package."""
from __future__ import annotations

import threading

from ..errors import MissingDependencyError, UsageError
from .base import OcrEngine, TextDirection

ENGINE_NAMES = ("auto", "rapidocr", "tesseract")
_ALIASES = {"rapid": "rapidocr", "rapidocr": "rapidocr", "tesseract": "tesseract", "tess": "tesseract"}

_engines: dict[tuple[str, int | None], OcrEngine] = {}
_engines_lock = threading.Lock()


def get_engine(name: str = "auto", *, threads: int | None = None, languages: str | None = None) -> OcrEngine:
    """The named engine, created on first use and reused (model loading is slow).

    "auto" prefers RapidOCR, which read all field text on twice as many real
    cards as Tesseract, and falls back to Tesseract when it is not installed.
    """
    key_name = name.strip().lower()
    if key_name == "auto":
        try:
            return get_engine("rapidocr", threads=threads, languages=languages)
        except MissingDependencyError as rapid_missing:
            try:
                return get_engine("tesseract", threads=threads, languages=languages)
            except MissingDependencyError as tess_missing:
                raise MissingDependencyError(
                    f"no OCR engine available: {rapid_missing.message}; {tess_missing.message}"
                ) from tess_missing
    canonical = _ALIASES.get(key_name)
    if canonical is None:
        raise UsageError(f"unknown OCR engine {name!r}: choose one of {', '.join(ENGINE_NAMES)}")
    # RapidOCR's one model reads Latin scripts, Chinese and Japanese: languages only steer Tesseract
    languages = languages if canonical == "tesseract" else None
    key = (canonical, threads, languages)
    with _engines_lock:
        engine = _engines.get(key)
        if engine is None:
            engine = _create(canonical, threads, languages)
            _engines[key] = engine
        return engine


def forget_engines() -> None:
    """Drop cached engines, e.g. after installing Tesseract or changing its path."""
    with _engines_lock:
        _engines.clear()


def _create(name: str, threads: int | None, languages: str | None = None) -> OcrEngine:
    if name == "rapidocr":
        from .rapid import RapidOcrEngine

        return RapidOcrEngine(threads=threads)
    from .tesseract import TesseractEngine

    return TesseractEngine(threads=threads, languages=languages)


__all__ = ["ENGINE_NAMES", "OcrEngine", "TextDirection", "forget_engines", "get_engine"]
