"""Batch throughput and memory of `cardcap scan` for 1, 2 and N jobs, and how
its time grows from 10 to 1,000 photos.

Each measurement runs the real command in its own process group, as a user
would, and reports wall time, photos per second and contacts found.  Timed
runs are left alone: reading every process's memory map costs CPU, which a
run with a free core (--jobs 1) does not miss but a run using every core
does.  One more run per configuration samples memory every 0.5 s: the peak
of the summed proportional memory (PSS) of the whole group (the command, its
fork server and workers), the largest single process's peak RSS (os.wait4)
and the CPU seconds used.  Timings on a shared machine are noisy: every
configuration is run --runs times, interleaved, and both the fastest and
the median run are reported.

    .venv/bin/python bench/parallel.py                      # 20 photos, jobs 1, 2 and default
    .venv/bin/python bench/parallel.py --scale 10,100,1000  # growth with batch size
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = REPO.parent / "shared" / "eval" / "real" / "br_photos"
SAMPLE_SECONDS = 0.5  # reading every process's smaps costs CPU the run being measured would miss


@dataclass
class Run:
    label: str
    photos: int
    seconds: float
    contacts: int
    failed: int
    peak_group_mb: float
    peak_process_mb: float
    cpu_seconds: float
    median_seconds: float = 0.0
    sampled_seconds: float = 0.0  # of the run that measured memory and CPU, not timed

    @property
    def per_second(self) -> float:
        return self.photos / self.seconds


def copy_photos(source: Path, count: int, into: Path) -> list[Path]:
    """count copies (not links: scan reads a file reached twice only once)."""
    photos = sorted(p for p in source.iterdir() if p.suffix.lower() in (".jpg", ".jpeg", ".png"))
    if not photos:
        raise SystemExit(f"no photos in {source}")
    made = []
    for n in range(count):
        original = photos[n % len(photos)]
        target = into / f"{n:04d}{original.suffix.lower()}"
        shutil.copyfile(original, target)
        made.append(target)
    return made


def small_cards(count: int, into: Path) -> None:
    """Small rendered cards (400x120, a name and an email), each different."""
    import cv2
    import numpy as np

    for n in range(count):
        image = np.full((120, 400, 3), 255, np.uint8)
        cv2.putText(image, f"Ana Lima {n}", (10, 45), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (0, 0, 0), 2)
        cv2.putText(image, f"ana{n}@contoso.com", (10, 95), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (0, 0, 0), 2)
        cv2.imwrite(str(into / f"{n:04d}.png"), image)


def _group_usage(pgid: int, cpu_ticks: dict[int, int]) -> int:
    """The group's memory now, as proportional set size summed over its
    processes (pages the workers share with the fork server, such as
    libraries, count once, not once per worker); records each process's
    CPU ticks so far in cpu_ticks, since workers are not waited for by us."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            if int(stat[2]) != pgid:
                continue
            cpu_ticks[int(entry)] = int(stat[11]) + int(stat[12])
            for line in Path(f"/proc/{entry}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) * 1024
                    break
        except (OSError, IndexError, ValueError):
            continue
    return total


def measure(folder: Path, jobs: int | None, engine: str, label: str, *, sample: bool = True) -> Run:
    command = [sys.executable, "-m", "cardcap", "scan", str(folder), "--format", "json", "--quiet",
               "--engine", engine, *(["--jobs", str(jobs)] if jobs else [])]
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    peak = [0]
    cpu_ticks: dict[int, int] = {}
    done = threading.Event()

    def sample_usage() -> None:
        while not done.wait(SAMPLE_SECONDS):
            peak[0] = max(peak[0], _group_usage(proc.pid, cpu_ticks))

    sampler = threading.Thread(target=sample_usage, daemon=True)
    if sample:
        sampler.start()
    stdout = proc.stdout.read()
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    if sample:
        sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}): {stderr.decode()[-2000:]}")
    results = json.loads(stdout)
    return Run(label=label, photos=len(results), seconds=seconds,
               contacts=sum(len(r["contacts"]) for r in results), failed=sum(1 for r in results if r["error"]),
               peak_group_mb=peak[0] / 1e6, peak_process_mb=usage.ru_maxrss / 1e3,
               cpu_seconds=sum(cpu_ticks.values()) / os.sysconf("SC_CLK_TCK"))


def summarise(timed: list[Run], sampled: Run) -> Run:
    """The fastest timed run, with the timed runs' median, and the memory and
    CPU of the sampled run."""
    best = min(timed, key=lambda run: run.seconds)
    return replace(best, median_seconds=statistics.median(run.seconds for run in timed),
                   peak_group_mb=sampled.peak_group_mb, peak_process_mb=sampled.peak_process_mb,
                   cpu_seconds=sampled.cpu_seconds, sampled_seconds=sampled.seconds)


def best_of(runs: int, folder: Path, jobs: int | None, engine: str, label: str) -> Run:
    timed = [measure(folder, jobs, engine, label, sample=False) for _ in range(runs)]
    return summarise(timed, measure(folder, jobs, engine, label))


def table(rows: list[Run], baseline: Run | None) -> str:
    lines = ["| run | photos | seconds (fastest) | median | photos/s | vs --jobs 1 (fastest) | (median) | CPU seconds | cores used "
             "| contacts | failed | peak memory, all processes (PSS) | peak RSS, largest process |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for run in rows:
        fastest = f"{baseline.seconds / run.seconds:.2f}x" if baseline else ""
        median = f"{baseline.median_seconds / run.median_seconds:.2f}x" if baseline else ""
        lines.append(f"| {run.label} | {run.photos} | {run.seconds:.1f} | {run.median_seconds:.1f} | {run.per_second:.2f} | "
                     f"{fastest} | {median} | {run.cpu_seconds:.1f} | {run.cpu_seconds / run.sampled_seconds:.2f} | "
                     f"{run.contacts} | {run.failed} | {run.peak_group_mb:.0f} MB | {run.peak_process_mb:.0f} MB |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER, help="photos to repeat (default: %(default)s)")
    parser.add_argument("--count", type=int, default=20, help="photos per batch (default: %(default)s)")
    parser.add_argument("--jobs", default="1,2,default", help="comma-separated job counts; 'default' is no --jobs")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per configuration; the fastest and the median are shown")
    parser.add_argument("--engine", default="auto")
    parser.add_argument("--scale", default="", help="batch sizes of small rendered cards, e.g. 10,100,1000")
    args = parser.parse_args()

    print(f"cores: {len(os.sched_getaffinity(0))}, load average before: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="cardcap-bench-") as temp:
        if args.jobs:
            folder = Path(temp) / "photos"
            folder.mkdir()
            copy_photos(args.folder, args.count, folder)
            configs = []
            for value in args.jobs.split(","):
                jobs = None if value == "default" else int(value)
                configs.append((jobs, "default (one job per core)" if jobs is None else f"--jobs {jobs}"))
            tries: dict[str, list[Run]] = {label: [] for _, label in configs}
            for attempt in range(args.runs):  # interleaved, so a burst of other work hits every configuration
                for jobs, label in configs:
                    tries[label].append(measure(folder, jobs, args.engine, label, sample=False))
                    print(f"  {label}: {tries[label][-1].seconds:.1f} s", file=sys.stderr)
            rows = [summarise(tries[label], measure(folder, jobs, args.engine, label)) for jobs, label in configs]
            baseline = next((run for run in rows if run.label == "--jobs 1"), None)
            print(f"\n{args.count} photos from {args.folder}, {args.runs} timed runs each "
                  "(and one more for memory and CPU):\n")
            print(table(rows, baseline))
        if args.scale:
            rows = []
            for count in (int(n) for n in args.scale.split(",")):
                folder = Path(temp) / f"cards{count}"
                folder.mkdir()
                small_cards(count, folder)
                rows.append(best_of(1 if count >= 1000 else args.runs, folder, None, args.engine, f"{count} cards"))
                print(f"  {count}: {rows[-1].seconds:.1f} s", file=sys.stderr)
            print("\nGrowth with batch size (small rendered cards, default jobs):\n")
            print(table(rows, None))
            print("\n| from | to | extra photos | extra seconds | seconds per extra photo |\n|---:|---:|---:|---:|---:|")
            for small, large in zip(rows, rows[1:]):
                extra = large.photos - small.photos
                print(f"| {small.photos} | {large.photos} | {extra} | {large.seconds - small.seconds:.1f} | "
                      f"{(large.seconds - small.seconds) / extra:.3f} |")
    print(f"\nload average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
