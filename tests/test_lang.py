"""--lang: the languages Tesseract reads with, by the codes people know."""
from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from cardcap.cli import _languages, app

from cardkit import write_card


def test_language_codes_people_know_become_tesseract_packs():
    assert _languages("en,pt") == "eng+por"
    assert _languages("ja") == "jpn"
    assert _languages("eng+deu") == "eng+deu"
    assert _languages(None) is None


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs the tesseract program (scripts/setup.sh)")
def test_a_language_without_its_data_is_a_missing_dependency(tmp_path):
    card = write_card(tmp_path / "card.png")
    run = CliRunner().invoke(app, ["scan", str(card), "--engine", "tesseract", "--lang", "en,tlh", "--jobs", "1"])
    assert run.exit_code == 4
    assert "tesseract-ocr-tlh" in run.output


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs the tesseract program (scripts/setup.sh)")
def test_reading_with_the_named_languages(tmp_path):
    card = write_card(tmp_path / "card.png")
    run = CliRunner().invoke(app, ["scan", str(card), "--engine", "tesseract", "--lang", "en,pt", "--jobs", "1",
                                   "--format", "json", "--quiet", "--region", "GB"])
    assert run.exit_code == 0, run.output
    assert "maria.fernandes@northwind.com" in run.stdout
