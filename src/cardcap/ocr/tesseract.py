"""Tesseract through pytesseract: the fallback when RapidOCR is not installed.

Tesseract runs as a subprocess per image, so a crash or a hang costs one
image, never the batch.  OpenMP threading inside Tesseract fights with our
own parallelism and makes it slower on small images, hence OMP_THREAD_LIMIT=1.
"""
from __future__ import annotations

import os
import threading

import numpy as np

from ..errors import MissingDependencyError, OcrEngineError
from ..model import OcrLine, OcrPage, OcrWord
from .base import OcrEngine, empty_page, sort_reading_order, union_box

INSTALL_HINT = (
    "Tesseract OCR is not installed or not on PATH: install it with "
    "`apt-get install tesseract-ocr tesseract-ocr-por` (Debian/Ubuntu), "
    "`brew install tesseract tesseract-lang` (macOS) or the UB Mannheim installer (Windows)"
)

PREFERRED_LANGUAGES = ("eng", "por", "spa", "fra", "deu", "ita")
"""Latin-script packs worth loading together when installed: cards mix languages."""

DEFAULT_TIMEOUT_SECONDS = 30.0
PAGE_SEGMENTATION = 11
"""Sparse text: cards are scattered short lines, not paragraphs (measured best)."""


class TesseractEngine(OcrEngine):
    name = "tesseract"

    def __init__(
        self,
        *,
        threads: int | None = None,
        languages: str | None = None,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        psm: int = PAGE_SEGMENTATION,
    ):
        try:
            import pytesseract
        except ImportError as exc:
            raise MissingDependencyError("pytesseract is not installed: pip install pytesseract") from exc
        self._tess = pytesseract
        # Tesseract inherits our environment; one thread per process is fastest
        # for card-sized images and leaves the other cores to other images.
        os.environ.setdefault("OMP_THREAD_LIMIT", str(threads or 1))
        self.timeout = timeout
        self.psm = psm
        self._check_installed()
        self.languages = self._check_languages(languages) if languages else self._pick_languages()
        self._lock = threading.Lock()

    def _check_installed(self) -> None:
        try:
            self._tess.get_tesseract_version()
        except self._tess.TesseractNotFoundError as exc:
            raise MissingDependencyError(INSTALL_HINT) from exc
        except OSError as exc:
            raise MissingDependencyError(f"{INSTALL_HINT} ({exc})") from exc

    def _check_languages(self, languages: str) -> str:
        """The languages asked for (--lang), each of which must be installed."""
        try:
            installed = set(self._tess.get_languages(config=""))
        except Exception:  # noqa: BLE001 - cannot list: let Tesseract say what is missing
            return languages
        missing = [lang for lang in languages.split("+") if lang not in installed]
        if missing:
            packages = " ".join(f"tesseract-ocr-{lang.replace('_', '-').lower()}" for lang in missing)
            raise MissingDependencyError(f"Tesseract has no language data for {', '.join(missing)}: "
                                         f"apt-get install {packages}")
        return languages

    def _pick_languages(self) -> str:
        try:
            installed = set(self._tess.get_languages(config=""))
        except Exception:  # noqa: BLE001 - listing failing leaves English, which every install has
            installed = {"eng"}
        chosen = [lang for lang in PREFERRED_LANGUAGES if lang in installed]
        return "+".join(chosen[:2] or ["eng"])

    def read(self, pixels: np.ndarray) -> OcrPage:
        rgb = np.ascontiguousarray(pixels[:, :, ::-1]) if pixels.ndim == 3 else pixels
        data = self._call(
            self._tess.image_to_data,
            rgb,
            lang=self.languages,
            config=f"--psm {self.psm}",
            output_type=self._tess.Output.DICT,
        )
        return self._to_page(pixels, data)

    def _call(self, function, *args, **kwargs):
        try:
            return function(*args, timeout=self.timeout, **kwargs)
        except self._tess.TesseractNotFoundError as exc:
            raise MissingDependencyError(INSTALL_HINT) from exc
        except RuntimeError as exc:  # pytesseract reports its timeout this way
            if "timeout" in str(exc).lower():
                raise OcrEngineError(f"Tesseract timed out after {self.timeout:g} s") from exc
            raise OcrEngineError(f"Tesseract failed: {exc}") from exc
        except self._tess.TesseractError as exc:
            raise OcrEngineError(f"Tesseract failed: {str(exc).strip().splitlines()[-1:]}") from exc
        except OSError as exc:
            raise OcrEngineError(f"Tesseract could not run: {exc}") from exc

    def _to_page(self, pixels: np.ndarray, data: dict) -> OcrPage:
        grouped: dict[tuple[int, int, int], list[OcrWord]] = {}
        for index, raw_text in enumerate(data.get("text", [])):
            text = str(raw_text).strip()
            confidence = float(data["conf"][index])
            if not text or confidence < 0:
                continue
            left, top = float(data["left"][index]), float(data["top"][index])
            box = (left, top, left + float(data["width"][index]), top + float(data["height"][index]))
            key = (int(data["block_num"][index]), int(data["par_num"][index]), int(data["line_num"][index]))
            grouped.setdefault(key, []).append(OcrWord(text=text, box=box, confidence=confidence / 100.0))
        lines = []
        for words in grouped.values():
            words.sort(key=lambda word: word.box[0])
            if all(_is_noise(word.text) for word in words):
                continue
            weights = [max(len(word.text), 1) for word in words]
            confidence = sum(w.confidence * n for w, n in zip(words, weights)) / sum(weights)
            lines.append(
                OcrLine(
                    text=" ".join(word.text for word in words),
                    box=union_box(word.box for word in words),
                    confidence=confidence,
                    words=tuple(words),
                )
            )
        if not lines:
            return empty_page(pixels, self.name)
        return OcrPage(
            lines=sort_reading_order(lines),
            width=int(pixels.shape[1]),
            height=int(pixels.shape[0]),
            engine=self.name,
        )


def _is_noise(text: str) -> bool:
    """Specks and borders that Tesseract reads as '|', '—', '~' and the like."""
    return not any(ch.isalnum() for ch in text)
