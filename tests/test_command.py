"""The `cardcap` command leaves without the interpreter's teardown: what a
user sees (the output, the exit code, other exit handlers' work) must be
exactly as with a normal exit."""
from __future__ import annotations

import subprocess
import sys

import pytest


def _command_with(cli_body: str, tmp_path) -> subprocess.CompletedProcess:
    """`cardcap.command.main` with the CLI replaced by cli_body (a function body)."""
    script = (
        "import atexit, sys\n"
        "import cardcap.cli\n"
        "def fake():\n" + "".join(f"    {line}\n" for line in cli_body.splitlines()) +
        "cardcap.cli.main = fake\n"
        "from cardcap.command import main\n"
        "main()\n"
    )
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=60)


def test_unflushed_output_is_written_and_success_exits_0(tmp_path):
    proc = _command_with("sys.stdout.write('{\"contacts\": []}')", tmp_path)
    assert proc.returncode == 0
    assert proc.stdout == '{"contacts": []}'


@pytest.mark.parametrize(("exit_with", "code"), [("sys.exit(3)", 3), ("sys.exit(None)", 0), ("sys.exit('bad')", 1)])
def test_the_commands_exit_code_is_kept(tmp_path, exit_with, code):
    proc = _command_with(exit_with, tmp_path)
    assert proc.returncode == code
    if code == 1:
        assert "bad" in proc.stderr


def test_a_crash_exits_1_with_its_traceback(tmp_path):
    proc = _command_with("raise RuntimeError('boom')", tmp_path)
    assert proc.returncode == 1
    assert "RuntimeError: boom" in proc.stderr


def test_other_exit_handlers_still_run(tmp_path):
    body = "atexit.register(lambda: open('handler-ran', 'w').write('yes'))"
    proc = _command_with(body, tmp_path)
    assert proc.returncode == 0
    assert (tmp_path / "handler-ran").read_text() == "yes"


def test_ctrl_c_exits_130(tmp_path):
    proc = _command_with("raise KeyboardInterrupt", tmp_path)
    assert proc.returncode == 130
