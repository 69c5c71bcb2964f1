"""Measure the book on this machine and write the figures, with the issue's targets, as a
dated Markdown table: what `make bench` runs. It measures and reports; it never fails
because a target is missed.

What it measures, in one run, each part in its own module (``bench_report.py`` holds the
targets and writes the Markdown):

* **build** (``bench_build.py``): a clean full build (``jupyter-book build --all``,
  executing every chapter), a rebuild with nothing changed, and a rebuild after a prose
  edit in one chapter. All three run in a temporary copy of the repository, so the
  repository's notebooks and ``_build`` are never touched, even if the run is interrupted;
* **kernel** (``bench_kernel.py``): each notebook executed with nbclient in a fresh
  kernel, its time against an empty notebook's (the floor: mostly kernel start), and the
  kernel's peak memory (the kernel process's high-water mark, ``VmHWM``, from ``/proc``);
* **pages** (``bench_pages.py``), for each built book given with ``--book label=folder``
  and served by ``scripts/serve.py`` (gzip, as ``make serve`` and a static host serve
  it): bytes and requests of each page type (welcome, the lightest and the heaviest
  chapter, the practice page, My journal, glossary, search) on a first visit in Debian's
  Chromium, the bytes per file, and the targets in KiB sent;
* **browser** (``bench_browser.py``): time from navigation to each component drawn, the
  life timeline's redraw after adding an event to 200, a reflection's keystroke until
  "Saved on this device.";
* **Lighthouse** (``bench_lighthouse.py``) 12.2.3 (``node_modules``, pinned in
  package.json) on the same pages, desktop and mobile: performance, accessibility, best
  practices and the mobile largest contentful paint. It runs offline: the book loads
  nothing from other sites, Chromium runs with the browser tests' no-background-network
  flags, and these three categories have no audit that fetches from the internet. The
  report lists any audit Lighthouse could not run; with Debian's Chromium 156 that is a
  handful of trace-based ones (``layout-shifts``, ``render-blocking-resources``, ...),
  because Lighthouse 12.2.3 does not read that Chromium's trace (``frame_sequence``),
  which is no network problem.

Usage:
    python scripts/bench.py                                  # the book in _build/html
    python scripts/bench.py --book lean=_build/html --book other=/tmp/other-build/html
    python scripts/bench.py --skip build,kernel,lighthouse   # pages and browser only
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import os
import platform
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bench_browser import (
    CHROMIUM,
    REFLECTION_PAGE,
    RENDER_PAGES,
    TIMELINE_PAGE,
    Browser,
    browser_section,
    measure_keystroke,
    measure_redraw,
    measure_rendering,
)
from bench_build import build_section, measure_builds, repository_copy
from bench_kernel import execution_section, measure_execution
from bench_lighthouse import LIGHTHOUSE, lighthouse_section, run_lighthouse
from bench_pages import measure_page_weight, page_types, weight_section
from bench_report import Report, format_seconds, say
from serve import serving

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks"


def parse_books(values: list[str]) -> dict[str, Path]:
    """``--book label=folder`` options as ``{label: folder}``, in order, relative to the
    repository; a bare folder gets its name as the label.

    Example:
        >>> books = parse_books(["lean=_build/html", "other=/srv/other"])
        >>> list(books), books["lean"] == ROOT / "_build/html", books["other"]
        (['lean', 'other'], True, PosixPath('/srv/other'))
        >>> list(parse_books(["_build/html"]))
        ['html']
    """
    books = {}
    for value in values:
        label, _, folder = value.rpartition("=")
        path = Path(folder)
        books[label or path.name] = path if path.is_absolute() else ROOT / path
    return books


def measure_book(label: str, folder: Path, skip: set[str], workdir: Path) -> dict:
    if not (folder / "index.html").is_file():
        raise SystemExit(f"no built book in {folder} (--book {label}=...): build it first")
    pages = page_types(folder)
    result: dict = {"pages": pages, "weights": {}, "rendering": {}, "lighthouse": {}}
    with serving(folder) as url:
        if "pages" not in skip or "browser" not in skip:
            browser = Browser()
            try:
                if "pages" not in skip:
                    for name, path in pages.items():
                        say(f"{label}: weighing {path} ...")
                        result["weights"][name] = measure_page_weight(browser, f"{url}/{path}")
                if "browser" not in skip:
                    for name, path in RENDER_PAGES.items():
                        say(f"{label}: timing the components on {path} ...")
                        result["rendering"][name] = measure_rendering(browser, f"{url}/{path}")
                    say(f"{label}: timeline redraw with 200 events ...")
                    result["redraw"] = measure_redraw(browser, f"{url}/{TIMELINE_PAGE}")
                    say(f"{label}: keystroke to saved ...")
                    result["keystroke"] = measure_keystroke(browser, f"{url}/{REFLECTION_PAGE}")
            finally:
                browser.close()
        if "lighthouse" not in skip:
            for name, path in pages.items():
                for device in ("desktop", "mobile"):
                    say(f"{label}: Lighthouse, {device}, {path} ...")
                    result["lighthouse"][(name, device)] = run_lighthouse(
                        f"{url}/{path}", device, workdir
                    )
    return result


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        kilobytes = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kilobytes / 1024 / 1024:.0f} GiB RAM"
    return f"{cpu}, {os.cpu_count()} CPUs{memory}, Python {platform.python_version()}"


def version_of(command: list[str]) -> str:
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return (result.stdout.strip().splitlines() or ["unknown"])[0]


def commit() -> str:
    head = version_of(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    dirty = version_of(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"])
    return head + (" (with uncommitted changes)" if dirty not in ("", "unknown") else "")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--book",
        action="append",
        default=[],
        metavar="LABEL=FOLDER",
        help="a built book to measure (repeatable); default lean=_build/html",
    )
    parser.add_argument(
        "--skip",
        default="",
        help="comma-separated parts to leave out: build, kernel, pages, browser, lighthouse",
    )
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the Markdown report")
    arguments = parser.parse_args(argv)
    skip = {part.strip() for part in arguments.skip.split(",") if part.strip()}
    books = parse_books(arguments.book or ["lean=_build/html"])
    if "lighthouse" not in skip and not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is not installed: run `npm ci`.")

    started = time.perf_counter()
    # Other work on the machine slows every figure here: the load says how busy it was.
    load_before = os.getloadavg()[0]
    now = datetime.datetime.now(datetime.UTC)
    report = Report()
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        if not {"build", "kernel"} <= skip:
            with repository_copy() as copy:
                if "build" not in skip:
                    build_section(report, measure_builds(copy))
                if "kernel" not in skip:
                    execution_section(report, measure_execution(copy))
        measured = {
            label: measure_book(label, folder, skip, Path(scratch))
            for label, folder in books.items()
        }
    if "pages" not in skip:
        weight_section(report, measured)
    if "browser" not in skip:
        browser_section(report, measured)
    if "lighthouse" not in skip:
        lighthouse_section(report, measured)
    duration = time.perf_counter() - started

    missed = [what for what, met in report.checked if not met]
    header = [
        f"# Benchmark, {now:%Y-%m-%d %H:%M} UTC",
        "",
        f"- machine: {machine()}",
        f"- commit: {commit()}; {version_of([CHROMIUM, '--version'])}",
        "- books: "
        + ", ".join(
            f"{label} = `{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}`"
            for label, path in books.items()
        ),
        f"- `make bench` measured for {format_seconds(duration)}"
        + (f"; left out: {', '.join(sorted(skip))}" if skip else ""),
        f"- load average (1 min) at the start {load_before:.1f}, at the end "
        f"{os.getloadavg()[0]:.1f}, on {os.cpu_count()} CPUs: other work on the machine "
        "slows every figure",
        f"- targets met: {len(report.checked) - len(missed)} of {len(report.checked)}",
        "",
    ]
    text = "\n".join(header) + "\n" + "\n".join(report.parts)
    arguments.out.mkdir(parents=True, exist_ok=True)
    dated = arguments.out / f"{now:%Y-%m-%d}.md"
    dated.write_text(text, encoding="utf-8")
    shutil.copyfile(dated, arguments.out / "latest.md")
    print(text)
    say(f"written to {dated} and {arguments.out / 'latest.md'} in {format_seconds(duration)}")


if __name__ == "__main__":
    main()
