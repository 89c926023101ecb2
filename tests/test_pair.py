"""`scan --pair FRONT BACK`: one card, two photos, one contact."""
from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest
from typer.testing import CliRunner

from cardcap.cli import app

pytestmark = pytest.mark.slow


def _print(path: Path, lines: list[tuple[str, float]]) -> Path:
    image = np.full((400, 700, 3), 250, np.uint8)
    y = 70
    for text, scale in lines:
        cv2.putText(image, text, (40, y), cv2.FONT_HERSHEY_SIMPLEX, scale, (25, 25, 25), 2, cv2.LINE_AA)
        y += int(60 * scale) + 20
    cv2.imwrite(str(path), image)
    return path


def test_the_back_adds_the_company_and_web_site_to_the_front(tmp_path):
    front = _print(tmp_path / "front.png", [("Olivia Bennett", 1.3), ("Head of Analytics", 1.0),
                                            ("obennett@harborfinch.com", 0.9), ("T 617-555-0144", 0.9)])
    back = _print(tmp_path / "back.png", [("HARBOR & FINCH LLP", 1.5), ("www.harborfinch.com", 1.0)])
    run = CliRunner().invoke(app, ["scan", "--pair", str(front), str(back), "--format", "json",
                                   "--quiet", "--jobs", "1", "--region", "US"])
    assert run.exit_code == 0, run.output
    front_result, back_result = json.loads(run.stdout)
    assert back_result["contacts"] == []  # listed once, under the front
    [contact] = front_result["contacts"]
    assert contact["name"] == "Olivia Bennett"
    assert contact["company"] == "Harbor & Finch LLP"
    assert "www.harborfinch.com" in contact["urls"]


def test_pair_needs_photos_two_by_two(tmp_path):
    one = _print(tmp_path / "one.png", [("Olivia Bennett", 1.3)])
    run = CliRunner().invoke(app, ["scan", "--pair", str(one)])
    assert run.exit_code == 2
