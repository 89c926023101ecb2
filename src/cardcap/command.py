"""The `cardcap` command's entry point: on a batch, the scan workers' fork
server starts before the rest of cardcap is imported (cardcap.workers), and
the command leaves without tearing the interpreter down."""
from __future__ import annotations

import atexit
import os
import sys

from .errors import ExitCode

_exit_code = 1  # until the command returns or says otherwise: a crash's traceback exits 1


def _leave_now() -> None:
    """Registered first, so it runs after every other exit handler (logging,
    multiprocessing, temporary files).  What it skips is the interpreter's
    teardown: freeing onnxruntime's sessions, OpenCV and every module took
    0.16 to 0.30 s after the results were written, which every command,
    and anything reading its output to the end, waited for."""
    code = _exit_code
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):  # closed, or replaced by None
            if stream is sys.stdout and code == 0:
                code = ExitCode.OUTPUT_ERROR  # the results did not all get out
    os._exit(code)


def _code_of(stop: SystemExit) -> int:
    """What the interpreter itself would exit with (it prints a text code)."""
    if stop.code is None:
        return 0
    if isinstance(stop.code, int):
        return stop.code & 0xFF
    return 1


def main() -> None:
    global _exit_code
    atexit.register(_leave_now)
    from .workers import start_early

    start_early(sys.argv[1:])
    from .cli import main as run

    try:
        run()
        _exit_code = 0
    except SystemExit as stop:
        _exit_code = _code_of(stop)
        raise
    except KeyboardInterrupt:
        _exit_code = ExitCode.INTERRUPTED
        raise
