"""The GitHub workflows run the README's commands: tests on every change, and the book
published with its PDF (the welcome page and the instructor guide link to it)."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
PDF_LINK = 'href="../psychodynamic-course.pdf"'


def steps(workflow: str, job: str) -> list[dict]:
    return yaml.safe_load((WORKFLOWS / workflow).read_text(encoding="utf-8"))["jobs"][job]["steps"]


def test_tests_run_through_ci_run():
    assert {"run": ".ci/run"} in steps("test.yml", "test")


def test_the_book_is_published_with_its_pdf_beside_it():
    build = steps("publish.yml", "build")
    runs = [step["run"] for step in build if "run" in step]
    # Debian's chromium first (make pdf prints with it), then the book and its PDF.
    assert runs == [".ci/install-chromium", "make book pdf"]
    upload = next(step for step in build if step.get("uses", "").startswith("actions/upload-pages"))
    assert upload["with"]["path"] == "_build/html"
    # make pdf puts the PDF where the links point: the top of the published site.
    assert "_build/html/psychodynamic-course.pdf" in (ROOT / "Makefile").read_text(encoding="utf-8")


def test_the_welcome_page_and_the_instructor_guide_link_to_the_pdf():
    for page in ("intro.md", "instructor_guide.ipynb"):
        assert PDF_LINK.replace('"', '\\"' if page.endswith("ipynb") else '"') in (
            ROOT / "book" / page
        ).read_text(encoding="utf-8"), page
