import os
from pathlib import Path

import pytest

from psychodynamic_course.learner_data.journal import Journal
from psychodynamic_course.widgets.base import CourseWidget

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def chapters() -> list[Path]:
    """The chapter notebooks as committed."""
    return sorted((ROOT / "book").glob("*.ipynb"))


@pytest.fixture
def journal(tmp_path) -> Journal:
    """A journal file of its own for each test (never the user's)."""
    return Journal(tmp_path / "j.json")


@pytest.fixture
def sent(monkeypatch) -> list:
    """The messages widgets send to their front end, recorded instead of sent."""
    messages = []
    monkeypatch.setattr(
        CourseWidget, "send", lambda self, content, buffers=None: messages.append(content)
    )
    return messages


# -- the robustness summary -------------------------------------------------------------
# Tests that try bad inputs or inject faults record what they tried; pytest-xdist carries
# user_properties from its workers, so the table adds up across processes too.
from robustness import Tried, summary_lines  # noqa: E402

ROBUSTNESS_PROPERTY = "robustness"


@pytest.fixture
def robustness(record_property):
    """Record what a test tried: ``robustness("reflection", "bad input", count=28)``."""

    def record(component: str, what: str, count: int = 1) -> None:
        record_property(ROBUSTNESS_PROPERTY, (component, what, count))

    return record


def pytest_terminal_summary(terminalreporter):
    tried, failed = [], 0
    for outcome in ("passed", "failed", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            found = [
                Tried(*value)
                for name, value in getattr(report, "user_properties", [])
                if name == ROBUSTNESS_PROPERTY
            ]
            if found and outcome == "passed" and report.when == "call":
                tried.extend(found)
            elif found:
                failed += 1
    if not tried and not failed:
        return
    terminalreporter.section("bad inputs and faults tried")
    for line in summary_lines(tried):
        terminalreporter.write_line(line)
    total = sum(item.count for item in tried)
    verdict = (
        "every one was refused with a message or kept exactly, and nothing saved was lost"
        if not failed
        else f"{failed} of these tests FAILED: see above"
    )
    terminalreporter.write_line(f"  {total} trials in passing tests: {verdict}.")


# -- hypothesis -------------------------------------------------------------------------
# derandomize: the same examples on every run, so a test run (and CI) passes or fails
# for the code, never for a newly drawn example; a failure always reproduces. To explore
# further, run with HYPOTHESIS_PROFILE=explore (fresh random examples on every run).
from hypothesis import settings  # noqa: E402

settings.register_profile("course", deadline=None, derandomize=True, print_blob=True)
settings.register_profile("explore", deadline=None, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "course"))
