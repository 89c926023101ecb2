"""When the `cardcap` command starts its workers' fork server before its
own imports: only for a batch that will be read in parallel."""
from __future__ import annotations

import os

import pytest

from cardcap.workers import parallel_batch_engine

CORES = len(os.sched_getaffinity(0))


@pytest.fixture
def photos(tmp_path):
    for n in range(5):
        (tmp_path / f"card{n}.jpg").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("not a photo")
    return tmp_path


@pytest.mark.skipif(CORES < 2, reason="one core: batches are read in one process")
def test_a_folder_of_photos_with_default_jobs_gets_workers(photos):
    assert parallel_batch_engine(["scan", str(photos)]) == "auto"
    assert parallel_batch_engine(["scan", str(photos), "-o", "out", "--engine", "tesseract"]) == "tesseract"
    assert parallel_batch_engine(["eval", str(photos), "--engine=rapidocr"]) == "rapidocr"


@pytest.mark.parametrize("extra", [["--jobs", "1"], ["-j", "1"], ["--jobs=1"], ["--help"]])
def test_one_job_or_help_gets_none(photos, extra):
    assert parallel_batch_engine(["scan", str(photos), *extra]) is None


def test_few_photos_or_other_commands_get_none(photos):
    three = [str(photos / f"card{n}.jpg") for n in range(3)]
    assert parallel_batch_engine(["scan", *three]) is None
    assert parallel_batch_engine(["plan", str(photos)]) is None
    assert parallel_batch_engine([]) is None
    # an option's value is not a path: "-o" takes the folder after it
    assert parallel_batch_engine(["scan", "-o", str(photos), three[0]]) is None
