"""The spaced review's cards: the chapters' self-check questions and the glossary's terms.

Each card is tagged with a chapter, so a learner reviews the chapters they choose:

* a **question** card is a self-check question of chapters 1 to 9 with its options and
  explanations, answered as in the chapter; its id is ``q:<quiz id>:<question id>``;
* a **term** card asks for a glossary term's definition (``t:<slug>:term``) or, the other
  way round, for the term a definition describes (``t:<slug>:definition``). Its chapter is
  the first chapter that links the term with ``{term}``; terms no chapter links are not
  reviewed.

The glossary is part of the book, not of the package, yet the review must work where
only the package is installed (Binder, a hub, Colab). So the term cards are kept in the
package as ``review_terms.json``, made from ``book/glossary.md`` and the chapters by
``python -m psychodynamic_course.content.review_cards`` (run from the repository), and
``tests/test_review_cards.py`` fails when that file is older than the book.

Example:
    >>> cards = review_cards()
    >>> sorted({card["kind"] for card in cards})
    ['question', 'term']
    >>> next(card["id"] for card in cards if card["kind"] == "term")
    't:affect:term'
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from . import CONTENT, quiz_names, read_quiz

TERMS_FILE = "review_terms.json"
REVIEWED_QUIZZES = [f"chapter-0{number}" for number in range(1, 10)]

_TERM_ROLE = re.compile(r"\{term\}`([^`<]*?)(?:\s*<([^>]+)>)?`")
_CITATION = re.compile(r"\s*\{footcite(?::[a-z]+)?\}`[^`]*`")


def slug(term: str) -> str:
    """A term as an id part: lower case, runs of anything else than letters and digits as "-".

    Example:
        >>> slug("Cognitive behavioural therapy (CBT)")
        'cognitive-behavioural-therapy-cbt'
    """
    return re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


def plain_text(markup: str) -> str:
    """Glossary MyST as plain text: a ``{term}`` role as its words, citations left out.

    Example:
        >>> plain_text("Purposes (see {term}`Good-enough level`) {footcite:p}`swift2012`.")
        'Purposes (see Good-enough level).'
    """
    text = _CITATION.sub("", markup)
    return _TERM_ROLE.sub(lambda match: match.group(1).strip(), text)


def glossary_terms(text: str) -> list[tuple[str, str]]:
    """The (term, definition) pairs of the ``{glossary}`` directive in glossary.md's ``text``.

    Example:
        >>> glossary_terms("```{glossary}\\nAffect\\n  Feeling as\\n  shown.\\n```\\n")
        [('Affect', 'Feeling as shown.')]
    """
    block = text.split("```{glossary}", 1)[1].split("\n```", 1)[0]
    terms: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line and not line[0].isspace():
            terms.append((line.strip(), []))
        elif line.strip() and terms:
            terms[-1][1].append(line.strip())
    return [(term, plain_text(" ".join(lines))) for term, lines in terms]


def first_chapters(chapter_markdown: dict[str, str]) -> dict[str, str]:
    """For each glossary term a chapter links, the first such chapter, by chapter name.

    Example:
        >>> first_chapters({"chapter-02": "{term}`defences <Defence>`",
        ...                 "chapter-01": "{term}`Defence`"})
        {'Defence': 'chapter-01'}
    """
    first: dict[str, str] = {}
    for chapter in sorted(chapter_markdown):
        for words, target in _TERM_ROLE.findall(chapter_markdown[chapter]):
            first.setdefault((target or words).strip(), chapter)
    return first


def _masked(definition: str, term: str) -> str:
    """The definition with the term's own words blanked, so it does not give the answer away."""
    words = re.sub(r"\s*\([^)]*\)$", "", term)  # "Cognitive behavioural therapy (CBT)"
    for name in {words, term, *re.findall(r"\(([^)]*)\)$", term)}:
        definition = re.sub(rf"\b{re.escape(name)}(s|es)?\b", "…", definition, flags=re.IGNORECASE)
    return definition


def term_cards(book: Path) -> list[dict]:
    """Both cards of every glossary term a chapter links, made from the book's sources."""
    markdown = {}
    for notebook in sorted(book.glob("chapter_0*.ipynb")):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        text = "\n".join(
            "".join(cell["source"]) for cell in cells if cell["cell_type"] == "markdown"
        )
        markdown[f"chapter-{notebook.stem[-2:]}"] = text
    chapters = first_chapters(markdown)
    cards = []
    for term, definition in glossary_terms((book / "glossary.md").read_text(encoding="utf-8")):
        if term not in chapters:
            continue
        common = {"kind": "term", "chapter": chapters[term], "term": term}
        cards.append(
            {
                "id": f"t:{slug(term)}:term",
                **common,
                "direction": "term",
                "prompt": term,
                "answer": definition,
            }
        )
        cards.append(
            {
                "id": f"t:{slug(term)}:definition",
                **common,
                "direction": "definition",
                "prompt": _masked(definition, term),
                "answer": term,
            }
        )
    return cards


def question_cards() -> list[dict]:
    """A card for every self-check question of chapters 1 to 9, in chapter order."""
    cards = []
    for name in REVIEWED_QUIZZES:
        if name not in quiz_names():
            continue
        quiz = read_quiz(name)
        for question in quiz["questions"]:
            cards.append(
                {
                    "id": f"q:{quiz['id']}:{question['id']}",
                    "kind": "question",
                    "chapter": name,
                    "quiz": quiz["id"],
                    "question": question,
                }
            )
    return cards


def review_cards() -> list[dict]:
    """Every card of the spaced review: questions, then terms, each group in chapter order."""
    terms = json.loads((CONTENT / TERMS_FILE).read_text(encoding="utf-8"))
    return question_cards() + sorted(terms, key=lambda card: card["chapter"])


def write_terms(book: Path, target: Path) -> None:
    """Write the term cards made from ``book`` to ``target`` (the package's copy)."""
    text = json.dumps(term_cards(book), ensure_ascii=False, indent=1) + "\n"
    target.write_text(text, encoding="utf-8")


if __name__ == "__main__":  # python -m psychodynamic_course.content.review_cards [book folder]
    book_folder = Path(sys.argv[1] if len(sys.argv) > 1 else "book")
    write_terms(book_folder, Path(str(CONTENT / TERMS_FILE)))
