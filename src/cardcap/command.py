"""The `cardcap` command's entry point: on a batch, the scan workers' fork
server starts before the rest of cardcap is imported (cardcap.workers)."""
from __future__ import annotations

import sys


def main() -> None:
    from .workers import start_early

    start_early(sys.argv[1:])
    from .cli import main as run

    run()
