"""Citations that read as author and year in Jupyter, and stay linked footnotes in the book.

jupyterlab-myst renders a chapter's MyST in JupyterLab and Notebook 7, but it knows
nothing of sphinxcontrib-bibtex: ``{footcite:p}`key``` shows the bare key and
``{footbibliography}`` an "Unknown Directive" error box. So the chapters are written the
way Jupyter reads them, and this Sphinx extension turns them back into the book's
footnote citations before myst-nb parses the notebook (``source-read``):

* a citation is a Markdown link whose target names the keys, ``#cite-<key>[,<key>]``,
  and whose text is what Jupyter shows: "Shedler (2010)" in a sentence (the book's
  ``{footcite:t}``) or "(Bowlby, 1969; Ainsworth et al., 1978)" in brackets
  (``{footcite:p}``);
* a chapter's last Markdown cell, tagged ``references``, lists the works it cites, so
  Jupyter readers have them; the book replaces it with ``{footbibliography}``.

The link texts and the list are made from ``book/references.bib`` by this script
(``python scripts/jupyter_citations.py book/*.ipynb`` rewrites them), and
``tests/test_jupyter_citations.py`` fails when a notebook's text no longer matches the
bibliography, so the two cannot drift apart.

Example:
    >>> to_book_markdown("[Shedler (2010)](#cite-shedler2010) saw [(Smit, 2012)](#cite-smit2012)")
    '{footcite:t}`shedler2010` saw {footcite:p}`smit2012`'
"""

from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIBLIOGRAPHY = ROOT / "book" / "references.bib"
REFERENCES_TAG = "references"
BOOK_REFERENCES = "## References\n\n```{footbibliography}\n```"
# [text](#cite-key1,key2): a citation in brackets when its text starts with "(".
CITATION = re.compile(r"\[([^\[\]]+)\]\(#cite-([A-Za-z0-9_-]+(?:,[A-Za-z0-9_-]+)*)\)")


def to_book_markdown(markdown: str) -> str:
    """A Markdown cell as the book reads it: each citation link as a footcite role."""

    def role(match: re.Match) -> str:
        style = "p" if match.group(1).startswith("(") else "t"
        return f"{{footcite:{style}}}`{match.group(2)}`"

    return CITATION.sub(role, markdown)


def to_book_notebook(text: str) -> str:
    """A notebook's JSON text as the book builds it (see the module docstring)."""
    notebook = json.loads(text)
    for cell in notebook["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        source = "".join(cell["source"])
        if REFERENCES_TAG in cell.get("metadata", {}).get("tags", []):
            cell["source"] = BOOK_REFERENCES
        elif "#cite-" in source:
            cell["source"] = to_book_markdown(source)
    return json.dumps(notebook, ensure_ascii=False)


def _plain(text: str) -> str:
    """BibTeX text as plain Unicode: accents decoded, case-protecting braces dropped."""
    from pybtex.richtext import Text

    return Text.from_latex(text).render_as("text")


@functools.cache
def _entries() -> dict:
    from pybtex.database import parse_file  # sphinxcontrib-bibtex's own parser

    return parse_file(str(BIBLIOGRAPHY)).entries


def surnames(key: str) -> str:
    """How a work is named in a citation: one surname, two joined by "and", or "et al."

    Example:
        >>> surnames("luborsky1998"), surnames("ainsworth1978"), surnames("shedler2010")
        ('Luborsky and Crits-Christoph', 'Ainsworth et al.', 'Shedler')
    """
    people = _entries()[key].persons["author"]
    names = [_plain(" ".join(person.prelast_names + person.last_names)) for person in people]
    names = [name for name in names if name != "others"] + (
        ["others"] if len(people) > len(names) else []
    )
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    return f"{names[0]} et al."


def year(key: str) -> str:
    return _entries()[key].fields["year"]


def citation_text(keys: list[str], in_brackets: bool) -> str:
    """The text Jupyter shows for a citation of ``keys``.

    Example:
        >>> citation_text(["shedler2010"], in_brackets=False)
        'Shedler (2010)'
        >>> citation_text(["bowlby1988", "opie2021"], in_brackets=True)
        '(Bowlby, 1988; Opie et al., 2021)'
    """
    if in_brackets:
        return "(" + "; ".join(f"{surnames(key)}, {year(key)}" for key in keys) + ")"
    return "; ".join(f"{surnames(key)} ({year(key)})" for key in keys)


def reference_line(key: str) -> str:
    """One entry of a chapter's reference list, as Jupyter shows it (a plain APA-like line).

    Example:
        >>> print(reference_line("shedler2010"))  # doctest: +NORMALIZE_WHITESPACE
        Shedler, J. (2010). The efficacy of psychodynamic psychotherapy.
        *American Psychologist*, 65(2), 98\N{EN DASH}109. https://doi.org/10.1037/a0018378
    """
    entry = _entries()[key]
    people, more = [], False
    for person in entry.persons["author"]:
        if str(person) == "others":  # "and others" in the bib: the list stops there
            more = True
            continue
        initials = " ".join(f"{name[0]}." for name in person.first_names + person.middle_names)
        surname = _plain(" ".join(person.prelast_names + person.last_names))
        people.append(f"{surname}, {initials}" if initials else surname)
    if more:
        authors = ", ".join(people) + ", et al."
    elif len(people) == 1:
        authors = people[0]
    else:
        authors = ", ".join(people[:-1]) + ", & " + people[-1]
    fields = {name: _plain(value) for name, value in entry.fields.items()}
    line = f"{authors} ({fields['year']}). {fields['title']}."
    if "journal" in fields:
        line += f" *{fields['journal']}*"
        if "volume" in fields:
            line += f", {fields['volume']}" + (
                f"({fields['number']})" if "number" in fields else ""
            )
        if "pages" in fields:
            line += f", {fields['pages']}"
        line += "."
    elif "booktitle" in fields:
        line += f" In *{fields['booktitle']}*."
    if "publisher" in fields or "institution" in fields:
        line += f" {fields.get('publisher') or fields['institution']}."
    if "note" in fields and "Published online" not in fields["note"]:
        line += f" {fields['note']}."
    if "doi" in fields:
        line += f" https://doi.org/{fields['doi']}"
    return line


def cited_keys(markdown: str) -> list[str]:
    """Every key cited in ``markdown``, in order of first citation."""
    keys: list[str] = []
    for match in CITATION.finditer(markdown):
        keys += [key for key in match.group(2).split(",") if key not in keys]
    return keys


def jupyter_references(keys: list[str]) -> str:
    """A chapter's reference cell for Jupyter: the works it cites, by surname and year."""
    ordered = sorted(set(keys), key=lambda key: (surnames(key).lower(), year(key)))
    return "## References\n\n" + "\n".join(f"- {reference_line(key)}" for key in ordered)


def from_footcite(markdown: str) -> str:
    """Markdown with the book's footcite roles written as Jupyter citation links."""

    def link(match: re.Match) -> str:
        keys = match.group(2).split(",")
        text = citation_text(keys, in_brackets=match.group(1) == "p")
        return f"[{text}](#cite-{','.join(keys)})"

    return re.sub(r"\{footcite:([tp])\}`([^`]+)`", link, markdown)


def refresh(notebook: dict) -> dict:
    """The notebook with every citation's text and its reference cell made from the bib."""
    cited: list[str] = []
    for cell in notebook["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        source = from_footcite("".join(cell["source"]))
        if source.strip() == BOOK_REFERENCES:
            cell.setdefault("metadata", {}).setdefault("tags", []).append(REFERENCES_TAG)
        source = CITATION.sub(
            lambda m: (
                f"[{citation_text(m.group(2).split(','), m.group(1).startswith('('))}]"
                f"(#cite-{m.group(2)})"
            ),
            source,
        )
        cited += cited_keys(source)
        cell["source"] = source.splitlines(keepends=True)
    for cell in notebook["cells"]:
        if REFERENCES_TAG in cell.get("metadata", {}).get("tags", []):
            cell["source"] = jupyter_references(cited).splitlines(keepends=True)
    return notebook


def _on_source_read(app, docname, source):
    if str(app.env.doc2path(docname)).endswith(".ipynb") and "#cite-" in source[0]:
        source[0] = to_book_notebook(source[0])


def setup(app):
    app.connect("source-read", _on_source_read)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


if __name__ == "__main__":  # python scripts/jupyter_citations.py book/chapter_0*.ipynb
    import nbformat

    for name in sys.argv[1:]:
        notebook = nbformat.read(name, as_version=4)
        nbformat.write(nbformat.from_dict(refresh(notebook)), name)
