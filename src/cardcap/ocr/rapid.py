"""RapidOCR (PP-OCR models on onnxruntime): the default engine.

Its models ship inside the wheel, so nothing downloads at run time.  We run
its three steps ourselves (detect, classify, recognise) instead of the
one-shot call, because the classifier's per-line 0/180 verdicts and the
detector's box shapes tell us which way the card lies at no extra cost.
"""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

import numpy as np

from ..errors import MissingDependencyError, OcrEngineError
from ..load import imaging_thresholds
from ..model import OcrLine, OcrPage, OcrWord
from .base import OcrEngine, TextDirection, empty_page, plain_letters, quad_to_box, skew_of_quads, sort_reading_order

SIDEWAYS_ASPECT = 1.5
"""RapidOCR turns a text crop a quarter-turn when it is this much taller than wide."""

MIN_DIRECTION_CHARS = 3
"""Shorter lines are often taller than wide while upright ("9", "SP")."""


@contextlib.contextmanager
def _model_list_parsed_once() -> Iterator[None]:
    """RapidOCR 3 parses its 85 KB model list (default_models.yaml) into
    OmegaConf twice while it imports, once per module that reads it; the
    second parse cost every run 0.17 s.  Both modules only read it, so they
    can share one parse.  Only loads made during the import are shared."""
    try:
        from omegaconf import OmegaConf
    except ImportError:  # RapidOCR itself will say what is missing
        yield
        return
    original = OmegaConf.__dict__["load"]
    load = OmegaConf.load
    parsed: dict[str, Any] = {}

    def load_once(path):
        key = str(path)
        if key not in parsed:
            parsed[key] = load(path)
        return parsed[key]

    OmegaConf.load = staticmethod(load_once)
    try:
        yield
    finally:
        OmegaConf.load = original


class RapidOcrEngine(OcrEngine):
    name = "rapidocr"

    def __init__(self, *, threads: int | None = None):
        try:
            with _model_list_parsed_once():
                from rapidocr import RapidOCR
        except ImportError as exc:
            raise MissingDependencyError(
                "RapidOCR is not installed: pip install 'rapidocr>=3.4,<4' onnxruntime"
            ) from exc
        params: dict[str, Any] = {
            "Global.log_level": "error",
            "Global.return_word_box": True,
            "EngineConfig.onnxruntime.intra_op_num_threads": int(threads) if threads else -1,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            "Det.box_thresh": float(imaging_thresholds()["engines"]["rapidocr"]["det_box_thresh"]),
        }
        try:
            self._ocr = RapidOCR(params=params)
            # RapidOCR 3 opens its three models on first use.  Opened here, a
            # broken model file fails now with this message, and the workers'
            # fork server opens them once for all workers.
            for open_model in ("_load_det_model", "_load_cls_model", "_load_rec_model"):
                getattr(self._ocr, open_model, lambda: None)()
        except Exception as exc:  # noqa: BLE001 - model files or onnxruntime broken
            raise MissingDependencyError(f"RapidOCR could not start: {exc}") from exc
        self._lock = threading.Lock()  # onnx sessions are shared; keep one read at a time
        self._cls_threshold = float(self._ocr.cfg.Cls.cls_thresh)
        self._steps_available = all(
            hasattr(self._ocr, attr)
            for attr in ("preprocess_img", "run_ocr_steps", "build_final_output", "load_img")
        )

    def read(self, pixels: np.ndarray) -> OcrPage:
        return self.read_with_directions(pixels)[0]

    def read_with_directions(self, pixels: np.ndarray) -> tuple[OcrPage, list[TextDirection]]:
        try:
            with self._lock:
                if self._steps_available:
                    result, directions = self._run_steps(pixels)
                else:
                    result, directions = self._ocr(pixels), []
        except MemoryError as exc:
            raise OcrEngineError(f"RapidOCR ran out of memory on a {pixels.shape[1]}x{pixels.shape[0]} image") from exc
        except Exception as exc:  # noqa: BLE001 - any engine crash is one image's failure
            raise OcrEngineError(f"RapidOCR failed: {exc}") from exc
        return self._to_page(pixels, result), directions

    def _run_steps(self, pixels: np.ndarray):
        """RapidOCR.__call__ unrolled, keeping the classifier's verdicts."""
        ocr = self._ocr
        original = ocr.load_img(pixels)
        image, op_record = ocr.preprocess_img(original)
        det_res, cls_res, rec_res, crops = ocr.run_ocr_steps(image, op_record)
        directions = _line_directions(det_res, cls_res, rec_res, ocr.text_score, self._cls_threshold)
        result = ocr.build_final_output(original, det_res, cls_res, rec_res, crops, op_record)
        return result, directions

    def _to_page(self, pixels: np.ndarray, result) -> OcrPage:
        boxes = getattr(result, "boxes", None)
        texts = getattr(result, "txts", None)
        scores = getattr(result, "scores", None)
        if boxes is None or texts is None or scores is None or len(texts) == 0:
            return empty_page(pixels, self.name)
        word_results = getattr(result, "word_results", None) or ()
        words_align = len(word_results) == len(texts)
        lines = []
        for index, (quad, text, score) in enumerate(zip(boxes, texts, scores)):
            text = plain_letters(str(text)).strip()
            if not text:
                continue
            words: tuple[OcrWord, ...] = ()
            if words_align:
                words = tuple(
                    OcrWord(text=plain_letters(str(word)), box=quad_to_box(word_quad), confidence=float(word_score))
                    for word, word_score, word_quad in word_results[index]
                    if word_quad is not None and str(word).strip()
                )
            lines.append(OcrLine(text=text, box=quad_to_box(quad), confidence=float(score), words=words))
        return OcrPage(
            lines=sort_reading_order(lines, skew_of_quads(boxes)),
            width=int(pixels.shape[1]),
            height=int(pixels.shape[0]),
            engine=self.name,
        )


def _line_directions(det_res, cls_res, rec_res, text_score: float, cls_threshold: float) -> list[TextDirection]:
    """Turn box shapes plus 0/180 verdicts into which way each line runs.

    A crop taller than wide was turned anticlockwise before classification,
    so "0" there means the text ran clockwise (90) and "180" means 270.
    A "180" below the classifier's own threshold was not acted on, so the
    text was read unturned; counting it as upside down would contradict the
    very text we got back.
    """
    boxes = getattr(det_res, "boxes", None)
    verdicts = getattr(cls_res, "cls_res", None)
    texts = getattr(rec_res, "txts", None)
    scores = getattr(rec_res, "scores", None)
    if boxes is None or verdicts is None or texts is None or scores is None:
        return []
    directions = []
    for quad, (label, cls_score), text, score in zip(boxes, verdicts, texts, scores):
        text = str(text).strip()
        if len(text) < MIN_DIRECTION_CHARS or score < text_score:
            continue
        quad = np.asarray(quad, dtype=float)
        width = max(np.linalg.norm(quad[0] - quad[1]), np.linalg.norm(quad[2] - quad[3]))
        height = max(np.linalg.norm(quad[0] - quad[3]), np.linalg.norm(quad[1] - quad[2]))
        upside_down = "180" in str(label) and float(cls_score) > cls_threshold
        # The text reads along the crop's first edge, or along its side edge
        # when RapidOCR turned a tall crop; the angle of that edge in the photo
        # (y down: 90 = reading downwards) says how far the card is turned, so
        # a card at 80 degrees counts as sideways, not as level text.
        reading = quad[3] - quad[0] if height >= SIDEWAYS_ASPECT * max(width, 1e-6) else quad[1] - quad[0]
        if upside_down:
            reading = -reading
        angle = float(np.degrees(np.arctan2(reading[1], reading[0]))) % 360
        degrees = int(round(angle / 90.0)) % 4 * 90
        directions.append(TextDirection(degrees=degrees, weight=len(text) * float(score)))
    return directions
