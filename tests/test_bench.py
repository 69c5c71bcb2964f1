"""The benchmark's pure parts (scripts/bench*.py): targets, formatting, page sums, gzip.

No browser, no build, no kernel: `make bench` itself is what measures.
"""

import gzip
import json
import os
import subprocess

import pytest
from bench import parse_books
from bench_browser import KEYSTROKE_SAVED, REDRAW, timeline_envelope
from bench_build import NO_CHANGE_REBUILD, ROOT, edit_prose
from bench_kernel import EXECUTION_RATIO, KERNEL_MEMORY, high_water_mark
from bench_lighthouse import (
    ACCESSIBILITY,
    BEST_PRACTICES,
    MOBILE_LCP,
    PERFORMANCE,
    lighthouse_summary,
)
from bench_pages import (
    TEXT_PAGE_WEIGHT,
    WIDGET_PAGE_WEIGHT,
    gzip_size,
    page_types,
    page_weight,
    weight_section,
)
from bench_pages import PageWeight as Weight
from bench_report import MB, Report, format_bytes, format_seconds, markdown_table, verdict

from psychodynamic_course.learner_data.journal_format import entry_problems


@pytest.mark.parametrize(
    ("target", "met", "missed"),
    [
        (NO_CHANGE_REBUILD, 2.0, 2.01),
        (EXECUTION_RATIO, 1.5, 1.51),
        (KERNEL_MEMORY, 150 * MB, 150 * MB + 1),
        (REDRAW, 16, 16.1),
        (KEYSTROKE_SAVED, 1000, 1000.5),
        (TEXT_PAGE_WEIGHT, 300 * 1024, 300 * 1024 + 1),
        (WIDGET_PAGE_WEIGHT, 450 * 1024, 450 * 1024 + 1),
        (ACCESSIBILITY, 100, 99),
        (BEST_PRACTICES, 100, 96),
        (PERFORMANCE["desktop"], 98, 97),
        (PERFORMANCE["mobile"], 90, 89),
        (MOBILE_LCP, 2500, 2501),
    ],
)
def test_each_target_is_met_at_its_limit_and_missed_just_past_it(target, met, missed):
    assert target.met(met) is True
    assert target.met(missed) is False
    assert target.met(None) is None


def test_targets_read_as_the_issue_states_them():
    assert NO_CHANGE_REBUILD.text == "≤ 2 s"
    assert KERNEL_MEMORY.text == "≤ 150 MB"
    assert PERFORMANCE["desktop"].text == "≥ 98" and PERFORMANCE["mobile"].text == "≥ 90"
    assert TEXT_PAGE_WEIGHT.text == "≤ 300 KiB sent"
    assert WIDGET_PAGE_WEIGHT.text == "≤ 450 KiB sent"
    assert MOBILE_LCP.text == "≤ 2.5 s"


def test_verdicts_and_the_report_count_only_real_checks():
    report = Report()
    assert report.check("fast", REDRAW, 3) == verdict(True) == "yes"
    assert report.check("slow", REDRAW, 40) == verdict(False) == "**no**"
    assert report.check("not measured", REDRAW, None) == ""
    assert report.checked == [("fast", True), ("slow", False)]


def test_markdown_table_has_one_row_per_entry_and_escapes_pipes():
    table = markdown_table(["page", "bytes"], [["a|b", "1 kB"], ["c", "2 kB"]])
    lines = table.splitlines()
    assert lines == [
        "| page | bytes |",
        "| --- | --- |",
        "| a\\|b | 1 kB |",
        "| c | 2 kB |",
    ]
    # Every line has the same number of (unescaped) cell separators.
    assert {line.replace("\\|", "").count("|") for line in lines} == {3}


def test_bytes_and_seconds_read_in_the_units_people_expect():
    assert format_bytes(0) == "0 B"
    assert format_bytes(999) == "999 B"
    assert format_bytes(1000) == "1.0 kB"
    assert format_bytes(1_234_567) == "1.23 MB"
    assert format_seconds(1.0) == "1.0 s"
    assert format_seconds(0.016) == "16.0 ms"
    assert format_seconds(0.505) == "505 ms"


def test_gzip_size_is_the_length_of_the_gzip_stream_a_server_sends():
    text = b"<p>The therapy relationship</p>\n" * 500
    assert gzip_size(text) == len(gzip.compress(text, compresslevel=6, mtime=0))
    assert gzip.decompress(gzip.compress(text, 6, mtime=0)) == text
    assert gzip_size(text) < len(text) / 20
    # Random bytes do not shrink: gzip adds its header and framing.
    noise = os.urandom(10_000)
    assert gzip_size(noise) > len(noise)
    assert gzip_size(text, level=9) <= gzip_size(text, level=1)


def test_page_weight_sums_requests_bytes_and_the_runtime_share():
    responses = [
        {"url": "http://127.0.0.1:1/book/chapter_05.html", "status": 200, "raw": 300, "wire": 80},
        {
            "url": "http://127.0.0.1:1/_static/widget-runtime/embed-amd.js?v=1",
            "status": 200,
            "raw": 3600,
            "wire": 900,
        },
        {
            "url": "http://127.0.0.1:1/_static/widget-runtime/require.js",
            "status": 200,
            "raw": 86,
            "wire": 20,
        },
        {"url": "http://127.0.0.1:1/_static/theme.css", "status": 200, "raw": 400, "wire": 0},
        {"url": "data:font/woff2;base64,AAAA", "status": 200, "raw": 3, "wire": 3},
        {"url": "blob:http://127.0.0.1:1/abc", "status": 200, "raw": 7, "wire": 7},
        {"url": "http://127.0.0.1:1/favicon.ico", "status": 404, "raw": 10, "wire": 10},
    ]
    weight = page_weight(responses)
    assert weight.requests == 5
    assert weight.raw == 300 + 3600 + 86 + 400 + 10
    assert weight.wire == 80 + 900 + 20 + 0 + 10
    assert (weight.runtime_raw, weight.runtime_wire) == (3686, 920)
    assert weight.runtime_share == pytest.approx(920 / 1010)
    assert weight.failed == ["http://127.0.0.1:1/favicon.ico"]
    # A file merely named like the runtime elsewhere is not the runtime.
    other = page_weight(
        [{"url": "http://h/book/widget-runtime/x.js", "status": 200, "raw": 5, "wire": 5}]
    )
    assert other.runtime_wire == 0 and other.runtime_share == 0


def test_an_empty_page_weighs_nothing_without_dividing_by_zero():
    weight = page_weight([])
    assert (weight.requests, weight.raw, weight.wire, weight.runtime_share) == (0, 0, 0, 0.0)


def test_pages_with_a_target_are_held_to_it_and_the_others_are_only_listed():
    report = Report()
    weights = {
        "welcome": Weight(requests=20, raw=9_000_000, wire=2_000_000),
        "text chapter": Weight(requests=20, raw=900_000, wire=300 * 1024),
        "practice page": Weight(requests=20, raw=900_000, wire=451 * 1024),
    }
    weight_section(report, {"lean": {"weights": weights, "pages": {}}})
    assert report.checked == [
        ("lean text chapter weight", True),
        ("lean practice page weight", False),
    ]
    assert "≤ 300 KiB sent" in report.parts[0] and "≤ 450 KiB sent" in report.parts[0]


def test_page_types_take_the_chapters_with_the_fewest_and_most_widgets(tmp_path):
    (tmp_path / "book").mkdir()
    view = '<script type="application/vnd.jupyter.widget-view+json">'
    for name, widgets, size in [
        ("chapter_01", 2, 500),
        ("chapter_02", 2, 100),
        ("chapter_03", 5, 90),
    ]:
        (tmp_path / "book" / f"{name}.html").write_text(view * widgets + "x" * size)
    pages = page_types(tmp_path)
    assert list(pages) == [
        "welcome",
        "text chapter",
        "widget chapter",
        "practice page",
        "my journal",
        "glossary",
        "search",
    ]
    assert pages["text chapter"] == "book/chapter_02.html"
    assert pages["widget chapter"] == "book/chapter_03.html"


def test_book_options_keep_their_order_and_resolve_against_the_repository():
    books = parse_books(["other=/tmp/other/html", "lean=_build/html"])
    assert list(books) == ["other", "lean"]
    assert books["lean"] == ROOT / "_build" / "html"


def test_lighthouse_summary_reads_scores_errors_and_the_audits_below_full_marks():
    report = {
        "categories": {
            "performance": {
                "score": 0.341,
                "auditRefs": [{"id": "first-contentful-paint", "weight": 10}],
            },
            "accessibility": {
                "score": 1,
                "auditRefs": [{"id": "color-contrast", "weight": 7}, {"id": "info", "weight": 0}],
            },
            "best-practices": {
                "score": 0.96,
                "auditRefs": [{"id": "errors-in-console", "weight": 1}],
            },
        },
        "audits": {
            "first-contentful-paint": {"score": 0, "scoreDisplayMode": "numeric"},
            "color-contrast": {"score": 1, "scoreDisplayMode": "binary"},
            "info": {"score": 0, "scoreDisplayMode": "informative"},
            "errors-in-console": {"score": 0, "scoreDisplayMode": "binary"},
            "layout-shifts": {
                "score": None,
                "scoreDisplayMode": "error",
                "errorMessage": "Cannot read properties of undefined (reading 'frame_sequence')",
            },
        },
    }
    summary = lighthouse_summary(report)
    assert summary["scores"] == {"performance": 34, "accessibility": 100, "best-practices": 96}
    assert summary["failing"] == {"best-practices": ["errors-in-console"]}
    assert list(summary["errors"]) == ["layout-shifts"]


def test_the_seeded_timeline_is_one_the_book_itself_would_accept():
    envelope = timeline_envelope(200)
    assert entry_problems(envelope) == []
    events = envelope["data"]["events"]
    assert len(events) == 200
    assert len({event["id"] for event in events}) == 200
    assert envelope["widget_id"] == "chapter-05-my-timeline"


def test_the_prose_edit_changes_one_markdown_cell_and_no_code(tmp_path):
    notebook = {
        "cells": [
            {"cell_type": "code", "source": "print(1)", "metadata": {}, "outputs": []},
            {"cell_type": "markdown", "source": ["# Chapter\n", "Text."], "metadata": {}},
            {"cell_type": "markdown", "source": "More.", "metadata": {}},
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path = tmp_path / "chapter.ipynb"
    path.write_text(json.dumps(notebook))
    edit_prose(path)
    edited = json.loads(path.read_text())
    assert edited["cells"][0] == notebook["cells"][0]
    assert edited["cells"][1]["source"].startswith("# Chapter\nText.")
    assert "added by the benchmark" in edited["cells"][1]["source"]
    assert edited["cells"][2] == notebook["cells"][2]


def test_the_high_water_mark_is_read_for_a_live_process_and_none_once_gone():
    assert high_water_mark(os.getpid()) > 1_000_000
    # A child that has exited and been reaped has no /proc entry left.
    child = subprocess.Popen(["true"])
    child.wait()
    assert high_water_mark(child.pid) is None
