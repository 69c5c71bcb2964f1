"""Measure the book on this machine and write the figures, with the issue's targets, as a
dated Markdown table: what `make bench` runs. It measures and reports; it never fails
because a target is missed.

What it measures, in one run:

* **build**: a clean full build (``jupyter-book build --all``, executing every chapter),
  a rebuild with nothing changed, and a rebuild after a prose edit in one chapter. All
  three run in a temporary copy of the repository, so the repository's notebooks and
  ``_build`` are never touched, even if the run is interrupted;
* **kernel**: each notebook executed with nbclient in a fresh kernel, its time against an
  empty notebook's (the floor: mostly kernel start), and the kernel's peak memory (the
  kernel process's high-water mark, ``VmHWM``, from ``/proc``);
* **pages**, for each built book given with ``--book label=folder`` and served by
  ``scripts/serve.py`` (gzip, as ``make serve`` and a static host serve it): bytes and
  requests of the welcome page, a chapter with widgets and the journal page, from a cold
  cache in Debian's Chromium, and the widget runtime's share of them;
* **browser**: time from navigation to each component drawn, the life timeline's redraw
  after adding an event to 200, a reflection's keystroke until "Saved on this device.";
* **Lighthouse** 12.2.3 (``node_modules``, pinned in package.json) on the same pages,
  desktop and mobile: performance, accessibility and best practices. It runs offline:
  the book loads nothing from other sites, Chromium runs with the browser tests'
  no-background-network flags, and these three categories have no audit that fetches
  from the internet. The report lists any audit Lighthouse could not run; with Debian's
  Chromium 156 that is a handful of trace-based ones (``layout-shifts``,
  ``render-blocking-resources``, ...), because Lighthouse 12.2.3 does not read that
  Chromium's trace (``frame_sequence``), which is no network problem.

Usage:
    python scripts/bench.py                                  # the book in _build/html
    python scripts/bench.py --book lean=_build/html --book html-manager=_build/html-manager/html
    python scripts/bench.py --skip build,kernel,lighthouse   # pages and browser only
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime
import gzip
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from print_book import CHROMIUM, CHROMIUM_ARGS
from serve import serving

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
# The label of the book built with the default runtime (@jupyter-widgets/html-manager):
# the page-weight target compares every other book's widget page with this one's.
BASELINE = "html-manager"
# Pages measured: the welcome page, a chapter with widgets, the journal page.
PAGES = {
    "welcome": "book/intro.html",
    "chapter 5 (widgets)": "book/chapter_05.html",
    "my journal": "book/my_journal.html",
}
WIDGET_PAGE = "chapter 5 (widgets)"
# Where each component class is timed: every component appears on the practice page.
RENDER_PAGES = {
    "chapter 5": "book/chapter_05.html",
    "my journal": "book/my_journal.html",
    "try the tools": "book/try_the_tools.html",
}
RUNTIME_PATH = "/_static/widget-runtime/"
TIMELINE_PAGE = "book/chapter_05.html"
TIMELINE_ID = "chapter-05-my-timeline"
# The practice page's one reflection: it takes text at once (chapter 5's first asks
# whether to answer for oneself or a fictional person; the saving is the same code).
REFLECTION_PAGE = "book/try_the_tools.html"
SAVED = "Saved on this device."
# A chapter whose prose is edited for the incremental-rebuild figure.
PROSE_CHAPTER = "book/chapter_03.ipynb"
BUILD_FLAGS = ["-W", "-n", "--keep-going"]  # as `make book`
FLOOR_RUNS = 3
REDRAW_RUNS = 5
KEYSTROKE_RUNS = 3
# Chromium for Lighthouse: headless, and none of its own traffic (tests/browser/conftest.py).
LIGHTHOUSE_CHROME_FLAGS = ["--headless=new", *CHROMIUM_ARGS]
LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices")
# Parts of the copy that a build neither needs nor should see.
NOT_COPIED = {".git", ".venv", "node_modules", "_build", "benchmarks", ".pytest_cache"}
MB = 1_000_000


# ---------------------------------------------------------------------------------------
# Targets and formatting (pure: tests/test_bench.py)
# ---------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Target:
    """A target from the issue: how it reads in the table, and the test a value must pass.

    Example:
        >>> rebuild = at_most(2, "2 s")
        >>> rebuild.text, rebuild.met(1.4), rebuild.met(2.5), rebuild.met(None)
        ('≤ 2 s', True, False, None)
    """

    text: str
    test: Callable[[float], bool]

    def met(self, value: float | None) -> bool | None:
        return None if value is None else bool(self.test(value))


def at_most(limit: float, shown: str) -> Target:
    """A target the value must not exceed (the limit itself meets it).

    Example:
        >>> at_most(16, "16 ms").met(16)
        True
    """
    return Target(f"≤ {shown}", lambda value: value <= limit)


def at_least(limit: float, shown: str) -> Target:
    """A target the value must reach (the limit itself meets it).

    Example:
        >>> at_least(95, "95").met(94)
        False
    """
    return Target(f"≥ {shown}", lambda value: value >= limit)


NO_CHANGE_REBUILD = at_most(2, "2 s")
EXECUTION_RATIO = at_most(1.5, "1.5x floor")
KERNEL_MEMORY = at_most(150 * MB, "150 MB")
REDRAW = at_most(16, "16 ms")
KEYSTROKE_SAVED = at_most(1000, "1 s")
ACCESSIBILITY = at_least(100, "100")
BEST_PRACTICES = at_least(100, "100")
PERFORMANCE = {"desktop": at_least(95, "95"), "mobile": at_least(85, "85")}
WEIGHT_SHARE = at_most(0.25, f"¼ of {BASELINE}")


def verdict(met: bool | None) -> str:
    """How a check reads in the table: met, missed, or nothing to check.

    Example:
        >>> verdict(True), verdict(False), verdict(None)
        ('yes', '**no**', '')
    """
    return {True: "yes", False: "**no**", None: ""}[met]


def markdown_table(headers: list[str], rows: Iterable[list[str]]) -> str:
    """A GitHub Markdown table; ``|`` inside a cell is escaped so it stays one cell.

    Example:
        >>> print(markdown_table(["a", "b"], [["1", "x|y"]]))
        | a | b |
        | --- | --- |
        | 1 | x\\|y |
    """

    def line(cells):
        return "| " + " | ".join(str(cell).replace("|", "\\|") for cell in cells) + " |"

    lines = [line(headers), line(["---"] * len(headers))]
    lines.extend(line(row) for row in rows)
    return "\n".join(lines)


def format_bytes(count: float | None) -> str:
    """Bytes in decimal units, as browsers' network panels show them.

    Example:
        >>> format_bytes(950), format_bytes(81_164), format_bytes(4_560_000), format_bytes(None)
        ('950 B', '81.2 kB', '4.56 MB', '-')
    """
    if count is None:
        return "-"
    if count < 1000:
        return f"{count:.0f} B"
    if count < MB:
        return f"{count / 1000:.1f} kB"
    return f"{count / MB:.2f} MB"


def format_seconds(seconds: float | None) -> str:
    """Seconds, or milliseconds below one second.

    Example:
        >>> format_seconds(12.345), format_seconds(0.5123)
        ('12.3 s', '512 ms')
        >>> format_seconds(0.0042), format_seconds(None)
        ('4.2 ms', '-')
    """
    if seconds is None:
        return "-"
    if seconds >= 1:
        return f"{seconds:.1f} s"
    if seconds >= 0.1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds * 1000:.1f} ms"


def gzip_size(data: bytes, level: int = 6) -> int:
    """How many bytes ``data`` takes gzipped (level 6, as scripts/serve.py sends it).

    Example:
        >>> text = b"a defence protects against anxiety. " * 100
        >>> gzip_size(text) < len(text) // 10
        True
        >>> gzip_size(b"") > 0  # the gzip header and trailer alone
        True
    """
    return len(gzip.compress(data, compresslevel=level, mtime=0))


@dataclasses.dataclass
class PageWeight:
    """What one page load fetched: requests, bytes decoded (raw) and sent (wire)."""

    requests: int = 0
    raw: int = 0
    wire: int = 0
    runtime_raw: int = 0
    runtime_wire: int = 0
    failed: list[str] = dataclasses.field(default_factory=list)

    @property
    def runtime_share(self) -> float:
        """The widget runtime's part of the bytes sent (0 to 1)."""
        return self.runtime_wire / self.wire if self.wire else 0.0


def page_weight(responses: Iterable[dict], runtime_path: str = RUNTIME_PATH) -> PageWeight:
    """Sum what a page loaded. Each response is ``{"url", "status", "raw", "wire"}``:
    ``raw`` the decoded body's bytes, ``wire`` the bytes sent (gzipped when it was).
    ``data:`` and ``blob:`` addresses are not requests; error statuses are listed.

    Example:
        >>> weight = page_weight([
        ...     {"url": "http://h/book/c.html", "status": 200, "raw": 1000, "wire": 300},
        ...     {"url": "http://h/_static/widget-runtime/r.js", "status": 200,
        ...      "raw": 900, "wire": 100},
        ...     {"url": "data:image/png;base64,AAAA", "status": 200, "raw": 3, "wire": 0},
        ...     {"url": "http://h/favicon.ico", "status": 404, "raw": 50, "wire": 50},
        ... ])
        >>> weight.requests, weight.raw, weight.wire, weight.runtime_wire, weight.failed
        (3, 1950, 450, 100, ['http://h/favicon.ico'])
        >>> round(weight.runtime_share, 3)
        0.222
    """
    weight = PageWeight()
    for response in responses:
        address = urlsplit(response["url"])
        if address.scheme in ("data", "blob"):
            continue
        weight.requests += 1
        weight.raw += response["raw"]
        weight.wire += response["wire"]
        if address.path.startswith(runtime_path):
            weight.runtime_raw += response["raw"]
            weight.runtime_wire += response["wire"]
        if response["status"] >= 400:
            weight.failed.append(response["url"])
    return weight


def parse_books(values: list[str]) -> dict[str, Path]:
    """``--book label=folder`` options as ``{label: folder}``, in order, relative to the
    repository; a bare folder gets its name as the label.

    Example:
        >>> books = parse_books(["lean=_build/html", "html-manager=/srv/hm"])
        >>> list(books), books["lean"] == ROOT / "_build/html", books["html-manager"]
        (['lean', 'html-manager'], True, PosixPath('/srv/hm'))
        >>> list(parse_books(["_build/html"]))
        ['html']
    """
    books = {}
    for value in values:
        label, _, folder = value.rpartition("=")
        path = Path(folder)
        books[label or path.name] = path if path.is_absolute() else ROOT / path
    return books


def lighthouse_summary(report: dict) -> dict:
    """Scores (0 to 100) and the audits Lighthouse could not run, from its JSON report.

    ``failing`` lists, per category, the scored audits below a full score, which is why a
    category is under 100.

    Example:
        >>> report = {"categories": {
        ...     "accessibility": {"score": 1, "auditRefs": [{"id": "a", "weight": 1}]},
        ...     "best-practices": {"score": 0.96, "auditRefs": [{"id": "e", "weight": 1}]},
        ... }, "audits": {
        ...     "a": {"score": 1, "scoreDisplayMode": "binary"},
        ...     "e": {"score": 0, "scoreDisplayMode": "binary"},
        ...     "x": {"score": None, "scoreDisplayMode": "error", "errorMessage": "boom"},
        ... }}
        >>> summary = lighthouse_summary(report)
        >>> summary["scores"], summary["errors"], summary["failing"]
        ({'accessibility': 100, 'best-practices': 96}, {'x': 'boom'}, {'best-practices': ['e']})
    """
    scores = {}
    failing = {}
    for name, category in report["categories"].items():
        score = category.get("score")
        scores[name] = None if score is None else round(score * 100)
        below = [
            reference["id"]
            for reference in category.get("auditRefs", [])
            if reference.get("weight", 0) > 0
            and report["audits"][reference["id"]].get("score") not in (None, 1)
        ]
        if below and name != "performance":
            failing[name] = below
    errors = {
        name: audit.get("errorMessage", "")
        for name, audit in report["audits"].items()
        if audit.get("scoreDisplayMode") == "error"
    }
    return {"scores": scores, "errors": errors, "failing": failing}


def timeline_envelope(count: int, widget_id: str = TIMELINE_ID) -> dict:
    """A saved life timeline of ``count`` valid events, in the envelope the widget keeps
    in localStorage (``schemas/entry.schema.json`` and ``timeline.schema.json``).

    Example:
        >>> envelope = timeline_envelope(3)
        >>> envelope["kind"], len(envelope["data"]["events"])
        ('timeline', 3)
    """
    from psychodynamic_course.learner_data.journal_format import make_entry

    categories = ["family", "school or work", "relationships", "loss", "health", "moves"]
    events = [
        {
            "id": f"bench-{number}",
            "age": number % 90,
            "label": f"Event {number}",
            "category": categories[number % len(categories)],
            "feeling": number % 5 - 2,
            "themes": [f"theme {number % 7}"],
        }
        for number in range(count)
    ]
    return make_entry(
        widget_id, "timeline", {"events": events}, title="My life timeline", saved_at=1
    )


# ---------------------------------------------------------------------------------------
# Measurements
# ---------------------------------------------------------------------------------------


def say(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def repository_copy() -> Iterator[Path]:
    """A throwaway copy of the repository (no _build, .git, venv or node_modules), deleted
    afterwards: builds and prose edits happen there, never in the repository."""
    folder = Path(tempfile.mkdtemp(prefix="bench-book-"))
    copy = folder / "book-repo"
    try:
        shutil.copytree(
            ROOT,
            copy,
            symlinks=True,
            ignore=lambda where, names: [
                name for name in names if Path(where) == ROOT and name in NOT_COPIED
            ],
        )
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def timed_build(copy: Path, *extra: str) -> float:
    """Seconds one ``jupyter-book build`` takes in ``copy``; fails loudly if the build does."""
    command = [str(Path(sys.executable).parent / "jupyter-book"), "build", *BUILD_FLAGS, *extra]
    # The kernels import the course package from the copy, as the book's own build would.
    environment = {**os.environ, "PYTHONPATH": str(copy / "src")}
    start = time.perf_counter()
    result = subprocess.run(
        [*command, "."], cwd=copy, env=environment, capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build failed in {copy}:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return seconds


def edit_prose(notebook_path: Path) -> None:
    """Add a sentence to the chapter's first markdown cell (in the copy)."""
    notebook = json.loads(notebook_path.read_text(encoding="utf-8"))
    cell = next(cell for cell in notebook["cells"] if cell["cell_type"] == "markdown")
    source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
    cell["source"] = source + "\n\nA sentence added by the benchmark.\n"
    notebook_path.write_text(json.dumps(notebook, indent=1) + "\n", encoding="utf-8")


def measure_builds(copy: Path) -> dict[str, float]:
    say("clean full build (executes every chapter) ...")
    clean = timed_build(copy, "--all")
    say("no-change rebuild ...")
    unchanged = timed_build(copy)
    edit_prose(copy / PROSE_CHAPTER)
    say(f"rebuild after a prose edit in {PROSE_CHAPTER} ...")
    prose = timed_build(copy)
    return {"clean": clean, "unchanged": unchanged, "prose": prose}


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
RENDER_RECORDER = """
window.__bench = { widgets: [] };
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType !== 1) continue;
      const found = node.matches(".pdc-widget")
        ? [node] : [...node.querySelectorAll(".pdc-widget")];
      for (const element of found) {
        if (element.__benchSeen) continue;
        element.__benchSeen = true;
        const entry = {
          component: [...element.classList].find((name) => name !== "pdc-widget"),
          inserted: performance.now(),
        };
        window.__bench.widgets.push(entry);
        requestAnimationFrame(() => {
          entry.visible = element.getBoundingClientRect().height > 0;
          entry.frame = performance.now();
        });
      }
    }
  }
}).observe(document, { childList: true, subtree: true });
"""

# Click "Add event" and time: the new marker in the DOM, laid out (the widget's work),
# and the next animation frame (what the reader sees, including the wait for it).
REDRAW_SCRIPT = """
async (selector) => {
  const widget = document.querySelector(selector);
  const markers = () => widget.querySelectorAll("svg.pdc-timeline-svg .pdc-timeline-marker");
  const before = markers().length;
  const button = [...widget.querySelectorAll("button")].find(
    (b) => b.textContent.trim() === "Add event");
  return await new Promise((resolve) => {
    let start;
    const observer = new MutationObserver(() => {
      const now = markers();
      if (now.length <= before) return;
      observer.disconnect();
      const inDom = performance.now();
      now[now.length - 1].getBoundingClientRect();  // forces style and layout
      const laidOut = performance.now();
      requestAnimationFrame(() => resolve({
        before, after: now.length,
        inDom: inDom - start, laidOut: laidOut - start, frame: performance.now() - start,
      }));
    });
    observer.observe(widget, { childList: true, subtree: true, attributes: true });
    start = performance.now();
    button.click();
  });
}
"""

# From the keydown of one keystroke to the status saying it is saved on this device.
KEYSTROKE_SCRIPT = """
(selector) => {
  const widget = document.querySelector(selector);
  const box = widget.querySelector("textarea");
  const status = widget.querySelector(".pdc-status");
  const run = { start: null, changed: false, saved: null };
  window.__keystroke = run;
  box.addEventListener("keydown", () => { run.start = performance.now(); }, { once: true });
  const observer = new MutationObserver(() => {
    if (run.start === null) return;
    if (status.textContent.trim() !== SAVED) { run.changed = true; return; }
    if (run.changed) { run.saved = performance.now(); observer.disconnect(); }
  });
  observer.observe(status, { childList: true, characterData: true, subtree: true });
}
""".replace("SAVED", json.dumps(SAVED))


class Browser:
    """Debian's Chromium through Playwright, each page in a fresh context (cold cache,
    empty storage); anything not on 127.0.0.1 is cut off as the browser tests do."""

    def __init__(self):
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self.browser = self._playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )

    def close(self) -> None:
        self.browser.close()
        self._playwright.stop()

    @contextlib.contextmanager
    def page(self, init_script: str = "") -> Iterator:
        context = self.browser.new_context()
        context.route("**/*", _local_only)
        if init_script:
            context.add_init_script(init_script)
        try:
            yield context.new_page()
        finally:
            context.close()


def _local_only(route) -> None:
    address = urlsplit(route.request.url)
    if address.scheme in ("data", "blob") or address.hostname == "127.0.0.1":
        route.continue_()
    else:
        route.abort("internetdisconnected")


def wait_for_widgets(page) -> None:
    """Until the network is quiet and each widget view in the page has drawn its component
    (every widget in this book is one component)."""
    page.wait_for_load_state("networkidle")
    page.wait_for_function(
        """() => document.querySelectorAll(".pdc-widget").length >= document.querySelectorAll(
                 'script[type="application/vnd.jupyter.widget-view+json"]').length""",
        timeout=30_000,
    )


def measure_page_weight(browser: Browser, url: str) -> PageWeight:
    responses = []
    with browser.page() as page:
        finished = []
        # A lambda, not finished.append: Playwright tags its handlers with an attribute.
        page.on("requestfinished", lambda request: finished.append(request))
        page.goto(url, wait_until="load")
        wait_for_widgets(page)
        page.wait_for_timeout(500)  # late fonts and chunks
        for request in finished:
            response = request.response()
            if response is None:
                continue
            raw = len(response.body())
            responses.append(
                {
                    "url": request.url,
                    "status": response.status,
                    "raw": raw,
                    "wire": request.sizes()["responseBodySize"],
                }
            )
    return page_weight(responses)


def measure_rendering(browser: Browser, url: str) -> dict[str, dict]:
    """Per component class: how many, and when the last one's first frame came (ms)."""
    with browser.page(RENDER_RECORDER) as page:
        page.goto(url, wait_until="load")
        wait_for_widgets(page)
        page.wait_for_timeout(200)
        entries = page.evaluate("() => window.__bench.widgets")
    components: dict[str, dict] = {}
    for entry in entries:
        component = components.setdefault(entry["component"], {"count": 0, "frame": 0.0})
        component["count"] += 1
        component["frame"] = max(component["frame"], entry.get("frame") or entry["inserted"])
        component["visible"] = component.get("visible", True) and entry.get("visible", False)
    return components


def measure_redraw(browser: Browser, url: str) -> list[dict]:
    key = f"psychodynamic-course:{TIMELINE_ID}"
    seed = (
        f"if (!localStorage.getItem({json.dumps(key)})) localStorage.setItem("
        f"{json.dumps(key)}, {json.dumps(json.dumps(timeline_envelope(200)))});"
    )
    selector = f'.pdc-timeline[data-widget-id="{TIMELINE_ID}"]'
    runs = []
    with browser.page(seed) as page:
        page.goto(url, wait_until="load")
        widget = page.locator(selector)
        markers = widget.locator("svg.pdc-timeline-svg .pdc-timeline-marker")
        markers.nth(199).wait_for(state="attached", timeout=30_000)
        for number in range(REDRAW_RUNS):
            widget.locator(".pdc-timeline-field-age input").fill("50")
            widget.locator(".pdc-timeline-field-label input").fill(f"One more {number}")
            widget.locator(".pdc-timeline-field-category select").select_option("other")
            widget.locator(".pdc-timeline-field-feeling select").select_option("0")
            run = page.evaluate(REDRAW_SCRIPT, selector)
            if (run["before"], run["after"]) != (200, 201):
                raise SystemExit(f"timeline redraw: expected 200 -> 201 markers, got {run}")
            runs.append(run)
            # Undo the add so every run starts from exactly 200 events.
            widget.locator("button", has_text="Undo").first.click()
            page.wait_for_function(
                "(s) => document.querySelectorAll(s).length === 200",
                arg=f"{selector} svg.pdc-timeline-svg .pdc-timeline-marker",
            )
    return runs


def measure_keystroke(browser: Browser, url: str) -> list[float]:
    selector = ".pdc-reflection"
    runs = []
    with browser.page() as page:
        page.goto(url, wait_until="load")
        box = page.locator(f"{selector} textarea")
        box.wait_for(timeout=30_000)
        box.click()
        for letter in "abc"[:KEYSTROKE_RUNS]:
            page.evaluate(KEYSTROKE_SCRIPT, selector)
            page.keyboard.press(letter)
            page.wait_for_function("() => window.__keystroke.saved !== null", timeout=10_000)
            run = page.evaluate("() => window.__keystroke")
            runs.append(run["saved"] - run["start"])
    return runs


def run_lighthouse(url: str, device: str, workdir: Path) -> dict:
    """One Lighthouse run; its summary (see ``lighthouse_summary``)."""
    output = workdir / f"lighthouse-{len(list(workdir.iterdir()))}.json"
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(LIGHTHOUSE_CATEGORIES)}",
        f"--chrome-flags={' '.join(LIGHTHOUSE_CHROME_FLAGS)}",
        # The screenshot strip only feeds the HTML report: seconds saved per run.
        "--disable-full-page-screenshot",
    ]
    if device == "desktop":
        command.append("--preset=desktop")
    environment = {**os.environ, "CHROME_PATH": CHROMIUM}
    result = subprocess.run(command, env=environment, capture_output=True, text=True)
    if result.returncode != 0 or not output.is_file():
        return {"scores": {}, "errors": {"lighthouse": result.stderr[-500:]}, "failing": {}}
    report = json.loads(output.read_text())
    summary = lighthouse_summary(report)
    summary["warnings"] = report.get("runWarnings", [])
    return summary


def measure_book(label: str, folder: Path, skip: set[str], workdir: Path) -> dict:
    if not (folder / "index.html").is_file():
        raise SystemExit(f"no built book in {folder} (--book {label}=...): build it first")
    result: dict = {"weights": {}, "rendering": {}, "lighthouse": {}}
    with serving(folder) as url:
        if "pages" not in skip or "browser" not in skip:
            browser = Browser()
            try:
                if "pages" not in skip:
                    for name, path in PAGES.items():
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
            for name, path in PAGES.items():
                for device in ("desktop", "mobile"):
                    say(f"{label}: Lighthouse, {device}, {path} ...")
                    result["lighthouse"][(name, device)] = run_lighthouse(
                        f"{url}/{path}", device, workdir
                    )
    return result


# ---------------------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------------------


class Report:
    """Markdown sections plus a count of the targets met and missed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.checked: list[tuple[str, bool]] = []

    def check(self, what: str, target: Target, value: float | None) -> str:
        met = target.met(value)
        if met is not None:
            self.checked.append((what, met))
        return verdict(met)

    def section(self, title: str, text: str) -> None:
        self.parts.append(f"## {title}\n\n{text}\n")


def build_section(report: Report, builds: dict) -> None:
    rows = [
        [
            "clean full build (`--all`, executes every chapter)",
            format_seconds(builds["clean"]),
            "",
            "",
        ],
        [
            "rebuild with nothing changed",
            format_seconds(builds["unchanged"]),
            NO_CHANGE_REBUILD.text,
            report.check("no-change rebuild", NO_CHANGE_REBUILD, builds["unchanged"]),
        ],
        [
            f"rebuild after a prose edit in `{PROSE_CHAPTER}`",
            format_seconds(builds["prose"]),
            "",
            "",
        ],
    ]
    text = (
        "`jupyter-book build " + " ".join(BUILD_FLAGS) + "` in a temporary copy of the "
        "repository, starting from an empty `_build`.\n\n"
        + markdown_table(["build", "time", "target", "met"], rows)
    )
    report.section("Build", text)


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


def weight_section(report: Report, books: dict[str, dict]) -> None:
    baseline = books.get(BASELINE, {}).get("weights", {}).get(WIDGET_PAGE)
    rows = []
    for label, measured in books.items():
        for name, weight in measured["weights"].items():
            target, met = "", ""
            if name == WIDGET_PAGE and label != BASELINE:
                target = WEIGHT_SHARE.text
                share = weight.wire / baseline.wire if baseline else None
                met = report.check(f"{label} widget page weight", WEIGHT_SHARE, share)
                if share is not None:
                    target += f" (is {share:.0%})"
                else:
                    target += " (no such build measured)"
            failed = f" ({len(weight.failed)} failed)" if weight.failed else ""
            rows.append(
                [
                    label,
                    name,
                    f"{weight.requests}{failed}",
                    format_bytes(weight.raw),
                    format_bytes(weight.wire),
                    f"{weight.runtime_share:.0%} ({format_bytes(weight.runtime_wire)})",
                    target,
                    met,
                ]
            )
    failed = sorted(
        {url for m in books.values() for w in m["weights"].values() for url in w.failed}
    )
    text = (
        "Everything the page loads from a cold cache until the network is quiet and every "
        "widget is drawn, served by `scripts/serve.py` (gzip, as `make serve`). *Raw* is the "
        "decoded bytes, *sent* the bytes on the wire; the runtime's share is of the bytes "
        f"sent, for files under `{RUNTIME_PATH}`.\n\n"
        + markdown_table(
            ["book", "page", "requests", "raw", "sent", "widget runtime", "target", "met"], rows
        )
    )
    if failed:
        text += "\n\nAnswered with an error: " + ", ".join(f"`{urlsplit(u).path}`" for u in failed)
    report.section("Page weight", text)


def browser_section(report: Report, books: dict[str, dict]) -> None:
    rows = []
    for label, measured in books.items():
        for page, components in measured.get("rendering", {}).items():
            for component, figures in sorted(components.items()):
                shown = "" if figures.get("visible") else " (not visible)"
                rows.append(
                    [
                        label,
                        f"{page}: {figures['count']} x `{component}` drawn{shown}",
                        f"{figures['frame']:.0f} ms",
                        "",
                        "",
                    ]
                )
        if "redraw" in measured:
            laid_out = statistics.median(run["laidOut"] for run in measured["redraw"])
            frame = statistics.median(run["frame"] for run in measured["redraw"])
            rows.append(
                [
                    label,
                    "timeline of 200: click *Add event* → new marker laid out (median)",
                    format_seconds(laid_out / 1000),
                    REDRAW.text,
                    report.check(f"{label} timeline redraw", REDRAW, laid_out),
                ]
            )
            rows.append(
                [
                    label,
                    "timeline of 200: click → next animation frame (median)",
                    format_seconds(frame / 1000),
                    "",
                    "",
                ]
            )
        if "keystroke" in measured:
            slowest = max(measured["keystroke"])
            rows.append(
                [
                    label,
                    f'reflection: keystroke → "{SAVED}" (slowest of {KEYSTROKE_RUNS})',
                    format_seconds(slowest / 1000),
                    KEYSTROKE_SAVED.text,
                    report.check(f"{label} keystroke saved", KEYSTROKE_SAVED, slowest),
                ]
            )
    text = (
        "Debian's Chromium, headless, served as above. Component times run from the start "
        "of navigation to the first frame after the last of that component's elements "
        "appeared. The redraw target is checked on the widget's own work (click to the new "
        f"marker laid out); the next frame adds the wait for the display's refresh (up to "
        f"16.7 ms at 60 Hz), shown for reference. Medians of {REDRAW_RUNS} adds, each "
        "undone so the timeline holds exactly 200 before each.\n\n"
        + markdown_table(["book", "measure", "time", "target", "met"], rows)
    )
    report.section("In the browser", text)


def lighthouse_section(report: Report, books: dict[str, dict]) -> None:
    rows = []
    errors: dict[str, str] = {}
    failing: dict[str, set] = {}
    warnings: set[str] = set()
    for label, measured in books.items():
        for (page, device), summary in measured.get("lighthouse", {}).items():
            scores = summary["scores"]
            errors.update(summary["errors"])
            warnings.update(summary.get("warnings", []))
            for category, audits in summary["failing"].items():
                failing.setdefault(f"{category}: " + ", ".join(audits), set()).add(
                    f"{label} {page} {device}"
                )
            checks = [
                (f"{label} {page} {device} performance", PERFORMANCE[device], "performance"),
                (f"{label} {page} {device} accessibility", ACCESSIBILITY, "accessibility"),
                (f"{label} {page} {device} best practices", BEST_PRACTICES, "best-practices"),
            ]
            cells = []
            for what, target, category in checks:
                score = scores.get(category)
                mark = report.check(what, target, score)
                cells.append(f"{'-' if score is None else score} {mark}".strip())
            rows.append([label, page, device, *cells])
    headers = [
        "book",
        "page",
        "device",
        "performance (≥ 95 desktop, ≥ 85 mobile)",
        f"accessibility ({ACCESSIBILITY.text})",
        f"best practices ({BEST_PRACTICES.text})",
    ]
    text = (
        "Lighthouse 12.2.3 from `node_modules`, with Debian's Chromium (`CHROME_PATH`, "
        f'`--chrome-flags="{" ".join(LIGHTHOUSE_CHROME_FLAGS)}"`), default simulated '
        "throttling; *mobile* is Lighthouse's default, *desktop* `--preset=desktop`. "
        "Each score is followed by whether it meets its target.\n\n" + markdown_table(headers, rows)
    )
    if failing:
        text += "\n\nAudits below full score, and where:\n\n" + "\n".join(
            f"- {audits}: {'; '.join(sorted(where))}" for audits, where in sorted(failing.items())
        )
    if errors:
        text += "\n\nAudits Lighthouse could not run here (scored without them):\n\n" + "\n".join(
            f"- `{name}`: {message[:160]}" for name, message in sorted(errors.items())
        )
    if warnings:
        text += "\n\nLighthouse warned:\n\n" + "\n".join(
            f"- {warning[:240]}" for warning in sorted(warnings)
        )
    report.section("Lighthouse", text)


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
