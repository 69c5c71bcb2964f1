"""The printed book (`make pdf`, scripts/print_book.py): one bookmark per chapter, each
chapter's text in it, and widgets printed as a one-line note instead of dead controls.

Reads _build/pdf/book.pdf as it is; `make pdf` (part of `make test`) writes it."""

import json
import re
import unicodedata
from pathlib import Path

import pytest
from print_book import PDF, SINGLEHTML, single_page_name, widget_view_count
from pypdf import PdfReader

from psychodynamic_course.content.effect_size_data import GROUPS, entries_in

from .conftest import ROOT

pytestmark = pytest.mark.browser

CHAPTERS = sorted((ROOT / "book").glob("chapter_*.ipynb"))
FRONTEND = ROOT / "frontend"
# Characters a plain sentence may hold: the book's smart quotes and dashes would differ
# between the notebook and the page, and markup would not print as written.
PLAIN = re.compile(r"[A-Za-z0-9 ,.;:()?!-]+")


@pytest.fixture(scope="module")
def pdf():
    if not PDF.is_file():
        pytest.fail(f"No PDF at {PDF}: run `make pdf` first.")
    return PdfReader(PDF)


@pytest.fixture(scope="module")
def pdf_text(pdf):
    return squeeze("\n".join(page.extract_text() for page in pdf.pages))


def squeeze(text: str) -> str:
    """Text with ligatures split ("ﬁ" to "fi"), line-end hyphenation undone, curly
    quotes made straight and no whitespace.

    Whitespace is dropped, not collapsed: where a line wraps, Chromium's PDF sometimes has
    no space at all between the two words (bookmarks read "andwhere").
    """
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", "", text)


def markdown_cells(notebook: Path) -> list[str]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return ["".join(cell["source"]) for cell in cells if cell["cell_type"] == "markdown"]


def chapter_title(notebook: Path) -> str:
    first = markdown_cells(notebook)[0].splitlines()[0]
    assert first.startswith("# "), notebook
    return first[2:].strip()


def plain_sentence(notebook: Path) -> str:
    """The first sentence of the chapter's running text that prints exactly as written.

    Read from the notebook each time, so the check follows the chapter as it is edited.
    Paragraphs only: not headings, lists, tables or fenced blocks (notes, figures).
    """
    for cell in markdown_cells(notebook):
        in_fence = False
        for paragraph in re.split(r"\n\s*\n", cell):
            lines = paragraph.strip().splitlines()
            if not lines:
                continue
            if lines[0].startswith(("```", ":::")):
                in_fence = not (len(lines) > 1 and lines[-1].startswith(("```", ":::")))
                continue
            if in_fence:
                in_fence = not lines[-1].startswith(("```", ":::"))
                continue
            if lines[0].startswith(("#", "-", "*", "|", ">", "1.", "(")):
                continue
            for sentence in re.split(r"(?<=[.?!])\s+", " ".join(lines)):
                if len(sentence.split()) >= 8 and PLAIN.fullmatch(sentence):
                    return sentence
    raise AssertionError(f"no plain sentence found in {notebook.name}")


def outline_titles(outline) -> list[str]:
    titles = []
    for item in outline:
        titles.extend(outline_titles(item) if isinstance(item, list) else [item.title])
    return titles


def test_there_are_nine_chapters():
    assert len(CHAPTERS) == 9


@pytest.mark.parametrize("notebook", CHAPTERS, ids=[path.stem for path in CHAPTERS])
def test_each_chapter_has_a_bookmark(pdf, notebook):
    titles = [squeeze(title) for title in outline_titles(pdf.outline)]
    title = squeeze(chapter_title(notebook))
    # Chapters are numbered in the book ("1. What psychodynamic therapy is").
    assert any(re.fullmatch(rf"\d+\.{re.escape(title)}", found) for found in titles), title


@pytest.mark.parametrize("notebook", CHAPTERS, ids=[path.stem for path in CHAPTERS])
def test_each_chapters_text_is_printed(pdf_text, notebook):
    sentence = plain_sentence(notebook)
    assert squeeze(sentence) in pdf_text, sentence


STATE = re.compile(
    r'<script type="application/vnd.jupyter.widget-state\+json">(.*?)</script>', re.S
)
HANDOUT_INTRO = "Mark your answers on paper. The answers and explanations are on the next page."
ANSWERS_HEADING = "Answers and explanations:"


def printed_widget_kinds() -> dict[str, int]:
    """How many widgets of the printed page print as a handout (quizzes), as shown (the
    fictional case, read-only) and in all."""
    page = (SINGLEHTML / single_page_name((ROOT / "_toc.yml").read_text())).read_text()
    models = {}
    for block in STATE.findall(page):
        models.update(json.loads(block)["state"])
    states = [model["state"] for model in models.values() if model["model_module"] == "anywidget"]
    return {
        "all": widget_view_count(page),
        "handout": sum(state["_anywidget_id"].endswith(".Quiz") for state in states),
        "shown": sum(bool(state.get("read_only")) for state in states),
    }


def test_widgets_print_as_notes_handouts_or_the_case_itself_never_as_controls(pdf_text):
    print_module = (FRONTEND / "lib" / "print.js").read_text()
    notes = re.findall(r'^export const PRINT_NOTE\w*\s*=\s*"([^"]+)";', print_module, re.MULTILINE)
    assert len(notes) == 2, notes  # one for exercises, one for figures to explore
    kinds = printed_widget_kinds()
    assert kinds["handout"] >= 10 and kinds["shown"] >= 3
    # Every other widget but the journal, which prints its entries instead, is a note.
    noted = kinds["all"] - kinds["handout"] - kinds["shown"] - 1
    assert noted > 10
    assert sum(pdf_text.count(squeeze(note)) for note in notes) == noted
    assert pdf_text.count(squeeze(HANDOUT_INTRO)) == kinds["handout"]


def test_each_quiz_handout_has_its_answers_on_a_page_of_their_own(pdf):
    pages = [squeeze(page.extract_text()) for page in pdf.pages]
    starts = [number for number, text in enumerate(pages) if squeeze(HANDOUT_INTRO) in text]
    assert len(starts) == printed_widget_kinds()["handout"]
    for start in starts:
        answers = next(
            number
            for number in range(start + 1, len(pages))
            if squeeze(ANSWERS_HEADING) in pages[number]
        )
        # The answers begin a page (a lecturer hands out the pages before it), and no
        # answer or explanation is printed on the question pages.
        assert pages[answers].startswith(squeeze(ANSWERS_HEADING)), pages[answers][:80]
        for number in range(start, answers):
            assert "Notcorrect:" not in pages[number] and "Correct:" not in pages[number]


def test_nadias_episodes_and_timeline_print_in_full(pdf_text):
    from psychodynamic_course.content.story import nadia_sample_events
    from psychodynamic_course.widgets.pattern_finder import nadia_episodes

    for episode in nadia_episodes():
        for part in ("who", "wish", "other", "self"):
            assert squeeze(episode[part]) in pdf_text, (part, episode[part])
    for event in nadia_sample_events():
        assert squeeze(event["label"]) in pdf_text, event["label"]


# How the sources make a labelled button: directly, through a small local helper
# (list_editor.js's button(), timeline_parts.js's make()), or, for the list editor's
# add button, as "Add <noun>" from the noun a widget gives it.
BUTTON_MADE = re.compile(r'\belement\("button", \{[^}]*\}, "([^"]+)"\)')
BUTTON_HELPER = re.compile(r'\b(?:button|make)\("([^"]+)"')
LIST_NOUN = re.compile(r'\bnoun: "([^"]+)"')


def button_labels() -> set[str]:
    """The text of every button the widgets make, read from their JavaScript sources."""
    labels = set()
    for script in FRONTEND.glob("**/*.js"):
        source = script.read_text()
        labels |= set(BUTTON_MADE.findall(source)) | set(BUTTON_HELPER.findall(source))
        labels |= {f"Add {noun}" for noun in LIST_NOUN.findall(source)}
    return labels


def book_prose() -> str:
    """The book's own words: its pages, the references they list (which print "The
    Standard Edition", holding the Edit button's label) and the quizzes, which print as
    handouts ("Cancelling" holds the Cancel button's)."""
    book = ROOT / "book"
    sources = [path for kind in ("md", "ipynb", "bib") for path in book.glob(f"*.{kind}")]
    sources += sorted((ROOT / "src" / "psychodynamic_course" / "content" / "quizzes").glob("*.yml"))
    return squeeze("\n".join(path.read_text(encoding="utf-8") for path in sources))


def test_no_widget_button_is_printed(pdf_text):
    labels = button_labels()
    assert {"Check answer", "Add event", "Add episode", "Clear answer", "Undo"} <= labels
    assert {"Cancel editing", "Download as JSON"} <= labels
    # A label the book's own text also uses ("Export as Markdown" in My journal's
    # instructions, "Edit" in its references) may rightly be printed; every other one
    # would be a dead button.
    prose = book_prose()
    checked = [label for label in labels if squeeze(label) not in prose]
    assert len(checked) >= 10
    printed = [label for label in checked if squeeze(label) in pdf_text]
    assert printed == []


@pytest.mark.parametrize("group", GROUPS, ids=[group["id"] for group in GROUPS])
def test_each_panel_of_chapter_9s_chart_prints_on_one_page(pdf, group):
    # The chart is four SVGs (figures/panels.py) and print.css keeps each whole: a panel's
    # heading, its rows and its axis label land on one page, not cut across two.
    parts = [group["heading"], group["axis"]] + [entry["label"] for entry in entries_in(group)]
    pages = [squeeze(page.extract_text()) for page in pdf.pages]
    assert any(all(squeeze(part) in page for part in parts) for page in pages), group["id"]
