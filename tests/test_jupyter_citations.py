"""Chapters cite as Jupyter reads them, matching the bibliography; the book gets footcites."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from jupyter_citations import (
    BOOK_REFERENCES,
    REFERENCES_TAG,
    citation_text,
    refresh,
    to_book_markdown,
    to_book_notebook,
)

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "book").glob("*.ipynb"))


def markdown_cells(notebook: dict) -> list[dict]:
    return [cell for cell in notebook["cells"] if cell["cell_type"] == "markdown"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.name)
def test_no_notebook_uses_markup_jupyterlab_shows_as_an_error(path):
    for cell in markdown_cells(json.loads(path.read_text(encoding="utf-8"))):
        source = "".join(cell["source"])
        assert "{footcite" not in source and "{footbibliography}" not in source, path.name
        assert "{cite" not in source and "{bibliography}" not in source, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.name)
def test_citation_texts_and_reference_lists_match_the_bibliography(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    expected = refresh(copy.deepcopy(notebook))
    for cell, fresh in zip(markdown_cells(notebook), markdown_cells(expected), strict=True):
        assert "".join(cell["source"]) == "".join(fresh["source"]), (
            f"{path.name}: run `python scripts/jupyter_citations.py {path.relative_to(ROOT)}`"
        )


def test_every_chapter_lists_its_references_for_jupyter_and_the_book_gets_its_footnotes():
    for number in range(1, 10):
        path = ROOT / "book" / f"chapter_0{number}.ipynb"
        text = path.read_text(encoding="utf-8")
        tagged = [
            cell
            for cell in json.loads(text)["cells"]
            if REFERENCES_TAG in cell["metadata"].get("tags", [])
        ]
        assert len(tagged) == 1 and "".join(tagged[0]["source"]).startswith("## References\n\n- ")
        book = json.loads(to_book_notebook(text))
        sources = ["".join(cell["source"]) for cell in book["cells"]]
        assert BOOK_REFERENCES in sources
        assert not any("#cite-" in source for source in sources)
        assert any("{footcite:" in source for source in sources)


CASES = [
    ("[Shedler (2010)](#cite-shedler2010) says", "{footcite:t}`shedler2010` says"),
    (
        "as shown [(Bowlby, 1988; Opie et al., 2021)](#cite-bowlby1988,opie2021).",
        "as shown {footcite:p}`bowlby1988,opie2021`.",
    ),
    ("[a link](https://example.org) stays", "[a link](https://example.org) stays"),
    ("[section](#cite) stays", "[section](#cite) stays"),
]


@pytest.mark.parametrize(("jupyter", "book"), CASES)
def test_the_book_reads_each_citation_as_a_footcite_role(jupyter, book):
    assert to_book_markdown(jupyter) == book


def test_et_al_from_three_authors_and_two_are_joined():
    assert citation_text(["otgaar2021"], in_brackets=False) == "Otgaar et al. (2021)"
    assert citation_text(["blagys2000"], in_brackets=True) == "(Blagys and Hilsenroth, 2000)"
    assert citation_text(["flueckiger2017"], in_brackets=True) == "(Flückiger and Del Re, 2017)"
