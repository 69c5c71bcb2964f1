"""The pattern finder: relationship episodes and what repeats in them (the CCRT method).

Luborsky's core conflictual relationship theme (CCRT) is read from narrated relationship
episodes: in each one, what the person wanted (the wish, W), how the other person
responded (RO) and how the person then responded (RS). The theme is the combination
that comes back most often (Luborsky & Crits-Christoph 1998). The :class:`PatternFinder`
widget lets a learner, or a reader working on the fictional case of Nadia Reyes, write
such episodes, choose one of the clustered standard categories for each part, and see
how often each category and each full combination was chosen.

Everything happens in the widget's JavaScript (``static/pattern_finder.js``), so it works
in the static book: adding, editing and deleting episodes with undo, the messages beside
the fields, saving in the browser and the tally with its bar chart. :func:`tally` is the
same count in Python, for a kernel and for the tests; both break ties the same way.
The tally describes what was written; it is not a diagnosis, a test or a score.

Example:
    >>> finder = pattern_finder("chapter-06-my-episodes", chapter="Chapter 6: Patterns that repeat")
    >>> finder.data_kind, finder.read_only
    ('episodes', False)
    >>> tally(nadia_episodes())["most_frequent"]["count"]
    3
"""

from __future__ import annotations

import copy
from collections import Counter

import traitlets

from ._widget import LearnerWidget, front_end, styles
from .data_model import load_schema

# The three parts of an episode: the text field and the field holding its category.
PARTS = (("wish", "wish_category"), ("other", "other_category"), ("self", "self_category"))
PART_NAMES = {
    "wish": "wish",
    "other": "response of the other",
    "self": "response of the self",
}


def categories() -> dict[str, list[str]]:
    """The standard categories offered for each part, in the order the schema lists them.

    These are the clusters of Luborsky & Crits-Christoph's standard categories; the
    schema's blank choice ("" = no category) is left out.

    Example:
        >>> categories()["wish"][:2]
        ['to assert myself and be independent', 'to oppose, hurt or control others']
    """
    item = load_schema("episodes")["properties"]["episodes"]["items"]["properties"]
    return {part: [c for c in item[field]["enum"] if c] for part, field in PARTS}


def tally(episodes: list[dict]) -> dict:
    """Count the chosen categories and find the most frequent full combination.

    Returns a dict with:

    * ``"episodes"``: how many episodes there are;
    * ``"wish"``, ``"other"``, ``"self"``: category to count, for the categories chosen at
      least once, most frequent first (equal counts in the schema's order);
    * ``"complete"``: how many episodes have all three categories chosen (only those
      can show a combination);
    * ``"most_frequent"``: ``{"count": n, "combinations": [{"wish", "other", "self"}, ...]}``,
      every combination that reaches the highest count (more than one is a tie), in the
      schema's order of wish, then other, then self; count 0 and no combinations when no
      episode is complete.

    A missing or blank category counts as none. The front end computes exactly this.

    Example:
        >>> result = tally([
        ...     {"wish_category": "to be loved and understood", "other_category": "helpful",
        ...      "self_category": "helpful"},
        ...     {"wish_category": "to be loved and understood", "other_category": "",
        ...      "self_category": "helpful"},
        ... ])
        >>> result["wish"], result["complete"], result["most_frequent"]["count"]
        ({'to be loved and understood': 2}, 1, 1)
    """
    order = categories()
    result: dict = {"episodes": len(episodes)}
    for part, field in PARTS:
        counts = Counter(e.get(field) for e in episodes if e.get(field))
        # Categories not in the schema sort last instead of failing: tally() also serves
        # data that has not been validated yet.
        rank = {name: index for index, name in enumerate(order[part])}
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], rank.get(kv[0], len(rank)), kv[0]))
        result[part] = dict(ranked)
    combinations = Counter(
        tuple(e.get(field) for _, field in PARTS)
        for e in episodes
        if all(e.get(field) for _, field in PARTS)
    )
    result["complete"] = sum(combinations.values())
    top = max(combinations.values(), default=0)
    ranks = [{name: i for i, name in enumerate(order[part])} for part, _ in PARTS]
    tied = sorted(
        (combo for combo, count in combinations.items() if count == top),
        key=lambda combo: [
            (r.get(name, len(r)), name) for r, name in zip(ranks, combo, strict=True)
        ],
    )
    result["most_frequent"] = {
        "count": top,
        "combinations": [{"wish": w, "other": o, "self": s} for w, o, s in tied],
    }
    return result


_NADIA = [
    {
        "id": "nadia-partner-message",
        "who": "Sam, my partner",
        "wish": "I wanted Sam to say he was looking forward to our weekend together.",
        "wish_category": "to be close and accepting",
        "other": "He answered hours later with a short message about being busy at work. "
        "I took it as him losing interest.",
        "other_category": "rejecting and opposing",
        "self": "I went quiet and told him I was too busy that weekend anyway, before he "
        "could cancel.",
        "self_category": "disappointed and depressed",
    },
    {
        "id": "nadia-manager-project",
        "who": "Priya, my manager",
        "wish": "I wanted her to notice how much I was carrying with the branch reopening "
        "and offer help without my having to ask.",
        "wish_category": "to be loved and understood",
        "other": "She thanked me for always coping so well and gave me the next project.",
        "other_category": "rejecting and opposing",
        "self": "I said it was fine, stayed late every evening that week and resented it "
        "on my own.",
        "self_category": "self-controlled and self-confident",
    },
    {
        "id": "nadia-brother-move",
        "who": "Leo, my younger brother",
        "wish": "After I helped him move flat, I wanted him to ask how I was, for once.",
        "wish_category": "to be close and accepting",
        "other": "He thanked me quickly and spent the evening on his phone.",
        "other_category": "rejecting and opposing",
        "self": "I left early without saying anything and felt flat all weekend.",
        "self_category": "disappointed and depressed",
    },
    {
        "id": "nadia-father-birthday",
        "who": "My father, on the phone",
        "wish": "I wanted him to keep his promise to come to my birthday dinner.",
        "wish_category": "to be close and accepting",
        "other": "He cancelled the day before; something had come up again.",
        "other_category": "rejecting and opposing",
        "self": "I told him it didn't matter, cried after the call and left his next "
        "message unanswered for days.",
        "self_category": "disappointed and depressed",
    },
    {
        "id": "nadia-partner-party",
        "who": "Sam, at a friend's party",
        "wish": "I knew almost nobody there and wanted Sam to stay near me.",
        "wish_category": "to be close and accepting",
        "other": "He went off to catch up with old friends for most of the evening.",
        "other_category": "rejecting and opposing",
        "self": "I acted as if I didn't mind, then left early saying I had a headache.",
        "self_category": "self-controlled and self-confident",
    },
    {
        "id": "nadia-dr-cole-session",
        "who": "Dr Cole, my therapist",
        "wish": "I wanted to tell her how low the week had been and have her take it seriously.",
        "wish_category": "to be loved and understood",
        "other": "She listened, and said she had noticed I waited until the last minutes "
        "of the session to say it.",
        "other_category": "understanding",
        "self": "I felt exposed, made a joke and changed the subject.",
        "self_category": "anxious and ashamed",
    },
]


def nadia_episodes() -> list[dict]:
    """The fictional case: six relationship episodes of Nadia Reyes, as she might write them.

    Nadia is the fictional person followed through the book. Her episodes carry a
    recurring theme: a wish to be close or to be understood, a response she reads as
    rejection or unavailability, and her own response of pulling away first, hurt or
    outwardly in control. With Dr Cole the other's response differs, which is what a
    therapist and patient might explore together. A fresh copy is returned each time.

    Example:
        >>> [episode["who"] for episode in nadia_episodes()][:2]
        ['Sam, my partner', 'Priya, my manager']
    """
    return copy.deepcopy(_NADIA)


class PatternFinder(LearnerWidget):
    """Relationship episodes and the tally of their wish, response of other and of self.

    The learner's episodes are saved in the browser (and, in a kernel, in the journal
    file) and reach Python only in messages, never in synced traits. The fictional case
    (``sample_episodes``, Nadia's episodes) is course material, so it is synced: the
    front end offers it as "Work on the fictional case: Nadia". With ``read_only=True``
    the widget shows only the sample and its tally, for a chapter to discuss; nothing is
    saved then.

    Example:
        >>> import pathlib, tempfile
        >>> from psychodynamic_course.journal import Journal
        >>> journal = Journal(pathlib.Path(tempfile.mkdtemp()) / "journal.json")
        >>> finder = PatternFinder(widget_id="demo-episodes", journal=journal)
        >>> finder.tally()["episodes"]  # nothing saved in this new journal yet
        0
    """

    kind = "pattern finder"
    data_kind = "episodes"
    _esm = front_end("pattern_finder.js")
    _css = styles("pattern_finder.css")

    title = traitlets.Unicode("Pattern finder: what repeats in relationship episodes").tag(
        sync=True
    )
    # Course material, never learner data: the fictional case the reader may work on.
    sample_episodes = traitlets.List(traitlets.Dict()).tag(sync=True)
    sample_name = traitlets.Unicode("Nadia").tag(sync=True)
    # Show only the sample, with no form and no saving (for discussing the case in a chapter).
    read_only = traitlets.Bool(False).tag(sync=True)

    @traitlets.default("sample_episodes")
    def _default_sample(self):
        return nadia_episodes()

    @property
    def episodes(self) -> list[dict]:
        """The episodes shown: the sample when read-only, else what the learner saved."""
        if self.read_only:
            return copy.deepcopy(self.sample_episodes)
        data = self.data
        return list(data["episodes"]) if data else []

    def tally(self) -> dict:
        """The :func:`tally` of the episodes shown (see :attr:`episodes`).

        Example:
            >>> nadia_patterns().tally()["wish"]["to be close and accepting"]
            4
        """
        return tally(self.episodes)

    def fallback_text(self) -> str:
        if self.read_only:
            return (
                f"[Pattern finder showing the fictional case of {self.sample_name} "
                f"({len(self.sample_episodes)} relationship episodes): run this notebook in "
                "Jupyter to see it, or open this chapter in the online book.]"
            )
        return (
            "[Pattern finder for relationship episodes (wish, response of the other, response "
            "of the self): run this notebook in Jupyter to use it, or open this chapter in the "
            "online book.]"
        )


def pattern_finder(
    widget_id: str,
    *,
    chapter: str = "",
    title: str | None = None,
    journal=None,
) -> PatternFinder:
    """A pattern finder in which the learner records their own (or Nadia's) episodes.

    ``widget_id`` names where the episodes are saved; use a new id for each place in the
    book that should keep its own list.

    Example:
        >>> finder = pattern_finder(
        ...     "chapter-06-my-episodes", chapter="Chapter 6: Patterns that repeat"
        ... )
        >>> finder.storage_key
        'psychodynamic-course:chapter-06-my-episodes'
    """
    kwargs = {"title": title} if title is not None else {}
    return PatternFinder(widget_id=widget_id, chapter=chapter, journal=journal, **kwargs)


def nadia_patterns(
    widget_id: str = "nadia-patterns", *, chapter: str = "", title: str | None = None
) -> PatternFinder:
    """The fictional case of Nadia Reyes in the pattern finder, read-only, with its tally.

    Example:
        >>> finder = nadia_patterns(chapter="Chapter 6: Patterns that repeat")
        >>> finder.read_only, finder.tally()["most_frequent"]["combinations"][0]["wish"]
        (True, 'to be close and accepting')
    """
    return PatternFinder(
        widget_id=widget_id,
        chapter=chapter,
        title=title or "Nadia's relationship episodes (a fictional case)",
        read_only=True,
    )
