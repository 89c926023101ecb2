"""Outputs never clobber, never half-write, and card text never picks the path."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cardcap.errors import ExitCode, OutputError, OutputExistsError
from cardcap.fsio import (
    WINDOWS_RESERVED,
    atomic_write,
    ensure_output_dir,
    safe_filename,
    unique_names,
    write_outputs,
)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_atomic_write_creates_text_as_utf8(tmp_path: Path):
    target = tmp_path / "contacts.vcf"
    atomic_write(target, "FN:João\r\n")
    assert target.read_bytes() == "FN:João\r\n".encode("utf-8")
    assert leftovers(tmp_path) == []


def test_existing_file_is_kept_and_the_error_names_it_and_force(tmp_path: Path):
    target = tmp_path / "contacts.vcf"
    target.write_text("old")
    with pytest.raises(OutputExistsError) as info:
        atomic_write(target, "new")
    assert str(target) in info.value.message and "--force" in info.value.message
    assert info.value.exit_code == ExitCode.OUTPUT_ERROR
    assert target.read_text() == "old"
    assert leftovers(tmp_path) == []


def test_force_replaces_and_keeps_permissions(tmp_path: Path):
    target = tmp_path / "plan.md"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write(target, b"new", force=True)
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_file_gets_normal_permissions_not_the_private_temp_mode(tmp_path: Path):
    mask = os.umask(0o022)
    try:
        atomic_write(tmp_path / "a.json", "[]")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o644


@pytest.mark.parametrize("failing", ["write", "fsync"])
def test_full_disk_keeps_old_file_and_leaves_no_temp(tmp_path: Path, monkeypatch, failing):
    target = tmp_path / "contacts.vcf"
    target.write_text("previous contacts")

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, failing, disk_full)
    with pytest.raises(OutputError, match="No space left on device"):
        atomic_write(target, "x" * 100_000, force=True)
    monkeypatch.undo()
    assert target.read_text() == "previous contacts"
    assert leftovers(tmp_path) == []


def test_full_disk_in_a_batch_writes_nothing(tmp_path: Path, monkeypatch):
    real_write = os.write
    calls = []

    def fail_on_third_file(fd, data):
        calls.append(fd)
        if len(calls) >= 3:  # each small file is one write call
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", fail_on_third_file)
    files = {tmp_path / f"{n}.vcf": f"card {n}" for n in ("a", "b", "c")}
    with pytest.raises(OutputError, match="nothing was written"):
        write_outputs(files)
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_permission_denied_is_an_output_error(tmp_path: Path):
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="Permission denied"):
            atomic_write(locked / "a.json", "[]")
        with pytest.raises(OutputError, match="cannot write in output folder"):
            ensure_output_dir(locked)
    finally:
        locked.chmod(0o700)


def test_permission_denied_even_for_root(tmp_path: Path, monkeypatch):
    import tempfile

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(OutputError, match=r"cannot write .*a\.json: Permission denied"):
        atomic_write(tmp_path / "a.json", "[]")


def test_write_outputs_checks_every_target_before_writing_any(tmp_path: Path):
    (tmp_path / "b.vcf").write_text("keep me")
    files = {tmp_path / "a.vcf": "A", tmp_path / "b.vcf": "B", tmp_path / "c.vcf": "C"}
    with pytest.raises(OutputExistsError, match="b.vcf"):
        write_outputs(files)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.vcf"]
    assert write_outputs(files, force=True) == list(files)
    assert [(tmp_path / n).read_text() for n in ("a.vcf", "b.vcf", "c.vcf")] == ["A", "B", "C"]


def test_write_outputs_refuses_two_outputs_for_one_file(tmp_path: Path):
    with pytest.raises(OutputError, match="both be written"):
        write_outputs({tmp_path / "Ana.vcf": "1", tmp_path / "ana.vcf": "2"})


def test_missing_folder_is_a_clear_error(tmp_path: Path):
    with pytest.raises(OutputError, match="does not exist"):
        atomic_write(tmp_path / "nope" / "a.json", "[]")


def test_ensure_output_dir_creates_nested_folders_and_rejects_files(tmp_path: Path):
    assert ensure_output_dir(tmp_path / "out" / "letters").is_dir()
    (tmp_path / "file").write_text("")
    with pytest.raises(OutputError, match="not a folder"):
        ensure_output_dir(tmp_path / "file")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Silva", "Ana Silva.vcf"),
        ("../../etc/passwd", "etc passwd.vcf"),
        ("..\\..\\Windows\\System32", "Windows System32.vcf"),
        ("-rf /", "rf.vcf"),
        (".bashrc", "bashrc.vcf"),
        ("CON", "CON_.vcf"),
        ("nul.txt", "nul_.txt.vcf"),
        ("Com1", "Com1_.vcf"),
        ("", "contact.vcf"),
        ("...", "contact.vcf"),
        ("Ana\x00\nSilva\u202egpj.exe", "Ana Silva gpj.exe.vcf"),
        ("Dr. José: CEO?", "Dr. José CEO.vcf"),
        ("Jose\u0301", "José.vcf"),
    ],
)
def test_safe_filename_examples(text, expected):
    assert safe_filename(text, suffix=".vcf") == expected


def test_safe_filename_respects_length_in_characters_and_bytes():
    name = safe_filename("田" * 200, suffix=".txt", max_len=200)
    assert len(name.encode("utf-8")) <= 255 and name.endswith(".txt")
    assert len(safe_filename("a" * 500, suffix=".vcf")) == 80


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_safe_filename_never_escapes_the_output_folder(text):
    name = safe_filename(text, suffix=".vcf")
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith((".", "-", " "))
    assert name.split(".")[0].upper() not in WINDOWS_RESERVED
    assert len(name) <= 80
    out = Path("/srv/out")
    assert (out / name).resolve().parent == out.resolve()


def test_unique_names_numbers_duplicates_case_insensitively():
    assert unique_names(["Ana Silva.vcf", "ana silva.vcf", "Chris.vcf", "Ana Silva.vcf"]) == [
        "Ana Silva.vcf", "ana silva (2).vcf", "Chris.vcf", "Ana Silva (3).vcf",
    ]


def test_unique_names_avoids_names_already_taken_or_generated():
    assert unique_names(["Ana.vcf", "Ana (2).vcf", "Ana.vcf"]) == ["Ana.vcf", "Ana (2).vcf", "Ana (3).vcf"]
    assert unique_names(["Ana.vcf"], taken=["ana.VCF"]) == ["Ana (2).vcf"]


@given(st.lists(st.sampled_from(["Ana.vcf", "ana.vcf", "Ana (2).vcf", "B.vcf", "a" * 76 + ".vcf"]), max_size=12))
def test_unique_names_are_distinct_and_short(names):
    out = unique_names(names)
    assert len({n.casefold() for n in out}) == len(out)
    assert all(len(n) <= 80 and n.endswith(".vcf") for n in out)


def test_file_that_appears_while_writing_is_not_clobbered(tmp_path: Path, monkeypatch):
    """Another process may create the file between our check and our rename."""
    import cardcap.fsio as fsio

    target = tmp_path / "contacts.vcf"
    real_stage = fsio._stage

    def stage_then_race(path, data):
        tmp = real_stage(path, data)
        target.write_text("written by someone else")
        return tmp

    monkeypatch.setattr(fsio, "_stage", stage_then_race)
    with pytest.raises(OutputExistsError):
        atomic_write(target, "ours")
    assert target.read_text() == "written by someone else"
    assert leftovers(tmp_path) == []
