"""Imported only in the scan workers' fork server (workers.WORKER_PRELOAD):
what every worker would otherwise do for itself is done here once, before
the first fork, and shared with the workers through it."""
from __future__ import annotations

import atexit
import os

import cv2  # noqa: F401 - imported here so each worker starts with it
import onnxruntime  # noqa: F401

from .ocr import get_engine
from .pipeline import scan_image  # noqa: F401 - the workers' whole reading code
from .workers import SERVER_ENGINE


def _load_engine() -> None:
    """The engine the command asked for (workers.worker_context sets its
    name), with its models' files read.  Nothing is run: a thread pool that
    has run before a fork can deadlock in the child."""
    name = os.environ.pop(SERVER_ENGINE, None)
    if name:
        try:
            get_engine(name, threads=1)
        except Exception:  # noqa: BLE001 - a worker that needs it raises the real error
            pass


_load_engine()

# The server holds the command's stdout and stderr open.  Its normal exit,
# after the command's, tears down onnxruntime and OpenCV for 0.1-0.2 s, and
# `cardcap scan ... | jq` waited for that.  It has nothing to flush or save.
atexit.register(os._exit, 0)
