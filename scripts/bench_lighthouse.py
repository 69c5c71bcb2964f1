"""Lighthouse scores for `make bench`: performance, accessibility and best practices of each
measured page, desktop and mobile, offline.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from bench_browser import CHROMIUM, CHROMIUM_ARGS
from bench_report import Report, at_least, at_most, format_seconds, markdown_table

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
# Chromium for Lighthouse: headless, and none of its own traffic (tests/browser/conftest.py).
LIGHTHOUSE_CHROME_FLAGS = ["--headless=new", *CHROMIUM_ARGS]
LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices")
ACCESSIBILITY = at_least(100, "100")
BEST_PRACTICES = at_least(100, "100")
# Issue 16: every page type scores 90 or more on a phone, 98 or more on a desktop.
PERFORMANCE = {"desktop": at_least(98, "98"), "mobile": at_least(90, "90")}
# Largest contentful paint on mobile (Lighthouse's simulated slow 4G and mid-range phone).
MOBILE_LCP = at_most(2500, "2.5 s")
# The timings shown beside the scores, from each audit's numericValue (milliseconds).
METRICS = {
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
}


def lighthouse_summary(report: dict) -> dict:
    """Scores (0 to 100) and the audits Lighthouse could not run, from its JSON report.

    ``failing`` lists, per category, the scored audits below a full score, which is why a
    category is under 100; ``metrics`` the paint and blocking times in milliseconds.

    Example:
        >>> report = {"categories": {
        ...     "accessibility": {"score": 1, "auditRefs": [{"id": "a", "weight": 1}]},
        ...     "best-practices": {"score": 0.96, "auditRefs": [{"id": "e", "weight": 1}]},
        ... }, "audits": {
        ...     "a": {"score": 1, "scoreDisplayMode": "binary"},
        ...     "e": {"score": 0, "scoreDisplayMode": "binary"},
        ...     "x": {"score": None, "scoreDisplayMode": "error", "errorMessage": "boom"},
        ...     "largest-contentful-paint": {"score": 0.9, "numericValue": 2140.5},
        ... }}
        >>> summary = lighthouse_summary(report)
        >>> summary["scores"], summary["errors"], summary["failing"]
        ({'accessibility': 100, 'best-practices': 96}, {'x': 'boom'}, {'best-practices': ['e']})
        >>> summary["metrics"]
        {'largest-contentful-paint': 2140.5}
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
    metrics = {
        name: report["audits"][name]["numericValue"]
        for name in METRICS
        if report["audits"].get(name, {}).get("numericValue") is not None
    }
    return {"scores": scores, "errors": errors, "failing": failing, "metrics": metrics}


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
        return {
            "scores": {},
            "errors": {"lighthouse": result.stderr[-500:]},
            "failing": {},
            "metrics": {},
        }
    report = json.loads(output.read_text())
    summary = lighthouse_summary(report)
    summary["warnings"] = report.get("runWarnings", [])
    return summary


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
            metrics = summary.get("metrics", {})
            for name in METRICS:
                value = metrics.get(name)
                shown = format_seconds(None if value is None else value / 1000)
                if name == "largest-contentful-paint" and device == "mobile":
                    shown += " " + report.check(f"{label} {page} mobile LCP", MOBILE_LCP, value)
                cells.append(shown.strip())
            rows.append([label, page, device, *cells])
    headers = [
        "book",
        "page",
        "device",
        f"performance ({PERFORMANCE['desktop'].text} desktop, {PERFORMANCE['mobile'].text} mobile)",
        f"accessibility ({ACCESSIBILITY.text})",
        f"best practices ({BEST_PRACTICES.text})",
        "FCP",
        f"LCP ({MOBILE_LCP.text} mobile)",
        "TBT",
    ]
    text = (
        "Lighthouse 12.2.3 from `node_modules`, with Debian's Chromium (`CHROME_PATH`, "
        f'`--chrome-flags="{" ".join(LIGHTHOUSE_CHROME_FLAGS)}"`), default simulated '
        "throttling; *mobile* is Lighthouse's default (a mid-range phone on slow 4G), *desktop* "
        "`--preset=desktop`. Each score is followed by whether it meets its target; FCP, LCP "
        "and TBT are first and largest contentful paint and total blocking time.\n\n"
        + markdown_table(headers, rows)
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
