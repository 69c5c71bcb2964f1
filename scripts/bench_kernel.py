"""Chapter execution for `make bench`: each notebook in a fresh kernel, its time against an
empty notebook's (the floor) and the kernel's peak memory.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from bench_report import MB, Report, at_most, format_bytes, format_seconds, markdown_table, say

FLOOR_RUNS = 3
EXECUTION_RATIO = at_most(1.5, "1.5x floor")
KERNEL_MEMORY = at_most(150 * MB, "150 MB")


def high_water_mark(pid: int) -> int | None:
    """A process's peak resident memory so far in bytes (``VmHWM``), None once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    return None


class KernelMemory:
    """Watches this process's children (the kernel and anything it starts) while a
    notebook runs and keeps each one's high-water mark. VmHWM only grows, so the last
    reading before a process ends is its true peak, however short the spike was.

    Finding children means scanning every process on the machine, which costs CPU the
    kernel then lacks (it doubled a chapter's time at 100 scans a second), so the scan
    runs four times a second and only the children's own status files are read often.
    """

    def __init__(self, interval: float = 0.02, scan_every: int = 12):
        import psutil  # installed with ipykernel, which the book needs

        self._me = psutil.Process()
        self._interval = interval
        self._scan_every = scan_every
        self._peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self) -> None:
        pids: set[int] = set()
        tick = 0
        while not self._stop.is_set():
            if tick % self._scan_every == 0:
                pids |= {child.pid for child in self._me.children(recursive=True)}
            for pid in pids:
                mark = high_water_mark(pid)
                if mark is not None:
                    self._peaks[pid] = max(mark, self._peaks.get(pid, 0))
            tick += 1
            time.sleep(self._interval)

    def __enter__(self) -> KernelMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak(self) -> int:
        """The sum of the children's peaks: at least the memory they held at any moment."""
        return sum(self._peaks.values())


def execute(notebook, folder: Path, environment: dict[str, str]) -> tuple[float, int]:
    """Run a notebook in a fresh python3 kernel; seconds (kernel start to shutdown) and
    the kernel's peak memory in bytes."""
    from nbclient import NotebookClient

    client = NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=120,
        resources={"metadata": {"path": str(folder)}},
    )
    with KernelMemory() as memory:
        start = time.perf_counter()
        client.execute(env=environment)
        seconds = time.perf_counter() - start
    return seconds, memory.peak


def measure_execution(copy: Path) -> dict:
    import nbformat

    folder = copy / "book"
    # The kernels import the course package from the copy, as in timed_build.
    environment = {**os.environ, "PYTHONPATH": str(copy / "src")}
    say(f"executing an empty notebook {FLOOR_RUNS} times (the floor) ...")
    # One empty cell, not zero: a kernel shut down before it ever ran a cell can take about
    # 3 s longer to stop (its graceful shutdown times out), which would inflate the floor.
    floor_notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("pass")])
    floors = [execute(floor_notebook, folder, environment) for _ in range(FLOOR_RUNS)]
    chapters = {}
    for path in sorted(folder.glob("*.ipynb")):
        say(f"executing {path.name} {FLOOR_RUNS} times ...")
        notebook = nbformat.read(path, as_version=4)
        runs = [execute(notebook, folder, environment) for _ in range(FLOOR_RUNS)]
        # The fastest run for time, the highest peak for memory. Now and then a kernel
        # start stalls for about 2.5 s (seen on the empty notebook as on chapters); one
        # stall would otherwise decide a ratio. Memory takes the worst case a hub must hold.
        chapters[path.name] = (min(s for s, _ in runs), max(m for _, m in runs))
    return {
        "floor": min(seconds for seconds, _ in floors),
        "floor_memory": max(peak for _, peak in floors),
        "chapters": chapters,
    }


# Records, from the first script on, when each component's root element appears and the
# first frame after it (requestAnimationFrame, after a forced layout); performance.now()
# counts from the start of the navigation.


def execution_section(report: Report, execution: dict) -> None:
    floor = execution["floor"]
    rows = []
    for name, (seconds, peak) in execution["chapters"].items():
        ratio = seconds / floor
        rows.append(
            [
                f"`{name}`",
                format_seconds(seconds),
                f"{ratio:.1f}x",
                report.check(f"execute {name}", EXECUTION_RATIO, ratio),
                format_bytes(peak),
                report.check(f"kernel memory {name}", KERNEL_MEMORY, peak),
            ]
        )
    text = (
        f"Each notebook in a fresh `python3` kernel with nbclient, kernel start to shutdown. "
        f"Each is run {FLOOR_RUNS} times: the fastest time and the highest peak count. "
        f"The floor is a notebook with one empty cell (`pass`), run the same way: "
        f"**{format_seconds(floor)}**, kernel peak {format_bytes(execution['floor_memory'])}. "
        f"Peak memory is the kernel process's high-water mark (`VmHWM`).\n\n"
        + markdown_table(
            [
                "notebook",
                "time",
                f"x floor (target {EXECUTION_RATIO.text})",
                "met",
                f"kernel peak (target {KERNEL_MEMORY.text})",
                "met",
            ],
            rows,
        )
    )
    report.section("Executing each notebook", text)
