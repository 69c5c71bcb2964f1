"""What a journal is: the envelope of one saved entry, and a whole journal's rules.

One format serves the browser's copy of each entry, the kernel's journal file
(``journal.py``) and a journal export, so an export can be imported in any copy of the
book. ``frontend/widgets/journal.js`` checks an import by the same rules (``journalProblems``).

Example:
    >>> journal = empty_journal()
    >>> journal["entries"]["x"] = make_entry("x", "reflection", {"text": "Hi", "mode": "own"})
    >>> journal_problems(journal)
    []
"""

from __future__ import annotations

import json
import time

from .data_model import DataError, Problem, check, load_schema, validate

# Names this course's data: the journal file's ``course`` and, in the browser, the prefix
# of every localStorage key, so several books can share one origin without mixing data.
COURSE_ID = "psychodynamic-course"
JOURNAL_FORMAT = "psychodynamic-course-journal"
ENTRY_FORMAT = "psychodynamic-course-entry"
# Refuse to even parse an import larger than this: a real journal is a few hundred KB.
MAX_IMPORT_BYTES = 5_000_000


def make_entry(
    widget_id: str,
    kind: str,
    data: dict,
    *,
    title: str = "",
    chapter: str = "",
    saved_at: int | None = None,
    course_id: str = COURSE_ID,
) -> dict:
    """Wrap a widget's data in the envelope every copy of it is kept in.

    Example:
        >>> make_entry("x", "reflection", {"text": "", "mode": "own"}, saved_at=1)["version"]
        1
    """
    return {
        "format": ENTRY_FORMAT,
        "version": 1,
        "course_id": course_id,
        "widget_id": widget_id,
        "kind": kind,
        "title": title,
        "chapter": chapter,
        "saved_at": int(time.time() * 1000) if saved_at is None else saved_at,
        "data": data,
    }


def entry_problems(entry) -> list[Problem]:
    """What is wrong with one saved entry (envelope and data), or an empty list."""
    problems = check(load_schema("entry"), entry)
    if problems:
        return problems
    return [
        Problem(f"/entries/{entry['widget_id']}/data{p.path}", p.message)
        for p in validate(entry["kind"], entry["data"])
    ]


def journal_problems(journal, course_id: str = COURSE_ID) -> list[Problem]:
    """What is wrong with a whole journal (file or export), or an empty list.

    Example:
        >>> journal_problems({"format": "other", "version": 1})[0].message
        'This file is not a journal exported from this book.'
    """
    if not isinstance(journal, dict) or journal.get("format") != JOURNAL_FORMAT:
        # Say the one thing that matters about a file of another kind.
        return [Problem("", "This file is not a journal exported from this book.")]
    problems = check(load_schema("journal"), journal)
    if problems:
        return problems
    if journal["course_id"] != course_id:
        return [Problem("/course_id", "This journal belongs to a different course book.")]
    for widget_id, entry in journal["entries"].items():
        found = entry_problems(entry)
        if not found and (entry["widget_id"] != widget_id or entry["course_id"] != course_id):
            found = [Problem(f"/entries/{widget_id}", "This entry belongs somewhere else.")]
        problems.extend(found)
    return problems


def empty_journal(course_id: str = COURSE_ID) -> dict:
    return {"format": JOURNAL_FORMAT, "version": 1, "course_id": course_id, "entries": {}}


def parse_journal(text: str | bytes, course_id: str = COURSE_ID) -> dict:
    """Parse and validate a journal export; raise :class:`DataError` with the reason.

    Example:
        >>> try:
        ...     parse_journal("{not json")
        ... except DataError as error:
        ...     print(error.problems[0].message)
        This file is not valid JSON (it may be cut short or damaged).
    """
    if len(text) > MAX_IMPORT_BYTES:
        raise DataError([Problem("", "This file is too large to be a journal from this book.")])
    try:
        journal = json.loads(text)
    # ValueError covers bad JSON, bytes that are not UTF-8 and numbers of thousands of digits.
    except (ValueError, RecursionError):
        raise DataError(
            [Problem("", "This file is not valid JSON (it may be cut short or damaged).")]
        ) from None
    problems = journal_problems(journal, course_id)
    if problems:
        raise DataError(problems)
    return journal
