"""The journal as readable Markdown: what the learner gets from "Export as Markdown".

``frontend/lib/journal_markdown.js`` renders the same text in the browser (the static
book has no Python); a browser test and ``frontend/tests/journal_markdown.test.js`` check
that both give identical output for the same journal.

Example:
    >>> from psychodynamic_course.learner_data.journal_format import empty_journal, make_entry
    >>> journal = empty_journal()
    >>> journal["entries"]["r"] = make_entry(
    ...     "r", "reflection", {"text": "Hello.", "mode": "own"}, title="A prompt", chapter="Ch 1")
    >>> print(journal_to_markdown(journal))
    # My journal
    <BLANKLINE>
    Everything you saved in this course book, exported from your device.
    <BLANKLINE>
    ## Ch 1
    <BLANKLINE>
    ### A prompt
    <BLANKLINE>
    Hello.
    <BLANKLINE>
"""

from __future__ import annotations

OTHER_CHAPTER = "Other"


def _signed(number: int) -> str:
    return f"+{number}" if number > 0 else str(number)


# Everything a journal holds is shown: a learner who shares an export must be able to see
# all of it first, on My journal or in the Markdown.
KEPT_WHEN_SKIPPED = "What you wrote before choosing to skip, kept at your choice:"


def _reflection(data: dict) -> list[str]:
    if data["mode"] == "skipped":
        lines = ["(You chose to skip this reflection.)"]
        if data["text"].strip():
            lines += ["", KEPT_WHEN_SKIPPED, "", data["text"]]
        return lines
    lines = []
    if data["mode"] == "fictional":
        lines += ["(Written about the fictional person, not about yourself.)", ""]
    lines.append(data["text"] if data["text"].strip() else "(No answer written.)")
    return lines


def _quiz(data: dict) -> list[str]:
    line = f"Questions checked: {len(data['status'])}."
    chosen = sum(1 for choice in data["selections"].values() if isinstance(choice, list) and choice)
    if chosen:
        questions = "question" if chosen == 1 else "questions"
        line += f" Your choices are kept for {chosen} {questions}, to show when you come back."
    return [f"{line} (Self-checks are never scored.)"]


# The names a draft's fields are shown under, as the forms name them (journal_markdown.js).
DRAFT_FIELD_NAMES = {
    "age": "Age",
    "year": "Year",
    "label": "What happened",
    "category": "Category",
    "feeling": "How it felt",
    "themes": "Themes",
    "birth_year": "Year of birth",
    "who": "With whom",
    "wish": "I wanted",
    "wish_category": "I wanted (category)",
    "other": "They responded",
    "other_category": "They responded (category)",
    "self": "I responded",
    "self_category": "I responded (category)",
}


def draft_rows(data: dict) -> list[tuple[str, str]]:
    """The draft an entry keeps (a form as typed, not yet added) as (name, text) rows.

    Example:
        >>> draft_rows({"events": [], "draft": {"editing": None, "fields": {"label": "Mov"}}})
        [('What happened', 'Mov')]
    """
    draft = data.get("draft") or {}
    typed = dict(draft.get("fields") or {})
    if isinstance(draft.get("birth_year_text"), str):
        typed["birth_year"] = draft["birth_year_text"]
    # Form order, whatever order the keys were saved in (the journal file sorts them).
    known = [name for name in DRAFT_FIELD_NAMES if name in typed]
    order = known + sorted(name for name in typed if name not in DRAFT_FIELD_NAMES)
    return [
        (DRAFT_FIELD_NAMES.get(name, name), typed[name])
        for name in order
        if isinstance(typed[name], str) and typed[name].strip()
    ]


def _draft_lines(data: dict) -> list[str]:
    rows = draft_rows(data)
    if not rows:
        return []
    return [
        "",
        "Not yet added: a draft, kept as you typed it.",
        "",
        *(f"- {name}: {text}" for name, text in rows),
    ]


def _when(event: dict) -> str:
    return f"Age {event['age']}" if "age" in event else f"Year {event['year']}"


def _timeline(data: dict) -> list[str]:
    lines = [f"Year of birth: {data['birth_year']}", ""] if "birth_year" in data else []
    if not data["events"]:
        return [*lines, "(No events.)", *_draft_lines(data)]
    for event in data["events"]:
        themes = ", ".join(event.get("themes", []))
        detail = f"{event['category']}; felt {_signed(event['feeling'])}"
        if themes:
            detail += f"; themes: {themes}"
        lines.append(f"- {_when(event)}: {event['label']} ({detail})")
    return [*lines, *_draft_lines(data)]


def _with_category(text: str, category: str) -> str:
    return f"{text} [{category}]" if category else text


def _episodes(data: dict) -> list[str]:
    if not data["episodes"]:
        return ["(No episodes.)", *_draft_lines(data)]
    lines = []
    if data.get("case") == "fictional":
        lines += ["(The fictional case, not your own episodes.)", ""]
    for number, episode in enumerate(data["episodes"], start=1):
        wish = _with_category(episode["wish"], episode.get("wish_category", ""))
        other = _with_category(episode["other"], episode.get("other_category", ""))
        own = _with_category(episode["self"], episode.get("self_category", ""))
        lines += [
            f"{number}. With {episode['who']}",
            f"   - I wanted: {wish}",
            f"   - They responded: {other}",
            f"   - I responded: {own}",
        ]
    return [*lines, *_draft_lines(data)]


def review_lines(data: dict) -> tuple[str, list[str], str]:
    """The spaced review in words: a summary, one line per card met, the card left on screen.

    The same text as ``reviewLines`` in ``frontend/lib/journal_markdown.js``.

    Example:
        >>> review_lines({"chapters": ["chapter-03"], "cards": []})[0]
        'Chapters chosen for review: 3. Cards met: none yet.'
    """

    def number(chapter: str) -> str:
        return str(int(chapter[-2:]))

    chosen = ", ".join(map(number, data["chapters"])) or "none yet"
    boxes = [
        f"box {box}: {count}"
        for box in range(1, 6)
        if (count := sum(card["box"] == box for card in data["cards"]))
    ]
    met = f"{len(data['cards'])} ({', '.join(boxes)})" if data["cards"] else "none yet"
    cards = [
        f"Chapter {number(card['chapter'])}, {card['id']}: box {card['box']}, "
        f"back on {card['due']}, last seen {card['seen']}"
        for card in sorted(data["cards"], key=lambda card: card["due"] + card["id"])
    ]
    draft = ""
    if data.get("draft", {}).get("card"):
        draft = f"On screen when you left: {data['draft']['card']}"
        if data["draft"].get("choices"):
            draft += ", options chosen: " + ", ".join(str(n + 1) for n in data["draft"]["choices"])
        if data["draft"].get("revealed"):
            draft += ", answer shown"
        draft += "."
    return f"Chapters chosen for review: {chosen}. Cards met: {met}.", cards, draft


def _review(data: dict) -> list[str]:
    summary, cards, draft = review_lines(data)
    lines = [summary]
    if cards:
        lines += ["", *(f"- {line}" for line in cards)]
    if draft:
        lines += ["", draft]
    return lines


_RENDERERS = {
    "reflection": _reflection,
    "quiz": _quiz,
    "timeline": _timeline,
    "episodes": _episodes,
    "review": _review,
}


def journal_to_markdown(journal: dict) -> str:
    """Render a valid journal as Markdown, chapters in order, entries by title."""
    lines = [
        "# My journal",
        "",
        "Everything you saved in this course book, exported from your device.",
        "",
    ]
    entries = list(journal["entries"].values())
    if not entries:
        lines += ["(Nothing saved yet.)", ""]
    chapters = sorted({entry.get("chapter") or OTHER_CHAPTER for entry in entries})
    for chapter in chapters:
        lines += [f"## {chapter}", ""]
        in_chapter = [e for e in entries if (e.get("chapter") or OTHER_CHAPTER) == chapter]
        for entry in sorted(in_chapter, key=lambda e: e.get("title") or e["widget_id"]):
            lines += [f"### {entry.get('title') or entry['widget_id']}", ""]
            lines += _RENDERERS[entry["kind"]](entry["data"])
            lines.append("")
    return "\n".join(lines)
