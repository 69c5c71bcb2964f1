"""Page weight for `make bench`: bytes and requests of each page type from a cold cache,
gzipped as a static host sends them, the bytes per file, and the widget runtime's share.
"""

from __future__ import annotations

import dataclasses
import gzip
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from bench_browser import Browser, wait_for_widgets
from bench_report import Report, at_most, format_bytes, markdown_table

RUNTIME_PATH = "/_static/widget-runtime/"
KIB = 1024
# The page types the issue measures, first visit. Two are chosen from the build by
# ``page_types``: the chapter with the fewest widgets (mostly prose) and the one with the
# most widgets.
FIXED_PAGES = {
    "welcome": "book/intro.html",
    "practice page": "book/try_the_tools.html",
    "my journal": "book/my_journal.html",
    "glossary": "book/glossary.html",
    "search": "search.html?q=transference",
}
TEXT_CHAPTER = "text chapter"
WIDGET_CHAPTER = "widget chapter"
# Bytes on the wire (gzip), issue 16: a text chapter 300 KiB or less, a page with widgets
# 450 KiB or less (the heaviest of them is the practice page, six widgets).
TEXT_PAGE_WEIGHT = at_most(300 * KIB, "300 KiB sent")
WIDGET_PAGE_WEIGHT = at_most(450 * KIB, "450 KiB sent")
WEIGHT_TARGETS = {
    TEXT_CHAPTER: TEXT_PAGE_WEIGHT,
    WIDGET_CHAPTER: WIDGET_PAGE_WEIGHT,
    "practice page": WIDGET_PAGE_WEIGHT,
    "my journal": WIDGET_PAGE_WEIGHT,
}
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def choose_chapters(chapters: dict[str, tuple[int, int]]) -> dict[str, str]:
    """The text chapter (fewest widgets, then fewest bytes) and the widget chapter (most
    widgets, then most bytes), from each chapter page's ``(widgets, bytes)``.

    Example:
        >>> choose_chapters({"book/chapter_01.html": (2, 160), "book/chapter_03.html": (2, 150),
        ...                  "book/chapter_06.html": (5, 140), "book/chapter_08.html": (2, 900)})
        {'text chapter': 'book/chapter_03.html', 'widget chapter': 'book/chapter_06.html'}
    """
    ordered = sorted(chapters, key=lambda page: (*chapters[page], page))
    return {TEXT_CHAPTER: ordered[0], WIDGET_CHAPTER: ordered[-1]}


def page_types(build: Path) -> dict[str, str]:
    """Every page type measured, as ``{name: address relative to the build}``."""
    chapters = {}
    for page in sorted((build / "book").glob("chapter_*.html")):
        html = page.read_text(encoding="utf-8")
        chapters[str(page.relative_to(build))] = (html.count(WIDGET_VIEW), len(html))
    return {"welcome": FIXED_PAGES["welcome"], **choose_chapters(chapters)} | FIXED_PAGES


def file_name(url: str) -> str:
    """A response's address as the per-file table shows it: the path, no query.

    Example:
        >>> file_name("http://127.0.0.1:8000/_static/a.css?digest=1")
        '_static/a.css'
    """
    return urlsplit(url).path.lstrip("/")


def format_kib(count: float | None) -> str:
    """Bytes in KiB, the unit of the issue's weight targets.

    Example:
        >>> format_kib(307_200), format_kib(700), format_kib(None)
        ('300.0 KiB', '0.7 KiB', '-')
    """
    return "-" if count is None else f"{count / KIB:.1f} KiB"


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
    # Bytes sent per file (path without query), so the report can say where they go.
    files: dict[str, int] = dataclasses.field(default_factory=dict)

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
        >>> weight.files["book/c.html"], weight.files["_static/widget-runtime/r.js"]
        (300, 100)
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
        name = file_name(response["url"])
        weight.files[name] = weight.files.get(name, 0) + response["wire"]
        if address.path.startswith(runtime_path):
            weight.runtime_raw += response["raw"]
            weight.runtime_wire += response["wire"]
        if response["status"] >= 400:
            weight.failed.append(response["url"])
    return weight


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


def weight_section(report: Report, books: dict[str, dict]) -> None:
    """The page-weight table, each page type checked against its target if it has one, and
    the bytes per file.

    Example:
        >>> report = Report()
        >>> weights = {TEXT_CHAPTER: PageWeight(3, 9, 200_000, files={"a.css": 200_000}),
        ...            "glossary": PageWeight(2, 9, 400_000, files={"a.css": 200_000})}
        >>> weight_section(report, {"lean": {"weights": weights, "pages": {}}})
        >>> report.checked
        [('lean text chapter weight', True)]
        >>> "| a.css | 195.3 KiB | 195.3 KiB |" in report.parts[0]
        True
    """
    rows = []
    for label, measured in books.items():
        for name, weight in measured["weights"].items():
            target = WEIGHT_TARGETS.get(name)
            met = report.check(f"{label} {name} weight", target, weight.wire) if target else ""
            failed = f" ({len(weight.failed)} failed)" if weight.failed else ""
            page = measured["pages"].get(name, "")
            rows.append(
                [
                    label,
                    f"{name} (`{page}`)" if page else name,
                    f"{weight.requests}{failed}",
                    format_bytes(weight.raw),
                    format_kib(weight.wire),
                    format_kib(weight.runtime_wire),
                    target.text if target else "",
                    met,
                ]
            )
    failed = sorted(
        {url for m in books.values() for w in m["weights"].values() for url in w.failed}
    )
    text = (
        "Everything the page loads on a first visit (cold cache, empty storage) until the "
        "network is quiet and every widget is drawn, served by `scripts/serve.py` (gzip, as "
        "`make serve`). *Raw* is the decoded bytes, *sent* the bytes on the wire (KiB = 1024 "
        f"bytes); the runtime is the files under `{RUNTIME_PATH}`. The text chapter is the "
        "chapter with the fewest widgets, the widget chapter the one with the most.\n\n"
        + markdown_table(
            ["book", "page", "requests", "raw", "sent", "widget runtime", "target", "met"], rows
        )
    )
    if failed:
        text += "\n\nAnswered with an error: " + ", ".join(f"`{urlsplit(u).path}`" for u in failed)
    for label, measured in books.items():
        text += f"\n\n### Where the bytes go ({label})\n\n" + files_table(measured["weights"])
    report.section("Page weight", text)


def files_table(weights: dict[str, PageWeight]) -> str:
    """Bytes sent per file (rows) and page type (columns), heaviest file first; a page's
    own HTML is one row per page.

    Example:
        >>> print(files_table({"a": PageWeight(files={"x.js": 2048, "a.html": 1024}),
        ...                    "b": PageWeight(files={"x.js": 2048})}))
        | file | a | b |
        | --- | --- | --- |
        | x.js | 2.0 KiB | 2.0 KiB |
        | a.html | 1.0 KiB |  |
    """
    names = sorted(
        {name for weight in weights.values() for name in weight.files},
        key=lambda name: (-max(w.files.get(name, 0) for w in weights.values()), name),
    )
    rows = [
        [
            f"{name}",
            *(format_kib(w.files[name]) if name in w.files else "" for w in weights.values()),
        ]
        for name in names
    ]
    return markdown_table(["file", *weights], rows)
