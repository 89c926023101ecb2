"""The batch: results in input order whatever finishes first, a dead or hung
reader costs one photo, `--jobs 1` is one thread, and nothing goes on the network."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import cardcap.pipeline as pipeline
from cardcap.ocr import forget_engines
from cardcap.pipeline import ScanOptions, collect_inputs, iter_scan, scan, scan_image

from cardkit import EMAIL, ScriptedEngine, process_stats, write_card


def test_results_keep_input_order_with_problems_in_place(tmp_path: Path, scripted) -> None:
    write_card(tmp_path / "b.png")
    (tmp_path / "sub").mkdir()
    write_card(tmp_path / "sub" / "c.png")
    (tmp_path / "a.jpg").write_bytes(b"")
    paths = [tmp_path / "missing.jpg", tmp_path, tmp_path / "b.png", tmp_path / "later-missing.png"]
    seen = []
    results = list(iter_scan(paths, ScanOptions(jobs=1), on_result=lambda r, done, total: seen.append((done, total))))
    assert [Path(r.image).name for r in results] == ["missing.jpg", "a.jpg", "b.png", "c.png", "later-missing.png"]
    assert [r.error_kind for r in results] == ["not_found", "bad_image", None, None, "not_found"]
    assert seen == [(n, 5) for n in range(1, 6)]  # the progress count never skips or repeats
    assert results[2].contacts[0].emails == [EMAIL]


def test_a_photo_given_twice_is_read_once(tmp_path: Path) -> None:
    card = write_card(tmp_path / "card.png")
    os.symlink(card, tmp_path / "alias.png")
    inputs = collect_inputs([card, tmp_path, str(card)])
    assert inputs.images == [str(card)]


def test_folder_link_loops_and_deep_folders_are_walked_once(tmp_path: Path) -> None:
    deep = tmp_path
    for n in range(1200):  # deeper than Python's recursion limit
        deep = deep / "d"
        os.mkdir(deep)
    try:
        write_card(deep / "deep.png")
        os.symlink(tmp_path, tmp_path / "d" / "loop")
        inputs = collect_inputs([tmp_path])
        assert [Path(p).name for p in inputs.images] == ["deep.png"]
        assert inputs.problems == []
    finally:
        # pytest's own clean-up of old temp folders recurses and would fail on
        # this depth: take the tree down from the bottom, without recursion
        (tmp_path / "d" / "loop").unlink(missing_ok=True)
        (deep / "deep.png").unlink(missing_ok=True)
        while deep != tmp_path:
            deep.rmdir()
            deep = deep.parent


def test_nothing_to_read_raises_exit_3(tmp_path: Path) -> None:
    from cardcap.errors import ExitCode, InputNotFoundError

    with pytest.raises(InputNotFoundError) as caught:
        scan([tmp_path / "gone.jpg"])
    assert caught.value.exit_code == ExitCode.INPUT_NOT_FOUND
    assert "gone.jpg: no such file or folder" in caught.value.message


def test_a_bug_in_one_photo_costs_that_photo(tmp_path: Path, scripted, monkeypatch) -> None:
    paths = [write_card(tmp_path / f"{n}.png") for n in range(3)]
    real = pipeline.parse_card

    def flaky(page, **kwargs):
        if flaky.calls == 1:
            flaky.calls += 1
            raise ValueError("boom")
        flaky.calls += 1
        return real(page, **kwargs)

    flaky.calls = 0
    monkeypatch.setattr(pipeline, "parse_card", flaky)
    results = scan(paths, ScanOptions(jobs=1))
    assert [r.error_kind for r in results] == [None, "internal", None]
    assert "ValueError: boom" in results[1].error


def test_no_network_at_run_time(tmp_path: Path, monkeypatch) -> None:
    """Models ship in the wheel; nothing is fetched, even on first use."""
    def no_network(*args, **kwargs):
        raise AssertionError("cardcap tried to open a network socket")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    forget_engines()  # load the models again, under the patch
    try:
        results = scan([write_card(tmp_path / "card.png")], ScanOptions(jobs=1, region="GB"))
    finally:
        forget_engines()
    assert results[0].error is None
    assert results[0].contacts[0].emails == [EMAIL]


# --- parallel batches --------------------------------------------------------------

def test_parallel_batch_matches_serial_and_survives_a_killed_worker(tmp_path: Path) -> None:
    """A worker killed mid-batch (what the out-of-memory killer does) must not
    cost the batch: its photos are read again and every result comes back in order."""
    paths = [write_card(tmp_path / f"card{n}.png") for n in range(6)]
    (tmp_path / "card2.png").write_bytes(b"not a picture")
    killed = []

    def kill_a_worker(result, done, total):
        if killed:
            return
        me = os.getpid()
        for pid in _descendants(me):
            if _is_pool_worker(pid):
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
                return

    results = list(iter_scan(paths, ScanOptions(jobs=2, region="GB"), on_result=kill_a_worker))
    assert killed, "no worker process was found to kill"
    assert [Path(r.image).name for r in results] == [p.name for p in paths]
    assert [r.error_kind for r in results] == [None, None, "bad_image", None, None, None]
    for result in results[:2] + results[3:]:
        assert result.contacts[0].emails == [EMAIL]


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for child, stat in process_stats().items():
        children.setdefault(int(stat[1]), []).append(child)
    found, stack = [], [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def _is_pool_worker(pid: int) -> bool:
    """A fork server's child (its workers), not the fork server itself."""
    try:
        parent = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        return b"forkserver" in Path(f"/proc/{parent}/cmdline").read_bytes()
    except OSError:
        return False


ONE_THREAD_PROBE = r"""
import os, sys
from cardcap.pipeline import ScanOptions, iter_scan

def cpu_by_thread():
    ticks = {}
    for tid in os.listdir("/proc/self/task"):
        stat = open(f"/proc/self/task/{tid}/stat").read().rsplit(")", 1)[1].split()
        ticks[tid] = int(stat[11]) + int(stat[12])
    return ticks

if __name__ == "__main__":
    before = cpu_by_thread()
    results = list(iter_scan(sys.argv[1:], ScanOptions(jobs=1, region="GB")))
    after = cpu_by_thread()
    used = sorted((after[tid] - before.get(tid, 0) for tid in after), reverse=True)
    print(used[0], sum(used), sum(len(r.contacts) for r in results))
"""


def test_jobs_1_reads_on_one_thread(tmp_path: Path) -> None:
    """--jobs 1 is the baseline for sharing the machine: one core, not
    one process quietly running a thread per core in onnxruntime or OpenCV."""
    cards = [str(write_card(tmp_path / f"c{n}.png")) for n in range(3)]
    probe = tmp_path / "probe.py"
    probe.write_text(ONE_THREAD_PROBE)
    proc = subprocess.run([sys.executable, str(probe), *cards], capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    busiest, total, contacts = map(int, proc.stdout.split())
    assert contacts == 3
    # One thread does the work; an idle OpenBLAS thread that OpenCV starts
    # at import wakes now and then (a few % of the ticks), a second reader
    # thread would take a third to a half.
    assert busiest >= 0.9 * total, (busiest, total)


# --- Tesseract crashing or hanging -----------------------------------------------------

FAKE_TESSERACT = """#!/bin/sh
case "$1" in
  --version) echo "tesseract 5.3.0"; exit 0;;
  --list-langs) printf 'List of available languages (1):\\neng\\n'; exit 0;;
esac
case "$MODE" in
  hang) exec sleep 60;;
  crash) kill -SEGV $$;;
esac
"""


@pytest.mark.parametrize("mode, reason", [("hang", "timed out after 1 s"), ("crash", "Tesseract failed")])
def test_tesseract_hanging_or_crashing_costs_one_photo(tmp_path: Path, monkeypatch, mode: str, reason: str) -> None:
    pytesseract = pytest.importorskip("pytesseract")
    from cardcap.ocr.tesseract import TesseractEngine

    fake = tmp_path / "tesseract"
    fake.write_text(FAKE_TESSERACT)
    fake.chmod(0o755)
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(fake))
    monkeypatch.setenv("MODE", mode)
    engine = TesseractEngine(timeout=1)
    paths = [write_card(tmp_path / f"{n}.png") for n in range(2)]
    started = time.monotonic()
    results = [scan_image(str(p), ScanOptions(engine="tesseract", region="GB"), engine=engine) for p in paths]
    assert time.monotonic() - started < 30
    for result in results:
        assert result.error_kind == "ocr_failed"
        assert reason in result.error
        assert result.contacts == []


# --- any engine hanging ------------------------------------------------------------------

class _SlowEngine(ScriptedEngine):
    """Reads the card, but the first photo takes a minute (a pathological photo)."""

    def __init__(self):
        self.calls = 0

    def read(self, pixels):
        self.calls += 1
        if self.calls == 1:
            for _ in range(600):  # RapidOCR's steps: Python between native calls
                time.sleep(0.1)
        return super().read(pixels)


def test_a_photo_that_reads_too_long_is_stopped_and_the_next_is_read(tmp_path: Path) -> None:
    engine = _SlowEngine()
    paths = [write_card(tmp_path / f"{n}.png") for n in range(2)]
    options = ScanOptions(region="GB", timeout=1.0)
    started = time.monotonic()
    slow, fine = (scan_image(str(p), options, engine=engine) for p in paths)
    assert time.monotonic() - started < 10
    assert slow.error_kind == "timed_out" and "longer than 1 s" in slow.error and slow.contacts == []
    assert fine.error is None and fine.contacts
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0), "no alarm is left set for the caller"


def test_the_time_limit_is_skipped_off_the_main_thread(tmp_path: Path) -> None:
    """Signals reach only the main thread: an app calling scan_image from a
    thread gets its contacts, not an error from an alarm it never set."""
    path = write_card(tmp_path / "card.png")
    results = []
    thread = threading.Thread(target=lambda: results.append(
        scan_image(str(path), ScanOptions(region="GB", timeout=0.5), engine=ScriptedEngine())))
    thread.start()
    thread.join(30)
    assert results and results[0].error is None and results[0].contacts
