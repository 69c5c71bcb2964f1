"""A chapter downloaded from the built book runs on its own, away from the repository.

Each chapter page has a download button (sphinx-book-theme) offering the chapter's
``.ipynb``. A reader who takes only that file, with the course package installed, must
be able to run it top to bottom. This reads the built book, so it lives with the browser
tests, which `make test` runs after the book is built; it needs no browser itself.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import nbformat
import pytest
from bs4 import BeautifulSoup
from nbclient import NotebookClient

pytestmark = pytest.mark.browser

BUILD = Path(__file__).resolve().parents[2] / "_build" / "html"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def download_link(page: Path) -> Path:
    """The file the page's .ipynb download button points at, inside the built book."""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    links = {
        anchor["href"]
        for anchor in soup.find_all("a", href=True)
        if urlsplit(anchor["href"]).path.endswith(".ipynb") and "_sources" in anchor["href"]
    }
    assert len(links) == 1, f"expected one .ipynb download link on {page.name}, found {links}"
    relative = urljoin(page.relative_to(BUILD).as_posix(), urlsplit(links.pop()).path)
    return BUILD / relative


def test_chapter_1_download_runs_alone_in_an_empty_folder(tmp_path, monkeypatch):
    page = BUILD / "book" / "chapter_01.html"
    if not page.is_file():
        pytest.fail("The book is not built: run `make book` first.")
    source = download_link(page)
    assert source.is_file(), f"the download button points at a missing file: {source}"
    folder = tmp_path / "downloads"
    folder.mkdir()
    notebook_path = Path(shutil.copy(source, folder))
    # The chapter's widgets may save to the journal; keep that out of the user's own.
    monkeypatch.setenv("PSYCHODYNAMIC_COURSE_JOURNAL", str(tmp_path / "journal.json"))

    notebook = nbformat.read(notebook_path, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=120,
        resources={"metadata": {"path": str(folder)}},  # the kernel sees only this file
    )
    client.execute()  # raises CellExecutionError on any error

    # Every exercise and figure cell produced something, and the exercises are live
    # widgets (the committed notebook stores none: they come from this run).
    shown = [cell for cell in notebook.cells if "remove-input" in cell.metadata.get("tags", [])]
    assert shown and all(cell.outputs for cell in shown)
    widgets = [
        output for cell in shown for output in cell.outputs if WIDGET_VIEW in output.get("data", {})
    ]
    assert len(widgets) >= 2, "chapter 1 has a quiz and a reflection"
