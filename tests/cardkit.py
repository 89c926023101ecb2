"""A small printed card and an OCR engine that reads it instantly, shared by
the tests about batches and files (not about OCR)."""
from __future__ import annotations

import os
from pathlib import Path

import cv2
import numpy as np
import pytest

import cardcap.pipeline as pipeline
from cardcap.model import OcrLine, OcrPage
from cardcap.ocr.base import OcrEngine

EMAIL = "maria.fernandes@northwind.com"
CARD_LINES = ("Maria Fernandes", "Sales Director", "Northwind Traders", EMAIL, "+44 20 7946 0958")


def write_card(path: Path) -> Path:
    image = np.full((360, 640, 3), 255, np.uint8)
    for i, text in enumerate(CARD_LINES):
        cv2.putText(image, text, (30, 60 + i * 60), cv2.FONT_HERSHEY_SIMPLEX, 1.3 if i == 0 else 1.0,
                    (20, 20, 20), 2, cv2.LINE_AA)
    assert cv2.imwrite(str(path), image)
    return path


class ScriptedEngine(OcrEngine):
    """Reads the same card text from any picture with ink on it, instantly."""

    name = "rapidocr"

    def read(self, pixels: np.ndarray) -> OcrPage:
        if pixels.min() > 200:  # blank
            return OcrPage(lines=[], width=pixels.shape[1], height=pixels.shape[0], engine=self.name)
        lines = [OcrLine(text=t, box=(20.0, 40.0 + 50 * i, 600.0, 80.0 + 50 * i), confidence=0.95)
                 for i, t in enumerate(CARD_LINES)]
        return OcrPage(lines=lines, width=pixels.shape[1], height=pixels.shape[0], engine=self.name)


@pytest.fixture
def scripted(monkeypatch):
    engine = ScriptedEngine()
    monkeypatch.setattr(pipeline, "get_engine", lambda name="auto", threads=None, languages=None: engine)
    return engine


def process_stats() -> dict[int, list[str]]:
    """Each live process's /proc/PID/stat fields after the command name:
    [0] state, [1] parent pid, [2] process group, ..."""
    stats = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stats[int(entry)] = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
    return stats
